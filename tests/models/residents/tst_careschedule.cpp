#include "careschedule.h"
#include "database.h"
#include "residentstore.h"
#include "servicerecordstore.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Who has not been seen in time: last contact, due dates from tags and intervals, kept with every write.
class TstCareSchedule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void neverContactedIsDueFromRegistration();
    void aServiceIsAContact();
    void aDoneVisitIsAContact();
    void theShortestIntervalOrTheirOwnApplies();
    void onlyActiveResidentsInCareAreDue();
    void mostOverdueFirstAndPerGrid();
    void intervalsAreTheManagers();
    void anUpgradeComputesTheDates();
    void residentsJustImportedAreScheduledAsByAFullRefresh();

private:
    void addResident(qint64 id, const QString &name, qint64 grid, const QStringList &tags,
                     const QString &registered = u"2026-11-01 09:00:00"_s);
    QString due(qint64 id) const;
    void logService(qint64 residentId, const QDateTime &at);
    void refreshAll();
    FreshDatabase m_database;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(10, 0)};
};

void TstCareSchedule::init()
{
    QVERIFY(m_database.open());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '一网格'), (2, 'G0002', '二网格')"_s));
}

void TstCareSchedule::cleanup()
{
    m_database.close();
}

void TstCareSchedule::addResident(qint64 id, const QString &name, qint64 grid, const QStringList &tags,
                                  const QString &registered)
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                       "VALUES (%1, '%2', 'F', '1940-01-01', %3, '%4', '')"_s.arg(id)
                               .arg(name)
                               .arg(grid)
                               .arg(registered)));
    for (const QString &tag : tags)
        QVERIFY(query.exec(u"INSERT INTO resident_tags VALUES (%1, '%2')"_s.arg(id).arg(tag)));
}

void TstCareSchedule::refreshAll()
{
    WriteTransaction transaction(m_database->connection());
    QVERIFY(CareSchedule(m_database->connection()).refreshAll());
    QVERIFY(transaction.commit());
}

QString TstCareSchedule::due(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT coalesce(contact_due_at, '') FROM residents WHERE id = %1"_s.arg(id));
    return query.next() ? query.value(0).toString() : u"?"_s;
}

void TstCareSchedule::logService(qint64 residentId, const QDateTime &at)
{
    ServiceRecordStore store(m_database->connection());
    store.setReferenceTime(m_now);
    ServiceEntry entry;
    entry.residentId = residentId;
    entry.serviceTypeId = scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = 'EC02'"_s);
    entry.servedAt = at;
    QVERIFY(store.log(entry).isDone());
}

void TstCareSchedule::neverContactedIsDueFromRegistration()
{
    addResident(1, u"王秀英"_s, 1, {u"living_alone"_s});
    refreshAll();
    QCOMPARE(due(1), u"2026-11-08 09:00:00"_s);
    const QList<CareSchedule::Alert> alerts = CareSchedule(m_database->connection()).overdue(m_now, 0, 10);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.constFirst().name, u"王秀英"_s);
    QVERIFY(alerts.constFirst().lastContactAt.isEmpty());
}

void TstCareSchedule::aServiceIsAContact()
{
    addResident(1, u"王秀英"_s, 1, {u"living_alone"_s});
    refreshAll();
    // Logged through the store: the schedule follows in the same transaction.
    logService(1, QDateTime(QDate(2026, 11, 20), QTime(15, 30)));
    QCOMPARE(due(1), u"2026-11-27 15:30:00"_s);
    QVERIFY(CareSchedule(m_database->connection()).overdue(m_now, 0, 10).isEmpty());
    // An older record does not move the last contact back.
    logService(1, QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    QCOMPARE(due(1), u"2026-11-27 15:30:00"_s);
}

void TstCareSchedule::aDoneVisitIsAContact()
{
    addResident(1, u"王秀英"_s, 1, {u"living_alone"_s});
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO visits (resident_id, kind, starts_at, status) VALUES "
                       "(1, 'home_visit', '2026-11-21 10:00:00', 'done'), "
                       "(1, 'home_visit', '2026-11-22 10:00:00', 'missed'), "
                       "(1, 'home_visit', '2026-11-26 10:00:00', 'planned')"_s));
    refreshAll();
    // Only the visit that took place counts.
    QCOMPARE(due(1), u"2026-11-28 10:00:00"_s);
}

void TstCareSchedule::theShortestIntervalOrTheirOwnApplies()
{
    addResident(1, u"李建国"_s, 1, {u"disabled"_s, u"key_care"_s});
    addResident(2, u"张桂兰"_s, 1, {u"key_care"_s});
    refreshAll();
    QCOMPARE(due(1), u"2026-11-15 09:00:00"_s); // 14 days, not 30
    QCOMPARE(due(2), u"2026-12-01 09:00:00"_s);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"UPDATE residents SET contact_interval_days = 3 WHERE id = 2"_s));
    refreshAll();
    QCOMPARE(due(2), u"2026-11-04 09:00:00"_s);
}

void TstCareSchedule::onlyActiveResidentsInCareAreDue()
{
    addResident(1, u"王秀英"_s, 1, {u"living_alone"_s});
    addResident(2, u"赵大爷"_s, 1, {u"veteran"_s}); // a tag without a contact interval
    addResident(3, u"钱奶奶"_s, 1, {});
    addResident(4, u"孙爷爷"_s, 1, {u"living_alone"_s});
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"UPDATE residents SET status = 'moved_out' WHERE id = 4"_s));
    refreshAll();
    QVERIFY(!due(1).isEmpty());
    QVERIFY(due(2).isEmpty());
    QVERIFY(due(3).isEmpty());
    QVERIFY(due(4).isEmpty());

    // The registry's own writes keep it: removing the tag takes them off the list.
    ResidentStore store(m_database->connection());
    const std::optional<ResidentStore::Record> record = store.load(1);
    QVERIFY(record);
    ResidentDraft draft = record->draft;
    draft.tags.clear();
    const Result<qint64> saved = store.update(1, record->version, draft);
    QVERIFY2(saved.isDone(), qPrintable(saved.message()));
    QVERIFY(due(1).isEmpty());
}

void TstCareSchedule::mostOverdueFirstAndPerGrid()
{
    addResident(1, u"甲"_s, 1, {u"living_alone"_s}, u"2026-11-10 09:00:00"_s);
    addResident(2, u"乙"_s, 2, {u"living_alone"_s}, u"2026-11-01 09:00:00"_s);
    addResident(3, u"丙"_s, 2, {u"key_care"_s}, u"2026-11-01 09:00:00"_s); // due 1 December
    addResident(4, u"丁"_s, 1, {u"disabled"_s}, u"2026-10-01 09:00:00"_s);
    refreshAll();
    CareSchedule care(m_database->connection());
    QList<qint64> order;
    for (const CareSchedule::Alert &alert : care.overdue(m_now, 0, 10))
        order.append(alert.residentId);
    QCOMPARE(order, QList<qint64>({4, 2, 1}));
    QCOMPARE(care.overdue(m_now, 2, 10).size(), 1);
    QCOMPARE(care.overdue(m_now, 0, 2).size(), 2);
    auto counts = care.overdueByGrid(m_now);
    std::sort(counts.begin(), counts.end());
    QCOMPARE(counts, (QList<std::pair<qint64, qint64>>{{1, 2}, {2, 1}}));
    // Read from the index, not by walking the registry (SQLite's plan).
    if (onServer())
        return;
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT id FROM residents r WHERE r.contact_due_at IS NOT NULL "
                       "AND r.contact_due_at < '2026-11-23' ORDER BY r.contact_due_at, r.id LIMIT 50"_s));
    QString plan;
    while (query.next())
        plan += query.value(3).toString();
    QVERIFY2(plan.contains(u"residents_contact_due"_s), qPrintable(plan));
}

void TstCareSchedule::intervalsAreTheManagers()
{
    addResident(1, u"王秀英"_s, 1, {u"living_alone"_s});
    refreshAll();
    CareSchedule care(m_database->connection());
    QCOMPARE(care.intervals()->livingAlone, 7);
    CareSchedule::Intervals intervals = *care.intervals();
    intervals.livingAlone = 3;
    LINLI_VERIFY_DONE(care.setIntervals(intervals));
    QCOMPARE(due(1), u"2026-11-04 09:00:00"_s);
    intervals.disabled = 0;
    QVERIFY(care.setIntervals(intervals).message().contains(u"1 to 365"_s));
    QCOMPARE(care.intervals()->disabled, 14);
}

void TstCareSchedule::anUpgradeComputesTheDates()
{
    addResident(1, u"王秀英"_s, 1, {u"living_alone"_s});
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('care_schedule_stale', '1')"_s));
    QVERIFY(due(1).isEmpty());
    m_database->close();
    QVERIFY(DatabaseSetup::open(*m_database, locationFor(m_database.dir())));
    QCOMPARE(due(1), u"2026-11-08 09:00:00"_s);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM settings WHERE key = 'care_schedule_stale'"_s), 0);
}

// An import schedules only its own residents, and only those in care, with the same dates a full
// refresh gives.
void TstCareSchedule::residentsJustImportedAreScheduledAsByAFullRefresh()
{
    addResident(1, u"王秀英"_s, 1, {u"living_alone"_s});
    refreshAll();
    const QString earlier = due(1);
    addResident(2, u"李桂兰"_s, 1, {u"living_alone"_s});
    addResident(3, u"张伟"_s, 1, {});
    addResident(4, u"刘芳"_s, 1, {u"disabled"_s, u"key_care"_s});
    addResident(5, u"陈静"_s, 1, {});
    addResident(6, u"杨洋"_s, 1, {u"living_alone"_s});
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"UPDATE residents SET contact_interval_days = 3 WHERE id = 5"_s));
    QVERIFY(query.exec(u"UPDATE residents SET status = 'moved_out' WHERE id = 6"_s));
    QVERIFY(query.exec(u"UPDATE residents SET contact_due_at = '1999-01-01 00:00:00' WHERE id = 1"_s));
    {
        WriteTransaction transaction(m_database->connection());
        QVERIFY(CareSchedule(m_database->connection()).scheduleRegisteredFrom(2));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(due(1), u"1999-01-01 00:00:00"_s); // registered before: left as it was
    const QStringList scheduled = {due(2), due(3), due(4), due(5), due(6)};
    QVERIFY(!scheduled.at(0).isEmpty());
    QCOMPARE(scheduled.at(1), QString()); // not in care
    QVERIFY(!scheduled.at(3).isEmpty());  // an interval of their own
    QCOMPARE(scheduled.at(4), QString()); // moved out
    refreshAll();
    QCOMPARE(due(1), earlier);
    QCOMPARE((QStringList{due(2), due(3), due(4), due(5), due(6)}), scheduled);
}

QTEST_GUILESS_MAIN(TstCareSchedule)
#include "tst_careschedule.moc"

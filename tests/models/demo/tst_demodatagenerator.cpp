#include "database.h"
#include "databasechecker.h"
#include "demodatagenerator.h"
#include "idnumber.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstDemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void writesExactCounts();
    void sameSeedSameData();
    void dataFollowsTheRules();
    void refusesADatabaseWithResidents();
    void cancelKeepsWhatWasCommitted();
    void rejectsNonsenseCounts();

private:
    static DemoDataGenerator::Options smallOptions(quint32 seed);
    static QByteArray contentDigest(const QSqlDatabase &db);
};

DemoDataGenerator::Options TstDemoDataGenerator::smallOptions(quint32 seed)
{
    DemoDataGenerator::Options options;
    options.residents = 3000;
    options.services = 20000;
    options.visits = 1500;
    options.seed = seed;
    options.today = QDate(2026, 3, 15);
    return options;
}

QByteArray TstDemoDataGenerator::contentDigest(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    for (const auto &sql : {u"SELECT id, name, name_pinyin, gender, birth_date, id_number, phone, grid_id, building, "
                            "room, household_id, status, registered_at FROM residents ORDER BY id"_s,
                            u"SELECT resident_id, tag FROM resident_tags ORDER BY resident_id, tag"_s,
                            u"SELECT id, resident_id, service_type_id, served_at, handler_id, case_status, due_date, "
                            "resolved_date FROM service_records ORDER BY id"_s,
                            u"SELECT id, resident_id, staff_id, kind, starts_at, status FROM visits ORDER BY id"_s}) {
        if (!query.exec(sql))
            return {};
        const int columns = query.record().count();
        while (query.next()) {
            for (int c = 0; c < columns; ++c) {
                hash.addData(query.value(c).toString().toUtf8());
                hash.addData("|");
            }
        }
    }
    return hash.result();
}

void TstDemoDataGenerator::writesExactCounts()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    DemoDataGenerator generator(db.connection(), smallOptions(1));
    QList<DemoDataGenerator::Stage> stages;
    generator.setProgressCallback([&](DemoDataGenerator::Stage stage, qint64 done, qint64 total) {
        QVERIFY(done <= total);
        if (stages.isEmpty() || stages.last() != stage)
            stages.append(stage);
    });
    QVERIFY2(generator.run(), qPrintable(generator.errorString()));
    QCOMPARE(stages,
             (QList<DemoDataGenerator::Stage>{DemoDataGenerator::Stage::Setup, DemoDataGenerator::Stage::Residents,
                                              DemoDataGenerator::Stage::Services, DemoDataGenerator::Stage::Visits,
                                              DemoDataGenerator::Stage::Indexes}));
    const QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c, u"SELECT count(*) FROM residents"_s), 3000);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM service_records"_s), 20000);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM visits"_s), 1500);
    QVERIFY(scalar(c, u"SELECT count(*) FROM households"_s) > 800);
    QVERIFY(scalar(c, u"SELECT count(*) FROM grids"_s) >= 3);
    QVERIFY(generator.rowsWritten() > 3000 + 20000 + 1500);

    const DatabaseChecker::Report report = DatabaseChecker(c).run();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    // The connection's safety settings are back once the load is over (a SQLite file's; a server
    // keeps its links checked throughout).
    if (!onServer())
        QCOMPARE(scalar(c, u"PRAGMA foreign_keys"_s), 1);
}

void TstDemoDataGenerator::sameSeedSameData()
{
    QTemporaryDir dir;
    QByteArray digests[3];
    const quint32 seeds[3] = {42, 42, 43};
    for (int i = 0; i < 3; ++i) {
        Database db;
        QVERIFY(DatabaseSetup::open(db, DatabaseLocation::fromArgument(dbPath(dir, u"demo-%1.sqlite"_s.arg(i)))));
        DemoDataGenerator generator(db.connection(), smallOptions(seeds[i]));
        QVERIFY2(generator.run(), qPrintable(generator.errorString()));
        digests[i] = contentDigest(db.connection());
        QVERIFY(!digests[i].isEmpty());
    }
    QCOMPARE(digests[0], digests[1]);
    QVERIFY(digests[0] != digests[2]);
}

void TstDemoDataGenerator::dataFollowsTheRules()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    DemoDataGenerator generator(db.connection(), smallOptions(7));
    QVERIFY(generator.run());
    const QSqlDatabase c = db.connection();

    QSqlQuery query(c);
    QVERIFY(query.exec(u"SELECT id_number, gender, birth_date, phone, name, name_initials FROM residents"_s));
    static const QRegularExpression mobile(u"^1(3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}$"_s);
    static const QRegularExpression landline(u"^0\\d{2,3}-\\d{7,8}$"_s);
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString id = query.value(0).toString();
        QVERIFY2(IdNumber::hasValidCheckCharacter(id), qPrintable(id));
        // Birth date and gender are those the ID number carries.
        QCOMPARE(id.mid(6, 8), query.value(2).toString().remove(u'-'));
        QCOMPARE(id.at(16).digitValue() % 2 == 1 ? u"M"_s : u"F"_s, query.value(1).toString());
        QVERIFY(QDate::fromString(query.value(2).toString(), Qt::ISODate) <= QDate(2026, 3, 15));
        const QString phone = query.value(3).toString();
        QVERIFY2(phone.isEmpty() || mobile.match(phone).hasMatch() || landline.match(phone).hasMatch(),
                 qPrintable(phone));
        QVERIFY(!query.value(4).toString().isEmpty());
        QVERIFY(!query.value(5).toString().isEmpty());
    }
    QCOMPARE(rows, 3000);
    QCOMPARE(scalar(c, u"SELECT count(DISTINCT id_number) FROM residents"_s), 3000);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM residents WHERE substr(registered_at, 1, 10) < birth_date"_s), 0);

    // Every workflow state of a follow-up case occurs, and only case types have one.
    for (const auto &status : {u"received"_s, u"assigned"_s, u"in_progress"_s, u"replied"_s, u"return_visit"_s,
                               u"closed"_s, u"referred"_s}) {
        QVERIFY2(scalar(c, u"SELECT count(*) FROM service_records WHERE case_status = '%1'"_s.arg(status)) > 0,
                 qPrintable(status));
    }
    QCOMPARE(scalar(c,
                    u"SELECT count(*) FROM service_records r JOIN service_types t ON t.id = r.service_type_id "
                    "WHERE (t.opens_case = 1) <> (r.case_status IS NOT NULL)"_s),
             0);
    QCOMPARE(scalar(c,
                    u"SELECT count(*) FROM service_records WHERE case_status IN ('closed', 'referred') "
                    "AND resolved_date IS NULL"_s),
             0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM case_events"_s) >= scalar(c,
                                                                       u"SELECT count(*) FROM service_records "
                                                                       "WHERE case_status IS NOT NULL"_s));
    // Five years of services, none in the future; visits both past and planned.
    QVERIFY(scalar(c, u"SELECT count(*) FROM service_records WHERE served_at > '2026-03-15 23:59:59'"_s) == 0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM service_records WHERE served_at < '2021-06-01'"_s) > 0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM visits WHERE status = 'planned' AND starts_at > '2026-03-16'"_s) > 0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM visits WHERE status = 'done'"_s) > 0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM visits WHERE series_id IS NOT NULL"_s) > 0);
    // The elderly and the tags are there in realistic shares.
    QVERIFY(scalar(c, u"SELECT count(*) FROM resident_tags WHERE tag = 'living_alone'"_s) > 30);
    QVERIFY(scalar(c, u"SELECT count(*) FROM residents WHERE birth_date < '1966-03-15'"_s) > 300);
}

void TstDemoDataGenerator::refusesADatabaseWithResidents()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    DemoDataGenerator first(db.connection(), smallOptions(1));
    QVERIFY(first.run());
    const qint64 services = scalar(db.connection(), u"SELECT count(*) FROM service_records"_s);
    DemoDataGenerator second(db.connection(), smallOptions(2));
    QVERIFY(!second.run());
    QVERIFY(second.errorString().contains(u"--db"_s));
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_records"_s), services);
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM residents"_s), 3000);
}

void TstDemoDataGenerator::cancelKeepsWhatWasCommitted()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    DemoDataGenerator::Options options = smallOptions(3);
    options.residents = 250000;
    std::atomic_bool cancel{false};
    DemoDataGenerator generator(db.connection(), options);
    generator.setCancelFlag(&cancel);
    generator.setProgressCallback([&](DemoDataGenerator::Stage stage, qint64 done, qint64) {
        if (stage == DemoDataGenerator::Stage::Residents && done > 0)
            cancel.store(true);
    });
    QVERIFY(!generator.run());
    QVERIFY(generator.wasCancelled());
    const qint64 kept = scalar(db.connection(), u"SELECT count(*) FROM residents"_s);
    QVERIFY(kept > 0);
    QVERIFY(kept < options.residents);
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM service_records"_s), 0);
    const DatabaseChecker::Report report = DatabaseChecker(db.connection()).run(DatabaseChecker::Depth::Quick);
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
}

void TstDemoDataGenerator::rejectsNonsenseCounts()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    DemoDataGenerator::Options options = smallOptions(1);
    options.residents = 0;
    DemoDataGenerator generator(db.connection(), options);
    QVERIFY(!generator.run());
    QVERIFY(!generator.errorString().isEmpty());
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM grids"_s), 0);
}

QTEST_GUILESS_MAIN(TstDemoDataGenerator)
#include "tst_demodatagenerator.moc"

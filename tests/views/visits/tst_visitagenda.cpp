#include "database.h"
#include "datachanges.h"
#include "deskstaff.h"
#include "schedulevisitdialog.h"
#include "testsupport.h"
#include "visitagenda.h"
#include "visitagendamodel.h"
#include "visitmonthmodel.h"
#include "visitstore.h"
#include "visitweekmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The agenda on real widgets: a week per staff member or for the center, visits moved with the keys
// or dropped on another day, double bookings asked about, done / nobody home / cancelled, changed
// alone or with the following ones, and the month's days opened.
class TstVisitAgenda : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theKeysMoveTheChosenVisit();
    void aDropMovesToThatDay();
    void aDoubleBookingIsAskedAbout();
    void doneLogsTheServiceAndMissedNeedsANextStep();
    void doneBeforeItsTimeAsksFirst();
    void aChangeTakesOneOrTheFollowingVisits();
    void theMonthOpensADay();

private:
    qint64 plan(qint64 staffId, const QDateTime &start, int sessions = 1, qint64 residentId = 5);
    VisitRow stored(qint64 id) const { return *VisitStore(m_database->connection()).visit(id); }
    VisitAgenda *showAgenda(qint64 staffId);
    FreshDatabase m_database;
    VisitAgenda *m_agenda = nullptr;
    QStringList m_conflictsAsked;
    std::optional<QString> m_conflictAnswer;
    const QDate m_monday{2026, 11, 23};
};

void TstVisitAgenda::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"LinliTest"_s);
    QCoreApplication::setApplicationName(u"tst_visitagenda"_s);
}

void TstVisitAgenda::init()
{
    QSettings().clear();
    DeskStaff::setId(Actor{}, 1); // an account that belongs to nobody: the desk chosen here
    QVERIFY(m_database.open());
    QVERIFY(addDeskPeople(m_database->connection(), u"(1, '李敏', 1), (3, '赵磊', 1)"_s));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                       "VALUES (6, '陈国强', 'M', '1940-02-02', 1, '', '')"_s));
    m_conflictsAsked.clear();
    m_conflictAnswer.reset();
}

void TstVisitAgenda::cleanup()
{
    delete m_agenda;
    m_agenda = nullptr;
    m_database.close();
}

qint64 TstVisitAgenda::plan(qint64 staffId, const QDateTime &start, int sessions, qint64 residentId)
{
    VisitDraft draft;
    draft.residentId = residentId;
    draft.staffId = staffId;
    draft.kind = u"home_visit"_s;
    draft.startTime = start.time();
    draft.durationMinutes = 30;
    VisitRecurrence rule;
    rule.frequency = VisitRecurrence::Frequency::EveryNDays;
    rule.interval = 7;
    rule.start = start.date();
    rule.count = sessions;
    const Result<qint64> created = VisitStore(m_database->connection()).createSeries(draft, rule, start.date());
    if (!created.isDone())
        return 0;
    return VisitStore(m_database->connection()).visitsOfSeries(created.value()).constFirst().id;
}

VisitAgenda *TstVisitAgenda::showAgenda(qint64 staffId)
{
    m_agenda = new VisitAgenda(Session(*m_database));
    m_agenda->setConflictQuestion([this](const QStringList &conflicts) {
        m_conflictsAsked += conflicts;
        return m_conflictAnswer;
    });
    m_agenda->setReferenceTime(QDateTime(m_monday, QTime(8, 0)));
    m_agenda->showStaff(staffId);
    m_agenda->resize(1000, 600);
    m_agenda->show();
    if (!QTest::qWaitForWindowExposed(m_agenda))
        return nullptr;
    return m_agenda;
}

void TstVisitAgenda::theKeysMoveTheChosenVisit()
{
    const qint64 visit = plan(1, QDateTime(m_monday.addDays(1), QTime(9, 0)));
    QVERIFY(plan(3, QDateTime(m_monday.addDays(1), QTime(9, 0)), 1, 6) > 0);
    VisitAgenda *agenda = showAgenda(1);
    QVERIFY(agenda);
    QCOMPARE(agenda->span(), VisitAgenda::Span::Week);
    QCOMPARE(agenda->weekModel()->visitCount(), 1); // 李敏's week only
    QVERIFY(agenda->selectVisit(visit));
    agenda->weekView()->setFocus();

    QTest::keyClick(agenda->weekView(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday.addDays(2), QTime(9, 0)));
    QCOMPARE(agenda->currentEntry()->visit.id, visit); // still chosen, in Wednesday's column
    QCOMPARE(agenda->weekView()->currentIndex().column(), 2);
    QTest::keyClick(agenda->weekView(), Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(agenda->weekView(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday.addDays(2), QTime(10, 0)));
    QTest::keyClick(agenda->weekView(), Qt::Key_Left, Qt::ControlModifier);
    QTest::keyClick(agenda->weekView(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday.addDays(1), QTime(9, 30)));
    QCOMPARE(stored(visit).version, 6);
    QVERIFY(m_conflictsAsked.isEmpty()); // 赵磊's visit with someone else is no double booking
    // Plain arrows only move the choice.
    QTest::keyClick(agenda->weekView(), Qt::Key_Right);
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday.addDays(1), QTime(9, 30)));
}

void TstVisitAgenda::aDropMovesToThatDay()
{
    const qint64 visit = plan(1, QDateTime(m_monday, QTime(14, 0)));
    VisitAgenda *agenda = showAgenda(0);
    QVERIFY(agenda);
    QSignalSpy changed(DataChanges::of(m_database->connection()), &DataChanges::changed);
    VisitWeekModel *week = agenda->weekModel();
    std::unique_ptr<QMimeData> carried(week->mimeData({week->indexOfVisit(visit)}));
    week->dropMimeData(carried.get(), Qt::MoveAction, -1, -1, week->index(1, 3));
    QTRY_COMPARE(stored(visit).startsAt, QDateTime(m_monday.addDays(3), QTime(14, 0)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(week->indexOfVisit(visit).column(), 3);
    // A drop carrying what the clerk saw before someone else's change is refused and said so.
    week->dropMimeData(carried.get(), Qt::MoveAction, -1, -1, week->index(1, 5));
    QTRY_VERIFY(agenda->messageLabel()->isVisible());
    QVERIFY(agenda->messageLabel()->text().contains(u"changed"_s));
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday.addDays(3), QTime(14, 0)));
}

void TstVisitAgenda::aDoubleBookingIsAskedAbout()
{
    const qint64 visit = plan(1, QDateTime(m_monday, QTime(9, 0)));
    QVERIFY(plan(1, QDateTime(m_monday.addDays(1), QTime(9, 15)), 1, 6) > 0); // 李敏 with 陈国强 at 9:15
    VisitAgenda *agenda = showAgenda(1);
    QVERIFY(agenda);
    QVERIFY(agenda->selectVisit(visit));
    QVERIFY(!agenda->moveBy(1, 0)); // backed out
    QCOMPARE(m_conflictsAsked.size(), 1);
    QVERIFY(m_conflictsAsked.first().startsWith(u"2026-11-24 09:15"_s));
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday, QTime(9, 0)));

    m_conflictAnswer = u"陈老伯只需十分钟"_s;
    QVERIFY(agenda->moveBy(1, 0));
    QCOMPARE(stored(visit).startsAt, QDateTime(m_monday.addDays(1), QTime(9, 0)));
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM visits WHERE conflict_reason = '陈老伯只需十分钟'"_s),
             1);
}

void TstVisitAgenda::doneLogsTheServiceAndMissedNeedsANextStep()
{
    const qint64 first = plan(1, QDateTime(m_monday, QTime(9, 0)));
    const qint64 second = plan(1, QDateTime(m_monday, QTime(11, 0)), 1, 6);
    VisitAgenda *agenda = showAgenda(1);
    QVERIFY(agenda);
    agenda->setReferenceTime(QDateTime(m_monday, QTime(12, 0)));
    agenda->showSpan(VisitAgenda::Span::Day);
    QCOMPARE(agenda->dayModel()->rowCount(), 2);
    QString answer;
    QStringList asked;
    agenda->setTextQuestion([&](const QString &title, const QString &) {
        asked.append(title);
        return std::optional<QString>(answer);
    });

    QVERIFY(agenda->selectVisit(first));
    QVERIFY(agenda->doneButton()->isEnabled());
    answer = u"血压正常"_s;
    QVERIFY(agenda->markDone());
    QCOMPARE(stored(first).status, u"done"_s);
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM service_records WHERE resident_id = 5 "
                    "AND outcome = '血压正常' AND served_at = '2026-11-23 09:00:00'"_s),
             1);
    QVERIFY(!agenda->doneButton()->isEnabled()); // what happened stays
    QVERIFY(!agenda->markDone());

    QVERIFY(agenda->selectVisit(second));
    answer.clear();
    QVERIFY(!agenda->markMissed()); // no next step, nothing changed
    QCOMPARE(stored(second).status, u"planned"_s);
    answer = u"下午再去一次"_s;
    QVERIFY(agenda->markMissed());
    QCOMPARE(stored(second).status, u"missed"_s);
    QCOMPARE(
            agenda->dayModel()->index(agenda->dayModel()->rowOfVisit(second), VisitAgendaModel::Note).data().toString(),
            u"下午再去一次"_s);
    QCOMPARE(asked.size(), 3); // a visit already done is not asked about
}

void TstVisitAgenda::doneBeforeItsTimeAsksFirst()
{
    const qint64 afternoon = plan(1, QDateTime(m_monday, QTime(15, 0)));
    VisitAgenda *agenda = showAgenda(1);
    QVERIFY(agenda);
    agenda->setReferenceTime(QDateTime(m_monday, QTime(9, 30)));
    agenda->showSpan(VisitAgenda::Span::Day);
    agenda->setTextQuestion([](const QString &, const QString &) { return std::optional<QString>(u"提前完成"_s); });
    QStringList asked;
    bool yes = false;
    agenda->setConfirmation([&](const QString &, const QString &question) {
        asked.append(question);
        return yes;
    });
    QVERIFY(agenda->selectVisit(afternoon));
    QVERIFY(!agenda->markDone()); // the clerk backs out: nothing changes
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"15:00"_s), qPrintable(asked.first()));
    QCOMPARE(stored(afternoon).status, u"planned"_s);
    yes = true;
    QVERIFY(agenda->markDone());
    QCOMPARE(stored(afternoon).status, u"done"_s);
    // Made early, it is dated when it was done.
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM service_records WHERE served_at = '2026-11-23 09:30:00'"_s),
             1);
}

void TstVisitAgenda::aChangeTakesOneOrTheFollowingVisits()
{
    const qint64 first = plan(1, QDateTime(m_monday, QTime(9, 0)), 4); // four Mondays
    const QList<VisitRow> series = VisitStore(m_database->connection()).visitsOfSeries(stored(first).seriesId);
    QCOMPARE(series.size(), 4);

    // Only the second: to Tuesday 15:00.
    ScheduleVisitDialog one(Session(*m_database), 5, u"王秀英"_s);
    one.setToday(m_monday);
    one.editVisit(series.at(1));
    QVERIFY(one.scopeBox()->isVisibleTo(&one));
    QVERIFY(one.windowTitle().contains(u"王秀英"_s));
    one.dayBox()->setDate(m_monday.addDays(8));
    one.timeBox()->setTime(QTime(15, 0));
    QVERIFY(one.save());
    QCOMPARE(stored(series.at(1).id).startsAt, QDateTime(m_monday.addDays(8), QTime(15, 0)));
    QCOMPARE(stored(series.at(2).id).startsAt, QDateTime(m_monday.addDays(14), QTime(9, 0)));

    // The third and the following: to 赵磊 at 10:00; the day stays the rule's.
    ScheduleVisitDialog following(Session(*m_database), 5, u"王秀英"_s);
    following.setToday(m_monday);
    following.editVisit(series.at(2));
    following.scopeBox()->setCurrentIndex(
            following.scopeBox()->findData(int(ScheduleVisitDialog::Scope::ThisAndFollowing)));
    QVERIFY(!following.dayBox()->isEnabled());
    following.staffBox()->setCurrentIndex(following.staffBox()->findData(3));
    following.timeBox()->setTime(QTime(10, 0));
    QVERIFY(following.save());
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM visits WHERE staff_id = 3 AND substr(starts_at, 12, 5) = '10:00' "
                    "AND starts_at >= '2026-12-07'"_s),
             2);
    QCOMPARE(stored(first).staffId, 1);
    QCOMPARE(stored(series.at(1).id).staffId, 1);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM visits WHERE status = 'planned'"_s), 4);
}

void TstVisitAgenda::theMonthOpensADay()
{
    QVERIFY(plan(1, QDateTime(QDate(2026, 11, 10), QTime(9, 0)), 1) > 0);
    QVERIFY(plan(3, QDateTime(QDate(2026, 11, 10), QTime(10, 0)), 1, 6) > 0);
    VisitAgenda *agenda = showAgenda(0);
    QVERIFY(agenda);
    agenda->showSpan(VisitAgenda::Span::Month);
    QVERIFY(agenda->rangeLabel()->text().contains(u"2"_s));
    const QModelIndex tenth = agenda->monthModel()->indexOfDay(QDate(2026, 11, 10));
    QCOMPARE(tenth.data(VisitMonthModel::TotalRole).toInt(), 2);
    // A busy day with every state: its cell shows all its lines.
    QVERIFY(plan(1, QDateTime(QDate(2026, 11, 30), QTime(9, 0)), 1) > 0);
    QVERIFY(plan(1, QDateTime(QDate(2026, 11, 30), QTime(10, 0)), 1) > 0);
    QVERIFY(plan(1, QDateTime(QDate(2026, 11, 30), QTime(11, 0)), 1) > 0);
    QVERIFY(plan(1, QDateTime(QDate(2026, 11, 30), QTime(14, 0)), 1) > 0);
    QSqlQuery states(m_database->connection());
    QVERIFY(states.exec(u"UPDATE visits SET status = CASE substr(starts_at, 12, 2) WHEN '09' THEN 'done' "
                        "WHEN '10' THEN 'missed' WHEN '11' THEN 'cancelled' ELSE status END "
                        "WHERE starts_at LIKE '2026-11-30%'"_s));
    // As on a 1366 × 768 screen, where the agenda has about 1000 × 560 pixels.
    agenda->resize(1000, 560);
    agenda->reload();
    const QModelIndex busy = agenda->monthModel()->indexOfDay(QDate(2026, 11, 30));
    QCOMPARE(busy.data(VisitMonthModel::TotalRole).toInt(), 4);
    QVERIFY2(agenda->monthView()->sizeHintForIndex(busy).height() <= agenda->monthView()->rowHeight(busy.row()),
             qPrintable(u"%1 > %2"_s.arg(agenda->monthView()->sizeHintForIndex(busy).height())
                                .arg(agenda->monthView()->rowHeight(busy.row()))));
    agenda->monthView()->setCurrentIndex(tenth);
    agenda->monthView()->setFocus();
    QTest::keyClick(agenda->monthView(), Qt::Key_Return);
    QCOMPARE(agenda->span(), VisitAgenda::Span::Day);
    QCOMPARE(agenda->day(), QDate(2026, 11, 10));
    QCOMPARE(agenda->dayModel()->rowCount(), 2);
    // Alt+Right: the next day.
    QTest::keyClick(agenda->dayView(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(agenda->day(), QDate(2026, 11, 11));
    QCOMPARE(agenda->dayModel()->rowCount(), 0);
}

QTEST_MAIN(TstVisitAgenda)
#include "tst_visitagenda.moc"

#include "caserates.h"
#include "careschedule.h"
#include "centerprofile.h"
#include "centerscope.h"
#include "centerstore.h"
#include "database.h"
#include "gridstore.h"
#include "monthfigures.h"
#include "overviewstore.h"
#include "residentexport.h"
#include "residentimport.h"
#include "residentsearch.h"
#include "residentstore.h"
#include "serviceexport.h"
#include "servicerecordstore.h"
#include "testsupport.h"
#include "userstore.h"
#include "visitstore.h"
#include "writetransaction.h"

#include <QBuffer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// A district's database holds several centers: a grid belongs to one, and with it its residents and
// everything recorded about them. An account of a center sees that center's residents, records,
// cases, visits and figures alone, whatever it asks for; an account of no center sees the district.
// Only the district's administrator changes the centers.
class TstCenters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aNewDatabaseHasOneCenterAndItsClerksBelongToIt();
    void aClerkSeesTheResidentsOfTheirCenterAlone();
    void aClerkSeesTheRecordsOfTheirCenterAndTheWalkInsItLogged();
    void theFiguresOfACenterAreItsGridsAlone();
    void visitsAndCareAlertsAreTheCentersOwn();
    void nothingIsWrittenIntoAnotherCentersGrid();
    void exportsHoldTheCentersRowsAlone();
    void aSheetNamingAnotherCentersGridIsRefused();
    void onlyTheDistrictsAdministratorChangesCenters();
    void aGridMovedToAnotherCenterTakesItsResidentsAlong();
    void aCentersAdministratorAddsAccountsOfThatCenterAlone();
    void theProgramsOtherConnectionsActForTheSignedInUser();
    void aDistrictAccountViewsOneCenterForAWhile();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    // Two centers: 西溪 (grids 1, 2) and 东湖 (grid 3), residents 1–3 in 西溪 and 4–5 in 东湖.
    void buildTwoCenters();
    void signInAs(const QString &login);
    void actAsDistrict() { Actor::actFor(db(), m_districtAdmin); }
    qint64 logService(qint64 residentId, const QString &typeCode = u"EC02"_s);
    QList<qint64> residentIds();
    FreshDatabase m_database;
    Actor m_districtAdmin;
    qint64 m_east = 0;
    const QString m_password = u"Linli-2026"_s;
    const QDateTime m_now{QDate(2026, 11, 24), QTime(10, 0)};
};

void TstCenters::init()
{
    QVERIFY(m_database.open());
    UserStore users(db());
    LINLI_VERIFY_DONE(users.add(u"admin"_s, u"区管理员"_s, Role::Admin, m_password));
    QCOMPARE(users.signIn(u"admin"_s, m_password).outcome, UserStore::SignIn::Accepted);
    m_districtAdmin = Actor::of(db());
    QCOMPARE(m_districtAdmin.centerId, 0);
}

void TstCenters::cleanup()
{
    Actor::forget(db());
    m_database.close();
}

void TstCenters::buildTwoCenters()
{
    CenterStore centers(db());
    QVERIFY(centers.rename(1, u"西溪中心"_s).isDone());
    const Result<qint64> east = centers.add(u"C02"_s, u"东湖中心"_s);
    LINLI_VERIFY_DONE(east);
    m_east = east.value();
    QSqlQuery query(db());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name, center_id) VALUES (1, 'G0001', '西溪一网格', 1), "
                       "(2, 'G0002', '西溪二网格', 1), (3, 'G0003', '东湖一网格', %1)"_s.arg(m_east)));
    const QList<std::pair<QString, qint64>> residents
            = {{u"王秀英"_s, 1}, {u"王建国"_s, 2}, {u"李桂兰"_s, 2}, {u"王丽"_s, 3}, {u"张伟"_s, 3}};
    for (qsizetype i = 0; i < residents.size(); ++i) {
        QVERIFY(query.exec(u"INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, updated_at) "
                           "VALUES (%1, '%2', 'F', '1940-01-01', %3, '2026-11-02 09:00:00', '')"_s.arg(i + 1)
                                   .arg(residents.at(i).first)
                                   .arg(residents.at(i).second)));
        QVERIFY(query.exec(u"INSERT INTO resident_tags VALUES (%1, 'living_alone')"_s.arg(i + 1)));
    }
    UserStore users(db());
    LINLI_VERIFY_DONE(users.add(u"xixi"_s, u"西溪窗口"_s, Role::Clerk, m_password, false, 1));
    LINLI_VERIFY_DONE(users.add(u"donghu"_s, u"东湖窗口"_s, Role::Clerk, m_password, false, m_east));
    QVERIFY(users.add(u"donghu_mgr"_s, u"东湖主任"_s, Role::Manager, m_password, false, m_east).isDone());
    QVERIFY(users.add(u"district_mgr"_s, u"街道"_s, Role::Manager, m_password).isDone());
}

void TstCenters::signInAs(const QString &login)
{
    const UserStore::SignInResult result = UserStore(db()).signIn(login, m_password);
    QCOMPARE(result.outcome, UserStore::SignIn::Accepted);
}

qint64 TstCenters::logService(qint64 residentId, const QString &typeCode)
{
    ServiceRecordStore store(db());
    store.setReferenceTime(m_now);
    ServiceEntry entry;
    entry.residentId = residentId;
    entry.serviceTypeId = scalar(db(), u"SELECT id FROM service_types WHERE code = '%1'"_s.arg(typeCode));
    entry.servedAt = m_now.addSecs(-3600);
    const Result<qint64> result = store.log(entry);
    return result.value();
}

QList<qint64> TstCenters::residentIds()
{
    QList<qint64> ids;
    const QList<ResidentRow> rows = ResidentStore(db()).page(ResidentStore::Order::ByName, Qt::AscendingOrder, {}, 50,
                                                             ResidentSearch::parse(u""), {});
    for (const ResidentRow &row : rows)
        ids.append(row.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TstCenters::aNewDatabaseHasOneCenterAndItsClerksBelongToIt()
{
    QCOMPARE(CenterStore(db()).all().size(), 1);
    QCOMPARE(CenterStore(db()).all().constFirst().code, u"C01"_s);
    UserStore users(db());
    QVERIFY(users.add(u"clerk"_s, {}, Role::Clerk, m_password).isDone());
    QVERIFY(users.add(u"manager"_s, {}, Role::Manager, m_password).isDone());
    QCOMPARE(users.byLogin(u"clerk"_s)->centerId, 1);
    QCOMPARE(users.byLogin(u"manager"_s)->centerId, 0); // sees the whole database
    // A grid added with a resident belongs to the one center.
    QSqlQuery query(db());
    WriteTransaction transaction(db());
    const qint64 grid = GridStore(db()).create(u"新网格"_s);
    QVERIFY(grid > 0);
    QVERIFY(transaction.commit());
    QCOMPARE(scalar(db(), u"SELECT center_id FROM grids WHERE id = %1"_s.arg(grid)), 1);
    // A second center: a clerk must be told which.
    QVERIFY(CenterStore(db()).add(u"C02"_s, u"东湖中心"_s).isDone());
    QVERIFY(users.add(u"clerk2"_s, {}, Role::Clerk, m_password).message().contains(u"center"_s));
    QVERIFY(!users.setCenter(u"clerk"_s, 0).isDone());
    QVERIFY(!users.byLogin(u"clerk2"_s));
}

void TstCenters::aClerkSeesTheResidentsOfTheirCenterAlone()
{
    buildTwoCenters();
    QCOMPARE(residentIds(), (QList<qint64>{1, 2, 3, 4, 5}));
    signInAs(u"donghu"_s);
    QCOMPARE(Actor::of(db()).centerId, m_east);
    QCOMPARE(residentIds(), (QList<qint64>{4, 5}));
    ResidentStore store(db());
    QCOMPARE(store.count(ResidentSearch::parse(u""), {}), 2);
    // A name part all centers share, a grid of another center, a filter: still theirs alone.
    QCOMPARE(store.count(ResidentSearch::parse(u"王"), {}), 1);
    QCOMPARE(store.page(ResidentStore::Order::ByName, Qt::AscendingOrder, {}, 50, ResidentSearch::parse(u"王"), {})
                     .constFirst()
                     .id,
             4);
    ResidentFilter otherGrid;
    otherGrid.gridId = 1;
    QCOMPARE(store.count(ResidentSearch::parse(u""), otherGrid), 0);
    ResidentFilter alone;
    alone.tags = {u"living_alone"_s};
    QCOMPARE(store.count(ResidentSearch::parse(u""), alone), 2);
    const QList<Grid> grids = GridStore(db()).all();
    QCOMPARE(grids.size(), 1);
    QCOMPARE(grids.constFirst().id, 3);
    QCOMPARE(GridStore(db()).everyCenter().size(), 3);
    // A manager of no center sees the district.
    signInAs(u"district_mgr"_s);
    QCOMPARE(ResidentStore(db()).count(ResidentSearch::parse(u"王"), {}), 3);
}

void TstCenters::aClerkSeesTheRecordsOfTheirCenterAndTheWalkInsItLogged()
{
    buildTwoCenters();
    signInAs(u"xixi"_s);
    QVERIFY(logService(1) > 0);
    QVERIFY(logService(0) > 0); // a walk-in at 西溪
    QVERIFY(logService(2, u"LG04"_s) > 0);
    signInAs(u"donghu"_s);
    const qint64 east = logService(4);
    const qint64 eastWalkIn = logService(0);
    const qint64 eastCase = logService(5, u"LG04"_s);
    QVERIFY(east > 0 && eastWalkIn > 0 && eastCase > 0);

    ServiceRecordStore store(db());
    QCOMPARE(store.count({}), 3);
    QList<qint64> seen;
    for (const ServiceRecordRow &row : store.page({}, nullptr, 50))
        seen.append(row.id);
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, (QList<qint64>{east, eastWalkIn, eastCase}));
    ServiceFilter cases;
    cases.caseStatus = u"open"_s;
    QCOMPARE(store.count(cases), 1);
    QCOMPARE(store.page(cases, nullptr, 50).size(), 1);
    qint64 openCases = 0;
    for (const CaseLoad &load : store.caseLoads(m_now.date()))
        openCases += load.open;
    QCOMPARE(openCases, 1);
    // A resident of another center, asked for by id, shows nothing.
    ServiceFilter otherResident;
    otherResident.residentId = 1;
    QCOMPARE(store.count(otherResident), 0);

    actAsDistrict();
    QCOMPARE(ServiceRecordStore(db()).count({}), 6);
    QCOMPARE(ServiceRecordStore(db()).page({}, nullptr, 50).size(), 6);
}

void TstCenters::theFiguresOfACenterAreItsGridsAlone()
{
    buildTwoCenters();
    signInAs(u"xixi"_s);
    logService(1);
    logService(2);
    logService(2, u"LG04"_s);
    logService(0);
    signInAs(u"donghu"_s);
    logService(4);
    logService(5, u"LG04"_s);
    const QDate month = m_now.date();
    const auto records = [this, month] {
        qint64 sum = 0;
        const QList<MonthFigures::CategoryCount> counts = *MonthFigures(db()).byCategory(month, month, {});
        for (const MonthFigures::CategoryCount &count : counts)
            sum += count.records;
        return sum;
    };
    const auto people = [this, month] {
        const QList<MonthFigures::PeopleCount> months = *MonthFigures(db()).people(month, month, 0);
        return months.isEmpty() ? 0 : months.constFirst().people;
    };
    const auto received
            = [this, month] { return CaseRates(db()).monthly(month, month, 0)->constFirst().second.received; };
    const auto registered = [this, month] {
        const auto months = *MonthFigures(db()).registrations(month, month, 0);
        return months.isEmpty() ? 0 : months.constFirst().second;
    };
    QCOMPARE(records(), 2);
    QCOMPARE(people(), 2);
    QCOMPARE(received(), 1);
    QCOMPARE(registered(), 2);
    // A grid of another center, chosen, gives nothing.
    QVERIFY(MonthFigures(db()).byCategory(month, month, {1, 0})->isEmpty());
    signInAs(u"xixi"_s);
    QCOMPARE(records(), 3); // the walk-in belongs to no grid: the district's figures count it
    QCOMPARE(people(), 2);
    QCOMPARE(received(), 1);
    QCOMPARE(registered(), 3);
    actAsDistrict();
    QCOMPARE(records(), 6);
    QCOMPARE(people(), 4);
    QCOMPARE(received(), 2);
    QCOMPARE(registered(), 5);
}

void TstCenters::visitsAndCareAlertsAreTheCentersOwn()
{
    buildTwoCenters();
    {
        WriteTransaction transaction(db());
        QVERIFY(CareSchedule(db()).refreshAll());
        QVERIFY(transaction.commit());
    }
    QSqlQuery query(db());
    for (qint64 resident : {1, 4}) {
        QVERIFY(query.exec(u"INSERT INTO visits (resident_id, kind, starts_at) VALUES (%1, 'home_visit', "
                           "'2026-11-25 09:00:00')"_s.arg(resident)));
    }
    const QDate day(2026, 11, 25);
    signInAs(u"donghu"_s);
    const QList<AgendaEntry> agenda = VisitStore(db()).agenda(0, day, day);
    QCOMPARE(agenda.size(), 1);
    QCOMPARE(agenda.constFirst().residentName, u"王丽"_s);
    const QList<VisitDayCount> days = VisitStore(db()).dayCounts(0, day, day);
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.constFirst().planned, 1);
    const QList<MonthFigures::VisitCount> visits = *MonthFigures(db()).visits(day, day, 0);
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits.constFirst().status, u"planned"_s);
    QCOMPARE(visits.constFirst().visits, 1);
    const QList<CareSchedule::Alert> alerts = CareSchedule(db()).overdue(m_now.addDays(30), 0, 50);
    QCOMPARE(alerts.size(), 2);
    for (const CareSchedule::Alert &alert : alerts)
        QVERIFY(alert.residentId == 4 || alert.residentId == 5);
    const QList<std::pair<qint64, qint64>> byGrid = CareSchedule(db()).overdueByGrid(m_now.addDays(30));
    QCOMPARE(byGrid, (QList<std::pair<qint64, qint64>>{{3, 2}}));
    actAsDistrict();
    QCOMPARE(VisitStore(db()).agenda(0, day, day).size(), 2);
    QCOMPARE(CareSchedule(db()).overdue(m_now.addDays(30), 0, 50).size(), 5);
}

void TstCenters::nothingIsWrittenIntoAnotherCentersGrid()
{
    buildTwoCenters();
    signInAs(u"donghu"_s);
    ResidentDraft draft;
    draft.name = u"赵敏"_s;
    draft.gender = u"F"_s;
    draft.birthDate = QDate(1950, 3, 1);
    draft.gridId = 1; // 西溪's
    const qint64 before = scalar(db(), u"SELECT count(*) FROM residents"_s);
    QVERIFY(!ResidentStore(db()).create(draft).isDone());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents"_s), before);
    draft.gridId = 3;
    QVERIFY(ResidentStore(db()).create(draft).isDone());
    // A grid named anew goes to the clerk's own center.
    draft.gridId = 0;
    draft.name = u"钱多"_s;
    draft.newGridName = u"东湖二网格"_s;
    QVERIFY(ResidentStore(db()).create(draft).isDone());
    QCOMPARE(scalar(db(), u"SELECT center_id FROM grids WHERE name = '东湖二网格'"_s), m_east);
    // Another center's grid by its name is no new grid of this one.
    draft.name = u"李四"_s;
    draft.newGridName = u"西溪一网格"_s;
    QVERIFY(!ResidentStore(db()).create(draft).isDone());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM grids WHERE name = '西溪一网格'"_s), 1);
    // The district's administrator, in a district of two centers, cannot say where a new grid goes.
    actAsDistrict();
    draft.name = u"孙立"_s;
    draft.newGridName = u"无主网格"_s;
    QVERIFY(!ResidentStore(db()).create(draft).isDone());
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM grids WHERE name = '无主网格'"_s), 0);
}

void TstCenters::exportsHoldTheCentersRowsAlone()
{
    buildTwoCenters();
    signInAs(u"donghu"_s);
    logService(4);
    signInAs(u"xixi"_s);
    logService(1);
    logService(2);
    signInAs(u"donghu_mgr"_s);
    QBuffer residents;
    residents.open(QIODevice::WriteOnly);
    const Result<qint64> residentRows = ResidentExport(db()).write(&residents);
    LINLI_VERIFY_DONE(residentRows);
    QCOMPARE(residentRows.value(), 2);
    QVERIFY(residents.data().contains("王丽"));
    QVERIFY(!residents.data().contains("王秀英"));
    QBuffer services;
    services.open(QIODevice::WriteOnly);
    const Result<qint64> serviceRows = ServiceExport(db()).write(&services);
    LINLI_VERIFY_DONE(serviceRows);
    QCOMPARE(serviceRows.value(), 1);
}

void TstCenters::aSheetNamingAnotherCentersGridIsRefused()
{
    buildTwoCenters();
    signInAs(u"donghu_mgr"_s); // imports are a manager's
    const QString sheet = u"name,gender,birth_date,grid\n"
                          "赵敏,F,1950-03-01,东湖一网格\n"
                          "钱多,M,1951-04-02,东湖新网格\n"
                          "孙立,M,1952-05-03,西溪一网格\n"_s;
    ResidentImport import(db());
    LINLI_VERIFY_DONE(import.read(sheet.toUtf8()));
    LINLI_VERIFY_DONE(import.check());
    QCOMPARE(import.problems().size(), 1);
    QCOMPARE(import.problems().constFirst().row, 4); // as the spreadsheet numbers it, under the header
    QCOMPARE(import.problems().constFirst().reason, u"This grid belongs to another center."_s);
    const qint64 before = scalar(db(), u"SELECT count(*) FROM residents"_s);
    QVERIFY(import.write(false).is(Problem::Kind::Invalid));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents"_s), before);
    LINLI_VERIFY_DONE(import.write(true));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM residents"_s), before + 2);
    QCOMPARE(scalar(db(), u"SELECT center_id FROM grids WHERE name = '东湖新网格'"_s), m_east);
}

void TstCenters::onlyTheDistrictsAdministratorChangesCenters()
{
    buildTwoCenters();
    UserStore users(db());
    QVERIFY(users.add(u"east_admin"_s, {}, Role::Admin, m_password, false, m_east).isDone());
    const qint64 centers = scalar(db(), u"SELECT count(*) FROM centers"_s);
    for (const QString &login : {u"donghu"_s, u"donghu_mgr"_s, u"east_admin"_s, u"district_mgr"_s}) {
        signInAs(login);
        CenterStore store(db());
        QVERIFY(store.add(u"C09"_s, u"九号中心"_s).is(Problem::Kind::NotPermitted));
        QVERIFY(store.rename(m_east, u"改名"_s).is(Problem::Kind::NotPermitted));
        QVERIFY(store.moveGrid(3, 1).is(Problem::Kind::NotPermitted));
    }
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM centers"_s), centers);
    QCOMPARE(scalar(db(), u"SELECT center_id FROM grids WHERE id = 3"_s), m_east);
    actAsDistrict();
    CenterStore store(db());
    QVERIFY(store.add(u"C03"_s, u"东湖中心"_s).is(Problem::Kind::Invalid)); // the name is taken
    QVERIFY(store.add(u"c02"_s, u"新中心"_s).is(Problem::Kind::Invalid));   // and the code
    QVERIFY(store.add(u"C 3"_s, u"新中心"_s).is(Problem::Kind::Invalid));
    QVERIFY(store.add(u"C03"_s, u"新中心"_s).isDone());
    QVERIFY(store.rename(m_east, u"东湖社区中心"_s).isDone());
    QCOMPARE(CenterStore::find(store.all(), u"东湖社区中心"_s)->id, m_east);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE object_type = 'center'"_s),
             4); // two names given, two centers added
}

void TstCenters::aGridMovedToAnotherCenterTakesItsResidentsAlong()
{
    buildTwoCenters();
    signInAs(u"xixi"_s);
    logService(2);
    actAsDistrict();
    QVERIFY(CenterStore(db()).moveGrid(2, m_east).isDone());
    signInAs(u"donghu"_s);
    QCOMPARE(residentIds(), (QList<qint64>{2, 3, 4, 5}));
    QCOMPARE(ServiceRecordStore(db()).count({}), 1);
    const QDate month = m_now.date();
    QCOMPARE(MonthFigures(db()).byCategory(month, month, {})->constFirst().records, 1);
    signInAs(u"xixi"_s);
    QCOMPARE(residentIds(), (QList<qint64>{1}));
    QVERIFY(MonthFigures(db()).byCategory(month, month, {})->isEmpty());
}

void TstCenters::aCentersAdministratorAddsAccountsOfThatCenterAlone()
{
    buildTwoCenters();
    QVERIFY(UserStore(db()).add(u"east_admin"_s, {}, Role::Admin, m_password, false, m_east).isDone());
    signInAs(u"east_admin"_s);
    UserStore users(db());
    QVERIFY(users.add(u"west_clerk"_s, {}, Role::Clerk, m_password, false, 1).is(Problem::Kind::NotPermitted));
    QVERIFY(users.add(u"east_clerk"_s, {}, Role::Clerk, m_password).isDone());
    QCOMPARE(users.byLogin(u"east_clerk"_s)->centerId, m_east);
    QVERIFY(users.add(u"east_mgr"_s, {}, Role::Manager, m_password).isDone());
    QCOMPARE(users.byLogin(u"east_mgr"_s)->centerId, m_east); // never more than their own center
    QVERIFY(!users.setCenter(u"east_clerk"_s, 1).isDone());
    // Another center's accounts are neither listed nor changed.
    QStringList listed;
    for (const UserAccount &account : users.all())
        listed.append(account.login);
    QCOMPARE(listed, (QStringList{u"donghu"_s, u"donghu_mgr"_s, u"east_admin"_s, u"east_clerk"_s, u"east_mgr"_s}));
    QCOMPARE(users.resetPassword(u"xixi"_s, u"Other-2026x"_s).message(), u"xixi is an account of another center."_s);
    QVERIFY(!users.setDisabled(u"xixi"_s, true).isDone());
    QVERIFY(!users.setRole(u"xixi"_s, Role::Manager).isDone());
    QVERIFY(!UserStore(db()).byLogin(u"xixi"_s)->disabled);
    actAsDistrict();
    QVERIFY(UserStore(db()).setCenter(u"east_clerk"_s, 1).isDone());
    QCOMPARE(UserStore(db()).byLogin(u"east_clerk"_s)->centerId, 1);
    QVERIFY(UserStore(db()).setCenter(u"east_mgr"_s, 0).isDone());
    QCOMPARE(UserStore(db()).byLogin(u"east_mgr"_s)->centerId, 0);
}

void TstCenters::theProgramsOtherConnectionsActForTheSignedInUser()
{
    buildTwoCenters();
    signInAs(u"donghu"_s);
    logService(4);
    logService(0);
    signInAs(u"xixi"_s);
    logService(1);
    // A worker's connection of its own: the command line's, until the program acts for the user.
    Database worker;
    QVERIFY(DatabaseSetup::open(worker, locationFor(m_database.dir())));
    QCOMPARE(Actor::of(worker.connection()).userId, 0);
    QCOMPARE(OverviewStore(worker.connection()).seenResidents(), 5);
    signInAs(u"donghu"_s);
    Actor::actForThisProgram(Actor::of(db()));
    const auto forgetProgramActor = qScopeGuard([] { Actor::actForThisProgram(std::nullopt); });
    QCOMPARE(Actor::of(worker.connection()).login, u"donghu"_s);
    const OverviewStore overview(worker.connection());
    QCOMPARE(overview.seenResidents(), 2);
    QCOMPARE(overview.seenServiceRecords(), 2);
    QCOMPARE(overview.seenVisits(), 0);
    QCOMPARE(overview.rowCount(u"residents"_s), 5); // the check counts the whole table
    // A connection told otherwise keeps its own.
    Actor::actFor(worker.connection(), m_districtAdmin);
    QCOMPARE(OverviewStore(worker.connection()).seenServiceRecords(), 3);
    Actor::forget(worker.connection());
}

void TstCenters::aDistrictAccountViewsOneCenterForAWhile()
{
    buildTwoCenters();
    signInAs(u"district_mgr"_s);
    {
        const CenterView view(db(), m_east);
        QCOMPARE(residentIds(), (QList<qint64>{4, 5}));
        QCOMPARE(CenterProfile(db()).name(), u"东湖中心"_s);
    }
    QCOMPARE(residentIds(), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(Actor::of(db()).login, u"district_mgr"_s);
    // A connection acting for nobody in particular goes back to that.
    Actor::forget(db());
    {
        const CenterView view(db(), 1);
        QCOMPARE(residentIds(), (QList<qint64>{1, 2, 3}));
    }
    QVERIFY(!Actor::toldOn(db()));
    // A view never widens nor moves an account of a center.
    signInAs(u"donghu"_s);
    {
        const CenterView view(db(), 1);
        QCOMPARE(residentIds(), (QList<qint64>{4, 5}));
    }
    QCOMPARE(Actor::of(db()).centerId, m_east);
}

QTEST_GUILESS_MAIN(TstCenters)
#include "tst_centers.moc"

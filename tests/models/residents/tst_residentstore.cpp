#include "auditlog.h"
#include "database.h"
#include "householdstore.h"
#include "idnumber.h"
#include "residentsearch.h"
#include "residentstore.h"
#include "actor.h"
#include "residenteraser.h"
#include "residentmerger.h"
#include "databasechecker.h"
#include "demodata.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QScopeGuard>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;
using Field = ResidentDraft::Field;

class TstResidentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registersWithWhatTheIdNumberSays();
    void sameIdNumberTwiceIsRefused();
    void anEntryHandedOverTwiceIsSavedOnce();
    void invalidDraftsChangeNothing_data();
    void invalidDraftsChangeNothing();
    void failedWriteLeavesNothingBehind();
    void editSavesEveryFieldAndTheTags();
    void staleEditIsRefused();
    void editCannotTakeAnotherResidentsIdNumber();
    void householdsAreStartedAndJoined();
    void everySaveIsAuditedWithItsChangesMasked();
    void aBusyDatabaseIsSaidAndTheSaveCanBeRepeated();
    void anErasedResidentIsNowhereInTheFiles();
    void onlyAManagerErases();
    void aResidentRegisteredTwiceIsMergedIntoOne();
    void manyMatchesAreListedAsFewAre();
    void theCharactersOfEveryNameAreIndexedAsItChanges();

private:
    static ResidentDraft validDraft();
    FreshDatabase m_database;
};

void TstResidentStore::init()
{
    QVERIFY(m_database.open());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G1', '一网格')"_s));
}

void TstResidentStore::cleanup()
{
    m_database.close();
}

ResidentDraft TstResidentStore::validDraft()
{
    ResidentDraft draft;
    draft.name = u" 阿依古丽•买买提 "_s;
    draft.idNumber = u"１１０１０５１９４９１２３１００２ｘ"_s; // fullwidth, lowercase x
    draft.phone = u"+86 138-0013-8000"_s;
    draft.phone2 = u"(0571) 8888 6666"_s;
    draft.gridId = 1;
    draft.building = u"12"_s;
    draft.unit = u"2"_s;
    draft.room = u"301"_s;
    draft.tags = {u"living_alone"_s, u"key_care"_s, u"living_alone"_s, u"no_such_tag"_s};
    return draft;
}

void TstResidentStore::registersWithWhatTheIdNumberSays()
{
    ResidentStore store(m_database->connection());
    const Result<qint64> result = store.create(validDraft());
    QVERIFY2(result.isDone(), qPrintable(result.message()));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT name, gender, birth_date, id_number, phone, phone2, name_pinyin, name_initials, "
                       "id_number_reversed, phone_reversed FROM residents WHERE id = %1"_s.arg(result.value())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"阿依古丽·买买提"_s);
    QCOMPARE(query.value(1).toString(), u"F"_s);
    QCOMPARE(query.value(2).toString(), u"1949-12-31"_s);
    QCOMPARE(query.value(3).toString(), u"11010519491231002X"_s);
    QCOMPARE(query.value(4).toString(), u"13800138000"_s);
    QCOMPARE(query.value(5).toString(), u"0571-88886666"_s);
    QCOMPARE(query.value(6).toString(), u"a yi gu li mai mai ti"_s);
    QCOMPARE(query.value(7).toString(),
             u"aygl"
             "mmt"_s);
    QCOMPARE(query.value(8).toString(), ResidentSearch::reversed(u"11010519491231002X"));
    QCOMPARE(query.value(9).toString(), ResidentSearch::reversed(u"13800138000"));
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM resident_tags WHERE resident_id = %1"_s.arg(result.value())),
             2);
    // Found by the search box at once.
    QCOMPARE(store.count(ResidentSearch::parse(u"002x")).value_or(-1), 1);
    QCOMPARE(store.count(ResidentSearch::parse(u"aygl")).value_or(-1), 1);
}

void TstResidentStore::sameIdNumberTwiceIsRefused()
{
    ResidentStore store(m_database->connection());
    const Result<qint64> first = store.create(validDraft());
    QVERIFY(first.isDone());
    ResidentDraft again = validDraft();
    again.name = u"别人"_s;
    again.idNumber = u"11010519491231002X"_s;
    const Result<qint64> second = store.create(again);
    QVERIFY(second.is(Problem::Kind::Duplicate));
    QCOMPARE(second.problem().recordId, first.value());
    QVERIFY(!second.message().isEmpty());
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 1);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM resident_tags"_s), 2);
}

void TstResidentStore::anEntryHandedOverTwiceIsSavedOnce()
{
    ResidentStore store(m_database->connection());
    const QSqlDatabase db = m_database->connection();
    // Without an ID number nothing else tells the second Save from a second person of the same name.
    ResidentDraft draft = validDraft();
    draft.idNumber.clear();
    draft.birthDate = QDate(1950, 3, 1);
    draft.gender = u"F"_s;
    draft.entryKey = u"form-1"_s;
    const Result<qint64> first = store.create(draft);
    QVERIFY(first.isDone());
    const Result<qint64> again = store.create(draft);
    QVERIFY2(again.isDone(), qPrintable(again.message()));
    QCOMPARE(again.value(), first.value());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM residents"_s), 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND object_type = 'resident'"_s), 1);

    // An edit is written once too: the second hand-over leaves the version where the first put it.
    ResidentStore::Record record = *store.load(first.value());
    record.draft.room = u"502"_s;
    record.draft.entryKey = u"form-2"_s;
    QVERIFY(store.update(first.value(), record.version, record.draft).isDone());
    QCOMPARE(store.update(first.value(), record.version, record.draft).valueOr(0), first.value());
    QCOMPARE(store.load(first.value())->version, record.version + 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND object_type = 'resident'"_s), 1);

    // Another form is another entry.
    draft.entryKey = u"form-3"_s;
    QVERIFY(store.create(draft).isDone());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM residents"_s), 2);
}

void TstResidentStore::invalidDraftsChangeNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<Field>("field");
    QTest::newRow("no name") << u"name"_s << Field::Name;
    QTest::newRow("wrong check character") << u"id"_s << Field::IdNumber;
    QTest::newRow("gender disagrees with ID") << u"gender"_s << Field::Gender;
    QTest::newRow("birth date disagrees with ID") << u"birth"_s << Field::BirthDate;
    QTest::newRow("no ID and no birth date") << u"noid"_s << Field::BirthDate;
    QTest::newRow("bad phone") << u"phone"_s << Field::Phone;
    QTest::newRow("no grid") << u"grid"_s << Field::Grid;
}

void TstResidentStore::invalidDraftsChangeNothing()
{
    QFETCH(QString, change);
    QFETCH(Field, field);
    ResidentDraft draft = validDraft();
    if (change == u"name"_s)
        draft.name = u"  "_s;
    else if (change == u"id"_s)
        draft.idNumber = u"110105194912310021"_s;
    else if (change == u"gender"_s)
        draft.gender = u"M"_s;
    else if (change == u"birth"_s)
        draft.birthDate = QDate(1949, 12, 30);
    else if (change == u"noid"_s)
        draft.idNumber.clear(), draft.gender = u"F"_s;
    else if (change == u"phone"_s)
        draft.phone = u"15412345678"_s;
    else if (change == u"grid"_s)
        draft.gridId = 0;
    ResidentStore store(m_database->connection());
    const Result<qint64> result = store.create(draft);
    QVERIFY(result.is(Problem::Kind::Invalid));
    // The draft's own problem with that field, as the form shows it beside the field.
    const QString expected = ResidentDraft(draft).check(QDate::currentDate()).value(field);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(result.message(), expected);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 0);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM resident_tags"_s), 0);
}

void TstResidentStore::failedWriteLeavesNothingBehind()
{
    ResidentDraft draft = validDraft();
    draft.gridId = 99; // passes the form, refused by the database's foreign key
    ResidentStore store(m_database->connection());
    const Result<qint64> result = store.create(draft);
    QVERIFY(result.is(Problem::Kind::Failed));
    QVERIFY(!result.message().isEmpty());
    QVERIFY(!result.message().contains(u"FOREIGN KEY"_s));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 0);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM resident_tags"_s), 0);
    // The connection is usable again afterwards.
    draft.gridId = 1;
    QVERIFY(store.create(draft).isDone());
}

void TstResidentStore::editSavesEveryFieldAndTheTags()
{
    ResidentStore store(m_database->connection());
    const Result<qint64> created = store.create(validDraft());
    QVERIFY(created.isDone());
    std::optional<ResidentStore::Record> record = store.load(created.value());
    QVERIFY(record);
    QCOMPARE(record->version, 1);
    QCOMPARE(record->draft.idNumber, u"11010519491231002X"_s);
    ResidentDraft edit = record->draft;
    edit.name = u"单秀英"_s;
    edit.phone = u"13900139000"_s;
    edit.tags = {u"veteran"_s};
    edit.status = u"moved_out"_s;
    edit.room = u"502"_s;
    const Result<qint64> saved = store.update(created.value(), record->version, edit);
    QVERIFY2(saved.isDone(), qPrintable(saved.message()));
    record = store.load(created.value());
    QCOMPARE(record->version, 2);
    QCOMPARE(record->draft.name, u"单秀英"_s);
    QCOMPARE(record->draft.tags, QStringList{u"veteran"_s});
    QCOMPARE(record->draft.status, u"moved_out"_s);
    QCOMPARE(record->draft.room, u"502"_s);
    // Searched by the new name's surname reading and the new phone's tail.
    QCOMPARE(store.count(ResidentSearch::parse(u"shan"_s)).value_or(-1), 1);
    QCOMPARE(store.count(ResidentSearch::parse(u"9000"_s)).value_or(-1), 1);
    QCOMPARE(store.count(ResidentSearch::parse(u"8000"_s)).value_or(-1), 0);
}

void TstResidentStore::staleEditIsRefused()
{
    ResidentStore store(m_database->connection());
    const qint64 id = store.create(validDraft()).valueOr(0);
    const ResidentStore::Record first = *store.load(id);
    const ResidentStore::Record second = *store.load(id);
    ResidentDraft mine = first.draft;
    mine.room = u"101"_s;
    QVERIFY(store.update(id, first.version, mine).isDone());
    ResidentDraft theirs = second.draft;
    theirs.notes = u"另一位工作人员的修改"_s;
    const Result<qint64> refused = store.update(id, second.version, theirs);
    QVERIFY(refused.is(Problem::Kind::Conflict));
    QVERIFY(!refused.message().isEmpty());
    const ResidentStore::Record now = *store.load(id);
    QCOMPARE(now.draft.room, u"101"_s); // the first change is kept, the stale one not written over it
    QCOMPARE(now.draft.notes, QString());
}

void TstResidentStore::editCannotTakeAnotherResidentsIdNumber()
{
    ResidentStore store(m_database->connection());
    const qint64 first = store.create(validDraft()).valueOr(0);
    ResidentDraft other = validDraft();
    other.name = u"李四"_s;
    other.idNumber = IdNumber::compose(u"110105", QDate(1950, 1, 1), 3);
    other.gender.clear();
    other.birthDate = {};
    const Result<qint64> created = store.create(other);
    QVERIFY2(created.isDone(), qPrintable(created.message()));
    ResidentStore::Record record = *store.load(created.value());
    record.draft.idNumber = u"11010519491231002X"_s;
    record.draft.gender = u"F"_s;
    record.draft.birthDate = QDate(1949, 12, 31);
    const Result<qint64> refused = store.update(created.value(), record.version, record.draft);
    QVERIFY(refused.is(Problem::Kind::Duplicate));
    QCOMPARE(refused.problem().recordId, first);
    QCOMPARE(store.load(created.value())->version, 1);
}

void TstResidentStore::householdsAreStartedAndJoined()
{
    ResidentStore store(m_database->connection());
    ResidentDraft head = validDraft();
    head.startsHousehold = true;
    head.relationToHead = u"spouse"_s; // starting a household makes one its head, whatever was chosen
    const qint64 headId = store.create(head).valueOr(0);
    QVERIFY(headId > 0);
    const ResidentStore::Record headRecord = *store.load(headId);
    QVERIFY(headRecord.draft.householdId > 0);
    QCOMPARE(headRecord.draft.relationToHead, u"head"_s);
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM households WHERE grid_id = 1 AND building = '12' "
                    "AND unit = '2' AND room = '301'"_s),
             1);

    const QList<HouseholdSummary> here
            = HouseholdStore(m_database->connection()).atAddress(1, u"12"_s, u"2"_s, u"301"_s);
    QCOMPARE(here.size(), 1);
    QCOMPARE(here.at(0).id, headRecord.draft.householdId);
    QCOMPARE(here.at(0).headName, u"阿依古丽·买买提"_s);
    QCOMPARE(here.at(0).members, 1);

    ResidentDraft spouse = validDraft();
    spouse.name = u"买买提·艾力"_s;
    spouse.idNumber = IdNumber::compose(u"650102", QDate(1948, 3, 1), 11);
    spouse.householdId = headRecord.draft.householdId;
    spouse.relationToHead.clear();
    Result<qint64> result = store.create(spouse);
    QVERIFY(result.is(Problem::Kind::Invalid)); // joining needs the relation
    QCOMPARE(result.message(), ResidentDraft(spouse).check(QDate::currentDate()).value(Field::Household));
    spouse.relationToHead = u"spouse"_s;
    result = store.create(spouse);
    QVERIFY2(result.isDone(), qPrintable(result.message()));
    QCOMPARE(store.load(result.value())->draft.householdId, headRecord.draft.householdId);

    ResidentDraft secondHead = spouse;
    secondHead.name = u"另一位户主"_s;
    secondHead.idNumber = IdNumber::compose(u"650102", QDate(1970, 3, 1), 11);
    secondHead.relationToHead = u"head"_s;
    result = store.create(secondHead);
    QVERIFY(result.is(Problem::Kind::Invalid));
    QVERIFY(result.message().contains(u"head"_s));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 2);
}

void TstResidentStore::everySaveIsAuditedWithItsChangesMasked()
{
    const QSqlDatabase db = m_database->connection();
    ResidentStore store(db);
    const qint64 id = store.create(validDraft()).valueOr(0);
    QVERIFY(id > 0);
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND object_type = 'resident' "
                    "AND object_id = %1 AND changes = 'id_number=110105********002X'"_s.arg(id)),
             1);
    const ResidentStore::Record first = *store.load(id);
    ResidentDraft edit = first.draft;
    edit.phone = u"13900139000"_s;
    edit.room = u"302"_s;
    QVERIFY(store.update(id, first.version, edit).isDone());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT changes FROM audit_log WHERE action = 'UPDATE' AND object_id = %1"_s.arg(id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"phone: 138****8000 → 139****9000; room: 301 → 302"_s);
    query.finish();
    // A refused save leaves no row: the row goes with the change.
    QVERIFY(store.update(id, first.version, edit).is(Problem::Kind::Conflict));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE object_type = 'resident'"_s), 2);
    // No whole ID number or phone anywhere in the log.
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM audit_log WHERE changes LIKE '%1949123100%' "
                    "OR changes LIKE '%13800138000%' OR changes LIKE '%13900139000%'"_s),
             0);
    QVERIFY(!AuditLog(db).firstBrokenRow());
}

void TstResidentStore::aBusyDatabaseIsSaidAndTheSaveCanBeRepeated()
{
    // Another program (or desk) holds the write lock longer than the busy timeout.
    Database other;
    QVERIFY(other.open(locationFor(m_database.dir()), Database::Mode::Attach));
    auto holding = std::make_unique<WriteTransaction>(other.connection());
    QVERIFY(holding->isActive());
    // A server locks rows, not the whole database: the other desk holds the register.
    if (onServer())
        QVERIFY(QSqlQuery(other.connection()).exec(u"LOCK TABLE residents IN EXCLUSIVE MODE"_s));
    ResidentStore store(m_database->connection());
    const Result<qint64> busy = store.create(validDraft());
    QVERIFY(busy.is(Problem::Kind::Failed));
    QVERIFY2(busy.message().contains(u"busy"_s), qPrintable(busy.message()));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s), 0);
    holding.reset(); // released: the same save goes through
    QVERIFY(store.create(validDraft()).isDone());
}

void TstResidentStore::anErasedResidentIsNowhereInTheFiles()
{
    LINLI_SQLITE_FILE_ONLY();
    const QSqlDatabase db = m_database->connection();
    ResidentStore store(db);
    ResidentDraft draft = validDraft();
    draft.startsHousehold = true;
    const qint64 id = store.create(draft).valueOr(0);
    QVERIFY(id > 0);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"INSERT INTO service_records (resident_id, service_type_id, served_at, created_at) "
                       "SELECT %1, min(id), '2026-11-02 09:00', '2026-11-02' FROM service_types"_s.arg(id)));
    QVERIFY(query.exec(
            u"INSERT INTO visits (resident_id, kind, starts_at) VALUES (%1, 'home_visit', '2026-11-30 09:00')"_s.arg(
                    id)));
    query.finish();
    const qint64 servicesBefore = scalar(db, u"SELECT sum(records) FROM service_month_counts"_s);
    const QByteArray idNumber = "11010519491231002X";
    const QByteArray name = u"阿依古丽·买买提"_s.toUtf8();
    auto inTheFiles = [this](const QByteArray &bytes) {
        bool found = false;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(dbPath(m_database.dir()) + suffix);
            if (file.open(QIODevice::ReadOnly))
                found = found || file.readAll().contains(bytes);
        }
        return found;
    };
    QVERIFY(inTheFiles(idNumber)); // the test sees it while it is there
    QVERIFY(inTheFiles(name));

    const Result<ResidentEraser::Erasure> erased = ResidentEraser(db).erase(id);
    QVERIFY2(erased.isDone(), qPrintable(erased.message()));
    QCOMPARE(erased.value().servicesKept, 1);
    QCOMPARE(erased.value().visitsRemoved, 1);
    QVERIFY(erased.value().logEmptied);
    QVERIFY(!inTheFiles(idNumber));
    QVERIFY(!inTheFiles(name));
    QCOMPARE(QFileInfo(dbPath(m_database.dir()) + u"-wal"_s).size(), 0);
    QVERIFY(!store.load(id));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM households"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM resident_tags"_s), 0);
    // The service stays in the month's figures, under no one's name.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM service_records WHERE resident_id IS NULL"_s), 1);
    QCOMPARE(scalar(db, u"SELECT sum(records) FROM service_month_counts"_s), servicesBefore);
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM audit_log WHERE action = 'DELETE' AND object_id = %1 "
                    "AND changes = 'erased; services_kept=1; visits_removed=1'"_s.arg(id)),
             1);
    QVERIFY(!AuditLog(db).firstBrokenRow());
    const DatabaseChecker::Report checked = DatabaseChecker(db).run();
    QVERIFY2(checked.ok, qPrintable(checked.problems.join(u' ')));
}

void TstResidentStore::onlyAManagerErases()
{
    const QSqlDatabase db = m_database->connection();
    const qint64 id = ResidentStore(db).create(validDraft()).valueOr(0);
    Actor::actFor(db, Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    const auto signOut = qScopeGuard([db] { Actor::forget(db); });
    const Result<ResidentEraser::Erasure> refused = ResidentEraser(db).erase(id);
    QVERIFY(refused.is(Problem::Kind::NotPermitted));
    QVERIFY(refused.message().contains(u"Manager"_s));
    QVERIFY(ResidentStore(db).load(id));
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM audit_log WHERE action = 'DENIED' "
                    "AND changes = 'permission=DeleteResidents'"_s),
             1);
    Actor::actFor(db, Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
    QVERIFY(ResidentEraser(db).erase(id).isDone());
    QVERIFY(ResidentEraser(db).erase(id).is(Problem::Kind::Invalid)); // gone already
}

void TstResidentStore::aResidentRegisteredTwiceIsMergedIntoOne()
{
    const QSqlDatabase db = m_database->connection();
    ResidentStore store(db);
    // Once with the ID number, once (at another desk) with phones, a tag and a visit.
    ResidentDraft first = validDraft();
    first.phone.clear();
    first.phone2.clear();
    first.tags = {u"living_alone"_s};
    first.notes = u"独居"_s;
    const qint64 kept = store.create(first).valueOr(0);
    ResidentDraft second;
    second.name = u"阿依古丽·买买提"_s;
    second.gender = u"F"_s;
    second.birthDate = QDate(1949, 12, 31);
    second.phone = u"13800138000"_s;
    second.gridId = 1;
    second.tags = {u"living_alone"_s, u"key_care"_s};
    second.notes = u"女儿在外地"_s;
    const Result<qint64> created = store.create(second);
    QVERIFY2(created.isDone(), qPrintable(created.message()));
    const qint64 duplicate = created.value();
    QSqlQuery query(db);
    QVERIFY(query.exec(u"INSERT INTO service_records (resident_id, service_type_id, served_at, created_at) "
                       "SELECT %1, min(id), '2026-11-02 09:00', '2026-11-02' FROM service_types"_s.arg(duplicate)));
    QVERIFY(query.exec(
            u"INSERT INTO visits (resident_id, kind, starts_at) VALUES (%1, 'home_visit', '2026-11-30 09:00')"_s.arg(
                    duplicate)));
    query.finish();

    Actor::actFor(db, Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    const Result<void> refused = ResidentMerger(db).merge(kept, duplicate);
    QVERIFY(refused.is(Problem::Kind::NotPermitted));
    QVERIFY(refused.message().contains(u"Manager"_s));
    Actor::actFor(db, Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
    ResidentMerger merger(db);
    QVERIFY(merger.merge(kept, kept).is(Problem::Kind::Invalid));
    const Result<void> done = merger.merge(kept, duplicate);
    QVERIFY2(done.isDone(), qPrintable(done.message()));
    Actor::forget(db);

    QVERIFY(!store.load(duplicate));
    const ResidentStore::Record merged = *store.load(kept);
    QCOMPARE(merged.draft.idNumber, u"11010519491231002X"_s);
    QCOMPARE(merged.draft.phone, u"13800138000"_s);
    QCOMPARE(merged.draft.tags, (QStringList{u"key_care"_s, u"living_alone"_s}));
    QCOMPARE(merged.draft.notes, u"独居\n女儿在外地"_s);
    QCOMPARE(merged.version, 2);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM service_records WHERE resident_id = %1"_s.arg(kept)), 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM visits WHERE resident_id = %1"_s.arg(kept)), 1);
    // Found by the phone's last digits, as the duplicate was.
    QCOMPARE(store.count(ResidentSearch::parse(u"8000")).value_or(-1), 1);
    QCOMPARE(store.count(ResidentSearch::parse(u"002x")).value_or(-1), 1);
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM audit_log WHERE login = 'boss1' AND ((action = 'UPDATE' AND object_id = %1 "
                    "AND changes = 'merged=%2; services=1; visits=1') OR (action = 'DELETE' AND object_id = %2 "
                    "AND changes = 'merged_into=%1'))"_s.arg(kept)
                            .arg(duplicate)),
             2);
    const DatabaseChecker::Report checked = DatabaseChecker(db).run();
    QVERIFY2(checked.ok, qPrintable(checked.problems.join(u' ')));
}

// Pinyin and initials matching many residents are read along the sort index, few are gathered and
// sorted: both ways list the same residents in the same order, page after page, in every order.
void TstResidentStore::manyMatchesAreListedAsFewAre()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(DemoData().residents(3000).seed(5).openIn(database, locationFor(dir)));

    const auto everyPage
            = [&](int manyMatches, const QString &text, ResidentStore::Order order, Qt::SortOrder direction) {
                  ResidentStore store(database.connection());
                  store.setManyMatches(manyMatches);
                  const ResidentSearch search = ResidentSearch::parse(text);
                  QList<qint64> ids;
                  ResidentStore::PageKey after;
                  for (;;) {
                      const QList<ResidentRow> rows = store.page(order, direction, after, 50, search);
                      for (const ResidentRow &row : rows)
                          ids.append(row.id);
                      if (rows.size() < 50)
                          break;
                      after = ResidentStore::keyOf(rows.last(), order);
                  }
                  return ids;
              };
    const QList<ResidentStore::Order> orders = {ResidentStore::Order::ByName, ResidentStore::Order::ByAge,
                                                ResidentStore::Order::ByAddress, ResidentStore::Order::ByRegistration};
    // Name parts: a common surname, a character anywhere, pairs, three characters, grids' names.
    QSqlQuery threeCharacters(database.connection());
    QVERIFY(threeCharacters.exec(u"SELECT name FROM residents WHERE length(name) = 3 ORDER BY id LIMIT 1"_s));
    QVERIFY(threeCharacters.next());
    for (const QString &text : {u"z"_s, u"zh"_s, u"wang"_s, u"zw"_s, u"ly"_s, u"张w"_s, u"王l"_s, u"张"_s, u"英"_s,
                                u"秀英"_s, threeCharacters.value(0).toString(), u"网格"_s, u"第2网格"_s}) {
        const qint64 matching = *ResidentStore(database.connection()).count(ResidentSearch::parse(text));
        QVERIFY2(matching > 0, qPrintable(text));
        if (ResidentSearch::parse(text).kind() == ResidentSearch::Kind::NamePart) {
            // As many as a reading of every name and grid finds.
            QCOMPARE(matching,
                     scalar(database.connection(),
                            u"SELECT count(*) FROM residents r JOIN grids g ON g.id = r.grid_id "
                            "WHERE instr(r.name, '%1') > 0 OR instr(g.name, '%1') > 0"_s.arg(text)));
        }
        for (const ResidentStore::Order order : orders) {
            for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QList<qint64> walked = everyPage(1, text, order, direction);
                const QList<qint64> sorted = everyPage(1000000, text, order, direction);
                QCOMPARE(walked.size(), matching);
                QCOMPARE(walked, sorted);
            }
        }
    }
}

// The entries every name should have in resident_name_grams: each character and each pair of
// adjacent ones, with the name's spelling.
static QSet<QString> expectedNameGrams(const QSqlDatabase &db)
{
    QSet<QString> grams;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT id, name, name_pinyin FROM residents"_s))
        return grams;
    while (query.next()) {
        const QList<uint> name = query.value(1).toString().toUcs4();
        const auto part = [&](qsizetype from, qsizetype length) {
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(name.constData()) + from, length);
        };
        for (qsizetype i = 0; i < name.size(); ++i) {
            const QString tail = u"|%1|%2"_s.arg(query.value(2).toString()).arg(query.value(0).toLongLong());
            grams.insert(part(i, 1) + tail);
            if (i + 1 < name.size())
                grams.insert(part(i, 2) + tail);
        }
    }
    return grams;
}

static QSet<QString> storedNameGrams(const QSqlDatabase &db)
{
    QSet<QString> grams;
    QSqlQuery query(db);
    if (query.exec(u"SELECT gram, name_pinyin, resident_id FROM resident_name_grams"_s)) {
        while (query.next())
            grams.insert(u"%1|%2|%3"_s.arg(query.value(0).toString(), query.value(1).toString())
                                 .arg(query.value(2).toLongLong()));
    }
    return grams;
}

void TstResidentStore::theCharactersOfEveryNameAreIndexedAsItChanges()
{
    const QSqlDatabase db = m_database->connection();
    ResidentStore store(db);
    QList<qint64> ids;
    // A repeated character, a compound surname, a character beyond the Basic Multilingual Plane.
    for (const QString &name : {u"张张"_s, u"欧阳秀英"_s, u"王\U00020BB7"_s, u"李芳"_s}) {
        ResidentDraft draft = validDraft();
        draft.name = name;
        draft.idNumber.clear();
        draft.gender = u"F"_s;
        draft.birthDate = QDate(1950, 3, 1);
        const Result<qint64> saved = store.create(draft);
        QVERIFY2(saved.isDone(), qPrintable(saved.message()));
        ids.append(saved.value());
    }
    QCOMPARE(storedNameGrams(db), expectedNameGrams(db));
    QCOMPARE(store.count(ResidentSearch::parse(u"\U00020BB7"_s)).value_or(-1), 1);
    QCOMPARE(store.count(ResidentSearch::parse(u"阳秀英"_s)).value_or(-1), 1);
    QCOMPARE(store.count(ResidentSearch::parse(u"张张张"_s)).value_or(-1), 0);

    // Renamed: found by the new name only.
    ResidentStore::Record record = *store.load(ids.at(3));
    record.draft.name = u"李芳芳"_s;
    QVERIFY(store.update(record.id, record.version, record.draft).isDone());
    QCOMPARE(storedNameGrams(db), expectedNameGrams(db));
    QCOMPARE(store.count(ResidentSearch::parse(u"芳芳"_s)).value_or(-1), 1);
    record = *store.load(ids.at(0));
    record.draft.name = u"章章"_s; // another character, the same spelling
    QVERIFY(store.update(record.id, record.version, record.draft).isDone());
    QCOMPARE(store.count(ResidentSearch::parse(u"张"_s)).value_or(-1), 0);
    QCOMPARE(store.count(ResidentSearch::parse(u"章"_s)).value_or(-1), 1);

    // Erased and merged residents leave no entries behind.
    QVERIFY(ResidentEraser(db).erase(ids.at(1)).isDone());
    QVERIFY(ResidentMerger(db).merge(ids.at(2), ids.at(3)).isDone());
    QCOMPARE(storedNameGrams(db), expectedNameGrams(db));
    QCOMPARE(store.count(ResidentSearch::parse(u"秀英"_s)).value_or(-1), 0);
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT resident_id) FROM resident_name_grams"_s), 2);
}

QTEST_GUILESS_MAIN(TstResidentStore)
#include "tst_residentstore.moc"

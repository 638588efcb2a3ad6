#include "actor.h"
#include "catalogueeditor.h"
#include "database.h"
#include "servicerecordstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The manager's catalogue: types added, renamed, reordered, retired and deleted, history kept.
class TstCatalogueEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsATypeLastInItsCategory();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void renameKeepsTheHistory();
    void movesWithinItsCategory();
    void retiredTypesStayInHistoryOnly();
    void onlyAnUnusedTypeIsDeleted();
    void onlyAManagerChangesTheCatalogue();

private:
    ServiceType type(const QString &code) const;
    ServiceType draft() const;
    qint64 logService(const QString &code);
    FreshDatabase m_database;
};

void TstCatalogueEditor::init()
{
    QVERIFY(m_database.open());
}

void TstCatalogueEditor::cleanup()
{
    m_database.close();
}

ServiceType TstCatalogueEditor::type(const QString &code) const
{
    for (const ServiceType &type : ServiceCatalogue(m_database->connection()).types(true)) {
        if (type.code == code)
            return type;
    }
    return {};
}

ServiceType TstCatalogueEditor::draft() const
{
    ServiceType draft;
    draft.code = u"LG09"_s;
    draft.categoryId = type(u"LG01"_s).categoryId;
    draft.nameZh = u"遗嘱咨询"_s;
    draft.nameEn = u"Will consultation"_s;
    return draft;
}

qint64 TstCatalogueEditor::logService(const QString &code)
{
    ServiceEntry entry;
    entry.serviceTypeId = type(code).id;
    entry.servedAt = QDateTime::currentDateTime().addSecs(-60);
    return ServiceRecordStore(m_database->connection()).log(entry).valueOr(0);
}

void TstCatalogueEditor::addsATypeLastInItsCategory()
{
    ServiceType added = draft();
    added.opensCase = true;
    added.deadlineWorkdays = 7;
    const Result<qint64> outcome = CatalogueEditor(m_database->connection()).add(added);
    QVERIFY2(outcome.isDone(), qPrintable(outcome.message()));
    QList<ServiceType> legal;
    for (const ServiceType &each : ServiceCatalogue(m_database->connection()).types()) {
        if (each.categoryId == added.categoryId)
            legal.append(each);
    }
    QCOMPARE(legal.constLast().code, u"LG09"_s);
    QCOMPARE(legal.constLast().deadlineWorkdays, 7);
    QVERIFY(legal.constLast().opensCase);
    // It can be logged at once, and opens its case.
    const qint64 record = logService(u"LG09"_s);
    QVERIFY(record > 0);
    QCOMPARE(scalar(m_database->connection(), u"SELECT case_status = 'received' FROM service_records"_s), 1);
}

void TstCatalogueEditor::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameZh");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<bool>("opensCase");
    QTest::addColumn<int>("deadline");
    QTest::addColumn<QString>("visitKind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("code taken") << u"LG01"_s << u"新"_s << u"New"_s << false << 0 << QString() << u"already taken"_s;
    QTest::newRow("bad code") << u"legal5"_s << u"新"_s << u"New"_s << false << 0 << QString() << u"two capital"_s;
    QTest::newRow("no Chinese name") << u"LG09"_s << u" "_s << u"New"_s << false << 0 << QString() << u"Chinese"_s;
    QTest::newRow("no English name") << u"LG09"_s << u"新"_s << QString() << false << 0 << QString() << u"English"_s;
    QTest::newRow("name taken") << u"LG09"_s << u"法律咨询"_s << u"New"_s << false << 0 << QString()
                                << u"already has"_s;
    QTest::newRow("case without deadline")
            << u"LG09"_s << u"新"_s << u"New"_s << true << 0 << QString() << u"deadline"_s;
    QTest::newRow("deadline too long") << u"LG09"_s << u"新"_s << u"New"_s << true << 400 << QString() << u"deadline"_s;
    QTest::newRow("unknown visit kind") << u"LG09"_s << u"新"_s << u"New"_s << false << 0 << u"party"_s << u"visit"_s;
}

void TstCatalogueEditor::refusalsChangeNothing()
{
    QFETCH(QString, code);
    QFETCH(QString, nameZh);
    QFETCH(QString, nameEn);
    QFETCH(bool, opensCase);
    QFETCH(int, deadline);
    QFETCH(QString, visitKind);
    QFETCH(QString, reason);
    const qint64 before = scalar(m_database->connection(), u"SELECT count(*) FROM service_types"_s);
    ServiceType refused = draft();
    refused.code = code;
    refused.nameZh = nameZh;
    refused.nameEn = nameEn;
    refused.opensCase = opensCase;
    refused.deadlineWorkdays = deadline;
    refused.visitKind = visitKind;
    const Result<qint64> outcome = CatalogueEditor(m_database->connection()).add(refused);
    QVERIFY(outcome.is(Problem::Kind::Invalid));
    QVERIFY2(outcome.message().contains(reason), qPrintable(outcome.message()));
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM service_types"_s), before);
}

void TstCatalogueEditor::renameKeepsTheHistory()
{
    const qint64 record = logService(u"LG01"_s);
    ServiceType renamed = type(u"LG01"_s);
    renamed.nameZh = u"法律咨询（含线上）"_s;
    renamed.nameEn = u"Legal advice (also online)"_s;
    renamed.code = u"XX99"_s; // ignored: the code stays
    QVERIFY(CatalogueEditor(m_database->connection()).change(renamed).isDone());
    const std::optional<ServiceRecordRow> row = ServiceRecordStore(m_database->connection()).record(record);
    QVERIFY(row);
    QCOMPARE(row->typeCode, u"LG01"_s);
    QCOMPARE(row->typeZh, u"法律咨询（含线上）"_s);
    QCOMPARE(row->typeEn, u"Legal advice (also online)"_s);
}

void TstCatalogueEditor::movesWithinItsCategory()
{
    const auto codesOf = [this](qint64 category) {
        QStringList codes;
        for (const ServiceType &each : ServiceCatalogue(m_database->connection()).types(true)) {
            if (each.categoryId == category)
                codes.append(each.code);
        }
        return codes;
    };
    const qint64 legal = type(u"LG01"_s).categoryId;
    const QStringList before = codesOf(legal);
    QVERIFY(before.size() >= 3);
    CatalogueEditor editor(m_database->connection());
    QVERIFY(editor.move(type(before.at(1)).id, -1).isDone());
    QStringList expected = before;
    expected.swapItemsAt(0, 1);
    QCOMPARE(codesOf(legal), expected);
    // The first cannot go up, the last cannot go down; nothing changes.
    QVERIFY(editor.move(type(expected.constFirst()).id, -1).message().contains(u"first"_s));
    QVERIFY(editor.move(type(expected.constLast()).id, +1).message().contains(u"last"_s));
    QCOMPARE(codesOf(legal), expected);
    QVERIFY(editor.move(type(expected.at(0)).id, +1).isDone());
    QCOMPARE(codesOf(legal), before);
}

void TstCatalogueEditor::retiredTypesStayInHistoryOnly()
{
    const qint64 record = logService(u"EC03"_s);
    QVERIFY(record > 0);
    const qint64 id = type(u"EC03"_s).id;
    QVERIFY(CatalogueEditor(m_database->connection()).setRetired(id, true).isDone());
    const auto offered = [this, id] {
        for (const ServiceType &each : ServiceCatalogue(m_database->connection()).types())
            if (each.id == id)
                return true;
        return false;
    };
    QVERIFY(!offered());
    QVERIFY(type(u"EC03"_s).retired);
    // Not for new entries; the old record keeps it.
    QCOMPARE(logService(u"EC03"_s), 0);
    QCOMPARE(ServiceRecordStore(m_database->connection()).record(record)->typeCode, u"EC03"_s);
    QVERIFY(CatalogueEditor(m_database->connection()).setRetired(id, false).isDone());
    QVERIFY(offered());
}

void TstCatalogueEditor::onlyAnUnusedTypeIsDeleted()
{
    CatalogueEditor editor(m_database->connection());
    logService(u"LG01"_s);
    const Result<void> used = editor.remove(type(u"LG01"_s).id);
    QVERIFY(used.is(Problem::Kind::Invalid));
    QVERIFY(used.message().contains(u"retire"_s));
    QVERIFY(type(u"LG01"_s).id > 0);
    const Result<qint64> added = editor.add(draft());
    QVERIFY(added.isDone());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO staff (id, name) VALUES (1, '李敏')"_s));
    QVERIFY(query.exec(u"INSERT INTO staff_favourite_types VALUES (1, %1)"_s.arg(added.value())));
    QVERIFY(editor.remove(added.value()).isDone());
    QCOMPARE(type(u"LG09"_s).id, 0);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM staff_favourite_types"_s), 0);
}

void TstCatalogueEditor::onlyAManagerChangesTheCatalogue()
{
    const QSqlDatabase db = m_database->connection();
    Actor::actFor(db, Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    CatalogueEditor editor(db);
    const Result<qint64> refused = editor.add(draft());
    QVERIFY(refused.is(Problem::Kind::NotPermitted));
    QVERIFY2(refused.message().contains(u"Manager"_s), qPrintable(refused.message()));
    QVERIFY(!editor.setRetired(type(u"LG01"_s).id, true).isDone());
    QCOMPARE(type(u"LG09"_s).id, 0);
    QVERIFY(!type(u"LG01"_s).retired);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'DENIED' AND login = 'clerk1'"_s), 2);

    Actor::actFor(db, Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
    const Result<qint64> added = editor.add(draft());
    QVERIFY(added.isDone());
    QCOMPARE(type(u"LG09"_s).id, added.value());
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND object_type = 'service_type' "
                    "AND object_id = %1 AND login = 'boss1'"_s.arg(added.value())),
             1);
    Actor::forget(db);
}

QTEST_GUILESS_MAIN(TstCatalogueEditor)
#include "tst_catalogueeditor.moc"

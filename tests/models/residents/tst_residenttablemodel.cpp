#include "actor.h"
#include "database.h"
#include "residenttablemodel.h"
#include "demodata.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstResidentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesThroughEveryResidentOnce_data();
    void pagesThroughEveryResidentOnce();
    void fetchesOnlyWhatIsAsked();
    void agesCountBirthdays();
    void headersAndRoles();
    void unreadableDatabaseIsReported();
    void anEditUpdatesOneRowInPlace();
    void aSearchsFirstPagesComeFromElsewhere();
    void anotherOrderOfTheWholeListIsReadAtOnce();
    void aCentersFirstPagesComeFromElsewhere();
    void everyoneSeesIdentifiersMasked();

private:
    static void fetchAll(ResidentTableModel &model);

    QTemporaryDir m_dir;
    Database m_database;
};

void TstResidentTableModel::initTestCase()
{
    // 2345 residents: not a multiple of the page size.
    QVERIFY(DemoData().residents(2345).today(QDate(2026, 3, 1)).openIn(m_database, locationFor(m_dir)));
}

void TstResidentTableModel::fetchAll(ResidentTableModel &model)
{
    while (model.canFetchMore())
        model.fetchMore();
}

void TstResidentTableModel::pagesThroughEveryResidentOnce_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const int column : {int(ResidentTableModel::Name), int(ResidentTableModel::Age),
                             int(ResidentTableModel::Address), int(ResidentTableModel::Registered)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "ascending" : "descending")
                    << column << order;
        }
    }
}

void TstResidentTableModel::pagesThroughEveryResidentOnce()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    ResidentTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    model.sort(column, order);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 2345);

    QSet<qint64> ids;
    QVariant previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.data(model.index(row, 0), ResidentTableModel::ResidentIdRole).toLongLong());
        // The sort key never goes backwards across page boundaries.
        QVariant key;
        switch (column) {
        case ResidentTableModel::Age:
            key = model.data(model.index(row, 0), ResidentTableModel::BirthDateRole).toDate().toString(Qt::ISODate);
            break;
        case ResidentTableModel::Registered:
            key = model.data(model.index(row, ResidentTableModel::Registered));
            break;
        default:
            continue;
        }
        if (previous.isValid()) {
            const bool ascendingKey = (column == ResidentTableModel::Age) != (order == Qt::AscendingOrder);
            const int cmp = QString::compare(previous.toString(), key.toString());
            QVERIFY2(ascendingKey ? cmp <= 0 : cmp >= 0,
                     qPrintable(u"row %1: %2 then %3"_s.arg(row).arg(previous.toString(), key.toString())));
        }
        previous = key;
    }
    QCOMPARE(ids.size(), 2345);
}

void TstResidentTableModel::fetchesOnlyWhatIsAsked()
{
    ResidentTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Whatever the tester fetched, each fetch adds exactly one page, never the whole table.
    const int before = model.rowCount();
    QVERIFY(before <= 2 * ResidentTableModel::pageSize);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), before + ResidentTableModel::pageSize);
    // Sorting starts again from the first page, from the database.
    model.sort(ResidentTableModel::Registered, Qt::DescendingOrder);
    QVERIFY(model.rowCount() <= 2 * ResidentTableModel::pageSize);
    if (model.rowCount() == 0)
        model.fetchMore();
    QSqlQuery newest(m_database.connection());
    QVERIFY(newest.exec(u"SELECT substr(max(registered_at), 1, 10) FROM residents"_s) && newest.next());
    QCOMPARE(model.data(model.index(0, ResidentTableModel::Registered)).toString(), newest.value(0).toString());
}

void TstResidentTableModel::agesCountBirthdays()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(DatabaseSetup::open(db, locationFor(dir)));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"INSERT INTO grids (id, code, name) VALUES (1, 'G1', '一网格')"_s));
    const struct
    {
        const char16_t *name;
        const char16_t *birth;
    } people[] = {{u"甲", u"2000-02-29"}, {u"乙", u"1950-03-01"}, {u"丙", u"1950-03-02"}};
    for (const auto &person : people) {
        query.prepare(u"INSERT INTO residents (name, name_pinyin, gender, birth_date, grid_id, registered_at, "
                      "updated_at) VALUES (?, ?, 'F', ?, 1, '2020-01-01', '2020-01-01')"_s);
        query.addBindValue(QString::fromUtf16(person.name));
        query.addBindValue(QString::fromUtf16(person.name));
        query.addBindValue(QString::fromUtf16(person.birth));
        QVERIFY(query.exec());
    }
    ResidentTableModel model(db.connection());
    model.setReferenceDate(QDate(2026, 3, 1)); // 2026 is not a leap year
    model.sort(ResidentTableModel::Age, Qt::AscendingOrder);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 3);
    QHash<QString, int> ages;
    for (int row = 0; row < 3; ++row)
        ages.insert(model.data(model.index(row, ResidentTableModel::Name)).toString(),
                    model.data(model.index(row, ResidentTableModel::Age)).toInt());
    QCOMPARE(ages.value(u"甲"_s), 26); // born 29 February: a year older on 1 March
    QCOMPARE(ages.value(u"乙"_s), 76); // birthday today
    QCOMPARE(ages.value(u"丙"_s), 75); // birthday tomorrow
    // Youngest first when ascending by age.
    QCOMPARE(model.data(model.index(0, ResidentTableModel::Name)).toString(), u"甲"_s);
}

void TstResidentTableModel::headersAndRoles()
{
    ResidentTableModel model(m_database.connection());
    QCOMPARE(model.columnCount(), int(ResidentTableModel::ColumnCount));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    model.fetchMore();
    const QModelIndex first = model.index(0, ResidentTableModel::Address);
    QVERIFY(model.data(first).toString().contains(u"网格"_s));
    QVERIFY(model.data(first, ResidentTableModel::ResidentIdRole).toLongLong() > 0);
    QVERIFY(!(model.flags(first) & Qt::ItemIsEditable));
}

void TstResidentTableModel::everyoneSeesIdentifiersMasked()
{
    const QRegularExpression maskedId(u"^\\d{6}\\*{8}\\d{3}[\\dX]$"_s);
    const QRegularExpression maskedPhone(u"^\\d{3}\\*+\\d{4}$"_s);
    // A manager too: the whole number is asked for one resident at a time, with a reason (IdentifierReveal).
    for (const Role role : {Role::Clerk, Role::Manager, Role::Admin}) {
        Actor::actFor(m_database.connection(), Actor{0, u"someone"_s, u"某人"_s, role});
        ResidentTableModel model(m_database.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore();
        QVERIFY(model.rowCount() > 10);
        int checked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const int itemRole : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString id = model.index(row, ResidentTableModel::IdNumber).data(itemRole).toString();
                const QString phone = model.index(row, ResidentTableModel::Phone).data(itemRole).toString();
                if (id.isEmpty() || phone.isEmpty())
                    continue;
                ++checked;
                QVERIFY2(maskedId.match(id).hasMatch(), qPrintable(id));
                QVERIFY2(maskedPhone.match(phone).hasMatch(), qPrintable(phone));
            }
        }
        QVERIFY(checked > 10);
    }
    Actor::forget(m_database.connection());
}

void TstResidentTableModel::unreadableDatabaseIsReported()
{
    QSqlDatabase closed = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"closed"_s);
    {
        ResidentTableModel model(closed);
        QSignalSpy failed(&model, &ResidentTableModel::loadFailed);
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
    }
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"closed"_s);
}

void TstResidentTableModel::anEditUpdatesOneRowInPlace()
{
    ResidentTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (model.rowCount() == 0)
        model.fetchMore();
    const int row = 7;
    const qint64 id = model.index(row, 0).data(ResidentTableModel::ResidentIdRole).toLongLong();
    ResidentStore store(m_database.connection());
    ResidentStore::Record record = *store.load(id);
    record.draft.room = u"9901"_s;
    QVERIFY(store.update(id, record.version, record.draft).isDone());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.refreshResident(id));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(changes.at(0).at(1).toModelIndex().row(), row);
    QCOMPARE(model.index(row, 0).data(ResidentTableModel::ResidentIdRole).toLongLong(), id);
    QVERIFY(model.index(row, ResidentTableModel::Address).data().toString().contains(u"9901"_s));
    QVERIFY(!model.refreshResident(-5));
}

void TstResidentTableModel::aSearchsFirstPagesComeFromElsewhere()
{
    ResidentTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFirstPagesFromElsewhere(true);
    ResidentFilter elderly;
    elderly.minimumAge = 60;
    model.showSearchResult(QString(), elderly, {});
    QSignalSpy orders(&model, &ResidentTableModel::orderChanged);
    model.sort(ResidentTableModel::Age, Qt::AscendingOrder);
    // Nothing read here: the page's worker reads the first page in the new order.
    QCOMPARE(orders.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.storeOrder(), ResidentStore::Order::ByAge);
    ResidentStore store(m_database.connection());
    const QList<ResidentRow> first
            = store.page(model.storeOrder(), model.storeDirection(), {}, ResidentTableModel::pageSize, {}, elderly);
    QCOMPARE(first.size(), ResidentTableModel::pageSize);
    model.showSearchResult(QString(), elderly, first);
    QCOMPARE(model.rowCount(), ResidentTableModel::pageSize);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 2 * ResidentTableModel::pageSize);
    // Youngest first (ascending age), across the two pages, and all of the filter's age.
    QVERIFY(model.index(0, ResidentTableModel::Age).data().toInt() >= 60);
    QVERIFY(model.index(0, ResidentTableModel::Age).data().toInt()
            <= model.index(2 * ResidentTableModel::pageSize - 1, ResidentTableModel::Age).data().toInt());
}

void TstResidentTableModel::anotherOrderOfTheWholeListIsReadAtOnce()
{
    ResidentTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFirstPagesFromElsewhere(true);
    QSignalSpy orders(&model, &ResidentTableModel::orderChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(ResidentTableModel::Age, Qt::DescendingOrder);
    // One reset, straight to the first page: the list is never blank between the orders.
    QCOMPARE(orders.size(), 0);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), ResidentTableModel::pageSize);
    QVERIFY(model.canFetchMore());
    ResidentStore store(m_database.connection());
    const QList<ResidentRow> first
            = store.page(ResidentStore::Order::ByAge, Qt::AscendingOrder, {}, ResidentTableModel::pageSize);
    for (int row = 0; row < ResidentTableModel::pageSize; ++row)
        QCOMPARE(model.index(row, 0).data(ResidentTableModel::ResidentIdRole).toLongLong(), first.at(row).id);
}

void TstResidentTableModel::aCentersFirstPagesComeFromElsewhere()
{
    Actor::actFor(m_database.connection(), Actor{0, u"clerk"_s, u"某人"_s, Role::Clerk, true, 1});
    const auto forget = qScopeGuard([this] { Actor::forget(m_database.connection()); });
    ResidentTableModel model(m_database.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFirstPagesFromElsewhere(true);
    QSignalSpy orders(&model, &ResidentTableModel::orderChanged);
    model.sort(ResidentTableModel::Age, Qt::DescendingOrder);
    // A center's residents are found by walking the order past the other centers': not here.
    QCOMPARE(orders.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
}

QTEST_GUILESS_MAIN(TstResidentTableModel)
#include "tst_residenttablemodel.moc"

#include "database.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstWriteTransaction : public QObject
{
    Q_OBJECT

private slots:
    void uncommittedChangesRollBack();
    void committedChangesStay();
    void explicitRollback();
    void twoWritersLoseNothing();
};

namespace {

bool insertSetting(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, 'v')"_s);
    query.addBindValue(key);
    return query.exec();
}

// One writer with its own connection: each transaction reads the counter, then writes it back
// incremented. With a deferred BEGIN the read-then-write upgrade fails under a second writer.
class CounterWriter : public QThread
{
public:
    CounterWriter(QString path, QString name, int transactions)
        : m_path(std::move(path))
        , m_name(std::move(name))
        , m_transactions(transactions)
    {}

    int committed = 0;
    int failures = 0;

protected:
    void run() override
    {
        Database db;
        if (!db.open(DatabaseLocation::fromArgument(m_path))) {
            failures = m_transactions;
            return;
        }
        for (int i = 0; i < m_transactions; ++i) {
            WriteTransaction transaction(db.connection());
            QSqlQuery query(db.connection());
            const bool ok = transaction.isActive()
                    && query.exec(u"SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'counter'"_s)
                    && query.next();
            const int value = ok ? query.value(0).toInt() : 0;
            query.finish();
            QSqlQuery update(db.connection());
            update.prepare(u"UPDATE settings SET value = ? WHERE key = 'counter'"_s);
            update.addBindValue(QString::number(value + 1));
            if (ok && update.exec() && insertSetting(db.connection(), u"%1-%2"_s.arg(m_name).arg(i))
                && transaction.commit())
                ++committed;
            else
                ++failures;
        }
    }

private:
    QString m_path;
    QString m_name;
    int m_transactions;
};

} // namespace

void TstWriteTransaction::uncommittedChangesRollBack()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(locationFor(dir)));
    {
        WriteTransaction transaction(db.connection());
        QVERIFY(transaction.isActive());
        QVERIFY(insertSetting(db.connection(), u"lost"_s));
        QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM settings WHERE key = 'lost'"_s), 1);
    }
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM settings WHERE key = 'lost'"_s), 0);
}

void TstWriteTransaction::committedChangesStay()
{
    QTemporaryDir dir;
    {
        Database db;
        QVERIFY(db.open(locationFor(dir)));
        WriteTransaction transaction(db.connection());
        QVERIFY(insertSetting(db.connection(), u"kept"_s));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit());
    }
    Database reopened;
    QVERIFY(reopened.open(locationFor(dir)));
    QCOMPARE(scalar(reopened.connection(), u"SELECT count(*) FROM settings WHERE key = 'kept'"_s), 1);
}

void TstWriteTransaction::explicitRollback()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(locationFor(dir)));
    WriteTransaction transaction(db.connection());
    QVERIFY(insertSetting(db.connection(), u"gone"_s));
    transaction.rollback();
    QVERIFY(!transaction.isActive());
    QCOMPARE(scalar(db.connection(), u"SELECT count(*) FROM settings WHERE key = 'gone'"_s), 0);
    // A new transaction on the same connection works after the rollback.
    WriteTransaction next(db.connection());
    QVERIFY(next.isActive());
    QVERIFY(insertSetting(db.connection(), u"kept"_s));
    QVERIFY(next.commit());
}

void TstWriteTransaction::twoWritersLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::fromArgument(path)));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('counter', '0')"_s));
    }
    constexpr int perWriter = 300;
    CounterWriter first(path, u"first"_s, perWriter);
    CounterWriter second(path, u"second"_s, perWriter);
    first.start();
    second.start();
    QVERIFY(first.wait(120000));
    QVERIFY(second.wait(120000));
    QCOMPARE(first.failures, 0);
    QCOMPARE(second.failures, 0);
    QCOMPARE(first.committed + second.committed, 2 * perWriter);

    Database db;
    QVERIFY(db.open(DatabaseLocation::fromArgument(path)));
    QCOMPARE(scalar(db.connection(), u"SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'counter'"_s),
             2 * perWriter);
    QCOMPARE(scalar(db.connection(),
                    u"SELECT count(*) FROM settings WHERE key LIKE 'first-%' OR key LIKE 'second-%'"_s),
             2 * perWriter);
}

QTEST_GUILESS_MAIN(TstWriteTransaction)
#include "tst_writetransaction.moc"

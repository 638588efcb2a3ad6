#pragma once

// Helpers shared by the tests: a fresh database in a temporary folder, built by the real
// migrations, and small file utilities.

#include "database.h"
#include "databaselocation.h"
#include "databasesetup.h"
#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace linli::test {

inline QString dbPath(const QTemporaryDir &dir, const QString &name = QStringLiteral("linli.sqlite"))
{
    return dir.filePath(name);
}

// Whether this run of the tests is against the PostgreSQL server (LINLI_TEST_DATABASE=postgresql,
// set by the test's second ctest entry) rather than SQLite files.
inline bool onServer()
{
    return qEnvironmentVariable("LINLI_TEST_DATABASE") == QStringLiteral("postgresql");
}

// Where a test's database lives: the file `name` in `dir`, or, in the run against the server, a
// database of its own there (the same one each time it is asked for; all are dropped when the
// test program ends).
inline DatabaseLocation locationFor(const QTemporaryDir &dir, const QString &name = QStringLiteral("linli.sqlite"))
{
    const QString path = dbPath(dir, name);
    if (!onServer())
        return DatabaseLocation::fromArgument(path);
    static QHash<QString, ServerDatabase *> databases;
    if (databases.isEmpty())
        qAddPostRoutine([] {
            qDeleteAll(databases);
            databases.clear();
        });
    ServerDatabase *&database = databases[path];
    if (!database)
        database = ServerDatabase::prepared();
    if (!database->isValid())
        qWarning() << "no database on the test server:" << database->errorString();
    return database->location();
}

// The fixture of a test that wants a database of its own for each test function: init() opens one
// of the run's engine as the program opens one (DatabaseSetup), cleanup() closes it and removes
// its folder. Stands for the Database it holds: m_database->connection(), *m_database.
class FreshDatabase
{
public:
    [[nodiscard]] bool open()
    {
        close();
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>();
        if (DatabaseSetup::open(*m_database, locationFor(*m_dir)))
            return true;
        qWarning() << "the database did not open:" << m_database->errorString();
        return false;
    }
    void close()
    {
        m_database.reset();
        m_dir.reset();
    }

    Database *operator->() const { return m_database.get(); }
    Database &operator*() const { return *m_database; }
    // The folder beside the database, for the other files of a test.
    const QTemporaryDir &dir() const { return *m_dir; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

// A test of what only a SQLite file does (its bytes, its pragmas, another program's connection).
#define LINLI_SQLITE_FILE_ONLY()                                                                                       \
    do {                                                                                                               \
        if (linli::test::onServer())                                                                                   \
            QSKIP("What a SQLite file does: not part of the run against the server.");                                 \
    } while (false)

// Passes when the operation's Result is done; otherwise fails with the Result's own message.
#define LINLI_VERIFY_DONE(expression)                                                                                  \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(result_.isDone(), qPrintable(result_.message()));                                                     \
    } while (false)

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A grid, 王秀英 (resident 5, born 31 December 1949, no ID number) and the staff given as SQL rows
// ("(1, '李敏', 1), (2, '张伟', 0)": id, name, active): whom most service tests need.
inline bool addDeskPeople(const QSqlDatabase &db, const QString &staffRows)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '一网格')"))
            && query.exec(QStringLiteral("INSERT INTO residents (id, name, gender, birth_date, grid_id, registered_at, "
                                         "updated_at) VALUES (5, '王秀英', 'F', '1949-12-31', 1, '', '')"))
            && query.exec(QStringLiteral("INSERT INTO staff (id, name, active) VALUES ") + staffRows);
}

// The first child widget or action of `parent` showing exactly `text` (with its & shortcuts).
template<typename Child> Child *childWithText(const QObject &parent, const QString &text)
{
    for (Child *child : parent.findChildren<Child *>()) {
        if (child->text() == text)
            return child;
    }
    return nullptr;
}

inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace linli::test

namespace linli::test {

// Runs statements on a plain SQLite connection, bypassing Linli's checks: how the tests forge
// foreign, newer or damaged files.
inline bool execRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << "raw statement failed:" << statement << query.lastError().text();
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One number read on a plain SQLite connection, as execRaw() writes; -1 when there is none.
inline qint64 scalarRaw(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-read-") + path;
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            value = scalar(db, sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace linli::test

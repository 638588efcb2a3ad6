#pragma once

// A database of its own on the PostgreSQL server the test command starts (tools/test.sh exports
// its address as LINLI_TEST_POSTGRESQL), dropped afterwards. Empty, or (prepared()) a copy of one
// that Linli has built and seeded once per test program: building the schema for every test would
// cost a second each.

#include "database.h"
#include "databaselocation.h"
#include "databasesetup.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace linli::test {

class ServerDatabase
{
public:
    static QString serverAddress() { return qEnvironmentVariable("LINLI_TEST_POSTGRESQL"); }

    explicit ServerDatabase(const QString &templateName = QString())
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("linli_test_%1_%2")
                         .arg(QCoreApplication::applicationPid())
                         .arg(counter.fetchAndAddRelaxed(1));
        const QString copied = templateName.isEmpty()
                ? QString()
                : QStringLiteral(" TEMPLATE %1 STRATEGY FILE_COPY").arg(templateName);
        if (administer(QStringLiteral("CREATE DATABASE %1%2").arg(m_name, copied))) {
            QString address = serverAddress();
            address.truncate(address.lastIndexOf(u'/') + 1);
            m_location = DatabaseLocation::fromArgument(address + m_name);
        }
    }

    // A copy of a database Linli has opened (built and seeded) once in this program.
    static ServerDatabase *prepared()
    {
        static ServerDatabase *original = [] {
            auto *database = new ServerDatabase;
            Database built;
            if (database->isValid() && !DatabaseSetup::open(built, database->location()))
                qWarning() << "the test server's database cannot be built:" << built.errorString();
            return database;
        }();
        return new ServerDatabase(original->m_name);
    }
    ~ServerDatabase()
    {
        if (m_location.isValid())
            administer(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
    }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // This database as the role the private server asks a password of (tools/private-postgres.sh),
    // the role made (or its password changed) first; the location carries no password.
    DatabaseLocation locationAskingPassword(const QString &password)
    {
        static const QString role = QStringLiteral("linli_with_password");
        const QString create = QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                                              "THEN CREATE ROLE %1 LOGIN SUPERUSER; END IF; END$$")
                                       .arg(role);
        // Another test program may be making it at the same moment.
        if (!administer(create) && !administer(create))
            return DatabaseLocation();
        if (!administer(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, password)))
            return DatabaseLocation();
        return DatabaseLocation::fromArgument(QStringLiteral("postgresql://%1@%2:%3/%4")
                                                      .arg(role, m_location.host())
                                                      .arg(m_location.port())
                                                      .arg(m_name));
    }

    bool isValid() const { return m_location.isValid(); }
    QString errorString() const { return m_error; }
    DatabaseLocation location() const { return m_location; }

    // On the server's own database, with a connection of its own (errorString() tells a failure).
    bool administer(const QString &statement)
    {
        const DatabaseLocation server = DatabaseLocation::fromArgument(serverAddress());
        if (!server.isServer()) {
            m_error = QStringLiteral("LINLI_TEST_POSTGRESQL is not a server address: \"%1\"").arg(serverAddress());
            return false;
        }
        const QString connectionName = QStringLiteral("administer-") + m_name;
        bool done = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            admin.setHostName(server.host());
            admin.setPort(server.port());
            admin.setUserName(server.userName());
            admin.setDatabaseName(server.databaseName());
            if (!admin.open()) {
                m_error = admin.lastError().text();
            } else {
                QSqlQuery query(admin);
                done = query.exec(statement);
                if (!done)
                    m_error = query.lastError().text();
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        return done;
    }

private:
    QString m_name;
    DatabaseLocation m_location;
    QString m_error;
};

} // namespace linli::test

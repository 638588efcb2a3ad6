#include "auditlog.h"

#include "sqldialect.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QSysInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// The columns a row's hash covers, in this order.
// (Ids as text on both engines: PostgreSQL does not mix numbers and text in coalesce.)
const QString hashedColumns = u"at_utc, coalesce(CAST(user_id AS TEXT), ''), login, role, action, object_type, "
                              "coalesce(CAST(object_id AS TEXT), ''), "
                              "changes, result, host, app_version"_s;
constexpr int hashedColumnCount = 11;

} // namespace

AuditLog::AuditLog(const QSqlDatabase &database)
    : m_database(database)
{}

QString AuditLog::rowHash(const QStringList &fields, const QString &previousHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toUtf8());
    for (const QString &field : fields) {
        // Each field's length first, so that moving text from one field to the next changes the hash.
        hash.addData(QByteArray::number(field.toUtf8().size()) + ':');
        hash.addData(field.toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool AuditLog::record(const Entry &entry, const std::optional<Actor> &as)
{
    const Actor actor = as ? *as : Actor::of(m_database);
    QSqlQuery last(m_database);
    // Rows are chained one after the other: on a server, desks append in turn until their
    // transaction ends (SQLite's write transaction already excludes other writers).
    if (SqlDialect::isServer(m_database) && !last.exec(u"LOCK TABLE audit_log IN EXCLUSIVE MODE"_s)) {
        m_lastError = last.lastError().text();
        return false;
    }
    if (!last.exec(u"SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1"_s)) {
        m_lastError = last.lastError().text();
        return false;
    }
    const QString previous = last.next() ? last.value(0).toString() : QString();
    const QString at = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
    const QString host = QSysInfo::machineHostName();
    const QString version = QCoreApplication::applicationVersion();
    const QStringList fields = {at,
                                actor.userId > 0 ? QString::number(actor.userId) : QString(),
                                actor.login,
                                actor.roleKnown ? AccessPolicy::key(actor.role) : QString(),
                                entry.action,
                                entry.objectType,
                                entry.objectId > 0 ? QString::number(entry.objectId) : QString(),
                                entry.changes,
                                entry.result,
                                host,
                                version};
    QSqlQuery insert(m_database);
    insert.prepare(u"INSERT INTO audit_log (at_utc, user_id, login, role, action, object_type, object_id, changes, "
                   "result, host, app_version, prev_hash, row_hash) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, "
                   "coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
                   "coalesce(?, ''), ?)"_s);
    insert.addBindValue(at);
    insert.addBindValue(actor.userId > 0 ? QVariant(actor.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    for (int i = 2; i < 6; ++i)
        insert.addBindValue(fields.at(i));
    insert.addBindValue(entry.objectId > 0 ? QVariant(entry.objectId) : QVariant(QMetaType(QMetaType::LongLong)));
    for (int i = 7; i < hashedColumnCount; ++i)
        insert.addBindValue(fields.at(i));
    insert.addBindValue(previous);
    insert.addBindValue(rowHash(fields, previous));
    if (!insert.exec()) {
        m_lastError = insert.lastError().text();
        return false;
    }
    return true;
}

bool AuditLog::recordAlone(const Entry &entry, const std::optional<Actor> &as)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        m_lastError = transaction.lastDriverError();
        return false;
    }
    return record(entry, as) && transaction.commit();
}

std::optional<qint64> AuditLog::firstBrokenRow()
{
    QSqlQuery rows(m_database);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT id, prev_hash, row_hash, %1 FROM audit_log ORDER BY id"_s.arg(hashedColumns))) {
        m_lastError = rows.lastError().text();
        return std::nullopt;
    }
    QString previous;
    while (rows.next()) {
        QStringList fields;
        for (int i = 0; i < hashedColumnCount; ++i)
            fields.append(rows.value(3 + i).toString());
        if (rows.value(1).toString() != previous || rows.value(2).toString() != rowHash(fields, previous))
            return rows.value(0).toLongLong();
        previous = rows.value(2).toString();
    }
    return std::nullopt;
}

} // namespace linli

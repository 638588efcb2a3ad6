#include "auditlogmodel.h"

#include "accesspolicy.h"
#include "actor.h"
#include "casestatus.h"
#include "residentstatus.h"
#include "visitwording.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// A local day's first moment in UTC, as the log stores times (ISO text compares in order).
QString utcStartOf(QDate day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditLogModel::AuditLogModel(const QSqlDatabase &database, QObject *parent)
    : PagedTableModel(parent)
    , m_database(database)
{}

QStringList AuditLogModel::actions()
{
    return {u"LOGIN_OK"_s, u"LOGIN_FAIL"_s, u"LOCKOUT"_s, u"CREATE"_s, u"UPDATE"_s,
            u"DELETE"_s,   u"IMPORT"_s,     u"EXPORT"_s,  u"PRINT"_s,  u"VIEW_FULL_ID"_s,
            u"BACKUP"_s,   u"RESTORE"_s,    u"DENIED"_s,  u"VOID"_s,   u"LOGOUT"_s};
}

QString AuditLogModel::actionName(const QString &action)
{
    static const QHash<QString, const char *> names
            = {{u"LOGIN_OK"_s, QT_TR_NOOP("Signed in")},     {u"LOGIN_FAIL"_s, QT_TR_NOOP("Sign-in refused")},
               {u"LOCKOUT"_s, QT_TR_NOOP("Account locked")}, {u"CREATE"_s, QT_TR_NOOP("Created")},
               {u"UPDATE"_s, QT_TR_NOOP("Changed")},         {u"DELETE"_s, QT_TR_NOOP("Deleted")},
               {u"IMPORT"_s, QT_TR_NOOP("Imported")},        {u"EXPORT"_s, QT_TR_NOOP("Exported")},
               {u"PRINT"_s, QT_TR_NOOP("Printed")},          {u"VIEW_FULL_ID"_s, QT_TR_NOOP("Whole ID number seen")},
               {u"BACKUP"_s, QT_TR_NOOP("Backed up")},       {u"RESTORE"_s, QT_TR_NOOP("Restored from a backup")},
               {u"DENIED"_s, QT_TR_NOOP("Refused by role")}, {u"VOID"_s, QT_TR_NOOP("Voided")},
               {u"LOGOUT"_s, QT_TR_NOOP("Signed out")}};
    const auto found = names.constFind(action);
    return found == names.cend() ? action : tr(*found);
}

QString AuditLogModel::objectName(const QString &type)
{
    if (type == u"resident"_s)
        return tr("resident");
    if (type == u"user"_s)
        return tr("account");
    if (type == u"service_record"_s)
        return tr("service record");
    if (type == u"service_type"_s)
        return tr("service type");
    if (type == u"setting"_s)
        return tr("setting");
    if (type == u"file"_s)
        return tr("file");
    if (type == u"visit"_s)
        return tr("visit");
    if (type == u"visit_series"_s)
        return tr("visit series");
    if (type == u"monthly_report"_s)
        return tr("monthly report");
    if (type == u"day_sheet"_s)
        return tr("day sheet");
    return type;
}

QString AuditLogModel::keyName(const QString &key)
{
    static const QHash<QString, const char *> names
            = {{u"name"_s, QT_TR_NOOP("name")},
               {u"gender"_s, QT_TR_NOOP("gender")},
               {u"birth_date"_s, QT_TR_NOOP("date of birth")},
               {u"id_number"_s, QT_TR_NOOP("ID number")},
               {u"phone"_s, QT_TR_NOOP("phone")},
               {u"phone2"_s, QT_TR_NOOP("other phone")},
               {u"grid_id"_s, QT_TR_NOOP("grid")},
               {u"building"_s, QT_TR_NOOP("building")},
               {u"unit"_s, QT_TR_NOOP("unit")},
               {u"room"_s, QT_TR_NOOP("room")},
               {u"emergency_contact"_s, QT_TR_NOOP("emergency contact")},
               {u"emergency_phone"_s, QT_TR_NOOP("emergency phone")},
               {u"status"_s, QT_TR_NOOP("status")},
               {u"notes"_s, QT_TR_NOOP("notes")},
               {u"household_id"_s, QT_TR_NOOP("household")},
               {u"relation_to_head"_s, QT_TR_NOOP("relation to the head")},
               {u"contact_interval_days"_s, QT_TR_NOOP("contact interval (days)")},
               {u"login"_s, QT_TR_NOOP("login")},
               {u"role"_s, QT_TR_NOOP("role")},
               {u"code"_s, QT_TR_NOOP("code")},
               {u"details"_s, QT_TR_NOOP("names, category, case rule, visit kind")},
               {u"order"_s, QT_TR_NOOP("place in its category")},
               {u"retired"_s, QT_TR_NOOP("retired")},
               {u"in_use"_s, QT_TR_NOOP("in use again")},
               {u"center_name"_s, QT_TR_NOOP("center name")},
               {u"rows"_s, QT_TR_NOOP("rows")},
               {u"left_out"_s, QT_TR_NOOP("rows left out")},
               {u"failed_attempts"_s, QT_TR_NOOP("wrong passwords in a row")},
               {u"while_locked"_s, QT_TR_NOOP("while locked")},
               {u"password_reset"_s, QT_TR_NOOP("password reset")},
               {u"unlocked"_s, QT_TR_NOOP("lock lifted")},
               {u"own_password_changed"_s, QT_TR_NOOP("own password changed")},
               {u"permission"_s, QT_TR_NOOP("wanted to")},
               {u"holiday"_s, QT_TR_NOOP("day off")},
               {u"workday"_s, QT_TR_NOOP("weekend day worked")},
               {u"removed_day"_s, QT_TR_NOOP("day back to normal")},
               {u"care_interval_living_alone"_s, QT_TR_NOOP("contact interval, living alone (days)")},
               {u"care_interval_disabled"_s, QT_TR_NOOP("contact interval, disabled (days)")},
               {u"care_interval_key_care"_s, QT_TR_NOOP("contact interval, key care (days)")},
               {u"backup_folder"_s, QT_TR_NOOP("folder of the daily backups")},
               {u"file"_s, QT_TR_NOOP("file")},
               {u"bytes"_s, QT_TR_NOOP("bytes")},
               {u"kept"_s, QT_TR_NOOP("database before kept as")},
               {u"reason"_s, QT_TR_NOOP("reason")},
               {u"erased"_s, QT_TR_NOOP("erased at the resident's request")},
               {u"services_kept"_s, QT_TR_NOOP("services kept without a name")},
               {u"visits_removed"_s, QT_TR_NOOP("visits removed")},
               {u"visits"_s, QT_TR_NOOP("visits")},
               {u"service_type"_s, QT_TR_NOOP("service type no.")},
               {u"resident"_s, QT_TR_NOOP("resident no.")},
               {u"service_record"_s, QT_TR_NOOP("service record no.")},
               {u"case_status"_s, QT_TR_NOOP("case state")},
               {u"served_at"_s, QT_TR_NOOP("time of service")},
               {u"handler"_s, QT_TR_NOOP("handler no.")},
               {u"duration_minutes"_s, QT_TR_NOOP("minutes")},
               {u"outcome"_s, QT_TR_NOOP("outcome")},
               {u"starts_at"_s, QT_TR_NOOP("time")},
               {u"until_date"_s, QT_TR_NOOP("series ends")},
               {u"month"_s, QT_TR_NOOP("month")},
               {u"day"_s, QT_TR_NOOP("day")},
               {u"disabled"_s, QT_TR_NOOP("account disabled")},
               {u"merged"_s, QT_TR_NOOP("merged resident no.")},
               {u"merged_into"_s, QT_TR_NOOP("merged into resident no.")},
               {u"services"_s, QT_TR_NOOP("services")},
               {u"enabled"_s, QT_TR_NOOP("account enabled again")},
               {u"account_disabled"_s, QT_TR_NOOP("the account is disabled")},
               {u"pages"_s, QT_TR_NOOP("pages")},
               {u"whole_phones"_s, QT_TR_NOOP("with whole phone numbers")}};
    const auto found = names.constFind(key);
    return found == names.cend() ? key : tr(*found);
}

QString AuditLogModel::valueName(const QString &key, const QString &value)
{
    if (key == u"case_status"_s)
        return CaseStatus::label(value);
    if (key == u"role"_s) {
        const std::optional<Role> role = AccessPolicy::roleFromKey(value);
        return role ? AccessPolicy::roleName(*role) : value;
    }
    if (key == u"status"_s) {
        // Residents' and visits' states have different words.
        const QString resident = ResidentStatus::label(value);
        return resident != value ? resident : VisitWording::statusLabel(value);
    }
    return value;
}

QString AuditLogModel::describeChanges(const QString &changes)
{
    QStringList parts;
    for (const QString &part : changes.split(u"; "_s, Qt::SkipEmptyParts)) {
        if (const qsizetype colon = part.indexOf(u": "_s); colon > 0) {
            const QString key = part.left(colon);
            QStringList values = part.mid(colon + 2).split(u" → "_s);
            for (QString &value : values)
                value = valueName(key, value);
            parts.append(tr("%1: %2").arg(keyName(key), values.join(u" → "_s)));
        } else if (const qsizetype equals = part.indexOf(u'='); equals > 0) {
            const QString key = part.left(equals);
            QString value = part.mid(equals + 1);
            if (key == u"role"_s) {
                if (const std::optional<Role> role = AccessPolicy::roleFromKey(value))
                    value = AccessPolicy::roleName(*role);
            } else if (key == u"permission"_s) {
                if (const std::optional<Permission> permission = AccessPolicy::permissionFromKey(value))
                    value = AccessPolicy::describe(*permission);
            }
            parts.append(tr("%1: %2").arg(keyName(key), value));
        } else {
            parts.append(keyName(part));
        }
    }
    return parts.join(tr("; "));
}

void AuditLogModel::setFilter(const Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    endReset();
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<QList<AuditRow>> AuditLogModel::readPage(const AuditRow *after, int limit)
{
    if (!Actor::of(m_database).may(Permission::ReadAuditLog)) {
        // Once per model: a view asking again for the next page is not another attempt.
        if (!m_refusalAudited)
            (void)Actor::require(m_database, Permission::ReadAuditLog);
        m_lastError = AccessPolicy::refusal(Permission::ReadAuditLog);
        m_refusalAudited = true;
        return std::nullopt;
    }
    QStringList where;
    QVariantList values;
    if (after) {
        where << u"id < ?"_s;
        values << after->id;
    }
    if (!m_filter.action.isEmpty()) {
        where << u"action = ?"_s;
        values << m_filter.action;
    }
    if (!m_filter.login.trimmed().isEmpty()) {
        where << u"instr(lower(login), lower(?)) > 0"_s;
        values << m_filter.login.trimmed();
    }
    if (m_filter.from.isValid()) {
        where << u"at_utc >= ?"_s;
        values << utcStartOf(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        where << u"at_utc < ?"_s;
        values << utcStartOf(m_filter.to.addDays(1));
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, at_utc, login, role, action, object_type, coalesce(object_id, 0), changes, result, host "
                  "FROM audit_log %1 ORDER BY id DESC LIMIT ?"_s.arg(
                          where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    QList<AuditRow> page;
    while (query.next()) {
        page.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toLongLong(), query.value(7).toString(), query.value(8).toString(),
                     query.value(9).toString()});
    }
    return page;
}

void AuditLogModel::pageFailed()
{
    emit loadFailed(m_lastError);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditRow &row = rows().at(index.row());
    switch (Column(index.column())) {
    case When: {
        const QDateTime at = QDateTime::fromString(row.atUtc, Qt::ISODateWithMs).toLocalTime();
        return role == Qt::ToolTipRole ? tr("%1 (on %2)").arg(at.toString(u"yyyy-MM-dd HH:mm:ss"_s), row.host)
                                       : at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    case Who: {
        const std::optional<Role> known = AccessPolicy::roleFromKey(row.role);
        return known ? tr("%1 (%2)").arg(row.login, AccessPolicy::roleName(*known)) : row.login;
    }
    case Action:
        return actionName(row.action);
    case Object:
        if (row.objectType.isEmpty())
            return {};
        return row.objectId > 0 ? tr("%1 #%2").arg(objectName(row.objectType)).arg(row.objectId)
                                : objectName(row.objectType);
    case Changes:
        return describeChanges(row.changes);
    case Result:
        if (row.result == u"ok"_s)
            return tr("done");
        if (row.result == u"denied"_s)
            return tr("refused");
        if (row.result == u"locked"_s)
            return tr("locked");
        if (row.result == u"failed"_s)
            return tr("failed");
        return row.result;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Object:
        return tr("Record");
    case Changes:
        return tr("What changed");
    case Result:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linli

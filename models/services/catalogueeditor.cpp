#include "catalogueeditor.h"

#include "actor.h"
#include "auditlog.h"
#include "logging.h"
#include "sqlselect.h"
#include "writetransaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

qint64 number(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

bool execute(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDatabase) << "catalogue change failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

CatalogueEditor::CatalogueEditor(const QSqlDatabase &database)
    : m_database(database)
{}

QString CatalogueEditor::refusal(const ServiceType &type, bool isNew) const
{
    static const QRegularExpression codePattern(u"^[A-Z]{2}[0-9]{2,3}$"_s);
    if (isNew && !codePattern.match(type.code).hasMatch())
        return tr("The code is two capital letters and two or three digits, such as LG09.");
    if (isNew && number(m_database, u"SELECT count(*) FROM service_types WHERE code = ?"_s, {type.code}) != 0)
        return tr("The code %1 is already taken.").arg(type.code);
    if (number(m_database, u"SELECT count(*) FROM service_categories WHERE id = ?"_s, {type.categoryId}) != 1)
        return tr("Choose the category.");
    if (type.nameZh.trimmed().isEmpty() || type.nameEn.trimmed().isEmpty())
        return tr("Give the type its Chinese and its English name.");
    if (type.nameZh.trimmed().size() > 40 || type.nameEn.trimmed().size() > 80)
        return tr("The name is too long.");
    if (number(m_database, u"SELECT count(*) FROM service_types WHERE (name_zh = ? OR name_en = ?) AND id <> ?"_s,
               {type.nameZh.trimmed(), type.nameEn.trimmed(), type.id})
        != 0)
        return tr("Another type already has this name.");
    if (type.opensCase && (type.deadlineWorkdays < 1 || type.deadlineWorkdays > longestDeadline))
        return tr("A type that opens a case needs a deadline of 1 to %1 working days.").arg(longestDeadline);
    if (!QStringList{QString(), u"elderly"_s, u"rehab"_s}.contains(type.visitKind))
        return tr("Unknown kind of visit.");
    return {};
}

bool CatalogueEditor::audited(const QString &action, qint64 typeId, const QString &changes) const
{
    return AuditLog(m_database).record({action, u"service_type"_s, typeId, changes, u"ok"_s});
}

Result<qint64> CatalogueEditor::add(const ServiceType &type)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::EditCatalogue); !allowed.isDone())
        return allowed.problem();
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Catalogue);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    if (const QString reason = refusal(type, true); !reason.isEmpty())
        return Problem::invalid(reason);
    const qint64 order = number(m_database, u"SELECT coalesce(max(sort_order), 0) + 1 FROM service_types"_s, {});
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO service_types (code, category_id, name_zh, name_en, opens_case, deadline_workdays, "
                  "visit_kind, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    for (const QVariant &value :
         QVariantList{type.code, type.categoryId, type.nameZh.trimmed(), type.nameEn.trimmed(), type.opensCase ? 1 : 0,
                      type.opensCase ? QVariant(type.deadlineWorkdays) : QVariant(),
                      type.visitKind.isNull() ? u""_s : type.visitKind, order})
        query.addBindValue(value);
    if (!query.exec())
        return Problem::failed(tr("The type could not be added."));
    const qint64 id = returnedId(query);
    if (!audited(u"CREATE"_s, id, u"code=%1"_s.arg(type.code)) || !transaction.commit())
        return Problem::failed(tr("The type could not be added."));
    return id;
}

Result<void> CatalogueEditor::change(const ServiceType &type)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::EditCatalogue); !allowed.isDone())
        return allowed.problem();
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Catalogue);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    if (number(m_database, u"SELECT count(*) FROM service_types WHERE id = ?"_s, {type.id}) != 1)
        return Problem::conflict(tr("The type no longer exists."));
    if (const QString reason = refusal(type, false); !reason.isEmpty())
        return Problem::invalid(reason);
    // Records already logged keep their cases as they were opened: the rule applies to new ones.
    if (!execute(m_database,
                 u"UPDATE service_types SET category_id = ?, name_zh = ?, name_en = ?, opens_case = ?, "
                 "deadline_workdays = ?, visit_kind = ? WHERE id = ?"_s,
                 {type.categoryId, type.nameZh.trimmed(), type.nameEn.trimmed(), type.opensCase ? 1 : 0,
                  type.opensCase ? QVariant(type.deadlineWorkdays) : QVariant(),
                  type.visitKind.isNull() ? u""_s : type.visitKind, type.id})
        || !audited(u"UPDATE"_s, type.id, u"details"_s) || !transaction.commit())
        return Problem::failed(tr("The type could not be changed."));
    return Result<void>::done();
}

Result<void> CatalogueEditor::move(qint64 typeId, int direction)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::EditCatalogue); !allowed.isDone())
        return allowed.problem();
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Catalogue);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    QSqlQuery query(m_database);
    query.prepare(u"SELECT id, sort_order FROM service_types WHERE category_id = "
                  "(SELECT category_id FROM service_types WHERE id = ?) ORDER BY sort_order, id"_s);
    query.addBindValue(typeId);
    QList<std::pair<qint64, int>> order;
    if (query.exec()) {
        while (query.next())
            order.append({query.value(0).toLongLong(), query.value(1).toInt()});
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order.at(i).first == typeId)
            index = i;
    }
    if (index < 0)
        return Problem::conflict(tr("The type no longer exists."));
    const qsizetype other = index + (direction < 0 ? -1 : 1);
    if (other < 0 || other >= order.size())
        return Problem::invalid(direction < 0 ? tr("The type is already first in its category.")
                                              : tr("The type is already last in its category."));
    // Swap the two places; equal numbers (never written by Linli) are made distinct.
    int mine = order.at(index).second;
    int theirs = order.at(other).second;
    if (mine == theirs)
        direction < 0 ? --theirs : ++theirs;
    if (!execute(m_database, u"UPDATE service_types SET sort_order = ? WHERE id = ?"_s, {theirs, typeId})
        || !execute(m_database, u"UPDATE service_types SET sort_order = ? WHERE id = ?"_s,
                    {mine, order.at(other).first})
        || !audited(u"UPDATE"_s, typeId, u"order"_s) || !transaction.commit())
        return Problem::failed(tr("The type could not be moved."));
    return Result<void>::done();
}

Result<void> CatalogueEditor::setRetired(qint64 typeId, bool retired)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::EditCatalogue); !allowed.isDone())
        return allowed.problem();
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Catalogue);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    if (number(m_database, u"SELECT count(*) FROM service_types WHERE id = ?"_s, {typeId}) != 1)
        return Problem::conflict(tr("The type no longer exists."));
    if (!execute(m_database, u"UPDATE service_types SET retired = ? WHERE id = ?"_s, {retired ? 1 : 0, typeId})
        || !audited(u"UPDATE"_s, typeId, retired ? u"retired"_s : u"in_use"_s) || !transaction.commit())
        return Problem::failed(tr("The type could not be changed."));
    return Result<void>::done();
}

Result<void> CatalogueEditor::remove(qint64 typeId)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::EditCatalogue); !allowed.isDone())
        return allowed.problem();
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Catalogue);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; nothing was changed. Try again."));
    if (number(m_database, u"SELECT count(*) FROM service_types WHERE id = ?"_s, {typeId}) != 1)
        return Problem::conflict(tr("The type no longer exists."));
    // One record is enough to keep it; the type index answers without counting them all.
    if (number(m_database, u"SELECT EXISTS (SELECT 1 FROM service_records WHERE service_type_id = ?)"_s, {typeId}) != 0)
        return Problem::invalid(
                tr("The type is used by logged services: retire it instead, so that the history keeps it."));
    if (!execute(m_database, u"DELETE FROM staff_favourite_types WHERE service_type_id = ?"_s, {typeId})
        || !execute(m_database, u"DELETE FROM service_types WHERE id = ?"_s, {typeId})
        || !audited(u"DELETE"_s, typeId, {}) || !transaction.commit())
        return Problem::failed(tr("The type could not be deleted."));
    return Result<void>::done();
}

} // namespace linli

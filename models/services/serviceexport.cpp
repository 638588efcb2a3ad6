#include "serviceexport.h"

#include "actor.h"
#include "auditlog.h"
#include "centerscope.h"
#include "csvwriter.h"
#include "servicefilter.h"
#include "servicesheet.h"
#include "sheetcell.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

ServiceExport::ServiceExport(const QSqlDatabase &database)
    : m_database(database)
{}

Result<qint64> ServiceExport::write(QIODevice *device, QDate from, QDate to)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::BulkExport); !allowed.isDone())
        return allowed.problem();
    qint64 written = 0;
    ServiceFilter period;
    period.from = from;
    period.to = to;
    period.centerId = CenterScope::of(m_database).centerId();
    QString sql = u"SELECT coalesce(r.id_number, ''), coalesce(r.name, ''), t.code, t.name_zh, s.served_at, "
                  "coalesce(h.name, ''), coalesce(s.case_status, ''), coalesce(s.resolved_date, ''), "
                  "s.duration_minutes, s.outcome, s.notes FROM service_records s "
                  "JOIN service_types t ON t.id = s.service_type_id "
                  "LEFT JOIN residents r ON r.id = s.resident_id LEFT JOIN staff h ON h.id = s.handler_id"_s;
    if (!period.isEmpty())
        sql += u" WHERE "_s + period.whereClause();
    sql += u" ORDER BY s.served_at, s.id"_s;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : period.values())
        query.addBindValue(value);
    if (!query.exec())
        return Problem::failed(tr("The service records could not be read: %1").arg(query.lastError().text()));
    CsvWriter writer(device);
    QStringList header;
    for (const ServiceSheet::Column column : ServiceSheet::columns())
        header.append(ServiceSheet::header(column));
    writer.writeRecord(header);
    while (query.next()) {
        const auto text = [&query](int column) { return SheetCell::exported(query.value(column).toString()); };
        const QString minutes = query.value(8).toInt() > 0 ? query.value(8).toString() : QString();
        // In ServiceSheet::columns() order.
        writer.writeRecord(
                {SheetCell::exported(query.value(0).toString(), true), text(1),
                 query.value(2).toString() + u' ' + query.value(3).toString(),
                 ServiceSheet::dateTimeText(query.value(4).toString()), text(5),
                 query.value(6).toString().isEmpty() ? QString() : ServiceSheet::statusText(query.value(6).toString()),
                 query.value(7).toString(), minutes, text(9), text(10)});
        if (writer.hasError())
            break;
        ++written;
    }
    if (writer.hasError())
        return Problem::failed(tr("The sheet could not be written: %1").arg(device->errorString()));
    AuditLog(m_database).recordAlone({u"EXPORT"_s, u"service_record"_s, 0, u"rows=%1"_s.arg(written), u"ok"_s});
    return written;
}

} // namespace linli

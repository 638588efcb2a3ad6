#include "residentexport.h"

#include "actor.h"
#include "auditlog.h"
#include "centerscope.h"
#include "csvwriter.h"
#include "residentsheet.h"
#include "sheetcell.h"
#include "sqlselect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

ResidentExport::ResidentExport(const QSqlDatabase &database)
    : m_database(database)
{}

Result<qint64> ResidentExport::write(QIODevice *device, const Progress &progress, const std::atomic_bool *cancel)
{
    if (const Result<void> allowed = Actor::require(m_database, Permission::BulkExport); !allowed.isDone())
        return allowed.problem();
    using Column = ResidentSheet::Column;
    qint64 written = 0;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    qint64 total = 0;
    // The actor's center's residents (CenterScope).
    const CenterScope scope = CenterScope::of(m_database);
    const QString where
            = scope.isWholeDistrict() ? QString() : u"WHERE "_s + scope.gridCondition(u"r.grid_id"_s) + u' ';
    QString error;
    if (runSelect(query, u"SELECT count(*) FROM residents r "_s + where, scope.values(), error) && query.next())
        total = query.value(0).toLongLong();
    query.finish();
    if (!runSelect(query,
                   u"SELECT r.name, r.gender, coalesce(r.id_number, ''), r.birth_date, r.phone, r.phone2, g.name, "
                   "r.building, r.unit, r.room, "
                   "(SELECT group_concat(t.tag, ',') FROM resident_tags t WHERE t.resident_id = r.id), "
                   "r.emergency_contact, r.emergency_phone, r.status, r.notes "
                   "FROM residents r JOIN grids g ON g.id = r.grid_id "_s
                           + where + u"ORDER BY r.id"_s,
                   scope.values(), error))
        return Problem::failed(tr("The residents could not be read: %1").arg(error));
    CsvWriter writer(device);
    QStringList header;
    for (const Column column : ResidentSheet::columns())
        header.append(ResidentSheet::header(column));
    writer.writeRecord(header);
    while (query.next()) {
        if (cancel && cancel->load())
            return Problem::cancelled(tr("Cancelled; the file is incomplete."));
        const auto text = [&query](int index, bool keepAsText = false) {
            return SheetCell::exported(query.value(index).toString(), keepAsText);
        };
        const QStringList tags = query.value(10).toString().split(u',', Qt::SkipEmptyParts);
        // In the order of ResidentSheet::columns().
        writer.writeRecord({text(0), ResidentSheet::genderText(query.value(1).toString()), text(2, true), text(3),
                            text(4, true), text(5, true), text(6), text(7), text(8), text(9),
                            ResidentSheet::tagsText(tags), text(11), text(12, true),
                            ResidentSheet::statusText(query.value(13).toString()), text(14)});
        if (writer.hasError())
            break;
        if (++written % 10000 == 0 && progress)
            progress(written, total);
    }
    if (writer.hasError())
        return Problem::failed(tr("The file could not be written (is the disk full?)."));
    if (query.lastError().isValid())
        return Problem::failed(tr("The residents could not be read: %1").arg(query.lastError().text()));
    if (progress)
        progress(written, total);
    AuditLog(m_database).recordAlone({u"EXPORT"_s, u"resident"_s, 0, u"rows=%1"_s.arg(written), u"ok"_s});
    return written;
}

} // namespace linli

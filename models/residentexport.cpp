#include "residentexport.h"

#include "actor.h"
#include "auditlog.h"
#include "csvwriter.h"
#include "residentsheet.h"
#include "sheetcell.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

ResidentExport::ResidentExport(const QSqlDatabase &database)
    : m_database(database)
{
}

bool ResidentExport::write(QIODevice *device, const Progress &progress, const std::atomic_bool *cancel)
{
    if (!Actor::require(m_database, Permission::BulkExport, &m_errorString))
        return false;
    using Column = ResidentSheet::Column;
    m_written = 0;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    qint64 total = 0;
    if (query.exec(u"SELECT count(*) FROM residents"_s) && query.next())
        total = query.value(0).toLongLong();
    query.finish();
    if (!query.exec(u"SELECT r.name, r.gender, coalesce(r.id_number, ''), r.birth_date, r.phone, r.phone2, g.name, "
                    "r.building, r.unit, r.room, "
                    "(SELECT group_concat(t.tag, ',') FROM resident_tags t WHERE t.resident_id = r.id), "
                    "r.emergency_contact, r.emergency_phone, r.status, r.notes "
                    "FROM residents r JOIN grids g ON g.id = r.grid_id ORDER BY r.id"_s)) {
        m_errorString = tr("The residents could not be read: %1").arg(query.lastError().text());
        return false;
    }
    CsvWriter writer(device);
    QStringList header;
    for (const Column column : ResidentSheet::columns())
        header.append(ResidentSheet::header(column));
    writer.writeRecord(header);
    while (query.next()) {
        if (cancel && cancel->load()) {
            m_errorString = tr("Cancelled; the file is incomplete.");
            return false;
        }
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
        if (++m_written % 10000 == 0 && progress)
            progress(m_written, total);
    }
    if (writer.hasError()) {
        m_errorString = tr("The file could not be written (is the disk full?).");
        return false;
    }
    if (query.lastError().isValid()) {
        m_errorString = tr("The residents could not be read: %1").arg(query.lastError().text());
        return false;
    }
    if (progress)
        progress(m_written, total);
    AuditLog(m_database).recordAlone({u"EXPORT"_s, u"resident"_s, 0, u"rows=%1"_s.arg(m_written), u"ok"_s});
    return true;
}

} // namespace linli

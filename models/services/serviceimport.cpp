#include "serviceimport.h"

#include "bulkinserter.h"
#include "calendarstore.h"
#include "careschedule.h"
#include "centerscope.h"
#include "idnumbervalidator.h"
#include "importwrite.h"
#include "servicerecordstore.h"
#include "sheetcell.h"
#include "sqlselect.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

using Column = ServiceSheet::Column;

const auto timestampFormat = u"yyyy-MM-dd HH:mm:ss"_s;
constexpr int longestMinutes = 24 * 60;
constexpr qint64 progressStep = 1000;

} // namespace

ServiceImport::ServiceImport(const QSqlDatabase &database)
    : SheetImportOf({Column::Service, Column::Date})
    , m_database(database)
{}

QString ServiceImport::cell(const CsvTable::Row &row, Column column) const
{
    return m_sheet.cell(row, column).trimmed();
}

// A code ("LG01"), a name in either language, or the export's "LG01 法律咨询".
std::optional<ServiceImport::TypeInfo> ServiceImport::typeFor(const QString &text) const
{
    const QString word = SheetCell::folded(text);
    if (const auto found = m_typeByWord.constFind(word); found != m_typeByWord.cend())
        return *found;
    const QString code = word.section(u' ', 0, 0);
    if (const auto found = m_typeByWord.constFind(code); found != m_typeByWord.cend() && code.size() < word.size())
        return *found;
    return std::nullopt;
}

QStringList ServiceImport::notes() const
{
    QStringList handlers;
    for (const Record &record : m_valid) {
        if (!record.handlerName.isEmpty() && !m_staffByName.contains(record.handlerName)
            && !handlers.contains(record.handlerName))
            handlers.append(record.handlerName);
    }
    if (handlers.isEmpty())
        return {};
    return {tr("Handlers not on the staff list yet will be added to it: %1.").arg(handlers.join(tr(", ")))};
}

Result<void> ServiceImport::check(const Progress &progress, const std::atomic_bool *cancel)
{
    m_problems.clear();
    m_valid.clear();
    m_newStaff.clear();
    m_typeByWord.clear();
    m_staffByName.clear();
    QSqlQuery query(m_database);
    // Retired types are accepted: a sheet of past services is history.
    if (!query.exec(
                u"SELECT id, code, name_zh, name_en, opens_case, coalesce(deadline_workdays, 0) FROM service_types"_s))
        return unreadable(query.lastError().text());
    while (query.next()) {
        const TypeInfo type{query.value(0).toLongLong(), query.value(4).toBool(), query.value(5).toInt()};
        for (int column = 1; column <= 3; ++column)
            m_typeByWord.insert(SheetCell::folded(query.value(column).toString()), type);
    }
    if (!query.exec(u"SELECT id, name FROM staff ORDER BY active DESC, id"_s))
        return unreadable(query.lastError().text());
    while (query.next()) {
        if (!m_staffByName.contains(query.value(1).toString()))
            m_staffByName.insert(query.value(1).toString(), query.value(0).toLongLong());
    }
    const std::optional<WorkingDayCalendar> calendar = CalendarStore(m_database).calendar();
    if (!calendar)
        return Problem::failed(tr("The calendar of working days cannot be read."));

    QSqlQuery findResident(m_database);
    // One read transaction for all the lookups.
    findResident.exec(u"BEGIN"_s);
    const auto endRead = qScopeGuard([&findResident] {
        findResident.finish();
        findResident.exec(u"COMMIT"_s);
    });
    // Another center's residents are not this desk's to log for: they read as not registered.
    m_scope = CenterScope::of(m_database);
    findResident.prepare(u"SELECT id, name FROM residents WHERE id_number = ?"_s
                         + (m_scope.isWholeDistrict() ? QString() : u" AND "_s + m_scope.gridCondition(u"grid_id"_s)));
    const qint64 total = rowCount();
    qint64 done = 0;
    for (const CsvTable::Row &row : m_sheet.table().rows()) {
        if (cancel && cancel->load())
            return Problem::cancelled(tr("Cancelled; nothing was imported."));
        checkRow(row, findResident);
        if (++done % progressStep == 0 && progress)
            progress(done, total);
    }
    if (progress)
        progress(total, total);
    for (Record &record : m_valid) {
        const TypeInfo type = *std::find_if(m_typeByWord.cbegin(), m_typeByWord.cend(),
                                            [&record](const TypeInfo &info) { return info.id == record.typeId; });
        if (type.opensCase && type.deadline > 0) {
            const QDate served = QDate::fromString(record.servedAt.left(10), Qt::ISODate);
            record.dueDate = calendar->addWorkingDays(served, type.deadline).toString(Qt::ISODate);
        }
    }
    return Result<void>::done();
}

void ServiceImport::checkRow(const CsvTable::Row &row, QSqlQuery &findResident)
{
    const qsizetype problemsBefore = m_problems.size();
    const auto problem = [this, &row](Column column, const QString &value, const QString &reason) {
        m_problems.append({row.number, m_sheet.headerOf(column), value, reason});
    };
    if (row.fields.size() > m_sheet.table().header().size()) {
        m_problems.append(
                {row.number, QString(), QString(), tr("The row has more cells than the header has columns.")});
        return;
    }
    Record record;

    const QString serviceText = cell(row, Column::Service);
    const std::optional<TypeInfo> type = typeFor(serviceText);
    if (serviceText.isEmpty())
        problem(Column::Service, serviceText, tr("The service type is missing."));
    else if (!type)
        problem(Column::Service, serviceText,
                tr("Unknown service type: give its code (such as LG01) or its name as the catalogue has it."));
    else
        record.typeId = type->id;

    const QString dateText = cell(row, Column::Date);
    const QDateTime servedAt = ServiceSheet::dateTimeFrom(dateText);
    if (dateText.isEmpty())
        problem(Column::Date, dateText, tr("The date is missing."));
    else if (!servedAt.isValid())
        problem(Column::Date, dateText, tr("Not a date: write it as 2025-09-26 or 2025-09-26 14:30."));
    else if (servedAt > m_now.addSecs(5 * 60))
        problem(Column::Date, dateText, tr("The date is in the future."));
    else
        record.servedAt = servedAt.toString(timestampFormat);

    const QString idText = cell(row, Column::IdNumber);
    const QString nameText = cell(row, Column::Name);
    if (!idText.isEmpty()) {
        const IdNumberValidator::Result id = IdNumberValidator::check(idText, m_now.date());
        if (!id.isValid()) {
            problem(Column::IdNumber, idText, id.message);
        } else {
            findResident.addBindValue(id.normalized);
            for (const QVariant &value : m_scope.values())
                findResident.addBindValue(value);
            if (findResident.exec() && findResident.next()) {
                record.residentId = findResident.value(0).toLongLong();
                const QString registered = findResident.value(1).toString();
                if (!nameText.isEmpty() && nameText != registered)
                    problem(Column::Name, nameText,
                            tr("The ID number belongs to %1, not to %2.").arg(registered, nameText));
            } else {
                problem(Column::IdNumber, idText,
                        tr("No resident with this ID number is registered: import or register them first."));
            }
            findResident.finish();
        }
    } else if (!nameText.isEmpty()) {
        problem(Column::IdNumber, idText,
                tr("Give %1's ID number, or leave the name empty for an anonymous walk-in.").arg(nameText));
    }

    record.handlerName = cell(row, Column::Handler);
    if (record.handlerName.size() > 50)
        problem(Column::Handler, record.handlerName, tr("A handler's name has at most 50 characters."));

    const QString statusText = cell(row, Column::Status);
    const std::optional<QString> status = ServiceSheet::statusFrom(statusText);
    const QString resolvedText = cell(row, Column::ResolvedDate);
    const QDate resolved = SheetCell::dateFrom(resolvedText);
    const bool statusUsable = status && !(type && !type->opensCase && !status->isEmpty());
    if (!status)
        problem(Column::Status, statusText,
                tr("Unknown case status: use 受理, 分派, 办理中, 反馈, 回访, 办结 or 转办."));
    else if (!statusUsable)
        problem(Column::Status, statusText, tr("This service opens no case: leave the status empty."));
    else if (type && type->opensCase)
        record.status = !status->isEmpty() ? *status : resolvedText.isEmpty() ? u"received"_s : u"closed"_s;
    // A closing date is judged against a status that makes sense.
    if (statusUsable && !resolvedText.isEmpty()) {
        if (!resolved.isValid())
            problem(Column::ResolvedDate, resolvedText, tr("Not a date: write it as 2025-09-26."));
        else if (record.status != u"closed"_s && record.status != u"referred"_s)
            problem(Column::ResolvedDate, resolvedText, tr("Only a closed or referred case has a closing date."));
        else if (servedAt.isValid() && resolved < servedAt.date())
            problem(Column::ResolvedDate, resolvedText, tr("The case is closed before it was received."));
        else if (resolved > m_now.date())
            problem(Column::ResolvedDate, resolvedText, tr("The closing date is in the future."));
        else
            record.resolvedDate = resolved.toString(Qt::ISODate);
    } else if (statusUsable && record.status == u"closed"_s) {
        problem(Column::ResolvedDate, resolvedText, tr("A closed case needs its closing date."));
    }

    const QString minutesText = cell(row, Column::Minutes);
    bool isNumber = true;
    record.minutes = minutesText.isEmpty() ? 0 : minutesText.toInt(&isNumber);
    if (!isNumber || record.minutes < 0 || record.minutes > longestMinutes)
        problem(Column::Minutes, minutesText,
                tr("The duration must be a whole number of minutes, 0 to %1.").arg(longestMinutes));

    record.outcome = cell(row, Column::Outcome);
    record.notes = cell(row, Column::Notes);
    if (m_problems.size() == problemsBefore)
        m_valid.append(record);
}

Result<qint64> ServiceImport::write(bool skipInvalid, const Progress &progress, const std::atomic_bool *cancel)
{
    const ImportWrite::Rows rows{qint64(m_valid.size()), invalidRowCount()};
    if (const Result<void> allowed = ImportWrite::allowed(m_database, rows, skipInvalid); !allowed.isDone())
        return allowed.problem();
    ImportWrite import(m_database, u"services"_s, m_sourceName, rows, DataKind::ServiceRecords | DataKind::Cases);
    if (const Result<void> begun = import.begun(); !begun.isDone())
        return begun.problem();
    // The staff named by the sheet are added only when the whole import commits.
    const auto failed = [this, &import](const QString &driverError) {
        m_newStaff.clear();
        return import.failure(tr("The import failed and nothing was written: the database refused a row."),
                              driverError);
    };

    QSqlError idError;
    qint64 staffId = nextFreeId(m_database, u"staff"_s, idError);
    if (staffId == 0)
        return failed(idError.text());
    BulkInserter staff(m_database, u"staff"_s, {u"id"_s, u"name"_s});
    for (const Record &record : std::as_const(m_valid)) {
        if (record.handlerName.isEmpty() || m_staffByName.contains(record.handlerName))
            continue;
        m_staffByName.insert(record.handlerName, staffId);
        m_newStaff.append(record.handlerName);
        staff.add(staffId++);
        staff.add(record.handlerName);
        if (!staff.endRow())
            return failed(staff.lastDriverError());
    }
    if (!staff.flush())
        return failed(staff.lastDriverError());

    const QString now = QDateTime::currentDateTime().toString(timestampFormat);
    const Result<qint64> firstId = ServiceRecordStore::nextId(m_database);
    if (!firstId.isDone())
        return failed(firstId.problem().detail);
    const qint64 firstRecordId = firstId.value();
    qint64 recordId = firstRecordId;
    const QVariant createdBy = Actor::of(m_database).accountId();
    BulkInserter records(m_database, u"service_records"_s,
                         {u"id"_s, u"resident_id"_s, u"service_type_id"_s, u"served_at"_s, u"handler_id"_s,
                          u"duration_minutes"_s, u"outcome"_s, u"notes"_s, u"case_status"_s, u"due_date"_s,
                          u"resolved_date"_s, u"created_at"_s, u"created_by"_s});
    BulkInserter events(m_database, u"case_events"_s,
                        {u"service_record_id"_s, u"happened_at"_s, u"from_status"_s, u"to_status"_s, u"note"_s});
    events.setParent(&records);
    const QVariant null;
    qint64 done = 0;
    for (const Record &record : std::as_const(m_valid)) {
        if (cancel && cancel->load()) {
            m_newStaff.clear();
            return Problem::cancelled(tr("Cancelled; nothing was imported."));
        }
        if (++done % progressStep == 0 && progress)
            progress(done, rows.valid);
        const qint64 id = recordId++;
        const QVariantList values
                = {id,
                   record.residentId,
                   record.typeId,
                   record.servedAt,
                   record.handlerName.isEmpty() ? null : QVariant(m_staffByName.value(record.handlerName)),
                   record.minutes,
                   record.outcome,
                   record.notes,
                   record.status.isEmpty() ? null : QVariant(record.status),
                   record.dueDate,
                   record.resolvedDate,
                   now,
                   createdBy};
        for (const QVariant &value : values)
            records.add(value);
        if (!records.endRow())
            return failed(records.lastDriverError());
        if (record.status.isEmpty())
            continue;
        // The case's history as far as the sheet tells it: received, then the state it is in.
        events.add(id);
        events.add(record.servedAt);
        events.add(null);
        events.add(u"received"_s);
        events.add(u""_s);
        if (!events.endRow())
            return failed(events.lastDriverError());
        if (record.status == u"received"_s)
            continue;
        // Dated by the closing date when there is one, and never before the case was received.
        const QString closedAt = record.resolvedDate.toString() + u" 00:00:00"_s;
        events.add(id);
        events.add(record.resolvedDate.isValid() && closedAt > record.servedAt ? closedAt : record.servedAt);
        events.add(u"received"_s);
        events.add(record.status);
        events.add(tr("imported"));
        if (!events.endRow())
            return failed(events.lastDriverError());
    }
    if (!records.flush() || !events.flush())
        return failed(records.lastDriverError() + events.lastDriverError());
    CareSchedule care(m_database);
    if (!care.refresh(u"r.id IN (SELECT resident_id FROM service_records WHERE id >= ?)"_s, {firstRecordId}))
        return failed(care.lastError());
    const Result<qint64> written = import.commit(u"service_record"_s);
    if (!written.isDone())
        m_newStaff.clear();
    else if (progress)
        progress(rows.valid, rows.valid);
    return written;
}

Result<void> ServiceImport::unreadable(const QString &detail)
{
    return Problem::failed(tr("The database could not be read: %1").arg(detail), detail);
}

} // namespace linli

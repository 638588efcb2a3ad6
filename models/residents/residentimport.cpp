#include "residentimport.h"

#include "actor.h"
#include "auditlog.h"
#include "bulkwritesettings.h"
#include "idnumbervalidator.h"
#include "logging.h"
#include "importjournal.h"
#include "residentwriter.h"
#include "storageerror.h"
#include "sheetcell.h"
#include "writetransaction.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

using Column = ResidentSheet::Column;

std::optional<Column> columnOf(ResidentDraft::Field field)
{
    switch (field) {
    case ResidentDraft::Field::Name:
        return Column::Name;
    case ResidentDraft::Field::Gender:
        return Column::Gender;
    case ResidentDraft::Field::BirthDate:
        return Column::BirthDate;
    case ResidentDraft::Field::IdNumber:
        return Column::IdNumber;
    case ResidentDraft::Field::Phone:
        return Column::Phone;
    case ResidentDraft::Field::Phone2:
        return Column::Phone2;
    case ResidentDraft::Field::Grid:
        return Column::Grid;
    case ResidentDraft::Field::EmergencyPhone:
        return Column::EmergencyPhone;
    case ResidentDraft::Field::Status:
        return Column::Status;
    case ResidentDraft::Field::Household:
        break; // sheets carry no household
    }
    return std::nullopt;
}

constexpr qint64 progressStep = 1000;

} // namespace

ResidentImport::ResidentImport(const QSqlDatabase &database)
    : m_database(database)
{}

bool ResidentImport::read(const QByteArray &bytes)
{
    m_table = CsvTable::fromBytes(bytes);
    if (!m_table.isValid()) {
        m_errorString = m_table.errorString();
        return false;
    }
    Mapping mapping;
    for (const QString &header : m_table.header())
        mapping.append(ResidentSheet::columnForHeader(header));
    return validateMapping(mapping);
}

bool ResidentImport::setMapping(const Mapping &mapping)
{
    return validateMapping(mapping);
}

bool ResidentImport::validateMapping(const Mapping &mapping)
{
    m_mapping = mapping;
    for (const Column needed : {Column::Name, Column::Grid}) {
        if (!mapping.contains(needed)) {
            m_errorString = tr("The file has no column for %1 (a header such as \"%2\").")
                                    .arg(ResidentSheet::label(needed), ResidentSheet::header(needed));
            return false;
        }
    }
    for (const Column column : ResidentSheet::columns()) {
        if (mapping.count(column) > 1) {
            m_errorString = tr("Two columns of the file are both taken as %1.").arg(ResidentSheet::label(column));
            return false;
        }
    }
    m_errorString.clear();
    return true;
}

QString ResidentImport::cell(const CsvTable::Row &row, Column column) const
{
    const qsizetype index = m_mapping.indexOf(column);
    return index < 0 ? QString() : SheetCell::imported(row.fields.value(index));
}

QString ResidentImport::headerOf(Column column) const
{
    const qsizetype index = m_mapping.indexOf(column);
    return index < 0 ? ResidentSheet::header(column) : m_table.header().value(index);
}

bool ResidentImport::check(const Progress &progress, const std::atomic_bool *cancel)
{
    m_problems.clear();
    m_valid.clear();
    m_newGrids.clear();
    m_convertedIdRows.clear();
    m_rowOfIdNumber.clear();
    m_valid.reserve(rowCount());
    m_rowOfIdNumber.reserve(rowCount());
    GridStore gridStore(m_database);
    m_grids = gridStore.all();
    m_everyCentersGrids = gridStore.everyCenter();
    if (!gridStore.lastError().isEmpty()) {
        m_errorString = tr("The database could not be read: %1").arg(gridStore.lastError());
        return false;
    }
    QSqlQuery findIdNumber(m_database);
    // One read transaction for all the lookups: one snapshot, and no lock taken and released per row.
    findIdNumber.exec(u"BEGIN"_s);
    const auto endRead = qScopeGuard([&findIdNumber] {
        findIdNumber.finish();
        findIdNumber.exec(u"COMMIT"_s);
    });
    findIdNumber.prepare(u"SELECT id, name FROM residents WHERE id_number = ?"_s);
    const qint64 total = rowCount();
    qint64 done = 0;
    for (const CsvTable::Row &row : m_table.rows()) {
        if (cancel && cancel->load())
            return false;
        checkRow(row, findIdNumber);
        if (++done % progressStep == 0 && progress)
            progress(done, total);
    }
    if (progress)
        progress(total, total);
    return true;
}

void ResidentImport::checkRow(const CsvTable::Row &row, QSqlQuery &findIdNumber)
{
    const qsizetype problemsBefore = m_problems.size();
    const auto report = [&](Column column, const QString &reason) {
        m_problems.append({row.number, headerOf(column), cell(row, column), reason});
    };
    if (row.fields.size() > m_mapping.size()) {
        m_problems.append({row.number, QString(), QString(),
                           tr("The row has %1 cells but the header names only %2 columns.")
                                   .arg(row.fields.size())
                                   .arg(m_mapping.size())});
    }

    ResidentDraft draft;
    draft.name = cell(row, Column::Name);
    draft.idNumber = cell(row, Column::IdNumber);
    draft.phone = cell(row, Column::Phone);
    draft.phone2 = cell(row, Column::Phone2);
    draft.building = cell(row, Column::Building);
    draft.unit = cell(row, Column::Unit);
    draft.room = cell(row, Column::Room);
    draft.emergencyContact = cell(row, Column::EmergencyContact);
    draft.emergencyPhone = cell(row, Column::EmergencyPhone);
    draft.notes = cell(row, Column::Notes);

    const std::optional<QString> gender = ResidentSheet::genderFrom(cell(row, Column::Gender));
    if (gender)
        draft.gender = *gender;
    else
        report(Column::Gender, tr("Write 男 or 女 (or M or F)."));
    const QString birthText = cell(row, Column::BirthDate);
    if (!birthText.trimmed().isEmpty()) {
        draft.birthDate = SheetCell::dateFrom(birthText);
        if (!draft.birthDate.isValid())
            report(Column::BirthDate, tr("Not a date; write it as 1950-03-28."));
    }
    const std::optional<QString> status = ResidentSheet::statusFrom(cell(row, Column::Status));
    if (status)
        draft.status = *status;
    else
        report(Column::Status, tr("Write 在册, 迁出 or 已故 (or active, moved out, deceased)."));
    QString unknownTag;
    const std::optional<QStringList> tags = ResidentSheet::tagsFrom(cell(row, Column::Tags), &unknownTag);
    if (tags)
        draft.tags = *tags;
    else
        report(Column::Tags, tr("\"%1\" is not a known tag.").arg(unknownTag));

    const QString gridText = cell(row, Column::Grid).simplified();
    if (const std::optional<Grid> grid = GridStore::find(m_grids, gridText))
        draft.gridId = grid->id;
    else if (GridStore::find(m_everyCentersGrids, gridText))
        report(Column::Grid, tr("This grid belongs to another center."));
    else
        draft.newGridName = gridText;

    const QMap<ResidentDraft::Field, QString> fieldProblems = draft.check(m_today);
    for (auto it = fieldProblems.cbegin(); it != fieldProblems.cend(); ++it) {
        // A cell already reported (a gender the sheet spells oddly) is not reported twice.
        const std::optional<Column> column = columnOf(it.key());
        const bool alreadyReported
                = std::any_of(m_problems.cbegin() + problemsBefore, m_problems.cend(),
                              [&](const Problem &problem) { return column && problem.column == headerOf(*column); });
        if (column && !alreadyReported)
            report(*column, it.value());
    }

    if (!fieldProblems.contains(ResidentDraft::Field::IdNumber) && !draft.idNumber.isEmpty()) {
        if (const auto earlier = m_rowOfIdNumber.constFind(draft.idNumber); earlier != m_rowOfIdNumber.cend()) {
            report(Column::IdNumber, tr("The same ID number is already on row %1.").arg(*earlier));
        } else {
            m_rowOfIdNumber.insert(draft.idNumber, row.number);
            findIdNumber.addBindValue(draft.idNumber);
            if (findIdNumber.exec() && findIdNumber.next()) {
                report(Column::IdNumber,
                       tr("Already registered, as %1 (resident no. %2).")
                               .arg(findIdNumber.value(1).toString())
                               .arg(findIdNumber.value(0).toLongLong()));
            }
            findIdNumber.finish();
        }
    }
    if (m_problems.size() > problemsBefore)
        return;
    if (IdNumberValidator::normalize(cell(row, Column::IdNumber)).size() == 15)
        m_convertedIdRows.append(row.number);
    if (!draft.newGridName.isEmpty() && !m_newGrids.contains(draft.newGridName, Qt::CaseInsensitive))
        m_newGrids.append(draft.newGridName);
    m_valid.append(draft);
}

ResidentImport::Outcome ResidentImport::write(bool skipInvalid, const Progress &progress,
                                              const std::atomic_bool *cancel)
{
    m_written = 0;
    if (const Result<void> allowed = Actor::require(m_database, Permission::ApproveImports); !allowed.isDone()) {
        m_errorString = allowed.message();
        return Outcome::Refused;
    }
    if (invalidRowCount() > 0 && !skipInvalid) {
        m_errorString = tr("Rows that cannot be imported: %1 of %2; nothing was written.")
                                .arg(invalidRowCount())
                                .arg(rowCount());
        return Outcome::Refused;
    }
    ImportJournal::Mark mark(m_database, u"residents"_s, m_sourceName, m_valid.size());
    // Before the transaction: SQLite ignores a change of temp_store inside one.
    const BulkWriteSettings settings(m_database);
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Residents);
    if (!transaction.isActive()) {
        m_errorString = tr("The database is busy; nothing was imported. Try again.");
        return Outcome::Failed;
    }
    ResidentWriter writer(m_database);
    const qint64 total = m_valid.size();
    qint64 done = 0;
    for (const ResidentDraft &draft : std::as_const(m_valid)) {
        if (cancel && cancel->load()) {
            m_errorString = tr("Cancelled; nothing was imported.");
            return Outcome::Cancelled;
        }
        if (writer.insert(draft) == 0)
            break;
        if (++done % progressStep == 0 && progress)
            progress(done, total);
    }
    AuditLog audit(m_database);
    const bool audited = done == total
            && audit.record({u"IMPORT"_s, u"resident"_s, 0, u"rows=%1; left_out=%2"_s.arg(total).arg(invalidRowCount()),
                             u"ok"_s})
            && mark.endWithin();
    if (!audited || !writer.finish() || !transaction.commit()) {
        qCWarning(lcDatabase) << "resident import failed:" << writer.lastError();
        // A full disk, a busy or write-protected database: said as such. Otherwise the likeliest
        // cause once every row has been checked: someone registered one of these ID numbers while
        // the file was being checked.
        const QString storage = StorageError::explain(transaction.failure() != StorageError::Kind::None
                                                              ? transaction.failure()
                                                              : StorageError::lastOn(m_database));
        m_errorString = storage.isEmpty() ? tr("The database refused the residents; nothing was imported. Check "
                                               "the file again and retry.")
                                          : tr("Nothing was imported. %1").arg(storage);
        return Outcome::Failed;
    }
    if (progress)
        progress(total, total);
    m_written = total;
    return Outcome::Imported;
}

} // namespace linli

#include "residentimport.h"

#include "idnumbervalidator.h"
#include "importwrite.h"
#include "residentwriter.h"
#include "sheetcell.h"

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
    : SheetImportOf({Column::Name, Column::Grid})
    , m_database(database)
{}

QStringList ResidentImport::notes() const
{
    QStringList said;
    if (!m_newGrids.isEmpty())
        said.append(tr("New grids will be created: %1.").arg(m_newGrids.join(tr(", "))));
    if (!m_convertedIdRows.isEmpty()) {
        QStringList numbers;
        for (qsizetype i = 0; i < qMin<qsizetype>(m_convertedIdRows.size(), 10); ++i)
            numbers.append(QString::number(m_convertedIdRows.at(i)));
        if (m_convertedIdRows.size() > 10)
            numbers.append(u"…"_s);
        said.append(tr("Old 15-digit ID numbers will be converted to 18 digits; check them against the ID cards "
                       "(rows %1).")
                            .arg(numbers.join(tr(", "))));
    }
    return said;
}

Result<void> ResidentImport::check(const Progress &progress, const std::atomic_bool *cancel)
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
    if (!gridStore.lastError().isEmpty())
        return Problem::failed(tr("The database could not be read: %1").arg(gridStore.lastError()));
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
    for (const CsvTable::Row &row : m_sheet.table().rows()) {
        if (cancel && cancel->load())
            return Problem::cancelled(tr("Cancelled; nothing was imported."));
        checkRow(row, findIdNumber);
        if (++done % progressStep == 0 && progress)
            progress(done, total);
    }
    if (progress)
        progress(total, total);
    return Result<void>::done();
}

void ResidentImport::checkRow(const CsvTable::Row &row, QSqlQuery &findIdNumber)
{
    const qsizetype problemsBefore = m_problems.size();
    const auto cell = [&](Column column) { return m_sheet.cell(row, column); };
    const auto report = [&](Column column, const QString &reason) {
        m_problems.append({row.number, m_sheet.headerOf(column), cell(column), reason});
    };
    if (row.fields.size() > m_sheet.mapping().size()) {
        m_problems.append({row.number, QString(), QString(),
                           tr("The row has %1 cells but the header names only %2 columns.")
                                   .arg(row.fields.size())
                                   .arg(m_sheet.mapping().size())});
    }

    ResidentDraft draft;
    draft.name = cell(Column::Name);
    draft.idNumber = cell(Column::IdNumber);
    draft.phone = cell(Column::Phone);
    draft.phone2 = cell(Column::Phone2);
    draft.building = cell(Column::Building);
    draft.unit = cell(Column::Unit);
    draft.room = cell(Column::Room);
    draft.emergencyContact = cell(Column::EmergencyContact);
    draft.emergencyPhone = cell(Column::EmergencyPhone);
    draft.notes = cell(Column::Notes);

    const std::optional<QString> gender = ResidentSheet::genderFrom(cell(Column::Gender));
    if (gender)
        draft.gender = *gender;
    else
        report(Column::Gender, tr("Write 男 or 女 (or M or F)."));
    const QString birthText = cell(Column::BirthDate);
    if (!birthText.trimmed().isEmpty()) {
        draft.birthDate = SheetCell::dateFrom(birthText);
        if (!draft.birthDate.isValid())
            report(Column::BirthDate, tr("Not a date; write it as 1950-03-28."));
    }
    const std::optional<QString> status = ResidentSheet::statusFrom(cell(Column::Status));
    if (status)
        draft.status = *status;
    else
        report(Column::Status, tr("Write 在册, 迁出 or 已故 (or active, moved out, deceased)."));
    QString unknownTag;
    const std::optional<QStringList> tags = ResidentSheet::tagsFrom(cell(Column::Tags), &unknownTag);
    if (tags)
        draft.tags = *tags;
    else
        report(Column::Tags, tr("\"%1\" is not a known tag.").arg(unknownTag));

    const QString gridText = cell(Column::Grid).simplified();
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
        const bool alreadyReported = std::any_of(m_problems.cbegin() + problemsBefore, m_problems.cend(),
                                                 [&](const ImportProblem &problem) {
                                                     return column && problem.column == m_sheet.headerOf(*column);
                                                 });
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
    if (IdNumberValidator::normalize(cell(Column::IdNumber)).size() == 15)
        m_convertedIdRows.append(row.number);
    if (!draft.newGridName.isEmpty() && !m_newGrids.contains(draft.newGridName, Qt::CaseInsensitive))
        m_newGrids.append(draft.newGridName);
    m_valid.append(draft);
}

Result<qint64> ResidentImport::write(bool skipInvalid, const Progress &progress, const std::atomic_bool *cancel)
{
    const ImportWrite::Rows rows{qint64(m_valid.size()), invalidRowCount()};
    if (const Result<void> allowed = ImportWrite::allowed(m_database, rows, skipInvalid); !allowed.isDone())
        return allowed.problem();
    ImportWrite import(m_database, u"residents"_s, m_sourceName, rows, DataKind::Residents);
    if (const Result<void> begun = import.begun(); !begun.isDone())
        return begun.problem();
    ResidentWriter writer(m_database);
    qint64 done = 0;
    for (const ResidentDraft &draft : std::as_const(m_valid)) {
        if (cancel && cancel->load())
            return Problem::cancelled(tr("Cancelled; nothing was imported."));
        if (writer.insert(draft) == 0)
            break;
        if (++done % progressStep == 0 && progress)
            progress(done, rows.valid);
    }
    // The likeliest cause once every row has been checked, when the storage says nothing: someone
    // registered one of these ID numbers while the file was being checked.
    if (done < rows.valid || !writer.finish())
        return import.failure(
                tr("The database refused the residents; nothing was imported. Check the file again and retry."),
                writer.lastError());
    const Result<qint64> written = import.commit(u"resident"_s);
    if (written.isDone() && progress)
        progress(rows.valid, rows.valid);
    return written;
}

} // namespace linli

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace linli {

// A residents sheet as Chinese offices keep it in Excel: its columns, recognised by Chinese or
// English headers in any order, and the words its cells use for gender, status, tags and dates.
// The export writes what the import reads, so one class holds both directions. (Cells in
// general: SheetCell.)
class ResidentSheet
{
    Q_DECLARE_TR_FUNCTIONS(ResidentSheet)

public:
    enum class Column {
        Name,
        Gender,
        IdNumber,
        BirthDate,
        Phone,
        Phone2,
        Grid,
        Building,
        Unit,
        Room,
        Tags,
        EmergencyContact,
        EmergencyPhone,
        Status,
        Notes,
    };

    static QList<Column> columns();
    // The header the export writes (Chinese, as the offices exchange sheets).
    static QString header(Column column);
    // The column a header names, whatever its language, case, spacing or a trailing "*".
    static std::optional<Column> columnForHeader(QStringView header);
    // The column's name for the clerk, in the interface language.
    static QString label(Column column);

    static QString genderText(const QString &gender);
    // "M" or "F" for 男/女/male/female/M/F; empty for an empty cell; nullopt when not understood.
    static std::optional<QString> genderFrom(QStringView text);
    static QString statusText(const QString &status);
    // Stored status for its Chinese or English word; "active" for an empty cell.
    static std::optional<QString> statusFrom(QStringView text);
    static QString tagsText(const QStringList &tags);
    // Stored tags for words separated by 、 ; ； , or ，; the first unknown word in unknownWord.
    static std::optional<QStringList> tagsFrom(QStringView text, QString *unknownWord = nullptr);
};

} // namespace linli

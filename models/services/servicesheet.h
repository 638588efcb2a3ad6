#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace linli {

// A sheet of services delivered, as a center keeps it in Excel or receives it from another system:
// its columns, recognised by Chinese or English headers in any order, and the words its cells use
// for dates, times and case states. The export writes what the import reads.
class ServiceSheet
{
    Q_DECLARE_TR_FUNCTIONS(ServiceSheet)

public:
    enum class Column { IdNumber, Name, Service, Date, Handler, Status, ResolvedDate, Minutes, Outcome, Notes };

    static QList<Column> columns();
    // The header the export writes (Chinese).
    static QString header(Column column);
    static std::optional<Column> columnForHeader(QStringView header);
    // The column's name for the clerk, in the interface language.
    static QString label(Column column);

    // "2025-09-26", "2025-09-26 14:30", "2025/9/26 14:30:05"; invalid when not understood. A date
    // alone is taken as midnight.
    static QDateTime dateTimeFrom(QStringView text);
    static QString dateTimeText(const QString &storedTimestamp); // "2025-09-26 14:30"
    // The stored case status for its Chinese or English word (受理, 已办结, closed…); nullopt
    // when not understood, an empty string for an empty cell.
    static std::optional<QString> statusFrom(QStringView text);
    static QString statusText(const QString &status); // the Chinese word
};

} // namespace linli

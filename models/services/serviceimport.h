#pragma once

#include "centerscope.h"
#include "csvtable.h"
#include "importproblem.h"
#include "servicesheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace linli {

// Brings a sheet of services delivered (CSV) into the log, by the rules of the resident import:
// read, check every row, then write all of them in one transaction, or with skipInvalid the valid
// ones; problems name the spreadsheet row and say what is wrong. Each row names the resident by ID
// number (empty: an anonymous walk-in), the service type by code or name, the date, and for the
// types that open a case its state; cases get their due date in working days and their history.
// Handlers not yet on the staff list are added to it. Runs on the thread owning the connection.
class ServiceImport
{
    Q_DECLARE_TR_FUNCTIONS(ServiceImport)

public:
    using Mapping = QList<std::optional<ServiceSheet::Column>>;

    explicit ServiceImport(const QSqlDatabase &database);

    bool read(const QByteArray &bytes);
    // The file's name, kept while the import is written so that one cut off can be told (ImportJournal).
    void setSourceName(const QString &name) { m_sourceName = name; }
    const CsvTable &table() const { return m_table; }
    const Mapping &mapping() const { return m_mapping; }

    // False on a database error; afterwards problems() lists every bad row.
    bool check();
    const QList<ImportProblem> &problems() const { return m_problems; }
    qint64 rowCount() const { return m_table.rows().size(); }
    qint64 validRowCount() const { return m_valid.size(); }
    qint64 invalidRowCount() const { return rowCount() - validRowCount(); }
    QStringList newStaff() const { return m_newStaff; }

    // False (nothing written) when a problem forbids it or the database refuses; errorString().
    bool write(bool skipInvalid);
    qint64 writtenCount() const { return m_written; }
    QString errorString() const { return m_errorString; }
    // "Now" for refusing future dates; tests fix it.
    void setReferenceTime(const QDateTime &now) { m_now = now; }

private:
    struct Record
    {
        QVariant residentId;
        qint64 typeId = 0;
        QString servedAt;
        QString handlerName;
        int minutes = 0;
        QString outcome;
        QString notes;
        QString status;
        QVariant dueDate;
        QVariant resolvedDate;
    };
    struct TypeInfo
    {
        qint64 id = 0;
        bool opensCase = false;
        int deadline = 0;
    };

    void checkRow(const CsvTable::Row &row, QSqlQuery &findResident);
    QString cell(const CsvTable::Row &row, ServiceSheet::Column column) const;
    QString headerOf(ServiceSheet::Column column) const;
    std::optional<TypeInfo> typeFor(const QString &text) const;

    QSqlDatabase m_database;
    CenterScope m_scope; // whose residents the sheet may name
    CsvTable m_table;
    Mapping m_mapping;
    QList<ImportProblem> m_problems;
    QList<Record> m_valid;
    QHash<QString, TypeInfo> m_typeByWord;
    QHash<QString, qint64> m_staffByName;
    QStringList m_newStaff;
    QDateTime m_now = QDateTime::currentDateTime();
    qint64 m_written = 0;
    QString m_errorString;
    QString m_sourceName;
};

} // namespace linli

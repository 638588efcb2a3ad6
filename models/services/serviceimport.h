#pragma once

#include "centerscope.h"
#include "csvtable.h"
#include "importproblem.h"
#include "result.h"
#include "servicesheet.h"
#include "sheetimport.h"
#include "sheetmapping.h"

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
class ServiceImport : public SheetImportOf<ServiceSheet>
{
    Q_DECLARE_TR_FUNCTIONS(ServiceImport)

public:
    explicit ServiceImport(const QSqlDatabase &database);

    // Fails on a database error or when cancelled; afterwards problems() lists every bad row.
    Result<void> check(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) override;
    qint64 validRowCount() const override { return m_valid.size(); }
    // The handlers the sheet names who are not on the staff list yet (added by the write).
    QStringList notes() const override;
    // After a write: the handlers added to the staff list.
    QStringList newStaff() const { return m_newStaff; }

    // The number of records written; nothing is written when not done.
    Result<qint64> write(bool skipInvalid, const Progress &progress = {},
                         const std::atomic_bool *cancel = nullptr) override;
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
    // The cell without surrounding spaces.
    QString cell(const CsvTable::Row &row, ServiceSheet::Column column) const;
    std::optional<TypeInfo> typeFor(const QString &text) const;
    static Result<void> unreadable(const QString &detail);

    QSqlDatabase m_database;
    CenterScope m_scope; // whose residents the sheet may name
    QList<Record> m_valid;
    QHash<QString, TypeInfo> m_typeByWord;
    QHash<QString, qint64> m_staffByName;
    QStringList m_newStaff;
    QDateTime m_now = QDateTime::currentDateTime();
};

} // namespace linli

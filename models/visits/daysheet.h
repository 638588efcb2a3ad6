#pragma once

#include "visitstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QPageLayout>
#include <QSqlDatabase>

class QPagedPaintDevice;
class QTextDocument;

namespace linli {

// The sheet a staff member takes on their rounds: the day's visits by time of day, doors at the same
// time by address, the visits at the center apart after them; with address, phone, what to do and
// room to write the outcome; one staff member per page run when the whole center's day is printed.
// Black on white, for any printer. Phones and rooms are whole on the visits of the one signed in
// (need to know: they go to the door), and on all of them when asked by someone whose role may see
// them (Permission::ReportWithIdentifiers); masked otherwise. The audit row counts those printed whole.
class DaySheet
{
    Q_DECLARE_TR_FUNCTIONS(DaySheet)

public:
    struct Options
    {
        bool fullContacts = false;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QDateTime printedAt = QDateTime::currentDateTime();
    };

    DaySheet(const QSqlDatabase &database, qint64 staffId, QDate day);

    // The visits in the order they are walked, cancelled ones left out.
    static QList<AgendaEntry> inWalkingOrder(QList<AgendaEntry> entries);
    // Text with its numbers compared as numbers: "3" before "12", "3-2" before "3-10".
    static int naturalCompare(const QString &a, const QString &b);
    int visitCount() const;
    QString html(const Options &options) const;
    // Lays the sheet out on the device's pages (a printer or a PDF writer).
    void print(QPagedPaintDevice *device, const Options &options) const;
    // An A4 PDF, audited as a print; false with `error` set when the file cannot be written.
    bool writePdf(const QString &path, const Options &options, QString *error = nullptr) const;
    // The audit row of a sheet sent to a printer (PRINT: the day, its visits, whether phones were whole).
    void recordPrinted(const Options &options) const;

private:
    QString staffSection(const QString &staffName, const QList<AgendaEntry> &entries, const Options &options) const;
    // One table of visits, numbered on from `number`.
    QString table(const QList<AgendaEntry> &entries, const Options &options, int &number) const;
    static bool atCenter(const AgendaEntry &entry);
    bool whole(const AgendaEntry &entry, const Options &options) const;
    int wholeCount(const Options &options) const;

    QSqlDatabase m_database;
    QList<AgendaEntry> m_entries;
    QDate m_day;
    QString m_center;
    bool m_mayShowWhole = false;
    qint64 m_ownStaffId = 0; // the staff member signed in; 0: none
};

} // namespace linli

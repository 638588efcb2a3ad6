#include "daysheet.h"

#include "actor.h"
#include "auditlog.h"
#include "centerprofile.h"
#include "masking.h"
#include "pageddocument.h"
#include "pdffile.h"
#include "residenttablemodel.h"
#include "visitwording.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QSqlQuery>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

DaySheet::DaySheet(const QSqlDatabase &database, qint64 staffId, QDate day)
    : m_database(database)
    , m_entries(inWalkingOrder(VisitStore(database).agenda(staffId, day, day)))
    , m_day(day)
    , m_center(CenterProfile(database).name())
    , m_mayShowWhole(Actor::of(database).may(Permission::ReportWithIdentifiers))
    , m_ownStaffId(Actor::of(database).staffId)
{}

bool DaySheet::atCenter(const AgendaEntry &entry)
{
    return entry.visit.kind == u"rehab_center"_s;
}

bool DaySheet::whole(const AgendaEntry &entry, const Options &options) const
{
    // Need to know: the one who goes to the door sees how to find and call it.
    const bool own = m_ownStaffId > 0 && entry.visit.staffId == m_ownStaffId;
    return own || (options.fullContacts && m_mayShowWhole);
}

int DaySheet::wholeCount(const Options &options) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&](const AgendaEntry &entry) { return whole(entry, options); }));
}

QList<AgendaEntry> DaySheet::inWalkingOrder(QList<AgendaEntry> entries)
{
    entries.removeIf([](const AgendaEntry &entry) { return entry.visit.status == u"cancelled"_s; });
    const auto address = [](const AgendaEntry &entry) {
        return QStringList{entry.gridName, entry.building, entry.unit, entry.room};
    };
    // Each staff member's rounds by the time of day (11:30 never before 09:00), doors at the same
    // time by address; the visits at the center after them, apart.
    std::stable_sort(entries.begin(), entries.end(), [&](const AgendaEntry &a, const AgendaEntry &b) {
        if (const int order = naturalCompare(a.staffName, b.staffName); order != 0)
            return order < 0;
        if (atCenter(a) != atCenter(b))
            return !atCenter(a);
        if (a.visit.startsAt != b.visit.startsAt)
            return a.visit.startsAt < b.visit.startsAt;
        const QStringList left = address(a);
        const QStringList right = address(b);
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (const int order = naturalCompare(left.at(i), right.at(i)); order != 0)
                return order < 0;
        }
        return false;
    });
    return entries;
}

int DaySheet::naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            // Without leading zeros, the longer run is the larger number.
            const auto number = [](QStringView digits) {
                while (digits.size() > 1 && digits.front() == u'0')
                    digits = digits.sliced(1);
                return digits;
            };
            const QStringView numberA = number(QStringView(a).sliced(startA, i - startA));
            const QStringView numberB = number(QStringView(b).sliced(startB, j - startB));
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size() ? -1 : 1;
            if (const int order = numberA.compare(numberB); order != 0)
                return order;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j) ? -1 : 1;
        ++i;
        ++j;
    }
    return int(a.size() - i > 0) - int(b.size() - j > 0);
}

int DaySheet::visitCount() const
{
    return int(m_entries.size());
}

QString DaySheet::html(const Options &options) const
{
    QString body;
    qsizetype from = 0;
    while (from < m_entries.size()) {
        qsizetype to = from;
        while (to < m_entries.size() && m_entries.at(to).staffName == m_entries.at(from).staffName)
            ++to;
        if (from > 0)
            body += u"<div style=\"page-break-before: always\"></div>"_s;
        body += staffSection(m_entries.at(from).staffName, m_entries.mid(from, to - from), options);
        from = to;
    }
    if (m_entries.isEmpty())
        body = staffSection(QString(), {}, options);
    return u"<html><body style=\"color: black\">%1</body></html>"_s.arg(body);
}

QString DaySheet::staffSection(const QString &staffName, const QList<AgendaEntry> &entries,
                               const Options &options) const
{
    const QLocale locale;
    const QString who = staffName.isEmpty() && !entries.isEmpty() ? tr("(not assigned)") : staffName;
    QString html = u"<h2 style=\"margin-bottom: 2px\">%1</h2>"_s.arg(
            escaped(who.isEmpty() ? tr("Day sheet") : tr("Day sheet · %1").arg(who)));
    QStringList about = {locale.toString(m_day, QLocale::LongFormat), tr("Visits: %1").arg(entries.size())};
    if (!m_center.isEmpty())
        about.prepend(m_center);
    const qsizetype shownWhole = std::count_if(entries.cbegin(), entries.cend(),
                                               [&](const AgendaEntry &entry) { return whole(entry, options); });
    QString masking;
    if (shownWhole == 0)
        masking = tr("Phones and rooms masked.");
    else if (shownWhole < entries.size())
        masking = tr("Phones and rooms masked, except for your own visits.");
    html += u"<p style=\"margin-top: 0\">%1<br><small>%2</small></p>"_s.arg(
            escaped(about.join(u" · "_s)),
            escaped(tr("Printed %1. In order of time, then address; visits at the center apart.")
                            .arg(locale.toString(options.printedAt, QLocale::ShortFormat))
                    + (masking.isEmpty() ? QString() : u' ' + masking)));
    if (entries.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(escaped(tr("No visits planned for this day.")));
        return html;
    }
    QList<AgendaEntry> rounds;
    QList<AgendaEntry> center;
    for (const AgendaEntry &entry : entries)
        (atCenter(entry) ? center : rounds).append(entry);
    int number = 0;
    if (!rounds.isEmpty())
        html += table(rounds, options, number);
    if (!center.isEmpty()) {
        html += u"<h3 style=\"margin-bottom: 2px\">%1</h3>"_s.arg(escaped(tr("At the center")));
        html += table(center, options, number);
    }
    html += u"<p style=\"margin-top: 18px\">%1</p>"_s.arg(
            escaped(tr("Visits done: ____    Missed: ____    Signature: ________________")));
    return html;
}

QString DaySheet::table(const QList<AgendaEntry> &entries, const Options &options, int &number) const
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                   "style=\"border-collapse: collapse; border-color: black\"><thead><tr>"_s;
    const QStringList headers
            = {tr("No."), tr("Time"), tr("Name"), tr("Address"), tr("Phone"), tr("Visit"), tr("Outcome / signature")};
    // Widths in percent; the last column is left wide for the outcome written by hand.
    const int widths[] = {6, 9, 11, 20, 17, 14, 23};
    for (qsizetype i = 0; i < headers.size(); ++i) {
        html += u"<th align=\"left\" bgcolor=\"#dddddd\" width=\"%1%\">%2</th>"_s.arg(widths[i]).arg(
                escaped(headers.at(i)));
    }
    html += u"</tr></thead>"_s;
    for (const AgendaEntry &entry : entries) {
        const VisitRow &visit = entry.visit;
        const bool shownWhole = whole(entry, options);
        ResidentRow where;
        where.gridName = entry.gridName;
        where.building = entry.building;
        where.unit = entry.unit;
        where.room = shownWhole || entry.room.isEmpty() ? entry.room : u"*"_s;
        QString address = ResidentTableModel::addressText(where);
        if (!visit.place.isEmpty())
            address += u"\n"_s + tr("At: %1").arg(visit.place);
        QString what = VisitWording::kindLabel(visit.kind);
        if (visit.status != u"planned"_s)
            what += u" (%1)"_s.arg(VisitWording::statusLabel(visit.status));
        if (!visit.notes.isEmpty())
            what += u"\n"_s + visit.notes;
        const QString time = visit.startsAt.toString(u"HH:mm"_s) + u'\n' + tr("%1 min").arg(visit.durationMinutes);
        const QStringList cells = {QString::number(++number),
                                   time,
                                   entry.residentName,
                                   address,
                                   shownWhole ? entry.phone : Masking::phone(entry.phone),
                                   what,
                                   visit.outcome};
        html += u"<tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            // Rows tall enough to write the outcome in by hand.
            const QString height = i == cells.size() - 1 ? u" height=\"56\""_s : QString();
            html += u"<td valign=\"top\"%1>%2</td>"_s.arg(height, escaped(cells.at(i)));
        }
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    return html;
}

void DaySheet::print(QPagedPaintDevice *device, const Options &options) const
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(options.orientation);
    // PagedDocument keeps 2 cm around the text and numbers the pages.
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html(options));
    PagedDocument::usePrintFont(document, 10);
    PagedDocument::print(document, device);
}

bool DaySheet::writePdf(const QString &path, const Options &options, QString *error) const
{
    if (!PdfFile::write(
                path, tr("Day sheet"), [&](QPagedPaintDevice *device) { print(device, options); }, error))
        return false;
    recordPrinted(options);
    return true;
}

void DaySheet::recordPrinted(const Options &options) const
{
    // How many visits went out with whole phones and rooms: a print of identifiers, audited as one.
    const QString changes = u"day=%1; visits=%2; whole_phones=%3"_s.arg(m_day.toString(Qt::ISODate))
                                    .arg(visitCount())
                                    .arg(wholeCount(options));
    AuditLog(m_database).recordAlone({u"PRINT"_s, u"day_sheet"_s, 0, changes, u"ok"_s});
}

} // namespace linli

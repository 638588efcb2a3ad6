#include "visitcalendar.h"

#include "visitwording.h"

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto localFormat = u"yyyyMMdd'T'HHmmss"_s;

} // namespace

QString VisitCalendar::escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            result += u'\\' + QString(c);
        else if (c == u'\n')
            result += u"\\n"_s;
        else if (c != u'\r')
            result += c;
    }
    return result;
}

// Lines longer than 75 octets go on in lines that start with a space; a UTF-8 sequence is never cut.
QByteArray VisitCalendar::folded(const QByteArray &line)
{
    QByteArray result;
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut; // a continuation byte: the character starts earlier
        result += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    result += line.mid(start) + "\r\n";
    return result;
}

QByteArray VisitCalendar::write(const QList<AgendaEntry> &entries, const QDateTime &stamp)
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += folded(text.toUtf8()); };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//Linli//Community service center//ZH"_s);
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    line(u"BEGIN:VTIMEZONE"_s);
    line(u"TZID:Asia/Shanghai"_s);
    line(u"BEGIN:STANDARD"_s);
    line(u"DTSTART:19700101T000000"_s);
    line(u"TZOFFSETFROM:+0800"_s);
    line(u"TZOFFSETTO:+0800"_s);
    line(u"TZNAME:CST"_s);
    line(u"END:STANDARD"_s);
    line(u"END:VTIMEZONE"_s);
    const QString stamped = stamp.toUTC().toString(localFormat) + u'Z';
    for (const AgendaEntry &entry : entries) {
        const VisitRow &visit = entry.visit;
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:visit-%1@linli"_s.arg(visit.id));
        line(u"DTSTAMP:"_s + stamped);
        line(u"DTSTART;TZID=Asia/Shanghai:"_s + visit.startsAt.toString(localFormat));
        line(u"DTEND;TZID=Asia/Shanghai:"_s
             + visit.startsAt.addSecs(60LL * visit.durationMinutes).toString(localFormat));
        line(u"SUMMARY:"_s + escaped(u"%1 · %2"_s.arg(VisitWording::kindLabel(visit.kind), entry.residentName)));
        line(u"LOCATION:"_s + escaped(visit.place.isEmpty() ? entry.address : visit.place));
        QStringList description;
        if (!entry.staffName.isEmpty())
            description.append(tr("Staff: %1").arg(entry.staffName));
        if (!visit.outcome.isEmpty())
            description.append(visit.outcome);
        if (!description.isEmpty())
            line(u"DESCRIPTION:"_s + escaped(description.join(u'\n')));
        line(u"STATUS:"_s + (visit.status == u"cancelled"_s ? u"CANCELLED"_s : u"CONFIRMED"_s));
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

} // namespace linli

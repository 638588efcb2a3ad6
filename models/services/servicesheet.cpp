#include "servicesheet.h"

#include "sheetcell.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const SheetCell::Columns<ServiceSheet::Column> &sheetColumns()
{
    using Column = ServiceSheet::Column;
    static const SheetCell::Columns<Column> columns({
            {Column::IdNumber, {u"身份证号"_s, u"身份证号码"_s, u"公民身份号码"_s, u"id_number"_s, u"id number"_s}},
            {Column::Name, {u"姓名"_s, u"居民姓名"_s, u"name"_s}},
            {Column::Service, {u"服务类型"_s, u"服务项目"_s, u"服务"_s, u"service"_s, u"service_type"_s}},
            {Column::Date, {u"日期"_s, u"服务日期"_s, u"服务时间"_s, u"受理日期"_s, u"date"_s}},
            {Column::Handler, {u"经办人"_s, u"服务人员"_s, u"handler"_s}},
            {Column::Status, {u"状态"_s, u"办理状态"_s, u"status"_s}},
            {Column::ResolvedDate, {u"办结日期"_s, u"resolved_date"_s, u"resolved date"_s}},
            {Column::Minutes, {u"时长"_s, u"时长（分钟）"_s, u"时长(分钟)"_s, u"minutes"_s}},
            {Column::Outcome, {u"结果"_s, u"办理结果"_s, u"outcome"_s}},
            {Column::Notes, {u"备注"_s, u"notes"_s}},
    });
    return columns;
}

const SheetCell::Words &statusWords()
{
    static const SheetCell::Words words = {
            {u"received"_s, {u"已受理"_s, u"受理"_s}},
            {u"assigned"_s, {u"已分派"_s, u"分派"_s}},
            {u"in_progress"_s, {u"办理中"_s, u"办理"_s, u"in progress"_s}},
            {u"replied"_s, {u"已反馈"_s, u"反馈"_s}},
            {u"return_visit"_s, {u"回访"_s, u"已回访"_s, u"return visit"_s}},
            {u"closed"_s, {u"已办结"_s, u"办结"_s}},
            {u"referred"_s, {u"已转办"_s, u"转办"_s}},
    };
    return words;
}

} // namespace

QList<ServiceSheet::Column> ServiceSheet::columns()
{
    return sheetColumns().all();
}

QString ServiceSheet::header(Column column)
{
    return sheetColumns().header(column);
}

std::optional<ServiceSheet::Column> ServiceSheet::columnForHeader(QStringView header)
{
    return sheetColumns().columnFor(header);
}

QString ServiceSheet::label(Column column)
{
    switch (column) {
    case Column::IdNumber:
        return tr("ID number");
    case Column::Name:
        return tr("Name");
    case Column::Service:
        return tr("Service type");
    case Column::Date:
        return tr("Date");
    case Column::Handler:
        return tr("Handler");
    case Column::Status:
        return tr("Case status");
    case Column::ResolvedDate:
        return tr("Closing date");
    case Column::Minutes:
        return tr("Minutes");
    case Column::Outcome:
        return tr("Outcome");
    case Column::Notes:
        return tr("Notes");
    }
    return {};
}

QDateTime ServiceSheet::dateTimeFrom(QStringView text)
{
    static const QRegularExpression withTime(u"^(.+?)\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"_s);
    const QString trimmed = text.trimmed().toString();
    const QRegularExpressionMatch match = withTime.match(trimmed);
    if (!match.hasMatch()) {
        const QDate date = SheetCell::dateFrom(trimmed);
        return date.isValid() ? QDateTime(date, QTime(0, 0)) : QDateTime();
    }
    const QDate date = SheetCell::dateFrom(match.captured(1));
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

QString ServiceSheet::dateTimeText(const QString &storedTimestamp)
{
    return storedTimestamp.left(16);
}

std::optional<QString> ServiceSheet::statusFrom(QStringView text)
{
    if (text.trimmed().isEmpty())
        return QString();
    return SheetCell::codeForWord(text, statusWords());
}

QString ServiceSheet::statusText(const QString &status)
{
    return SheetCell::firstWordFor(status, statusWords());
}

} // namespace linli

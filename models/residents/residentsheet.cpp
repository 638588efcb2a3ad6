#include "residentsheet.h"

#include "sheetcell.h"

#include "residentstatus.h"
#include "residenttag.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const SheetCell::Columns<ResidentSheet::Column> &sheetColumns()
{
    using C = ResidentSheet::Column;
    static const SheetCell::Columns<C> columns({
            {C::Name, {u"姓名"_s, u"name"_s, u"居民姓名"_s}},
            {C::Gender, {u"性别"_s, u"gender"_s, u"sex"_s}},
            {C::IdNumber,
             {u"身份证号"_s, u"id_number"_s, u"公民身份号码"_s, u"证件号码"_s, u"身份证号码"_s, u"身份证"_s,
              u"id number"_s, u"id"_s}},
            {C::BirthDate, {u"出生日期"_s, u"birth_date"_s, u"birth date"_s, u"date of birth"_s}},
            {C::Phone, {u"联系电话"_s, u"phone"_s, u"电话"_s, u"手机"_s, u"手机号"_s, u"手机号码"_s}},
            {C::Phone2, {u"备用电话"_s, u"phone2"_s, u"other phone"_s}},
            {C::Grid, {u"网格"_s, u"grid"_s, u"所属网格"_s}},
            {C::Building, {u"楼栋"_s, u"building"_s, u"楼号"_s}},
            {C::Unit, {u"单元"_s, u"unit"_s}},
            {C::Room, {u"房号"_s, u"room"_s, u"门牌号"_s, u"室"_s}},
            {C::Tags, {u"标签"_s, u"tags"_s, u"人员类别"_s}},
            {C::EmergencyContact, {u"紧急联系人"_s, u"emergency_contact"_s, u"emergency contact"_s}},
            {C::EmergencyPhone, {u"紧急联系电话"_s, u"emergency_phone"_s, u"emergency phone"_s, u"紧急联系人电话"_s}},
            {C::Status, {u"状态"_s, u"status"_s, u"居住状态"_s}},
            {C::Notes, {u"备注"_s, u"notes"_s, u"note"_s}},
    });
    return columns;
}

// The Chinese words first (written by the export), then any other accepted word.
const SheetCell::Words &tagWords()
{
    static const SheetCell::Words words = {
            {u"living_alone"_s, {u"独居老人"_s, u"独居"_s, u"living alone"_s}},
            {u"empty_nest"_s, {u"空巢老人"_s, u"空巢"_s, u"empty nest"_s}},
            {u"disabled"_s, {u"失能/残疾"_s, u"失能"_s, u"残疾"_s, u"残疾人"_s, u"失能残疾"_s}},
            {u"low_income"_s, {u"低保"_s, u"低保户"_s, u"low income"_s}},
            {u"extreme_poverty"_s, {u"特困"_s, u"特困人员"_s, u"extreme poverty"_s}},
            {u"veteran"_s, {u"退役军人"_s, u"veteran"_s}},
            {u"key_care"_s, {u"重点关注"_s, u"key care"_s}},
    };
    return words;
}

const SheetCell::Words &statusWords()
{
    static const SheetCell::Words words = {
            {u"active"_s, {u"在册"_s, u"在住"_s, u"正常"_s}},
            {u"moved_out"_s, {u"迁出"_s, u"已迁出"_s, u"moved out"_s}},
            {u"deceased"_s, {u"已故"_s, u"死亡"_s, u"去世"_s}},
    };
    return words;
}

} // namespace

QList<ResidentSheet::Column> ResidentSheet::columns()
{
    return sheetColumns().all();
}

QString ResidentSheet::header(Column column)
{
    return sheetColumns().header(column);
}

std::optional<ResidentSheet::Column> ResidentSheet::columnForHeader(QStringView header)
{
    return sheetColumns().columnFor(header);
}

QString ResidentSheet::label(Column column)
{
    switch (column) {
    case Column::Name:
        return tr("Name");
    case Column::Gender:
        return tr("Gender");
    case Column::IdNumber:
        return tr("ID number");
    case Column::BirthDate:
        return tr("Date of birth");
    case Column::Phone:
        return tr("Phone");
    case Column::Phone2:
        return tr("Other phone");
    case Column::Grid:
        return tr("Grid");
    case Column::Building:
        return tr("Building");
    case Column::Unit:
        return tr("Unit");
    case Column::Room:
        return tr("Room");
    case Column::Tags:
        return tr("Tags");
    case Column::EmergencyContact:
        return tr("Emergency contact");
    case Column::EmergencyPhone:
        return tr("Emergency phone");
    case Column::Status:
        return tr("Status");
    case Column::Notes:
        return tr("Notes");
    }
    return {};
}

QString ResidentSheet::genderText(const QString &gender)
{
    return gender == u"M"_s ? u"男"_s : gender == u"F"_s ? u"女"_s : QString();
}

std::optional<QString> ResidentSheet::genderFrom(QStringView text)
{
    const QString word = SheetCell::folded(text);
    if (word.isEmpty())
        return u""_s;
    if (word == u"男"_s || word == u"m"_s || word == u"male"_s || word == u"男性"_s)
        return u"M"_s;
    if (word == u"女"_s || word == u"f"_s || word == u"female"_s || word == u"女性"_s)
        return u"F"_s;
    return std::nullopt;
}

QString ResidentSheet::statusText(const QString &status)
{
    return SheetCell::firstWordFor(status, statusWords());
}

std::optional<QString> ResidentSheet::statusFrom(QStringView text)
{
    if (text.trimmed().isEmpty())
        return u"active"_s;
    return SheetCell::codeForWord(text, statusWords());
}

QString ResidentSheet::tagsText(const QStringList &tags)
{
    QStringList words;
    for (const QString &tag : tags)
        words.append(SheetCell::firstWordFor(tag, tagWords()));
    return words.join(u'、');
}

std::optional<QStringList> ResidentSheet::tagsFrom(QStringView text, QString *unknownWord)
{
    static const QRegularExpression separators(u"[、;；,，]"_s);
    QStringList tags;
    for (const QString &word : text.toString().split(separators, Qt::SkipEmptyParts)) {
        if (word.trimmed().isEmpty())
            continue;
        const std::optional<QString> tag = SheetCell::codeForWord(word, tagWords());
        if (!tag) {
            if (unknownWord)
                *unknownWord = word.trimmed();
            return std::nullopt;
        }
        if (!tags.contains(*tag))
            tags.append(*tag);
    }
    return tags;
}

} // namespace linli

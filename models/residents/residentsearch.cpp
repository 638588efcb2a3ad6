#include "residentsearch.h"

#include "idnumbervalidator.h"
#include "phonenumber.h"
#include "pinyin.h"
#include "simplifiedchinese.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Above every digit, letter and X: the upper end of a prefix range over ASCII text.
const auto prefixEnd = u"~"_s;

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

} // namespace

void ResidentSearch::setSpellingCondition(const std::function<QString(const QString &, const QString &)> &on,
                                          const QVariantList &values, const QString &also,
                                          const QVariantList &alsoValues)
{
    // The likeliest spelling is the resident's own row; every other one is in resident_spellings,
    // beside the likeliest (shown) one.
    const QString own = on(u"r.name_pinyin"_s, u"r.name_initials"_s);
    const QString other = on(u"s.spelling"_s, u"s.initials"_s);
    const QString ownThere = on(u"s.shown"_s, u"s.shown_initials"_s);
    const QString first = also.isEmpty() ? QString() : also + u" AND "_s;
    const auto inSpellings = [](const QString &condition) {
        return u"r.id IN (SELECT s.resident_id FROM resident_spellings s WHERE %1)"_s.arg(condition);
    };
    m_where = u"(%1(%2 OR %3))"_s.arg(first, own, inSpellings(other));
    m_values = alsoValues + values + values;
    // Along the list's order, the other spellings are looked up only for the residents who have some.
    m_rowWhere = u"(%1(%2 OR (r.has_other_spellings = 1 AND EXISTS (SELECT 1 FROM resident_spellings s "
                 "WHERE s.resident_id = r.id AND %3))))"_s.arg(first, own, other);
    m_rowValues = m_values;
    m_otherSpellings = u"(%1s.leads_elsewhere = 1 AND %2)"_s.arg(first, other);
    m_otherSpellingValues = alsoValues + values;
    m_countedApart
            = {{u"(%1%2)"_s.arg(first, own), alsoValues + values},
               {u"(%1%2)"_s.arg(first, inSpellings(other + u" AND NOT "_s + ownThere)), alsoValues + values + values}};
}

QString ResidentSearch::simplifiedName()
{
    return u"coalesce(r.name_simplified, r.name)"_s;
}

QString ResidentSearch::reversed(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = text.size() - 1; i >= 0; --i)
        result += text.at(i);
    return result;
}

std::optional<ResidentSearch> ResidentSearch::nameWithDigits(const QString &text)
{
    static const QRegularExpression tail(u"^(\\d{4,6}|\\d{3,5}X)$"_s);
    static const QRegularExpression nameLike(u"^[^\\d]+$"_s);
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return std::nullopt;
    QString digits;
    QStringList name;
    for (const QString &word : words) {
        if (digits.isEmpty() && tail.match(IdNumberValidator::normalize(word)).hasMatch())
            digits = word;
        else if (nameLike.match(word).hasMatch())
            name.append(word);
        else
            return std::nullopt;
    }
    if (digits.isEmpty() || name.isEmpty())
        return std::nullopt;
    ResidentSearch search = parse(digits);
    const ResidentSearch named = parse(name.join(u' '));
    if (search.kind() != Kind::DigitsTail || !named.mayMatchMany())
        return std::nullopt;
    search.m_where = u"(%1 AND %2)"_s.arg(search.m_where, named.rowWhereClause());
    search.m_values += named.rowValues();
    return search;
}

ResidentSearch ResidentSearch::parse(QStringView input)
{
    ResidentSearch search;
    const QString text = input.toString().normalized(QString::NormalizationForm_KC).simplified();
    if (text.isEmpty())
        return search;

    const QString compact = IdNumberValidator::normalize(text);
    static const QRegularExpression fullId(u"^(\\d{17}[\\dX]|\\d{15})$"_s);
    static const QRegularExpression tail(u"^(\\d{4,6}|\\d{3,5}X)$"_s);
    if (fullId.match(compact).hasMatch()) {
        const IdNumberValidator::Result id = IdNumberValidator::check(compact);
        search.m_kind = Kind::IdNumber;
        search.m_where = u"r.id_number = ?"_s;
        search.m_values = {id.normalized.isEmpty() ? compact : id.normalized};
        return search;
    }
    if (const PhoneNumber::Result phone = PhoneNumber::check(text); phone.isValid()) {
        search.m_kind = Kind::MobileNumber;
        // The repeated condition of the partial index lets SQLite use it with a bound value.
        search.m_where = u"(r.phone = ? AND r.phone <> '')"_s;
        search.m_values = {phone.normalized};
        return search;
    }
    // A name part and digits together ("zxh 0769", "张秀 1803"): the digits find the few residents
    // whose ID number or phone ends so, and the name is checked on each of them.
    if (const std::optional<ResidentSearch> both = nameWithDigits(text))
        return *both;
    // Building, unit and room, as addresses are written on forms and envelopes.
    static const QRegularExpression address(
            u"^(\\w+?)\\s*(?:栋|幢|号楼|-)\\s*(?:(\\w+?)\\s*(?:单元|-)\\s*)?(\\w+?)\\s*(?:室|号)?$"_s);
    if (const QRegularExpressionMatch match = address.match(text); match.hasMatch()) {
        search.m_kind = Kind::Address;
        search.m_where = u"(r.room = ? AND r.building = ?"_s;
        search.m_values = {match.captured(3), match.captured(1)};
        if (match.hasCaptured(2) && !match.captured(2).isEmpty()) {
            search.m_where += u" AND r.unit = ?"_s;
            search.m_values.append(match.captured(2));
        }
        search.m_where += u')';
        return search;
    }
    if (tail.match(compact).hasMatch()) {
        // The end of an ID number, or (four digits) of a phone number.
        const QString backwards = reversed(compact);
        search.m_kind = Kind::DigitsTail;
        search.m_where = u"(r.id_number_reversed >= ? AND r.id_number_reversed < ?)"_s;
        search.m_values = {backwards, backwards + prefixEnd};
        if (compact.size() == 4) {
            search.m_where += u" OR (r.phone_reversed >= ? AND r.phone_reversed < ?)"_s;
            search.m_values << backwards << backwards + prefixEnd;
        }
        search.m_where = u"("_s + search.m_where + u")"_s;
        return search;
    }

    const QString lower = text.toLower().remove(u' ');
    static const QRegularExpression latin(u"^[a-z]+$"_s);
    if (latin.match(lower).hasMatch()) {
        search.m_kind = Kind::Pinyin;
        search.m_firstLetter = lower.left(1);
        if (lower.size() == 1) {
            // One letter begins the initials exactly when it begins the spelling; one range keeps
            // the match one stretch of the sort index, read in order (a common letter matches a
            // tenth of the district, too many to gather and sort).
            search.setSpellingCondition([](const QString &spelling,
                                           const QString &) { return u"(%1 >= ? AND %1 < ?)"_s.arg(spelling); },
                                        {lower, lower + prefixEnd});
            return search;
        }
        // Typed pinyin is matched syllable by syllable against the spaced spelling, every way the
        // letters can be read: whole syllables, whole syllables and then initials, initials alone.
        QStringList alternatives;
        QVariantList values;
        for (const Pinyin::TypedReading &reading : Pinyin::instance().typedReadings(text)) {
            QString initials = reading.initials;
            for (qsizetype i = reading.syllables.size() - 1; i >= 0; --i)
                initials.prepend(reading.syllables.at(i).front());
            if (reading.initials.isEmpty()) {
                const QString spelled = reading.syllables.join(u' ');
                alternatives.append(u"(%1 >= ? AND %1 < ?)"_s);
                values << spelled << spelled + prefixEnd;
            } else if (!reading.syllables.isEmpty()) {
                // The initials' index finds them (the spelling's first syllable alone is a tenth of
                // the district); the beginning of the spelling is checked on each.
                const QString spelled = reading.syllables.join(u' ') + u' ';
                alternatives.append(u"(%2 >= ? AND %2 < ? AND substr(%1, 1, ?) = ?)"_s);
                values << initials << initials + prefixEnd << int(spelled.size()) << spelled;
            } else {
                alternatives.append(u"(%2 >= ? AND %2 < ?)"_s);
                values << initials << initials + prefixEnd;
            }
        }
        const QString condition = u"("_s + alternatives.join(u" OR "_s) + u")"_s;
        search.setSpellingCondition(
                [condition](const QString &spelling, const QString &initials) {
                    return QString(condition).replace(u"%1"_s, spelling).replace(u"%2"_s, initials);
                },
                values);
        return search;
    }

    // Chinese characters, possibly followed by initials of the rest: "张s", "欧阳x".
    const QList<uint> characters = lower.toUcs4();
    qsizetype hanCount = 0;
    while (hanCount < characters.size() && isHan(characters.at(hanCount)))
        ++hanCount;
    const QString hanPart = QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()), hanCount);
    const QString rest = QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()) + hanCount,
                                           characters.size() - hanCount);
    const QList<Pinyin::Spelling> hanSpellings = Pinyin::instance().spellingsOfName(hanPart);
    if (hanCount > 0 && !rest.isEmpty() && latin.match(rest).hasMatch() && !hanSpellings.constFirst().full.isEmpty()) {
        // The characters typed are the name's own; the initials after them follow every reading.
        QStringList prefixes;
        for (const Pinyin::Spelling &spelling : hanSpellings) {
            const QString initials = spelling.initials.left(hanCount) + rest;
            if (!prefixes.contains(initials))
                prefixes.append(initials);
        }
        QStringList alternatives;
        QVariantList values;
        QSet<QString> firstLetters;
        for (const QString &prefix : std::as_const(prefixes)) {
            alternatives.append(u"(%2 >= ? AND %2 < ?)"_s);
            values << prefix << prefix + prefixEnd;
            firstLetters.insert(prefix.left(1));
        }
        // Only a letter every match's spelling begins with narrows the list's order.
        if (firstLetters.size() == 1)
            search.m_firstLetter = *firstLetters.cbegin();
        search.m_kind = Kind::ChineseWithInitials;
        const QString condition = u"("_s + alternatives.join(u" OR "_s) + u")"_s;
        search.setSpellingCondition(
                [condition](const QString &, const QString &initials) {
                    return QString(condition).replace(u"%2"_s, initials);
                },
                values, u"substr(r.name, 1, ?) = ?"_s, {int(hanCount), hanPart});
        return search;
    }

    // Any part of a name, found through the index of each name's characters and pairs of adjacent
    // characters (longer parts: through their first pair, then checked), or of a grid's name
    // ("西溪社区第3网格"): the few hundred grids are looked at once. Names are looked up in
    // simplified characters, whichever form they were typed and registered in (張秀蘭, 张秀兰).
    const QString simplified = SimplifiedChinese::of(text);
    const QList<uint> typed = simplified.toUcs4();
    search.m_kind = Kind::NamePart;
    search.m_nameGram = QString::fromUcs4(reinterpret_cast<const char32_t *>(typed.constData()), qMin(typed.size(), 2));
    const QString inGrid = u"r.grid_id IN (SELECT id FROM grids WHERE instr(name, ?) > 0)"_s;
    const QString inName = u"instr(%1, ?) > 0"_s.arg(simplifiedName());
    if (typed.size() > 2) {
        search.m_where = u"((r.id IN (SELECT resident_id FROM resident_name_grams WHERE gram = ?) AND %1) OR %2)"_s.arg(
                inName, inGrid);
        search.m_values = {search.m_nameGram, simplified, simplified};
    } else {
        search.m_where = u"(r.id IN (SELECT resident_id FROM resident_name_grams WHERE gram = ?) OR %1)"_s.arg(inGrid);
        search.m_values = {search.m_nameGram, simplified};
    }
    search.m_rowWhere = u"(%1 OR %2)"_s.arg(inName, inGrid);
    search.m_rowValues = {simplified, simplified};
    search.m_text = simplified;
    return search;
}

} // namespace linli

#pragma once

#include <QString>
#include <QStringView>
#include <QVariantList>

#include <functional>
#include <optional>

namespace linli {

// Turns what a clerk types in the one search box into a condition on residents that an index
// can answer: a full ID number, the last 4–6 characters of one, a mobile number or its last 4
// digits, an address (building, unit and room: "3-2-301", "3栋2单元301室"), pinyin (full spelling, initials or
// whole syllables and then initials: "zhangsan", "zs", "wangcl"; by every reading of each character, through the
// spellings of resident_spellings), Chinese characters followed by initials ("张s"), characters anywhere in
// the name (through the index of their characters) or in the grid's name, or a name part with the end of an ID
// number or phone ("zxh 0769", "张秀 1803"). Pure: the SQL text uses positional placeholders for the bound
// values; residents are aliased r.
class ResidentSearch
{
public:
    enum class Kind { Everyone, IdNumber, DigitsTail, MobileNumber, Address, Pinyin, ChineseWithInitials, NamePart };

    static ResidentSearch parse(QStringView text);
    // The text backwards, for the reversed-column indexes.
    static QString reversed(QStringView text);
    // The resident's name in simplified characters, as a name part is looked for in it.
    static QString simplifiedName();

    Kind kind() const { return m_kind; }
    // Empty for Everyone.
    QString whereClause() const { return m_where; }
    QVariantList values() const { return m_values; }
    // The same condition checked on each row as it is read, for reading a sort index in order; by
    // default the whereClause(). (The index of name characters would first gather every match.)
    QString rowWhereClause() const { return m_rowWhere.isEmpty() ? m_where : m_rowWhere; }
    QVariantList rowValues() const { return m_rowWhere.isEmpty() ? m_values : m_rowValues; }
    // Pinyin, initials and a common character may match a tenth of the district, or a few dozen:
    // the store counts the matches first (up to a bound) and either sorts them or, when they are
    // many, reads them in the list's order: along the sort index, within the letter every match's
    // spelling begins with (pinyin, sorted by name), or along the index of name characters (a name
    // part, sorted by name).
    bool mayMatchMany() const
    {
        return m_kind == Kind::Pinyin || m_kind == Kind::ChineseWithInitials || m_kind == Kind::NamePart;
    }
    QString firstLetter() const { return m_firstLetter; }
    // Pinyin and initials: the matches whose likeliest spelling begins with another letter than
    // firstLetter() (丁 ding, said zheng, for "zh"), to be read apart from the stretch of the sort
    // index that letter holds: a condition on a row s of resident_spellings and its resident r.
    // Empty for other kinds.
    QString otherSpellingsClause() const { return m_otherSpellings; }
    QVariantList otherSpellingValues() const { return m_otherSpellingValues; }
    // Pinyin and initials: the matches as parts that do not overlap (by the likeliest spelling; by
    // another one only), counted one by one: a count of their union would gather every match's id
    // first. Empty for other kinds.
    struct Part
    {
        QString where;
        QVariantList values;
    };
    QList<Part> countedApart() const { return m_countedApart; }
    // A name part: what was typed (in simplified characters), and the entry of resident_name_grams
    // every match has.
    QString text() const { return m_text; }
    QString nameGram() const { return m_nameGram; }
    // Whether the matches are few enough to sort after finding them; otherwise (everyone) the list
    // is read in the order of the sort index.
    bool sortsMatches() const { return m_kind != Kind::Everyone && !mayMatchMany(); }

private:
    // A name part and trailing digits, as a DigitsTail narrowed by the name; none when `text` is not that.
    static std::optional<ResidentSearch> nameWithDigits(const QString &text);
    // The conditions of a search by spelling, from `on(spelling column, initials column)`, met by
    // the likeliest spelling or by any other, and by `also` when given; `values` are bound to each
    // use of `on`, `alsoValues` to `also`.
    void setSpellingCondition(const std::function<QString(const QString &, const QString &)> &on,
                              const QVariantList &values, const QString &also = {},
                              const QVariantList &alsoValues = {});

    Kind m_kind = Kind::Everyone;
    QString m_where;
    QVariantList m_values;
    QString m_rowWhere;
    QVariantList m_rowValues;
    QString m_firstLetter;
    QString m_otherSpellings;
    QVariantList m_otherSpellingValues;
    QList<Part> m_countedApart;
    QString m_text;
    QString m_nameGram;
};

} // namespace linli

#pragma once

#include <QString>
#include <QStringView>
#include <QVariantList>

namespace linli {

// Turns what a clerk types in the one search box into a condition on residents that an index
// can answer: a full ID number, the last 4–6 characters of one, a mobile number or its last 4
// digits, an address (building, unit and room: "3-2-301", "3栋2单元301室"), pinyin (full spelling or initials, "zhangsan" / "zs"), Chinese characters followed by
// initials ("张s"), or characters anywhere in the name or the grid's name (this one scans the names).
// Pure: the SQL text uses positional placeholders for the bound values; residents are aliased r.
class ResidentSearch
{
public:
    enum class Kind { Everyone, IdNumber, DigitsTail, MobileNumber, Address, Pinyin, ChineseWithInitials, NamePart };

    static ResidentSearch parse(QStringView text);
    // The text backwards, for the reversed-column indexes.
    static QString reversed(QStringView text);

    Kind kind() const { return m_kind; }
    // Empty for Everyone.
    QString whereClause() const { return m_where; }
    QVariantList values() const { return m_values; }
    // Whether the condition reads every name (no index can answer it): the store then scans the
    // table rather than letting the planner walk an index and look up each row.
    bool scansNames() const { return m_kind == Kind::NamePart; }
    // Pinyin and initials may match a tenth of the district, or a few dozen: the store counts the
    // matches first (up to a bound) and either sorts them or, when they are many, reads the sort
    // index in order, within the letter every match's spelling begins with when sorted by name.
    bool mayMatchMany() const { return m_kind == Kind::Pinyin || m_kind == Kind::ChineseWithInitials; }
    QString firstLetter() const { return m_firstLetter; }
    // Whether the matches are few enough to sort after finding them; otherwise (everyone) the list
    // is read in the order of the sort index.
    bool sortsMatches() const { return m_kind != Kind::Everyone && !mayMatchMany(); }

private:
    Kind m_kind = Kind::Everyone;
    QString m_where;
    QVariantList m_values;
    QString m_firstLetter;
};

} // namespace linli

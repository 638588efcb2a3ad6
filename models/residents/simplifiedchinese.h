#pragma once

#include <QString>
#include <QStringView>

namespace linli {

// The simplified forms of traditional characters (resources/pinyin/simplified.txt, from Unihan's
// kSimplifiedVariant), so that a name written in either form is found by the other: 張秀蘭 and
// 张秀兰 are one name to a search. Loaded once; thread-safe.
class SimplifiedChinese
{
public:
    // The text with each traditional character in its simplified form.
    static QString of(QStringView text);
    // Changes with the table: names are indexed again when it differs from the one they were indexed by.
    static QString version();
};

} // namespace linli

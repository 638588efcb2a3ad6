#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace linli {

// The resident identity number of GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit
// sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
class IdNumber
{
public:
    // The check character for the first 17 digits, or a null QChar when they are not 17 digits.
    static QChar checkCharacter(QStringView first17);
    // An 18-character number for the parts given; the caller keeps region and sequence in range.
    static QString compose(QStringView region, QDate birthDate, int sequence);
    // True when the text is 17 digits followed by the matching check character.
    static bool hasValidCheckCharacter(QStringView number);
};

} // namespace linli

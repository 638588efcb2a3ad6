#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace linli {

// A resident's name as it will be stored: any script, characters outside the BMP included, and
// the middle dot of minority names (阿依古丽·买买提) in its standard form U+00B7, whichever look-alike
// was typed. Trims ordinary and ideographic spaces; refuses control, invisible and bidi-override
// characters, emoji, and names longer than 50 characters (counted as characters, not UTF-16 units).
// Pure and thread-safe.
class PersonName
{
    Q_DECLARE_TR_FUNCTIONS(PersonName)

public:
    static constexpr int maximumLength = 50;

    struct Result
    {
        QString normalized;
        bool dotReplaced = false; // a look-alike dot became U+00B7: worth showing the clerk
        QString message;          // why it is refused; empty when valid

        bool isValid() const { return message.isEmpty(); }
    };

    static Result check(QStringView input);
    // Length in characters (code points).
    static int length(QStringView text);
};

} // namespace linli

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace linli {

// Mainland Chinese phone numbers as residents give them: mobiles (11 digits, network codes as
// allocated by MIIT up to 2023) and landlines with an area code (0 + 2–3 digits, then 7–8 digits).
// Normalises fullwidth digits, spaces, hyphens, brackets and a +86 / 0086 prefix. A mobile number
// with a network code not yet known is accepted with a warning (new codes appear); unallocated
// ones (154) and 13-digit IoT numbers (140–144) are refused. Pure and thread-safe.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    enum class Kind { Invalid, Mobile, Landline };

    struct Result
    {
        Kind kind = Kind::Invalid;
        QString normalized; // "13800138000" or "0571-88886666"
        bool unknownNetwork = false;
        QString message; // why it is refused, or the warning

        bool isValid() const { return kind != Kind::Invalid; }
    };

    static Result check(QStringView input);
};

} // namespace linli

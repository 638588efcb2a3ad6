#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace linli {

// Judges a resident ID number as a clerk typed or a spreadsheet held it (GB 11643-1999 and the
// field notes in reliability.md §2): normalises fullwidth characters, spaces and a lowercase x,
// converts a 15-digit legacy number, and checks the check character, the birth date (a real day,
// not in the future), and the province. Some numbers are valid but need the clerk's eye
// (warnings). Pure and thread-safe; "today" is a parameter so tests do not depend on the clock.
class IdNumberValidator
{
    Q_DECLARE_TR_FUNCTIONS(IdNumberValidator)

public:
    enum class Problem {
        None,
        Empty,
        SpreadsheetNumber, // 1.10105E+17: Excel turned the ID into a number
        WrongLength,
        WrongCharacters,
        WrongCheckCharacter,
        InvalidBirthDate,
        FutureBirthDate,
        UnknownProvince,
    };
    enum class Warning {
        None,
        ConvertedFromLegacy, // 15 digits, converted to 18: the clerk confirms
        CenturyUncertain,    // legacy number of someone who may be born in the 1800s
        BornBefore1900,
        SequenceZero,
    };

    struct Result
    {
        QString normalized; // 18 characters when valid
        Problem problem = Problem::None;
        Warning warning = Warning::None;
        QDate birthDate;
        bool male = false;
        QString message; // a plain sentence for the clerk, empty when valid without warning

        bool isValid() const { return problem == Problem::None; }
    };

    static Result check(QStringView input, QDate today = QDate::currentDate());
    // NFKC, no spaces or hyphens, uppercase X: what gets stored and searched.
    static QString normalize(QStringView input);
    // GB/T 2260 province codes (first two digits).
    static bool isKnownProvince(int code);
    // The province (or region) a code stands for, in the interface language; empty when unknown.
    static QString provinceName(int code);
};

} // namespace linli

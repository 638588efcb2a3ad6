#include "idnumbervalidator.h"

#include "idnumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

IdNumberValidator::Result invalid(IdNumberValidator::Problem problem, const QString &message,
                                  const QString &normalized = {})
{
    IdNumberValidator::Result result;
    result.problem = problem;
    result.message = message;
    result.normalized = normalized;
    return result;
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

bool IdNumberValidator::isKnownProvince(int code)
{
    return !provinceName(code).isEmpty();
}

QString IdNumberValidator::provinceName(int code)
{
    switch (code) {
    case 11:
        return tr("Beijing");
    case 12:
        return tr("Tianjin");
    case 13:
        return tr("Hebei");
    case 14:
        return tr("Shanxi");
    case 15:
        return tr("Inner Mongolia");
    case 21:
        return tr("Liaoning");
    case 22:
        return tr("Jilin");
    case 23:
        return tr("Heilongjiang");
    case 31:
        return tr("Shanghai");
    case 32:
        return tr("Jiangsu");
    case 33:
        return tr("Zhejiang");
    case 34:
        return tr("Anhui");
    case 35:
        return tr("Fujian");
    case 36:
        return tr("Jiangxi");
    case 37:
        return tr("Shandong");
    case 41:
        return tr("Henan");
    case 42:
        return tr("Hubei");
    case 43:
        return tr("Hunan");
    case 44:
        return tr("Guangdong");
    case 45:
        return tr("Guangxi");
    case 46:
        return tr("Hainan");
    case 50:
        return tr("Chongqing");
    case 51:
        return tr("Sichuan");
    case 52:
        return tr("Guizhou");
    case 53:
        return tr("Yunnan");
    case 54:
        return tr("Tibet");
    case 61:
        return tr("Shaanxi");
    case 62:
        return tr("Gansu");
    case 63:
        return tr("Qinghai");
    case 64:
        return tr("Ningxia");
    case 65:
        return tr("Xinjiang");
    case 71:
        return tr("Taiwan");
    case 81:
        return tr("Hong Kong");
    case 82:
        return tr("Macao");
    case 91:
        return tr("Abroad");
    }
    return {};
}

QString IdNumberValidator::normalize(QStringView input)
{
    static const QRegularExpression separators(u"[\\s\\-\\x{00A0}\\x{3000}\\x{200B}]"_s);
    QString text = input.toString().normalized(QString::NormalizationForm_KC);
    text.remove(separators);
    return text.toUpper();
}

IdNumberValidator::Result IdNumberValidator::check(QStringView input, QDate today)
{
    QString text = normalize(input);
    if (text.isEmpty())
        return invalid(Problem::Empty, tr("Enter the ID number."));
    static const QRegularExpression scientific(u"^\\d(\\.\\d+)?E\\+?\\d+$"_s);
    if (scientific.match(text).hasMatch()) {
        return invalid(Problem::SpreadsheetNumber,
                       tr("This looks like a number Excel shortened (%1). Format the ID column as text in the "
                          "spreadsheet and copy the number again.")
                               .arg(text));
    }

    Warning warning = Warning::None;
    if (text.size() == 15) {
        if (!allDigits(text))
            return invalid(Problem::WrongCharacters, tr("A 15-digit ID number has digits only."), text);
        // Legacy numbers: YYMMDD without the century, no check character.
        const QString body = text.left(6) + u"19"_s + text.mid(6);
        text = body + IdNumber::checkCharacter(body);
        const int sequence = text.mid(14, 3).toInt();
        warning = sequence >= 996 ? Warning::CenturyUncertain : Warning::ConvertedFromLegacy;
    }
    if (text.size() != 18) {
        return invalid(Problem::WrongLength, tr("An ID number has 18 characters; this one has %1.").arg(text.size()),
                       text);
    }
    if (!allDigits(QStringView(text).first(17)) || !(text.at(17).isDigit() || text.at(17) == u'X'))
        return invalid(Problem::WrongCharacters, tr("An ID number has 17 digits and then a digit or X."), text);
    if (!IdNumber::hasValidCheckCharacter(text)) {
        return invalid(Problem::WrongCheckCharacter,
                       tr("The last character does not match the others: a digit was probably mistyped."), text);
    }
    if (!isKnownProvince(text.left(2).toInt()))
        return invalid(Problem::UnknownProvince, tr("The first two digits are not a province code."), text);
    // The digits are checked above; QDate refuses a day that does not exist (and is much quicker
    // than parsing with a format, which counts when a sheet of 100,000 is checked).
    const QDate birth(text.mid(6, 4).toInt(), text.mid(10, 2).toInt(), text.mid(12, 2).toInt());
    if (!birth.isValid())
        return invalid(Problem::InvalidBirthDate, tr("Digits 7 to 14 are not a real date of birth."), text);
    if (birth > today)
        return invalid(Problem::FutureBirthDate, tr("The date of birth in the ID number is in the future."), text);

    Result result;
    result.normalized = text;
    result.birthDate = birth;
    result.male = text.at(16).digitValue() % 2 == 1;
    if (warning == Warning::None && birth.year() < 1900)
        warning = Warning::BornBefore1900;
    if (warning == Warning::None && text.mid(14, 3) == u"000"_s)
        warning = Warning::SequenceZero;
    result.warning = warning;
    switch (warning) {
    case Warning::None:
        break;
    case Warning::ConvertedFromLegacy:
        result.message = tr("Old 15-digit number converted to %1. Check it against the ID card.").arg(text);
        break;
    case Warning::CenturyUncertain:
        result.message = tr("Old 15-digit number converted to %1, assuming birth in the 1900s. This sequence was "
                            "once used for people over 100: check the year of birth.")
                                 .arg(text);
        break;
    case Warning::BornBefore1900:
        result.message = tr("Born before 1900: check the year of birth.");
        break;
    case Warning::SequenceZero:
        result.message = tr("The sequence digits are 000, which is unusual: check the number.");
        break;
    }
    return result;
}

} // namespace linli

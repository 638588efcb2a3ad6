#include "phonenumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace linli {

PhoneNumber::Result PhoneNumber::check(QStringView input)
{
    Result result;
    QString text = input.toString().normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty()) {
        result.message = tr("Enter a phone number.");
        return result;
    }
    const bool hadSeparators = text.contains(u'-') || text.contains(u'(') || text.contains(u' ');
    static const QRegularExpression separators(u"[\\s\\-()\\x{00A0}]"_s);
    QString digits = text;
    digits.remove(separators);
    if (digits.startsWith(u"+86"_s))
        digits = digits.mid(3);
    else if (digits.startsWith(u"0086"_s))
        digits = digits.mid(4);
    else if (digits.startsWith(u"86"_s) && digits.size() == 13)
        digits = digits.mid(2);
    static const QRegularExpression onlyDigits(u"^\\d+$"_s);
    if (!onlyDigits.match(digits).hasMatch()) {
        result.message = tr("A phone number has digits only.");
        return result;
    }

    if (digits.startsWith(u'1')) {
        static const QRegularExpression allocated(u"^1(3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}$"_s);
        static const QRegularExpression plausible(u"^1[3-9]\\d{9}$"_s);
        if (digits.size() != 11) {
            result.message = tr("A mobile number has 11 digits; this one has %1.").arg(digits.size());
        } else if (allocated.match(digits).hasMatch()) {
            result.kind = Kind::Mobile;
            result.normalized = digits;
        } else if (plausible.match(digits).hasMatch() && !digits.startsWith(u"154"_s) && !digits.startsWith(u"14"_s)) {
            result.kind = Kind::Mobile;
            result.normalized = digits;
            result.unknownNetwork = true;
            result.message = tr("%1 is not a known mobile network yet: check the number.").arg(digits.left(3));
        } else {
            result.message = tr("%1 is not a mobile network: check the number.").arg(digits.left(3));
        }
        return result;
    }

    if (digits.startsWith(u'0')) {
        // Area codes: 010 and 02x have three digits, the others four.
        const int areaLength = (digits.startsWith(u"01"_s) || digits.startsWith(u"02"_s)) ? 3 : 4;
        const qsizetype localLength = digits.size() - areaLength;
        if (localLength == 7 || localLength == 8) {
            result.kind = Kind::Landline;
            result.normalized = digits.left(areaLength) + u'-' + digits.mid(areaLength);
            return result;
        }
        result.message = tr("A landline number is an area code and 7 or 8 digits, as in 0571-88886666.");
        return result;
    }
    result.message = hadSeparators || digits.size() < 11
            ? tr("Give the area code with a landline number, as in 0571-88886666.")
            : tr("This is not a mainland phone number.");
    return result;
}

} // namespace linli

#include "personname.h"

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr char32_t middleDot = 0x00B7;

bool isDotLookAlike(char32_t c)
{
    switch (c) {
    case 0x2022: // • bullet
    case 0x30FB: // ・ katakana middle dot
    case 0xFF65: // ･ halfwidth katakana middle dot
    case 0x2027: // ‧ hyphenation point
    case 0x22C5: // ⋅ dot operator
    case 0x2219: // ∙ bullet operator
    case 0xFF0E: // ． fullwidth full stop
    case u'.':
        return true;
    default:
        return false;
    }
}

bool isForbidden(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true; // control characters, NUL included
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF
        || c == 0x2060)
        return true; // invisible and direction-changing characters
    if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0xFE00 && c <= 0xFE0F))
        return true; // emoji, pictographs and their variation selectors
    return QChar::category(c) == QChar::Other_PrivateUse || QChar::category(c) == QChar::Other_NotAssigned;
}

} // namespace

int PersonName::length(QStringView text)
{
    return int(text.toUcs4().size());
}

PersonName::Result PersonName::check(QStringView input)
{
    Result result;
    const QList<uint> characters = input.toString().normalized(QString::NormalizationForm_C).toUcs4();
    QList<char32_t> kept;
    kept.reserve(characters.size());
    for (const uint c : characters) {
        const char32_t character = c;
        if (isForbidden(character)) {
            result.message = tr("The name contains a character that cannot be part of a name (U+%1).")
                                     .arg(QString::number(uint(character), 16).toUpper().rightJustified(4, u'0'));
            return result;
        }
        if (isDotLookAlike(character)) {
            result.dotReplaced = true;
            kept.append(middleDot);
        } else if (QChar::isSpace(character)) {
            kept.append(u' ');
        } else {
            kept.append(character);
        }
    }
    QString text = QString::fromUcs4(kept.constData(), kept.size()).simplified();
    // No spaces around the middle dot.
    text.replace(u" \u00B7"_s, u"\u00B7"_s).replace(u"\u00B7 "_s, u"\u00B7"_s);
    result.normalized = text;
    if (text.isEmpty()) {
        result.message = tr("Enter the name.");
        return result;
    }
    if (text.startsWith(QChar(middleDot)) || text.endsWith(QChar(middleDot))) {
        result.message = tr("A name does not begin or end with a dot.");
        return result;
    }
    if (length(text) > maximumLength) {
        result.message = tr("A name has at most %1 characters; this one has %2.").arg(maximumLength).arg(length(text));
        return result;
    }
    return result;
}

} // namespace linli

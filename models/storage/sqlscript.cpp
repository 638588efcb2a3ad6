#include "sqlscript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

bool startsTrigger(const QString &statementSoFar)
{
    static const QRegularExpression trigger(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statementSoFar).hasMatch();
}

// A SQLite trigger's body runs from BEGIN to END; a PostgreSQL trigger names a function instead.
bool hasBody(const QString &statementSoFar)
{
    static const QRegularExpression begin(u"\\bBEGIN\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return begin.match(statementSoFar).hasMatch();
}

// PostgreSQL's dollar quote opening at `at` ("$$" or "$tag$"), or an empty string.
QString dollarQuoteAt(const QString &script, qsizetype at)
{
    static const QRegularExpression quote(u"\\$([A-Za-z_][A-Za-z_0-9]*)?\\$"_s);
    const QRegularExpressionMatch match
            = quote.match(script, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? match.captured(0) : QString();
}

bool endsWithEndKeyword(const QString &statementSoFar)
{
    static const QRegularExpression end(u"\\bEND\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    return end.match(statementSoFar).hasMatch();
}

} // namespace

QStringList SqlScript::statements(const QString &script)
{
    QStringList result;
    QString current;
    const qsizetype length = script.size();
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < length ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            while (i < length && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && next == u'*') {
            i += 2;
            while (i + 1 < length && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            current += c;
            for (++i; i < length; ++i) {
                current += script.at(i);
                if (script.at(i) == c) {
                    if (i + 1 < length && script.at(i + 1) == c) {
                        current += script.at(++i);
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (c == u'$') {
            // A function body in dollar quotes is copied whole, its semicolons and all.
            if (const QString quote = dollarQuoteAt(script, i); !quote.isEmpty()) {
                const qsizetype close = script.indexOf(quote, i + quote.size());
                const qsizetype end = close < 0 ? length : close + quote.size();
                current += script.mid(i, end - i);
                i = end - 1;
                continue;
            }
        }
        if (c == u';') {
            // Inside a trigger body only the semicolon after END closes the statement.
            if (startsTrigger(current) && hasBody(current) && !endsWithEndKeyword(current)) {
                current += c;
                continue;
            }
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                result.append(statement);
            current.clear();
            continue;
        }
        current += c;
    }
    const QString tail = current.trimmed();
    if (!tail.isEmpty())
        result.append(tail);
    return result;
}

} // namespace linli

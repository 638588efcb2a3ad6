#include "sqlscript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

bool startsTrigger(const QString &statementSoFar)
{
    static const QRegularExpression trigger(
            u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statementSoFar).hasMatch();
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
        if (c == u';') {
            // Inside a trigger body only the semicolon after END closes the statement.
            if (startsTrigger(current) && !endsWithEndKeyword(current)) {
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

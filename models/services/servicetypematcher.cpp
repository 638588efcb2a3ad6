#include "servicetypematcher.h"

#include "pinyin.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

constexpr int noMatch = 100;

} // namespace

ServiceTypeMatcher::ServiceTypeMatcher(const QList<ServiceType> &types)
{
    static const QRegularExpression nonLetters(u"[^a-z0-9]+"_s);
    m_entries.reserve(types.size());
    for (const ServiceType &type : types) {
        const Pinyin::Spelling spelling = Pinyin::instance().spellText(type.nameZh);
        Entry entry{type, spelling.initials, QString(spelling.full).remove(u' '),
                    type.nameEn.toLower().split(nonLetters, Qt::SkipEmptyParts)};
        m_entries.append(entry);
    }
}

// Lower is better; noMatch when the text does not lead to the type at all.
int ServiceTypeMatcher::rank(const Entry &entry, const QString &typed)
{
    const ServiceType &type = entry.type;
    if (type.code.compare(typed, Qt::CaseInsensitive) == 0)
        return 0;
    if (type.code.startsWith(typed, Qt::CaseInsensitive))
        return 1;
    if (type.nameZh.startsWith(typed))
        return 2;
    if (entry.initials.startsWith(typed))
        return 3;
    if (type.nameZh.contains(typed))
        return 4;
    if (entry.spelling.startsWith(typed))
        return 5;
    if (std::any_of(entry.englishWords.cbegin(), entry.englishWords.cend(),
                    [&typed](const QString &word) { return word.startsWith(typed); }))
        return 6;
    if (entry.initials.contains(typed))
        return 7;
    return noMatch;
}

QList<ServiceType> ServiceTypeMatcher::match(QStringView typedText, const QList<qint64> &preferred) const
{
    const QString typed
            = typedText.toString().normalized(QString::NormalizationForm_KC).trimmed().toLower().remove(u' ');
    struct Candidate
    {
        int rank;
        qsizetype preference;
        qsizetype position;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const int entryRank = typed.isEmpty() ? 0 : rank(m_entries.at(i), typed);
        if (entryRank == noMatch)
            continue;
        const qsizetype preference = preferred.indexOf(m_entries.at(i).type.id);
        candidates.append({entryRank, preference < 0 ? preferred.size() : preference, i});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.rank, a.preference, a.position) < std::tie(b.rank, b.preference, b.position);
    });
    QList<ServiceType> matches;
    matches.reserve(candidates.size());
    for (const Candidate &candidate : std::as_const(candidates))
        matches.append(m_entries.at(candidate.position).type);
    return matches;
}

} // namespace linli

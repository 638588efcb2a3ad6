#include "pinyin.h"

#include "logging.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Surnames whose surname reading differs from the character's common reading, and compound
// surnames, longest first.
struct SurnameReading
{
    QStringView surname;
    QStringView syllables; // space-separated
};
constexpr SurnameReading surnameReadings[] = {
        {u"尉迟", u"yu chi"},  {u"长孙", u"zhang sun"}, {u"单于", u"chan yu"},    {u"欧阳", u"ou yang"},
        {u"司马", u"si ma"},   {u"诸葛", u"zhu ge"},    {u"上官", u"shang guan"}, {u"皇甫", u"huang fu"},
        {u"令狐", u"ling hu"}, {u"澹台", u"tan tai"},   {u"万俟", u"mo qi"},      {u"单", u"shan"},
        {u"曾", u"zeng"},      {u"解", u"xie"},         {u"仇", u"qiu"},          {u"朴", u"piao"},
        {u"区", u"ou"},        {u"查", u"zha"},         {u"盖", u"ge"},           {u"乐", u"yue"},
        {u"缪", u"miao"},      {u"翟", u"zhai"},        {u"覃", u"qin"},          {u"种", u"chong"},
        {u"员", u"yun"},       {u"召", u"shao"},        {u"繁", u"po"},           {u"折", u"she"},
        {u"黑", u"he"},        {u"重", u"chong"},       {u"秘", u"bi"},           {u"冼", u"xian"},
        {u"能", u"nai"},       {u"应", u"ying"},        {u"宿", u"su"},           {u"车", u"che"},
        {u"沈", u"shen"},      {u"贾", u"jia"},         {u"尉", u"wei"},          {u"纪", u"ji"},
};

} // namespace

const Pinyin &Pinyin::instance()
{
    static const Pinyin table;
    return table;
}

Pinyin::Pinyin()
{
    QFile file(u":/pinyin/mandarin.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcDatabase) << "the pinyin table is missing from this build";
        return;
    }
    QHash<QString, quint16> syllableIds;
    const QByteArray data = file.readAll();
    m_characters.reserve(45000);
    m_syllableIndex.reserve(45000);
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        bool ok = false;
        const char32_t character = line.left(space).toUInt(&ok, 16);
        if (!ok || space < 0)
            continue;
        const QString syllable = QString::fromLatin1(line.mid(space + 1));
        auto id = syllableIds.constFind(syllable);
        if (id == syllableIds.cend()) {
            id = syllableIds.insert(syllable, quint16(m_syllables.size()));
            m_syllables.append(syllable);
        }
        m_characters.append(character);
        m_syllableIndex.append(*id);
    }
    m_sortedSyllables = m_syllables;
    // Syllables that occur in names but that kMandarin gives to no character on its own.
    m_sortedSyllables << u"lve"_s << u"nve"_s;
    std::sort(m_sortedSyllables.begin(), m_sortedSyllables.end());
    m_sortedSyllables.erase(std::unique(m_sortedSyllables.begin(), m_sortedSyllables.end()), m_sortedSyllables.end());
}

QString Pinyin::reading(char32_t character) const
{
    const auto it = std::lower_bound(m_characters.cbegin(), m_characters.cend(), character);
    if (it == m_characters.cend() || *it != character)
        return {};
    return m_syllables.at(m_syllableIndex.at(it - m_characters.cbegin()));
}

void Pinyin::appendReading(Spelling &spelling, const QString &reading) const
{
    if (reading.isEmpty())
        return;
    // Syllables are kept apart, so that "wang" finds 王 but not 万刚 (wan gang).
    if (!spelling.full.isEmpty())
        spelling.full += u' ';
    spelling.full += reading;
    spelling.initials += reading.front();
}

QList<QStringList> Pinyin::segmentations(QStringView latin, int limit) const
{
    const auto isSyllable = [this](QStringView candidate) {
        return std::binary_search(m_sortedSyllables.cbegin(), m_sortedSyllables.cend(), candidate);
    };
    const auto isSyllablePrefix = [this](QStringView candidate) {
        const auto it = std::lower_bound(m_sortedSyllables.cbegin(), m_sortedSyllables.cend(), candidate);
        return it != m_sortedSyllables.cend() && it->startsWith(candidate);
    };
    // Spaces and apostrophes (xi'an) are boundaries the typist chose.
    static const QRegularExpression boundaries(u"[\\s']+"_s);
    const QStringList chunks = latin.toString().toLower().split(boundaries, Qt::SkipEmptyParts);
    QList<QStringList> results;
    QStringList pieces;
    // Longest syllables first; the very last piece may be a syllable still being typed.
    const std::function<void(qsizetype, qsizetype)> read = [&](qsizetype chunk, qsizetype from) {
        if (results.size() >= limit)
            return;
        if (chunk == chunks.size()) {
            if (!pieces.isEmpty())
                results.append(pieces);
            return;
        }
        const QString &text = chunks.at(chunk);
        if (from == text.size()) {
            read(chunk + 1, 0);
            return;
        }
        const QStringView rest = QStringView(text).mid(from);
        const bool lastChunk = chunk + 1 == chunks.size();
        for (qsizetype length = qMin<qsizetype>(6, rest.size()); length > 0; --length) {
            const QStringView candidate = rest.first(length);
            const bool last = lastChunk && length == rest.size();
            if (isSyllable(candidate) || (last && isSyllablePrefix(candidate))) {
                pieces.append(candidate.toString());
                read(chunk, from + length);
                pieces.removeLast();
            }
        }
    };
    read(0, 0);
    // Whole syllables win: "wang" is 王, not the beginning of wan·gang.
    QList<QStringList> whole;
    for (const QStringList &result : std::as_const(results)) {
        if (isSyllable(result.last()))
            whole.append(result);
    }
    return whole.isEmpty() ? results : whole;
}

QStringList Pinyin::segment(QStringView latin) const
{
    const QList<QStringList> all = segmentations(latin, 1);
    return all.isEmpty() ? QStringList() : all.first();
}

Pinyin::Spelling Pinyin::spellName(QStringView name) const
{
    return spell(name, true);
}

Pinyin::Spelling Pinyin::spellText(QStringView text) const
{
    return spell(text, false);
}

Pinyin::Spelling Pinyin::spell(QStringView text, bool asName) const
{
    Spelling spelling;
    QStringView rest = text.trimmed();
    for (const SurnameReading &entry : surnameReadings) {
        if (!asName)
            break;
        if (rest.startsWith(entry.surname)) {
            for (const QStringView syllable : entry.syllables.split(u' '))
                appendReading(spelling, syllable.toString());
            rest = rest.mid(entry.surname.size());
            break;
        }
    }
    // Latin names keep their letters; each word gives one initial.
    bool inLatinWord = false;
    for (const char32_t c : rest.toUcs4()) {
        const bool latinLetter = c < 0x80 && QChar(c).isLetter();
        if (latinLetter) {
            const QChar letter = QChar(c).toLower();
            if (!inLatinWord && !spelling.full.isEmpty())
                spelling.full += u' ';
            spelling.full += letter;
            if (!inLatinWord)
                spelling.initials += letter;
        } else if (c >= 0x80) {
            appendReading(spelling, reading(c));
        }
        inLatinWord = latinLetter;
    }
    return spelling;
}

} // namespace linli

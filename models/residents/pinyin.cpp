#include "pinyin.h"

#include "logging.h"

#include <QCryptographicHash>
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
        {u"隗", u"wei"},       {u"薄", u"bo"},          {u"柏", u"bai"},          {u"都", u"du"},
        {u"蔚", u"yu"},        {u"句", u"gou"},         {u"莘", u"shen"},         {u"那", u"na"},
};

// Characters that join the parts of a minority name (阿依古丽·买买提), as they are typed.
bool isNameDot(char32_t c)
{
    return c == U'\u00B7' || c == U'\u2022' || c == U'\u2027' || c == U'\u30FB' || c == U'\uFF0E' || c == U'\uFF65'
            || c == U'.';
}

const char32_t *ucs4(const QList<uint> &characters)
{
    return reinterpret_cast<const char32_t *>(characters.constData());
}

bool isLatinLetter(char32_t c)
{
    return c < 0x80 && QChar(c).isLetter();
}

} // namespace

const Pinyin &Pinyin::instance()
{
    static const Pinyin table;
    return table;
}

Pinyin::Pinyin()
{
    loadReadings();
    loadNameWords();
    QCryptographicHash digest(QCryptographicHash::Sha1);
    for (const QString &resource : {u":/pinyin/readings.txt"_s, u":/pinyin/name-words.txt"_s}) {
        QFile file(resource);
        if (file.open(QIODevice::ReadOnly))
            digest.addData(file.readAll());
    }
    for (const SurnameReading &entry : surnameReadings)
        digest.addData(QString(entry.surname.toString() + u'=' + entry.syllables.toString() + u';').toUtf8());
    m_version = QString::fromLatin1(digest.result().toHex().left(16));
}

void Pinyin::loadReadings()
{
    QFile file(u":/pinyin/readings.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcDatabase) << "the pinyin table is missing from this build";
        return;
    }
    QHash<QString, quint16> syllableIds;
    const QByteArray data = file.readAll();
    m_characters.reserve(42000);
    m_firstReading.reserve(42000);
    m_readings.reserve(48000);
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(' ');
        bool ok = false;
        const char32_t character = fields.first().toUInt(&ok, 16);
        if (!ok || fields.size() < 2)
            continue;
        m_characters.append(character);
        m_firstReading.append(quint32(m_readings.size()));
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QString syllable = QString::fromLatin1(fields.at(i));
            auto id = syllableIds.constFind(syllable);
            if (id == syllableIds.cend()) {
                id = syllableIds.insert(syllable, quint16(m_syllables.size()));
                m_syllables.append(syllable);
            }
            m_readings.append(*id);
        }
    }
    // Interjections without a vowel (嗯 ng, 呣 m, 哼 hng) are in no name: typed letters are never read as them.
    static const QRegularExpression vowel(u"[aeiouv]"_s);
    for (const QString &syllable : std::as_const(m_syllables)) {
        if (syllable.contains(vowel))
            m_sortedSyllables.append(syllable);
    }
    // Syllables that occur in names but that Unihan gives to no character on its own.
    m_sortedSyllables << u"lve"_s << u"nve"_s;
    std::sort(m_sortedSyllables.begin(), m_sortedSyllables.end());
    m_sortedSyllables.erase(std::unique(m_sortedSyllables.begin(), m_sortedSyllables.end()), m_sortedSyllables.end());
}

void Pinyin::loadNameWords()
{
    QFile file(u":/pinyin/name-words.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcDatabase) << "the list of given-name words is missing from this build";
        return;
    }
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        const QString word = fields.takeFirst();
        m_nameWords.insert(word, fields);
        m_longestNameWord = qMax(m_longestNameWord, int(word.toUcs4().size()));
    }
}

QString Pinyin::reading(char32_t character) const
{
    const QStringList all = readings(character);
    return all.isEmpty() ? QString() : all.first();
}

QStringList Pinyin::readings(char32_t character) const
{
    const auto it = std::lower_bound(m_characters.cbegin(), m_characters.cend(), character);
    if (it == m_characters.cend() || *it != character)
        return {};
    const qsizetype index = it - m_characters.cbegin();
    const quint32 end = index + 1 < m_firstReading.size() ? m_firstReading.at(index + 1) : quint32(m_readings.size());
    QStringList all;
    for (quint32 i = m_firstReading.at(index); i < end; ++i)
        all.append(m_syllables.at(m_readings.at(i)));
    return all;
}

QList<QStringList> Pinyin::combined(QStringView characters) const
{
    QList<QStringList> ways = {{}};
    for (const char32_t c : characters.toUcs4()) {
        QList<QStringList> longer;
        for (const QStringList &way : std::as_const(ways)) {
            for (const QString &reading : readings(c)) {
                if (longer.size() < maxSpellings)
                    longer.append(way + QStringList{reading});
            }
        }
        ways = longer;
    }
    return ways;
}

QList<Pinyin::Piece> Pinyin::piecesOf(QStringView text, bool asName) const
{
    QList<Piece> pieces;
    const auto addWay = [](Piece &piece, const QStringList &way) {
        if (!way.isEmpty() && !piece.ways.contains(way))
            piece.ways.append(way);
    };
    QStringView rest = text.trimmed();
    bool atSurname = asName;
    for (const SurnameReading &entry : surnameReadings) {
        if (asName && rest.startsWith(entry.surname)) {
            Piece surname;
            addWay(surname, entry.syllables.toString().split(u' '));
            for (const QStringList &way : combined(entry.surname))
                addWay(surname, way);
            pieces.append(surname);
            rest = rest.mid(entry.surname.size());
            atSurname = false;
            break;
        }
    }
    const QList<uint> characters = rest.toUcs4();
    for (qsizetype i = 0; i < characters.size();) {
        const char32_t c = characters.at(i);
        if (isLatinLetter(c)) {
            // Latin names keep their letters; each word is one piece.
            QString word;
            for (; i < characters.size() && isLatinLetter(characters.at(i)); ++i)
                word += QChar(characters.at(i)).toLower();
            pieces.append(Piece{{{word}}});
            atSurname = false;
            continue;
        }
        if (c < 0x80 || readings(c).isEmpty()) {
            ++i;
            continue;
        }
        Piece piece;
        qsizetype length = 1;
        if (asName && !atSurname) {
            // The longest word of given names that starts here, if any.
            for (qsizetype n = qMin<qsizetype>(m_longestNameWord, characters.size() - i); n >= 1; --n) {
                const QString word = QString::fromUcs4(ucs4(characters) + i, n);
                const auto said = m_nameWords.constFind(word);
                if (said != m_nameWords.cend()) {
                    addWay(piece, *said);
                    length = n;
                    break;
                }
            }
        }
        for (const QStringList &way : combined(QString::fromUcs4(ucs4(characters) + i, length)))
            addWay(piece, way);
        pieces.append(piece);
        i += length;
        atSurname = false;
    }
    return pieces;
}

Pinyin::Spelling Pinyin::spelled(const QStringList &syllables)
{
    Spelling spelling;
    // Syllables are kept apart, so that "wang" finds 王 but not 万刚 (wan gang).
    spelling.full = syllables.join(u' ');
    for (const QString &syllable : syllables)
        spelling.initials += syllable.front();
    return spelling;
}

QList<Pinyin::Spelling> Pinyin::spellingsOf(const QList<Piece> &pieces, int limit)
{
    QList<Spelling> spellings;
    QStringList syllables;
    // Every way with exactly `budget` pieces said otherwise than their likeliest way.
    const std::function<void(qsizetype, int)> choose = [&](qsizetype piece, int budget) {
        if (spellings.size() >= limit)
            return;
        if (piece == pieces.size()) {
            if (budget == 0) {
                const Spelling spelling = spelled(syllables);
                if (!spellings.contains(spelling))
                    spellings.append(spelling);
            }
            return;
        }
        const QList<QStringList> &ways = pieces.at(piece).ways;
        for (qsizetype way = 0; way < ways.size(); ++way) {
            const int cost = way == 0 ? 0 : 1;
            if (cost > budget)
                continue;
            const qsizetype before = syllables.size();
            syllables += ways.at(way);
            choose(piece + 1, budget - cost);
            syllables.resize(before);
        }
    };
    for (int budget = 0; budget <= pieces.size() && spellings.size() < limit; ++budget)
        choose(0, budget);
    return spellings;
}

Pinyin::Spelling Pinyin::spellName(QStringView name) const
{
    const QList<Spelling> likeliest = spellingsOf(piecesOf(name, true), 1);
    return likeliest.isEmpty() ? Spelling() : likeliest.first();
}

QList<Pinyin::Spelling> Pinyin::spellingsOfName(QStringView name) const
{
    QList<Spelling> spellings = spellingsOf(piecesOf(name, true), maxSpellings);
    // Each part after a middle dot is a name of its own: a father's name is often how a person is known.
    const QList<uint> characters = name.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (!isNameDot(characters.at(i)))
            continue;
        const QString part = QString::fromUcs4(ucs4(characters) + i + 1, characters.size() - i - 1);
        for (const Spelling &spelling : spellingsOf(piecesOf(part, false), maxSpellings)) {
            if (spellings.size() < maxSpellings && !spelling.full.isEmpty() && !spellings.contains(spelling))
                spellings.append(spelling);
        }
    }
    return spellings;
}

Pinyin::Spelling Pinyin::spellText(QStringView text) const
{
    const QList<Spelling> likeliest = spellingsOf(piecesOf(text, false), 1);
    return likeliest.isEmpty() ? Spelling() : likeliest.first();
}

bool Pinyin::isSyllable(QStringView candidate) const
{
    return std::binary_search(m_sortedSyllables.cbegin(), m_sortedSyllables.cend(), candidate);
}

QList<QStringList> Pinyin::segmentations(QStringView latin, int limit) const
{
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

QList<Pinyin::TypedReading> Pinyin::typedReadings(QStringView latin, int limit) const
{
    static const QRegularExpression boundaries(u"[\\s']+"_s);
    static const QRegularExpression letters(u"^[a-z]+$"_s);
    const QString compact = latin.toString().toLower().remove(boundaries);
    if (!letters.match(compact).hasMatch())
        return {};
    QList<TypedReading> readings;
    bool whole = false;
    for (const QStringList &syllables : segmentations(latin, limit)) {
        readings.append({syllables, {}});
        whole = whole || isSyllable(syllables.last());
    }
    // Whole syllables, then the initials of the rest: the longest whole beginning, unless all the
    // letters are whole syllables ("wang" is 王, not wan and the initial of gang).
    for (qsizetype split = compact.size() - 1; split > 0 && !whole && readings.size() < limit; --split) {
        const QList<QStringList> head = segmentations(QStringView(compact).first(split), 1);
        if (!head.isEmpty()
            && std::binary_search(m_sortedSyllables.cbegin(), m_sortedSyllables.cend(), head.first().last())) {
            readings.append({head.first(), compact.mid(split)});
            break;
        }
    }
    // The letters as typed, for names in Latin letters ("maria" is not ma·ri·a).
    const QString typed = latin.toString().toLower().simplified();
    if (readings.size() < limit && !typed.contains(u'\'')
        && std::none_of(readings.cbegin(), readings.cend(),
                        [&typed](const TypedReading &reading) { return reading.syllables.join(u' ') == typed; }))
        readings.append({{typed}, {}});
    if (compact.size() > 1 && readings.size() < limit)
        readings.append({{}, compact});
    return readings;
}

} // namespace linli

#include "pinyin.h"

#include "logging.h"

#include <QFile>
#include <QHash>
#include <algorithm>

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
    {u"尉迟", u"yu chi"}, {u"长孙", u"zhang sun"}, {u"单于", u"chan yu"}, {u"欧阳", u"ou yang"},
    {u"司马", u"si ma"},  {u"诸葛", u"zhu ge"},   {u"上官", u"shang guan"}, {u"皇甫", u"huang fu"},
    {u"令狐", u"ling hu"}, {u"澹台", u"tan tai"},  {u"万俟", u"mo qi"},    {u"单", u"shan"},
    {u"曾", u"zeng"},     {u"解", u"xie"},        {u"仇", u"qiu"},         {u"朴", u"piao"},
    {u"区", u"ou"},       {u"查", u"zha"},        {u"盖", u"ge"},          {u"乐", u"yue"},
    {u"缪", u"miao"},     {u"翟", u"zhai"},       {u"覃", u"qin"},         {u"种", u"chong"},
    {u"员", u"yun"},      {u"召", u"shao"},       {u"繁", u"po"},          {u"折", u"she"},
    {u"黑", u"he"},       {u"重", u"chong"},      {u"秘", u"bi"},          {u"冼", u"xian"},
    {u"能", u"nai"},      {u"应", u"ying"},       {u"宿", u"su"},          {u"车", u"che"},
    {u"沈", u"shen"},     {u"贾", u"jia"},        {u"尉", u"wei"},         {u"纪", u"ji"},
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
    spelling.full += reading;
    spelling.initials += reading.front();
}

Pinyin::Spelling Pinyin::spellName(QStringView name) const
{
    Spelling spelling;
    QStringView rest = name.trimmed();
    for (const SurnameReading &entry : surnameReadings) {
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

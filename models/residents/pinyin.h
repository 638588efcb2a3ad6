#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace linli {

// Mandarin readings of Chinese characters, for finding residents by pinyin: the full spelling
// of a name ("zhang san") and its initials ("zs"). Every reading a character has is kept
// (resources/pinyin/readings.txt, from Unihan; tone marks removed, ü as v), the most customary
// first, so that a name is found however its characters are said. The spelling shown is the most
// likely one: a surname read as a surname (单 shan, 曾 zeng, 解 xie, compound surnames such as 欧阳
// ouyang), a given name as given names are said (resources/pinyin/name-words.txt: 长林 chang lin,
// 重阳 chong yang). Latin letters are kept, other characters skipped. Loaded once; read-only and
// thread-safe afterwards.
class Pinyin
{
public:
    struct Spelling
    {
        QString full;     // syllables apart: "zhang san"
        QString initials; // "zs"
        bool operator==(const Spelling &other) const { return full == other.full && initials == other.initials; }
    };

    // What typed letters can say: whole syllables (the last one possibly unfinished), then the
    // initials of further syllables. "wangcl" is wang + c, l; "wcl" has initials only.
    struct TypedReading
    {
        QStringList syllables;
        QString initials; // of the syllables after them
    };

    // How many spellings of one name are kept at most: every reading of every character of a
    // common name fits many times over (the most a name of the demo district has is eight).
    static constexpr int maxSpellings = 32;

    static const Pinyin &instance();

    // The most customary reading; empty when the character has none.
    QString reading(char32_t character) const;
    // Every reading, the most customary first.
    QStringList readings(char32_t character) const;
    // The most likely spelling of a name.
    Spelling spellName(QStringView name) const;
    // Every way to say the name (up to maxSpellings), spellName() first, then those with the fewest
    // characters read otherwise. A name with a middle dot (阿依古丽·买买提) is also spelled from
    // each part after a dot ("mai mai ti"), by which it is found too.
    QList<Spelling> spellingsOfName(QStringView name) const;
    // Ordinary words ("法律咨询" → "fa lv zi xun", "flzx"): no surname readings.
    Spelling spellText(QStringView text) const;
    // Splits typed pinyin into syllables ("zhangsan" → zhang, san); the last may be unfinished
    // ("zhangs" → zhang, s). Empty when the letters cannot be read as pinyin.
    QStringList segment(QStringView latin) const;
    // Every way (up to limit) to read the letters as syllables, the preferred one first:
    // "wangang" is wang·ang or wan·gang. Readings in whole syllables, when there are any, replace
    // those ending in an unfinished one ("wang" is not read as wan·g…).
    QList<QStringList> segmentations(QStringView latin, int limit = 4) const;
    // The ways to read typed letters as a name (up to limit), the likeliest first: whole
    // syllables as segmentations() reads them, then whole syllables followed by initials
    // ("wangcl", "zhangxl"), then the words as typed (a Latin name: "maria"), then initials alone
    // ("wcl"). Empty for anything but letters, spaces and apostrophes.
    QList<TypedReading> typedReadings(QStringView latin, int limit = 6) const;
    qsizetype size() const { return m_characters.size(); }
    // Changes whenever a name could be spelled otherwise: a new table of readings, given-name words
    // or surname readings. Spellings kept in a database are renewed when it differs.
    QString version() const { return m_version; }

private:
    // One part of a name and the ways to say it, the likeliest first: a character, a compound
    // surname, a word of a given name, or a Latin word. Each way is a list of syllables.
    struct Piece
    {
        QList<QStringList> ways;
    };

    Pinyin();
    bool isSyllable(QStringView candidate) const;
    void loadReadings();
    void loadNameWords();
    QList<Piece> piecesOf(QStringView text, bool asName) const;
    // The ways to say characters together, each character's own readings combined.
    QList<QStringList> combined(QStringView characters) const;
    static QList<Spelling> spellingsOf(const QList<Piece> &pieces, int limit);
    static Spelling spelled(const QStringList &syllables);

    QList<char32_t> m_characters;  // sorted
    QList<quint32> m_firstReading; // parallel to m_characters: where its readings start in m_readings
    QList<quint16> m_readings;     // syllable ids, each character's in a row
    QStringList m_syllables;       // by id
    QStringList m_sortedSyllables;
    QHash<QString, QStringList> m_nameWords; // given-name words and characters, and how they are said
    int m_longestNameWord = 1;
    QString m_version;
};

} // namespace linli

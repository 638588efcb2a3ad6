#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace linli {

// Mandarin readings of Chinese characters, for finding residents by pinyin: the full spelling
// of a name ("zhang san") and its initials ("zs"). Readings come from Unihan's kMandarin
// (resources/pinyin/mandarin.txt, tone marks removed, ü as v); a surname is read as a surname
// (单 shan, 曾 zeng, 解 xie, 仇 qiu, compound surnames such as 欧阳 ouyang). Latin letters are kept,
// other characters skipped. Loaded once; read-only and thread-safe afterwards.
class Pinyin
{
public:
    struct Spelling
    {
        QString full;     // syllables apart: "zhang san"
        QString initials; // "zs"
    };

    static const Pinyin &instance();

    // Empty when the character has no Mandarin reading.
    QString reading(char32_t character) const;
    Spelling spellName(QStringView name) const;
    // Ordinary words ("法律咨询" → "fa lv zi xun", "flzx"): no surname readings.
    Spelling spellText(QStringView text) const;
    // Splits typed pinyin into syllables ("zhangsan" → zhang, san); the last may be unfinished
    // ("zhangs" → zhang, s). Empty when the letters cannot be read as pinyin.
    QStringList segment(QStringView latin) const;
    // Every way (up to limit) to read the letters as syllables, the preferred one first:
    // "wangang" is wang·ang or wan·gang. Readings in whole syllables, when there are any, replace
    // those ending in an unfinished one ("wang" is not read as wan·g…).
    QList<QStringList> segmentations(QStringView latin, int limit = 4) const;
    qsizetype size() const { return m_characters.size(); }

private:
    Pinyin();
    void appendReading(Spelling &spelling, const QString &reading) const;
    Spelling spell(QStringView text, bool asName) const;

    QList<char32_t> m_characters;   // sorted
    QList<quint16> m_syllableIndex; // parallel to m_characters
    QStringList m_syllables;
    QStringList m_sortedSyllables;
};

} // namespace linli

#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace linli {

// Realistic synthetic Chinese names for demo data: surnames drawn with their real frequencies,
// given names in the style of the person's generation and gender, a few compound surnames and
// minority names with the middle dot, each with its pinyin (full and initials, as Pinyin spells
// them). Deterministic
// for a given random generator. Read-only after construction; cheap to call from a hot loop.
class DemoNames
{
public:
    struct Name
    {
        QString text;
        QString pinyin;   // "zhangsan"
        QString initials; // "zs"
    };

    DemoNames();

    Name generate(QRandomGenerator &random, bool male, int birthYear) const;
    // A surname and its reading, for family members who share it.
    Name generateWithSurname(QRandomGenerator &random, const Name &surname, bool male, int birthYear) const;
    Name surnameOf(QRandomGenerator &random) const;

private:
    struct Pool
    {
        QString first;
        QString second;
    };

    static Name named(const QString &text);
    QString givenName(QRandomGenerator &random, bool male, int birthYear) const;

    QStringList m_surnames;
    QList<int> m_cumulativeWeights;
    Pool m_pools[3][2];             // [generation][female, male]
    QStringList m_minorityNames[2]; // given names [female, male]
    QStringList m_fatherNames;
};

} // namespace linli

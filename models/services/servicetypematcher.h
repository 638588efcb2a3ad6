#pragma once

#include "servicecatalogue.h"

#include <QList>
#include <QStringView>

namespace linli {

// Finds service types by what a clerk types into the quick-log box: the code ("lg01", "LG"),
// Chinese (any part of the name, "法律"), pinyin initials of the Chinese name ("flzx"), or the
// start of an English word ("legal"). Best matches first; among equals, the clerk's preferred
// types (favourites, then recent ones) come first, then the catalogue order. Pure; spells the
// names once, when made.
class ServiceTypeMatcher
{
public:
    explicit ServiceTypeMatcher(const QList<ServiceType> &types);

    // Every type when nothing is typed (preferred first).
    QList<ServiceType> match(QStringView typed, const QList<qint64> &preferred = {}) const;

private:
    struct Entry
    {
        ServiceType type;
        QString initials;
        QString spelling; // syllables without spaces
        QStringList englishWords;
    };
    static int rank(const Entry &entry, const QString &typed);

    QList<Entry> m_entries;
};

} // namespace linli

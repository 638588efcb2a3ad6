#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace linli {

// The tags that mark residents needing attention, as stored (resident_tags.tag) and as shown.
class ResidentTag
{
    Q_DECLARE_TR_FUNCTIONS(ResidentTag)

public:
    static QStringList all();
    // The words a clerk knows the tag by; the stored code itself for an unknown tag.
    static QString label(const QString &tag);
};

} // namespace linli

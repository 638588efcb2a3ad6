#pragma once

#include <QString>
#include <QTextStream>

namespace linli::bench {

// How big the measured district is.
struct Scale
{
    qint64 residents = 10000;
    qint64 services = 100000;
    qint64 visits = 5000;
};

// The demo databases a run measures, generated once per scale and schema version and kept in a
// cache folder (generating a million residents and ten million services takes minutes).
class BenchDatabase
{
public:
    explicit BenchDatabase(const QString &cacheFolder);

    // The path of the demo database at this scale, generated first when missing; empty (and a
    // message on `log`) when it cannot be made.
    QString demo(const Scale &scale, QTextStream &log) const;
    // A residents sheet (CSV) of every resident of a demo district of that many, as Linli exports
    // them; generated first when missing.
    QString sheet(qint64 residents, QTextStream &log) const;
    // An empty Linli database (schema, indexes and catalogue) at `path`, replacing what was there.
    static bool createEmpty(const QString &path, QTextStream &log);

private:
    QString m_folder;
};

} // namespace linli::bench

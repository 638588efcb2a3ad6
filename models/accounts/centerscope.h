#pragma once

#include "actor.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace linli {

// The part of a district the actor on a connection sees: the grids of their own center (and the
// residents living there, with everything recorded about them), or the whole district when their
// account belongs to no center. Every list, search and figure narrows by it in the core, whatever
// the window asks.
class CenterScope
{
public:
    explicit CenterScope(qint64 centerId = 0)
        : m_centerId(centerId > 0 ? centerId : 0)
    {}
    static CenterScope of(const QSqlDatabase &database);

    qint64 centerId() const { return m_centerId; }
    bool isWholeDistrict() const { return m_centerId == 0; }

    // "<column> IN (the center's grids)" for a column holding grid ids, or empty for the whole
    // district; bind values() after the condition's place.
    QString gridCondition(const QString &gridColumn) const;
    // "<column> IN (the center's residents)" for a column holding resident ids (NULL never is).
    QString residentCondition(const QString &residentColumn) const;
    QVariantList values() const;

    // The grids a list or a figure reads: the one chosen (0: every grid), within the scope, as a
    // condition on `gridColumn` ("" when that is every grid of the district) and its values.
    QString chosenGridCondition(const QString &gridColumn, qint64 gridId) const;
    QVariantList chosenGridValues(qint64 gridId) const;

private:
    qint64 m_centerId = 0;
};

// For as long as it lives, the actor on a connection sees one center of the district alone, as an
// account of that center would: a district's manager reading one center's figures or report. An
// account of a center keeps its own (a view only ever narrows).
class CenterView
{
public:
    CenterView(const QSqlDatabase &database, qint64 centerId);
    ~CenterView();
    CenterView(const CenterView &) = delete;
    CenterView &operator=(const CenterView &) = delete;

private:
    QSqlDatabase m_database;
    bool m_narrowed = false;
    std::optional<Actor> m_told; // what the connection acted for before
};

} // namespace linli

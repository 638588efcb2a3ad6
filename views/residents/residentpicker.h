#pragma once

#include "databaselocation.h"
#include "residentsearchrunner.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace linli {

// A box that chooses one resident by the registry's search (name, pinyin, ID or phone): the first
// matches drop down under it as the clerk types, with their addresses, and one of them is taken.
// Typing again lets go of the resident chosen.
class ResidentPicker : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 250;

    explicit ResidentPicker(const DatabaseLocation &location, QWidget *parent = nullptr);

    // The resident chosen; 0 when none is.
    qint64 residentId() const { return m_residentId; }
    // Shows this resident as chosen (0: none), without telling residentChosen().
    void setResident(qint64 residentId, const QString &name);
    QCompleter *completer() const { return m_completer; }

signals:
    // A resident was taken from the matches, or the one chosen was let go of (0).
    void residentChosen(qint64 residentId, const QString &name);

private:
    void search();
    void offer(const ResidentSearchRunner::Request &request, const QList<ResidentRow> &rows);
    void choose(qint64 residentId, const QString &name);

    ResidentSearchRunner *m_runner = nullptr;
    QStandardItemModel *m_matches = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_searchDelay = nullptr;
    qint64 m_residentId = 0;
};

} // namespace linli

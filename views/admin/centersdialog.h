#pragma once

#include "session.h"
#include "outcomelabel.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace linli {

// The district's administrator's view of its centers and which center each grid belongs to: add a
// center, rename one, move a grid (with its residents and their records) to another center. The
// store refuses whoever may not and audits every change.
class CentersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CentersDialog(const Session &session, QWidget *parent = nullptr);

    QTableWidget *centers() const { return m_centers; }
    QTableWidget *grids() const { return m_grids; }
    QLabel *messageLabel() const { return m_message; }
    // What each button does, for tests: they fill the dialog each opens and accept.
    void addCenter();
    void renameCenter();
    void moveGrid();

    enum CenterColumn { CodeColumn, NameColumn, GridsColumn, CenterColumnCount };
    enum GridColumn { GridCodeColumn, GridNameColumn, GridCenterColumn, GridColumnCount };

private:
    void reload();
    void selectionChanged();
    qint64 selectedId(QTableWidget *table) const;
    void report(bool ok, const QString &done, const QString &problem);

    Session m_session;
    QTableWidget *m_centers = nullptr;
    QTableWidget *m_grids = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_move = nullptr;
    OutcomeLabel *m_message = nullptr;
};

} // namespace linli

#pragma once

#include "formdialog.h"
#include "session.h"
#include "servicecatalogue.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace linli {

// The catalogue of service types as the manager keeps it: by category, in the order the quick log
// offers them, retired types greyed; add, edit, move up and down, retire or restore, delete.
class CatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogueDialog(const Session &session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *retireButton() const { return m_retire; }
    // The type of the current row; nullopt on a category row.
    std::optional<ServiceType> currentType() const;
    void selectType(qint64 typeId);
    void moveCurrent(int direction);
    void retireOrRestoreCurrent();
    void deleteCurrent();
    void addType();
    void editCurrent();

private:
    void reload(qint64 selectId);
    void showButtons();
    bool done(const QString &message, qint64 selectId);

    Session m_session;
    QList<ServiceType> m_types;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_delete = nullptr;
};

// One type's fields: code (when new), category, names, the case rule and the kind of visit.
class ServiceTypeDialog : public FormDialog
{
    Q_OBJECT

public:
    ServiceTypeDialog(const QList<ServiceType> &catalogue, const ServiceType &type, QWidget *parent = nullptr);
    ServiceType type() const;

protected:
    void saveForm() override { accept(); }

private:
    ServiceType m_type;
    QLineEdit *m_code = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QCheckBox *m_opensCase = nullptr;
    QSpinBox *m_deadline = nullptr;
    QComboBox *m_visitKind = nullptr;
};

} // namespace linli

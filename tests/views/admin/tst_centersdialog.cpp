#include "centersdialog.h"
#include "centerstore.h"
#include "database.h"
#include "testsupport.h"
#include "userstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The district administrator's centers and grids on real widgets: a center added and renamed, a grid
// moved to another center; an administrator of one center is refused by the store.
class TstCentersDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theDistrictsAdministratorAddsCentersAndMovesGrids();
    void anAdministratorOfOneCenterIsRefused();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    // Answers the next input dialog with `text`.
    void answerInput(const QString &text);
    static int rowWith(QTableWidget *table, int column, const QString &text);
    FreshDatabase m_database;
    const QString m_password = u"Linli-2026"_s;
};

void TstCentersDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_database.open());
    UserStore users(db());
    QVERIFY(users.add(u"admin"_s, u"区管理员"_s, Role::Admin, m_password).isDone());
    QCOMPARE(users.signIn(u"admin"_s, m_password).outcome, UserStore::SignIn::Accepted);
    QSqlQuery query(db());
    QVERIFY(query.exec(
            u"INSERT INTO grids (id, code, name) VALUES (1, 'G0001', '西溪一网格'), (2, 'G0002', '西溪二网格')"_s));
}

void TstCentersDialog::cleanup()
{
    Actor::forget(db());
    m_database.close();
}

void TstCentersDialog::answerInput(const QString &text)
{
    QTimer::singleShot(0, this, [text] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(text);
        input->accept();
    });
}

int TstCentersDialog::rowWith(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

void TstCentersDialog::theDistrictsAdministratorAddsCentersAndMovesGrids()
{
    CentersDialog dialog{Session(*m_database)};
    dialog.show();
    QCOMPARE(dialog.centers()->rowCount(), 1);
    QCOMPARE(dialog.centers()->item(0, CentersDialog::GridsColumn)->text(), u"2"_s);
    QCOMPARE(dialog.grids()->rowCount(), 2);

    // A second center; a code already taken is said and nothing added.
    const auto fillNewCenter = [this](const QString &code, const QString &name) {
        QTimer::singleShot(0, this, [code, name] {
            auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            form->findChild<QLineEdit *>(u"code"_s)->setText(code);
            form->findChild<QLineEdit *>(u"name"_s)->setText(name);
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    };
    fillNewCenter(u"C01"_s, u"东湖中心"_s);
    dialog.addCenter();
    QCOMPARE(dialog.messageLabel()->text(), u"The code C01 is taken."_s);
    QCOMPARE(dialog.centers()->rowCount(), 1);
    fillNewCenter(u"C02"_s, u"东湖中心"_s);
    dialog.addCenter();
    QCOMPARE(dialog.messageLabel()->text(), u"Center 东湖中心 added."_s);
    QCOMPARE(dialog.centers()->rowCount(), 2);

    // The first center gets its name.
    dialog.centers()->selectRow(rowWith(dialog.centers(), CentersDialog::CodeColumn, u"C01"_s));
    answerInput(u"西溪中心"_s);
    dialog.renameCenter();
    QCOMPARE(CenterStore(db()).byId(1)->name, u"西溪中心"_s);
    QVERIFY(rowWith(dialog.centers(), CentersDialog::NameColumn, u"西溪中心"_s) >= 0);

    // A grid moves to the new center.
    const int grid = rowWith(dialog.grids(), CentersDialog::GridCodeColumn, u"G0002"_s);
    QCOMPARE(dialog.grids()->item(grid, CentersDialog::GridCenterColumn)->text(), u"西溪中心"_s);
    dialog.grids()->selectRow(grid);
    answerInput(u"东湖中心"_s);
    dialog.moveGrid();
    QCOMPARE(dialog.messageLabel()->text(), u"Grid 西溪二网格 now belongs to 东湖中心."_s);
    QCOMPARE(scalar(db(),
                    u"SELECT count(*) FROM grids g JOIN centers c ON c.id = g.center_id "
                    "WHERE g.id = 2 AND c.code = 'C02'"_s),
             1);
    const int moved = rowWith(dialog.grids(), CentersDialog::GridCodeColumn, u"G0002"_s);
    QCOMPARE(dialog.grids()->item(moved, CentersDialog::GridCenterColumn)->text(), u"东湖中心"_s);
    QCOMPARE(dialog.centers()
                     ->item(rowWith(dialog.centers(), CentersDialog::CodeColumn, u"C02"_s), CentersDialog::GridsColumn)
                     ->text(),
             u"1"_s);
}

void TstCentersDialog::anAdministratorOfOneCenterIsRefused()
{
    const qint64 east = CenterStore(db()).add(u"C02"_s, u"东湖中心"_s).valueOr(0);
    QVERIFY(UserStore(db()).add(u"east_admin"_s, {}, Role::Admin, m_password, false, east).isDone());
    QCOMPARE(UserStore(db()).signIn(u"east_admin"_s, m_password).outcome, UserStore::SignIn::Accepted);
    CentersDialog dialog{Session(*m_database)};
    dialog.show();
    dialog.grids()->selectRow(0);
    answerInput(u"东湖中心"_s);
    dialog.moveGrid();
    QCOMPARE(dialog.messageLabel()->text(), u"Only an administrator of the whole district may change its centers."_s);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM grids WHERE center_id = %1"_s.arg(east)), 0);
}

QTEST_MAIN(TstCentersDialog)
#include "tst_centersdialog.moc"

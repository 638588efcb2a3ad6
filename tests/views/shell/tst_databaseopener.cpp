// Opening the window's database: the location dialog, the offer to choose another location when
// the database cannot be opened, and the password a server asks for. Runs against the private
// server the test command starts (label postgresql); fails when there is none.

#include "database.h"
#include "databaselocationdialog.h"
#include "databaseopener.h"
#include "guisupport.h"
#include "serverdatabase.h"
#include "testsupport.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

namespace {

const auto serverPassword = u"correct horse battery"_s;

} // namespace

class TstDatabaseOpener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theDialogRemembersAFileOrAServer();
    void anIncompleteServerIsRefusedInTheDialog();
    void aDatabaseThatCannotBeOpenedOffersAnother();
    void givingUpOpensNothing();
    void aServerAsksForThePasswordUntilItIsRight();
    void aPasswordLeftUnsaidOpensNothing();
};

void TstDatabaseOpener::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"LinliTest"_s);
    QCoreApplication::setApplicationName(u"tst_databaseopener"_s);
    QVERIFY2(!ServerDatabase::serverAddress().isEmpty(),
             "LINLI_TEST_POSTGRESQL is not set: the test command starts a private server for these tests");
}

void TstDatabaseOpener::cleanup()
{
    QSettings().clear();
}

void TstDatabaseOpener::theDialogRemembersAFileOrAServer()
{
    QCOMPARE(DatabaseLocation::remembered().argument(), DatabaseLocation::defaultLocation().argument());
    DatabaseLocationDialog dialog(DatabaseLocation::defaultLocation());
    dialog.show();
    QVERIFY(dialog.fileChoice()->isChecked());
    QVERIFY(!dialog.hostEdit()->isEnabled());
    dialog.serverChoice()->click();
    QVERIFY(dialog.hostEdit()->isEnabled());
    QVERIFY(!dialog.pathEdit()->isEnabled());
    dialog.hostEdit()->setText(u" db.center.example "_s);
    dialog.portBox()->setValue(6543);
    dialog.databaseEdit()->setText(u"xinhua"_s);
    dialog.userEdit()->setText(u"clerk3"_s);
    QVERIFY(dialog.save());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const DatabaseLocation server = DatabaseLocation::remembered();
    QVERIFY(server.isServer());
    QCOMPARE(server.host(), u"db.center.example"_s);
    QCOMPARE(server.port(), 6543);
    QCOMPARE(server.databaseName(), u"xinhua"_s);
    QCOMPARE(server.userName(), u"clerk3"_s);

    // Shown again, it starts from what is remembered; back to a file.
    DatabaseLocationDialog again(server);
    QVERIFY(again.serverChoice()->isChecked());
    QCOMPARE(again.hostEdit()->text(), u"db.center.example"_s);
    QTemporaryDir dir;
    again.fileChoice()->click();
    again.pathEdit()->setText(dbPath(dir));
    QVERIFY(again.save());
    QCOMPARE(DatabaseLocation::remembered().filePath(), dbPath(dir));
}

void TstDatabaseOpener::anIncompleteServerIsRefusedInTheDialog()
{
    DatabaseLocationDialog dialog(DatabaseLocation::defaultLocation());
    dialog.show();
    dialog.serverChoice()->click();
    dialog.hostEdit()->setText(u"db.center.example"_s);
    dialog.databaseEdit()->clear();
    QVERIFY(!dialog.save());
    QVERIFY(dialog.isVisible());
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->isVisible() && label->text().contains(u"database's name"_s);
    }));
    QCOMPARE(DatabaseLocation::remembered().argument(), DatabaseLocation::defaultLocation().argument());
}

void TstDatabaseOpener::aDatabaseThatCannotBeOpenedOffersAnother()
{
    QTemporaryDir dir;
    const DatabaseLocation folder = DatabaseLocation::fromArgument(dir.path()); // a folder: not a database
    QVERIFY(!folder.isValid());
    QString said;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().startsWith(u"Choose another"_s))
                button->click();
        }
    });
    whenShown<DatabaseLocationDialog>([&](DatabaseLocationDialog *chooser) {
        chooser->fileChoice()->click();
        chooser->pathEdit()->setText(dbPath(dir));
        chooser->save();
    });
    Database database;
    QVERIFY(DatabaseOpener::open(database, folder));
    QVERIFY(database.isOpen());
    QVERIFY2(said.contains(u"folder"_s), qPrintable(said));
    QCOMPARE(database.location().filePath(), dbPath(dir));
    QCOMPARE(DatabaseLocation::remembered().filePath(), dbPath(dir));
}

void TstDatabaseOpener::givingUpOpensNothing()
{
    QTemporaryDir dir;
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
    Database database;
    QVERIFY(!DatabaseOpener::open(database, DatabaseLocation::fromArgument(dir.path())));
    QVERIFY(!database.isOpen());
}

void TstDatabaseOpener::aServerAsksForThePasswordUntilItIsRight()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const DatabaseLocation location = server.locationAskingPassword(serverPassword);
    QVERIFY2(location.isServer(), qPrintable(server.errorString()));
    Database withoutPassword;
    QVERIFY(!DatabaseSetup::open(withoutPassword, location));
    QCOMPARE(withoutPassword.error(), Database::Error::PasswordRequired);

    QStringList asked;
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        asked.append(dialog->labelText());
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(u"wrong"_s);
        dialog->accept();
        whenShown<QInputDialog>([&](QInputDialog *again) {
            asked.append(again->labelText());
            again->setTextValue(serverPassword);
            again->accept();
        });
    });
    Database database;
    QVERIFY2(DatabaseOpener::open(database, location), qPrintable(database.errorString()));
    QVERIFY(database.isOpen());
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked[0].contains(u"linli_with_password"_s), qPrintable(asked[0]));
    QVERIFY2(asked[1].contains(u"did not accept the password"_s), qPrintable(asked[1]));
    // Further connections of the program (workers) get in with it too.
    QCOMPARE(database.location().password(), serverPassword);
    Database worker;
    QVERIFY(worker.open(database.location(), Database::Mode::Attach));
    // Never remembered.
    QVERIFY(!QSettings().value(u"database/location"_s).toString().contains(serverPassword));
}

void TstDatabaseOpener::aPasswordLeftUnsaidOpensNothing()
{
    ServerDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.errorString()));
    const DatabaseLocation location = server.locationAskingPassword(serverPassword);
    whenShown<QInputDialog>([](QInputDialog *dialog) { dialog->reject(); });
    Database database;
    QVERIFY(!DatabaseOpener::open(database, location));
    QVERIFY(!database.isOpen());
}

QTEST_MAIN(TstDatabaseOpener)
#include "tst_databaseopener.moc"

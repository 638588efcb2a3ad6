// The window's file dialogs keep SQLite's locks: listing the database's own folder reads none of
// its files (Qt's dialog reads the start of every file it lists by default, and closing those
// descriptors drops the program's locks), and a file of the open database is refused.

#include "database.h"
#include "filechooser.h"
#include "guisupport.h"
#include "sqlitepeer.h"
#include "testsupport.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

class TstFileChooser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listingTheDatabasesFolderKeepsTheLocks();
    void aFileOfTheOpenDatabaseIsRefused();
    void theOpenDatabaseMayBeChosenAsADatabase();

private:
    // Types `name` into the next file dialog and accepts it.
    static void answerNextDialogWith(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TstFileChooser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(DatabaseSetup::open(*m_database, DatabaseLocation::fromArgument(dbPath(*m_dir))),
             qPrintable(m_database->errorString()));
    writeFile(m_dir->filePath(u"roster.csv"_s), "姓名,网格\n");
    QVERIFY(QFileInfo::exists(dbPath(*m_dir) + u"-shm"_s));
}

void TstFileChooser::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TstFileChooser::answerNextDialogWith(const QString &name)
{
    whenShown<QFileDialog>([name](QFileDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(edit);
        edit->setText(name);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

void TstFileChooser::listingTheDatabasesFolderKeepsTheLocks()
{
    QFileDialog dialog;
    FileChooser::prepare(dialog, m_dir->path());
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    auto *files = dialog.findChild<QFileSystemModel *>();
    QVERIFY(files);
    const QModelIndex folder = files->index(m_dir->path());
    QTRY_COMPARE(files->rowCount(folder), 4); // the database, its log and index, the roster
    // Every icon and type asked for, as the view does when it paints them.
    for (int row = 0; row < files->rowCount(folder); ++row) {
        files->data(files->index(row, 0, folder), Qt::DecorationRole);
        files->data(files->index(row, 2, folder), Qt::DisplayRole);
    }
    QTest::qWait(500); // for the file system model's own thread
    for (int row = 0; row < files->rowCount(folder); ++row)
        QVERIFY(!files->data(files->index(row, 0, folder), Qt::DecorationRole).value<QIcon>().isNull());
    dialog.close();

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('window', 'after the dialog')"_s));
    QString seen;
    for (int time = 0; time < 2; ++time) {
        const QString problem
                = runSqliteShell(dbPath(*m_dir), u"SELECT value FROM settings WHERE key = 'window'"_s, &seen);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(seen, u"after the dialog"_s);
    }
    QCOMPARE(deletedDatabaseFilesHeld(dbPath(*m_dir)), QStringList());
}

void TstFileChooser::aFileOfTheOpenDatabaseIsRefused()
{
    answerNextDialogWith(u"linli.sqlite-wal"_s);
    QString warning;
    whenShown<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        answerNextDialogWith(u"roster.csv"_s);
        box->accept();
    });
    const QString chosen = FileChooser::openFile(nullptr, u"Import"_s, m_dir->path(), u"All files (*)"_s);
    QCOMPARE(chosen, m_dir->filePath(u"roster.csv"_s));
    QVERIFY2(warning.contains(u"linli.sqlite-wal"_s) && warning.contains(u"database Linli has open"_s),
             qPrintable(warning));

    // Saving onto the database itself is refused as well.
    answerNextDialogWith(u"linli.sqlite"_s);
    warning.clear();
    whenShown<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        whenShown<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); });
        box->accept();
    });
    QCOMPARE(FileChooser::saveFile(nullptr, u"Export"_s, m_dir->path(), u"CSV (*.csv)"_s), QString());
    QVERIFY2(warning.contains(u"linli.sqlite"_s), qPrintable(warning));
}

void TstFileChooser::theOpenDatabaseMayBeChosenAsADatabase()
{
    answerNextDialogWith(u"linli.sqlite"_s);
    QCOMPARE(FileChooser::databaseFile(nullptr, u"Database"_s, dbPath(*m_dir), u"Linli database (*.sqlite)"_s),
             dbPath(*m_dir));
}

QTEST_MAIN(TstFileChooser)
#include "tst_filechooser.moc"

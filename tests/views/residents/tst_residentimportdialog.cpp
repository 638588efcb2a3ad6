#include "database.h"
#include "idnumber.h"
#include "residentsheet.h"
#include "residentspage.h"
#include "sheetimportdialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The import dialog on real widgets, with its work on the worker thread.
class TstResidentImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewCheckAndImportTheValidRows();
    void changingTheMappingChecksAgain();
    void cleanSheetImportsEveryRow();
    void aClerkCannotImport();

private:
    QString writeSheet(const QStringList &rows);
    static bool waitForStep(QSignalSpy &spy, int count);
    qint64 residents() const { return scalar(m_database->connection(), u"SELECT count(*) FROM residents"_s); }
    FreshDatabase m_database;
};

void TstResidentImportDialog::init()
{
    QVERIFY(m_database.open());
}

void TstResidentImportDialog::cleanup()
{
    m_database.close();
}

QString TstResidentImportDialog::writeSheet(const QStringList &rows)
{
    const QString path = m_database.dir().filePath(u"sheet.csv"_s);
    QStringEncoder gb18030("GB18030");
    writeFile(path, gb18030(u"姓名,身份证号,网格,备注\r\n"_s + rows.join(u"\r\n"_s)));
    return path;
}

bool TstResidentImportDialog::waitForStep(QSignalSpy &spy, int count)
{
    return QTest::qWaitFor([&] { return spy.size() >= count; }, 10000);
}

void TstResidentImportDialog::previewCheckAndImportTheValidRows()
{
    QStringList rows;
    for (int i = 0; i < 30; ++i)
        rows.append(u"居民%1,%2,一网格,"_s.arg(i).arg(IdNumber::compose(u"110105", QDate(1950, 1, 1).addDays(i), 11)));
    rows[3] = u"坏行,110105194912310012,一网格,"_s;
    SheetImportDialog dialog(locationFor(m_database.dir()), Actor::commandLine(), ResidentsPage::importedSheet());
    dialog.show();
    QSignalSpy steps(&dialog, &SheetImportDialog::stepFinished);
    dialog.openFile(writeSheet(rows));
    QVERIFY(waitForStep(steps, 1));

    QTableWidget *preview = dialog.previewTable();
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->rowCount(), SheetImportJob::previewRows + 1);
    QCOMPARE(preview->item(1, 0)->text(), u"居民0"_s); // decoded from GB18030
    auto *idColumn = qobject_cast<QComboBox *>(preview->cellWidget(0, 1));
    QVERIFY(idColumn);
    QCOMPARE(idColumn->currentText(), ResidentSheet::label(ResidentSheet::Column::IdNumber));

    QCOMPARE(dialog.problemTable()->rowCount(), 1);
    QCOMPARE(dialog.problemTable()->item(0, 0)->text(), u"5"_s);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.skipInvalidBox()->isVisible());
    dialog.skipInvalidBox()->setChecked(true);
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(waitForStep(steps, 2));
    QCOMPARE(dialog.importedCount(), 29);
    QCOMPARE(residents(), 29);
    QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
}

void TstResidentImportDialog::changingTheMappingChecksAgain()
{
    SheetImportDialog dialog(locationFor(m_database.dir()), Actor::commandLine(), ResidentsPage::importedSheet());
    dialog.show();
    QSignalSpy steps(&dialog, &SheetImportDialog::stepFinished);
    dialog.openFile(writeSheet({u"张三,%1,一网格,"_s.arg(IdNumber::compose(u"110105", QDate(1950, 1, 1), 11))}));
    QVERIFY(waitForStep(steps, 1));
    QVERIFY(dialog.importButton()->isEnabled());
    // The name column left out: nothing can be imported, and the dialog says why.
    auto *nameColumn = qobject_cast<QComboBox *>(dialog.previewTable()->cellWidget(0, 0));
    nameColumn->setCurrentIndex(0);
    QVERIFY(waitForStep(steps, 2));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summaryLabel()->text().contains(u"Name"_s), qPrintable(dialog.summaryLabel()->text()));
    nameColumn->setCurrentIndex(nameColumn->findText(ResidentSheet::label(ResidentSheet::Column::Name)));
    QVERIFY(waitForStep(steps, 3));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(residents(), 0);
}

void TstResidentImportDialog::cleanSheetImportsEveryRow()
{
    SheetImportDialog dialog(locationFor(m_database.dir()), Actor::commandLine(), ResidentsPage::importedSheet());
    dialog.show();
    QSignalSpy steps(&dialog, &SheetImportDialog::stepFinished);
    dialog.openFile(writeSheet({u"张三,%1,一网格,"_s.arg(IdNumber::compose(u"110105", QDate(1950, 1, 1), 11)),
                                u"李四,%1,二网格,"_s.arg(IdNumber::compose(u"110105", QDate(1950, 1, 2), 11))}));
    QVERIFY(waitForStep(steps, 1));
    QVERIFY(!dialog.skipInvalidBox()->isVisible());
    QVERIFY(dialog.summaryLabel()->text().contains(u"一网格"_s));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(waitForStep(steps, 2));
    QCOMPARE(residents(), 2);
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM grids"_s), 2);
    // One row in the audit log for the import, in the importer's name.
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND changes = 'rows=2; left_out=0'"_s),
             1);
}

void TstResidentImportDialog::aClerkCannotImport()
{
    const Actor clerk{0, u"clerk1"_s, u"李敏"_s, Role::Clerk};
    SheetImportDialog dialog(locationFor(m_database.dir()), clerk, ResidentsPage::importedSheet());
    dialog.show();
    QSignalSpy steps(&dialog, &SheetImportDialog::stepFinished);
    dialog.openFile(writeSheet({u"张三,%1,一网格,"_s.arg(IdNumber::compose(u"110105", QDate(1950, 1, 1), 11))}));
    QVERIFY(waitForStep(steps, 1));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(waitForStep(steps, 2));
    QCOMPARE(residents(), 0);
    QVERIFY2(dialog.summaryLabel()->text().contains(u"Manager"_s), qPrintable(dialog.summaryLabel()->text()));
    // Refused in the core, on the job's own connection, in the clerk's name.
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM audit_log WHERE action = 'DENIED' AND login = 'clerk1'"_s),
             1);
}

QTEST_MAIN(TstResidentImportDialog)
#include "tst_residentimportdialog.moc"

#include "calendardialog.h"
#include "cataloguedialog.h"
#include "database.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// The manager's dialogs on real widgets: the service catalogue and the calendar of working days.
class TstSettingsDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void catalogueRetiresAndMovesTypes();
    void catalogueRefusalIsShown();
    void typeFormGivesTheType();
    void calendarShowsAndEditsAYear();
    void aDayNotAddedIsAskedAbout();

private:
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr);
    FreshDatabase m_database;
};

void TstSettingsDialogs::init()
{
    QVERIFY(m_database.open());
}

void TstSettingsDialogs::cleanup()
{
    m_database.close();
}

void TstSettingsDialogs::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button) ? box->button(button)->click() : box->reject();
    });
}

void TstSettingsDialogs::catalogueRetiresAndMovesTypes()
{
    CatalogueDialog dialog{Session(*m_database)};
    dialog.show();
    const qint64 lg02 = scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = 'LG02'"_s);
    dialog.selectType(lg02);
    QCOMPARE(dialog.currentType()->code, u"LG02"_s);
    dialog.retireButton()->click();
    QVERIFY(dialog.currentType()->retired);
    QCOMPARE(dialog.tree()->currentItem()->text(4), u"Retired"_s);
    QCOMPARE(dialog.retireButton()->text(), u"&Restore"_s);
    QCOMPARE(scalar(m_database->connection(), u"SELECT retired FROM service_types WHERE code = 'LG02'"_s), 1);
    dialog.retireButton()->click();
    QCOMPARE(scalar(m_database->connection(), u"SELECT retired FROM service_types WHERE code = 'LG02'"_s), 0);

    dialog.moveCurrent(-1);
    QTreeWidgetItem *legal = dialog.tree()->currentItem()->parent();
    QCOMPARE(legal->child(0)->text(0), u"LG02"_s);
    QCOMPARE(legal->child(1)->text(0), u"LG01"_s);
    QCOMPARE(dialog.currentType()->code, u"LG02"_s);
}

void TstSettingsDialogs::catalogueRefusalIsShown()
{
    CatalogueDialog dialog{Session(*m_database)};
    dialog.show();
    dialog.selectType(scalar(m_database->connection(), u"SELECT id FROM service_types WHERE code = 'LG01'"_s));
    // First in its category: cannot go up.
    QString shown;
    answerNextMessageBox(QMessageBox::Ok, &shown);
    dialog.moveCurrent(-1);
    QVERIFY2(shown.contains(u"already first"_s), qPrintable(shown));
    // Deleting asks first; "No" changes nothing.
    answerNextMessageBox(QMessageBox::No);
    dialog.deleteCurrent();
    QCOMPARE(scalar(m_database->connection(), u"SELECT count(*) FROM service_types WHERE code = 'LG01'"_s), 1);
}

void TstSettingsDialogs::typeFormGivesTheType()
{
    const QList<ServiceType> catalogue = ServiceCatalogue(m_database->connection()).types(true);
    ServiceType existing = catalogue.constFirst();
    ServiceTypeDialog form(catalogue, existing);
    auto *code = form.findChildren<QLineEdit *>().constFirst();
    QVERIFY(!code->isEnabled()); // the code of a type in use stays
    const ServiceType unchanged = form.type();
    QCOMPARE(unchanged.code, existing.code);
    QCOMPARE(unchanged.nameZh, existing.nameZh);
    QCOMPARE(unchanged.opensCase, existing.opensCase);
    QCOMPARE(unchanged.visitKind, existing.visitKind);

    ServiceTypeDialog blank(catalogue, ServiceType());
    auto *newCode = blank.findChildren<QLineEdit *>().constFirst();
    QVERIFY(newCode->isEnabled());
    newCode->setText(u" lg09 "_s);
    QCOMPARE(blank.type().code, u"LG09"_s);
    QVERIFY(blank.type().categoryId > 0);
}

void TstSettingsDialogs::calendarShowsAndEditsAYear()
{
    CalendarDialog dialog{Session(*m_database)};
    dialog.show();
    dialog.yearBox()->setValue(2026);
    QCOMPARE(dialog.dayList()->topLevelItemCount(), 39);
    QCOMPARE(dialog.dayList()->topLevelItem(0)->text(0), u"2026-01-01"_s);
    dialog.yearBox()->setValue(2027);
    QCOMPARE(dialog.dayList()->topLevelItemCount(), 0);
    QVERIFY(dialog.notice()->text().contains(u"2027"_s));

    dialog.dayBox()->setDate(QDate(2027, 1, 1));
    dialog.noteBox()->setText(u"元旦"_s);
    QVERIFY(dialog.addDay(true));
    QCOMPARE(dialog.dayList()->topLevelItemCount(), 1);
    QCOMPARE(dialog.dayList()->topLevelItem(0)->text(3), u"元旦"_s);
    QCOMPARE(dialog.dayBox()->date(), QDate(2027, 1, 2)); // ready for the next day of the holiday

    // A weekday cannot be a worked weekend day: told, nothing added.
    dialog.dayBox()->setDate(QDate(2027, 1, 4));
    QString shown;
    answerNextMessageBox(QMessageBox::Ok, &shown);
    QVERIFY(!dialog.addDay(false));
    QVERIFY(shown.contains(u"weekday"_s));
    QCOMPARE(dialog.dayList()->topLevelItemCount(), 1);

    dialog.dayList()->setCurrentItem(dialog.dayList()->topLevelItem(0));
    dialog.removeCurrent();
    QCOMPARE(dialog.dayList()->topLevelItemCount(), 0);
}

// A note typed for a day not added is asked about on closing; Save adds it (a weekday: as a holiday).
void TstSettingsDialogs::aDayNotAddedIsAskedAbout()
{
    CalendarDialog dialog{Session(*m_database)};
    dialog.show();
    dialog.yearBox()->setValue(2027); // looking around is no change
    dialog.reject();
    QVERIFY(!dialog.isVisible());

    dialog.show();
    dialog.dayBox()->setDate(QDate(2027, 10, 1));
    dialog.noteBox()->setText(u"国庆节"_s);
    bool asked = false;
    whenShown<QMessageBox>([&asked](QMessageBox *question) {
        asked = true;
        childWithText<QPushButton>(*question, u"Save"_s)->click();
    });
    dialog.reject();
    QVERIFY(asked);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(scalar(m_database->connection(),
                    u"SELECT count(*) FROM calendar_days WHERE day = '2027-10-01' AND kind = 'holiday'"_s),
             1);
}

QTEST_MAIN(TstSettingsDialogs)
#include "tst_settingsdialogs.moc"

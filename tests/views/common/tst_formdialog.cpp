#include "formdialog.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

namespace {

// A form of each kind of field, whose Save succeeds only with a name.
class SampleForm : public FormDialog
{
public:
    SampleForm()
    {
        auto *layout = new QVBoxLayout(this);
        for (QWidget *field : std::initializer_list<QWidget *>{name, kind, alone, days, notes, search})
            layout->addWidget(field);
        kind->addItems({u"a"_s, u"b"_s});
        ignoreChanges(search);
    }

    QLineEdit *name = new QLineEdit(this);
    QComboBox *kind = new QComboBox(this);
    QCheckBox *alone = new QCheckBox(u"alone"_s, this);
    QSpinBox *days = new QSpinBox(this);
    QPlainTextEdit *notes = new QPlainTextEdit(this);
    QLineEdit *search = new QLineEdit(this);
    int saves = 0;

protected:
    void saveForm() override
    {
        ++saves;
        if (!name->text().isEmpty())
            accept();
    }
};

// Answers the next question with the button of this text.
void answer(const QString &button)
{
    whenShown<QMessageBox>([button](QMessageBox *question) {
        QTest::mouseClick(childWithText<QPushButton>(*question, button), Qt::LeftButton);
    });
}

} // namespace

// The question a form asks before its changes are thrown away, on each kind of field.
class TstFormDialog : public QObject
{
    Q_OBJECT

private slots:
    void everyKindOfFieldCountsAsAChange();
    void anUnchangedFormClosesWithoutAQuestion();
    void goBackKeepsTheFormAndDiscardCloses();
    void saveSavesAndStaysOpenWhenRefused();
};

void TstFormDialog::everyKindOfFieldCountsAsAChange()
{
    const std::function<void(SampleForm &)> changes[] = {
            [](SampleForm &form) { QTest::keyClicks(form.name, u"x"_s); },
            [](SampleForm &form) { form.kind->setCurrentIndex(1); },
            [](SampleForm &form) { form.alone->setChecked(true); },
            [](SampleForm &form) { form.days->setValue(3); },
            [](SampleForm &form) { form.notes->setPlainText(u"x"_s); },
    };
    for (const auto &change : changes) {
        SampleForm form;
        form.show();
        QVERIFY(!form.hasChanges());
        change(form);
        QVERIFY(form.hasChanges());
    }
    // A box that only chooses is not the form's data.
    SampleForm form;
    form.show();
    QTest::keyClicks(form.search, u"wxy"_s);
    QVERIFY(!form.hasChanges());
    // Changed back by hand: nothing is lost by closing.
    QTest::keyClicks(form.name, u"x"_s);
    QTest::keyClick(form.name, Qt::Key_Backspace);
    QVERIFY(!form.hasChanges());
}

void TstFormDialog::anUnchangedFormClosesWithoutAQuestion()
{
    SampleForm form;
    form.show();
    QTest::keyClick(&form, Qt::Key_Escape);
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Rejected));
    QCOMPARE(form.saves, 0);
}

void TstFormDialog::goBackKeepsTheFormAndDiscardCloses()
{
    SampleForm form;
    form.show();
    form.name->insert(u"王秀英"_s); // as an input method commits it
    answer(u"Go back"_s);
    QTest::keyClick(&form, Qt::Key_Escape);
    QVERIFY(form.isVisible());
    QCOMPARE(form.name->text(), u"王秀英"_s);
    // The window's close button asks the same.
    answer(u"Discard"_s);
    form.close();
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Rejected));
    QCOMPARE(form.saves, 0);
}

void TstFormDialog::saveSavesAndStaysOpenWhenRefused()
{
    SampleForm form;
    form.show();
    form.alone->setChecked(true);
    answer(u"Save"_s);
    form.reject();
    QCOMPARE(form.saves, 1);
    QVERIFY(form.isVisible());      // refused: no name
    form.name->insert(u"王秀英"_s); // as an input method commits it
    answer(u"Save"_s);
    form.reject();
    QCOMPARE(form.saves, 2);
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TstFormDialog)
#include "tst_formdialog.moc"

#include "auditlog.h"
#include "auditlogdialog.h"
#include "auditlogmodel.h"
#include "database.h"
#include "databaselocation.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace linli;
using namespace linli::test;

// Reading the audit log: newest first a page at a time, filters, the chain checked on request, and
// nothing for a role that may not read it.
class TstAuditLogView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesNewestFirstThroughTheWholeLog();
    void filtersByActionWhoAndDays();
    void aClerkReadsNothing();
    void theDialogFiltersAndChecksTheChain();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    static void fetchAll(AuditLogModel &model);
    FreshDatabase m_database;
};

void TstAuditLogView::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_database.open());
    // 450 rows over three days: sign-ins by two people, then resident changes.
    AuditLog audit(db());
    for (int i = 0; i < 450; ++i) {
        audit.setClock(QDateTime(QDate(2026, 11, 20 + i / 150), QTime(9, 0).addSecs(i * 60)));
        const Actor who{0, i % 2 ? u"clerk1"_s : u"boss1"_s, {}, i % 2 ? Role::Clerk : Role::Manager};
        const bool signIn = i % 10 == 0;
        QVERIFY(audit.recordAlone({signIn ? u"LOGIN_OK"_s : u"UPDATE"_s, signIn ? u"user"_s : u"resident"_s, i + 1,
                                   signIn ? QString() : u"room: 301 → 302"_s, u"ok"_s},
                                  who));
    }
    Actor::actFor(db(), Actor{0, u"boss1"_s, u"赵主任"_s, Role::Manager});
}

void TstAuditLogView::cleanup()
{
    Actor::forget(db());
    m_database.close();
}

void TstAuditLogView::fetchAll(AuditLogModel &model)
{
    while (model.canFetchMore())
        model.fetchMore();
}

void TstAuditLogView::pagesNewestFirstThroughTheWholeLog()
{
    AuditLogModel model(db());
    model.fetchMore();
    QCOMPARE(model.rowCount(), AuditLogModel::pageSize); // one page, not the whole log
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0, AuditLogModel::Object).data().toString(), u"resident #450"_s);
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), u"Changed"_s);
    QCOMPARE(model.index(0, AuditLogModel::Who).data().toString(), u"clerk1 (Clerk)"_s);
    QCOMPARE(model.index(0, AuditLogModel::Changes).data().toString(), u"room: 301 → 302"_s);
    // Stored in words of no language, shown in the reader's.
    QCOMPARE(AuditLogModel::describeChanges(u"phone: 138****8000 → 139****9000; role=manager; unlocked; "
                                            "permission=BulkExport; somethingnew"_s),
             u"phone: 138****8000 → 139****9000; role: Manager; lock lifted; "
             "wanted to: export residents or services to a file; somethingnew"_s);
    QCOMPARE(model.index(0, AuditLogModel::Result).data().toString(), u"done"_s);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.index(449, AuditLogModel::Object).data().toString(), u"account #1"_s);
    QCOMPARE(model.index(449, AuditLogModel::Action).data().toString(), u"Signed in"_s);
}

void TstAuditLogView::filtersByActionWhoAndDays()
{
    AuditLogModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({u"LOGIN_OK"_s, {}, {}, {}});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 45);
    model.setFilter({{}, u"CLERK"_s, {}, {}});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 225);
    model.setFilter({{}, {}, QDate(2026, 11, 21), QDate(2026, 11, 21)});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 150);
    model.setFilter({u"UPDATE"_s, u"boss"_s, QDate(2026, 11, 22), {}});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 60); // 75 of boss1's on the last day, less the 15 sign-ins
}

void TstAuditLogView::aClerkReadsNothing()
{
    Actor::actFor(db(), Actor{0, u"clerk1"_s, u"李敏"_s, Role::Clerk});
    AuditLogModel model(db());
    QSignalSpy failed(&model, &AuditLogModel::loadFailed);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"Manager"_s));
    model.setFilter({});
    model.fetchMore();
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM audit_log WHERE action = 'DENIED' AND login = 'clerk1'"_s), 1);
}

void TstAuditLogView::theDialogFiltersAndChecksTheChain()
{
    AuditLogDialog dialog{Session(*m_database)};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.model()->rowCount() > 0);
    dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(u"LOGIN_OK"_s));
    while (dialog.model()->canFetchMore())
        dialog.model()->fetchMore();
    QCOMPARE(dialog.model()->rowCount(), 45);
    QTest::keyClicks(dialog.loginBox(), u"clerk"_s);
    QCOMPARE(dialog.model()->rowCount(), 0); // boss1 signed in on even rows only
    dialog.checkChain();
    QVERIFY2(dialog.messageLabel()->text().contains(u"whole"_s), qPrintable(dialog.messageLabel()->text()));
    // Someone goes round the program and its guard against edits of the log.
    const QString dropGuard
            = onServer() ? u"DROP TRIGGER audit_log_no_update ON audit_log"_s : u"DROP TRIGGER audit_log_no_update"_s;
    QSqlQuery tamper(m_database->connection());
    QVERIFY2(tamper.exec(dropGuard) && tamper.exec(u"UPDATE audit_log SET changes = 'nothing' WHERE id = 7"_s),
             qPrintable(tamper.lastError().text()));
    dialog.checkChain();
    QVERIFY2(dialog.messageLabel()->text().contains(u"row 7"_s), qPrintable(dialog.messageLabel()->text()));
}

QTEST_MAIN(TstAuditLogView)
#include "tst_auditlogview.moc"

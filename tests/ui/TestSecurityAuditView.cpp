#include "app/backup/BackupFixtures.h"
#include "core/JobRunner.h"
#include "core/ProcessHardening.h"
#include "pages/AuditPage.h"
#include "pages/SecurityAuditView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QtCrypto>

using namespace strongroom;
using namespace backupfixtures;

// The Audit page's "Run security audit" view on real files: a plain SQLite database (made by the
// sqlcipher shell) and a key file readable by others fail, a 0600 key file passes; the filters by
// result and area hide the other rows; the HTML export is the CLI's page and the PDF export a PDF,
// both 0600 and both holding only the rows shown. A screenshot goes to STRONGROOM_SCREENSHOT_DIR
// when set (docs/screenshots/audit-security.png is made that way).
class TestSecurityAuditView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // The test's own audit log keeps the user's out.
    JobRunner m_runner{AuditLog(m_dir.filePath(QStringLiteral("audit.jsonl")))};

    QString path(const QString &name) const { return m_dir.filePath(name); }

    SecurityAuditRequest request() const
    {
        SecurityAuditRequest request;
        request.scheduleFolder = path(QStringLiteral("schedules"));
        return request;
    }

    static int resultCount(const QList<SecurityCheck> &checks, SecurityCheck::Result result)
    {
        return int(std::count_if(checks.cbegin(), checks.cend(),
                                 [&](const SecurityCheck &c) { return c.result == result; }));
    }

    static const SecurityCheck *find(const QList<SecurityCheck> &checks, const QString &id,
                                     const QString &subject)
    {
        for (const SecurityCheck &check : checks)
            if (check.id == id && check.subject.contains(subject))
                return &check;
        return nullptr;
    }

    static bool isPrivate(const QString &file)
    {
        const QFile::Permissions others =
            QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        return !(QFile::permissions(file) & others);
    }

    void runAudit(ui::SecurityAuditView &view)
    {
        QSignalSpy finished(&view, &ui::SecurityAuditView::finished);
        view.findChild<QPushButton *>(QStringLiteral("runSecurityAudit"))->click();
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY(!view.isRunning());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString srv = path(QStringLiteral("srv"));
        QVERIFY(QDir().mkpath(srv + QStringLiteral("/plain")));
        QVERIFY(QDir().mkpath(srv + QStringLiteral("/keys")));
        QCOMPARE(runSqlCipherShell(srv + QStringLiteral("/plain/app.db"), "CREATE TABLE t(a);\n").exitCode,
                 0);
        QVERIFY(writeAll(srv + QStringLiteral("/keys/open.key"), "x'00'\n"));
        QFile::setPermissions(srv + QStringLiteral("/keys/open.key"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QVERIFY(writeAll(srv + QStringLiteral("/keys/good.key"), "x'00'\n"));
        QFile::setPermissions(srv + QStringLiteral("/keys/good.key"), QFile::ReadOwner | QFile::WriteOwner);
    }

    void runsTheAuditInTheJobDialogAndListsEachCheck()
    {
        // The test's own schedules folder (and the runner's audit log) keep the user's out.
        ui::SecurityAuditView isolated(&m_runner, [this] { return request(); });
        isolated.addPath(path(QStringLiteral("srv")));
        isolated.resize(1300, 700);
        isolated.show();
        runAudit(isolated);
        const QList<SecurityCheck> checks = isolated.checks();
        const SecurityCheck *plain =
            find(checks, QStringLiteral("sqlcipher.encrypted"), QStringLiteral("plain/app.db"));
        QVERIFY(plain);
        QCOMPARE(plain->result, SecurityCheck::Result::Fail);
        const SecurityCheck *open =
            find(checks, QStringLiteral("files.key-file-mode"), QStringLiteral("open.key"));
        QVERIFY(open);
        QCOMPARE(open->result, SecurityCheck::Result::Fail);
        const SecurityCheck *good =
            find(checks, QStringLiteral("files.key-file-mode"), QStringLiteral("good.key"));
        QVERIFY(good);
        QCOMPARE(good->result, SecurityCheck::Result::Pass);
        QVERIFY(find(checks, QStringLiteral("manual.two-person-rule"), QString()));
        const auto *table = isolated.findChild<QTableWidget *>(QStringLiteral("securityChecks"));
        QCOMPARE(table->rowCount(), checks.size());
        const auto *summary = isolated.findChild<QLabel *>(QStringLiteral("auditSummary"));
        QVERIFY2(summary->text().contains(
                     QStringLiteral("%1 failed").arg(resultCount(checks, SecurityCheck::Result::Fail))),
                 qPrintable(summary->text()));
        // The first failure is selected and the pane below says why it matters and how to fix it.
        const auto *details = isolated.findChild<QTextBrowser *>(QStringLiteral("securityCheckDetails"));
        const SecurityCheck &selected = checks.at(table->currentRow());
        QCOMPARE(selected.result, SecurityCheck::Result::Fail);
        QVERIFY2(details->toPlainText().contains(selected.fix), qPrintable(details->toPlainText()));
        QVERIFY(details->toPlainText().contains(selected.why));
        // The job wrote its audit line to the runner's log.
        QVERIFY(QFile(path(QStringLiteral("audit.jsonl"))).size() > 0);

        const QString shots = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            ui::AuditPage page(&m_runner);
            ui::SecurityAuditView &view = *page.securityAudit();
            view.addPath(path(QStringLiteral("srv")));
            page.resize(1300, 760);
            page.show();
            page.showSecurityAudit();
            runAudit(view);
            QTest::qWait(300);
            page.grab().save(QDir(shots).filePath(QStringLiteral("audit-security.png")));
        }
    }

    void filtersByResultAndAreaAndExportsOnlyTheRowsShown()
    {
        ui::SecurityAuditView view(&m_runner, [this] { return request(); });
        view.addPath(path(QStringLiteral("srv")));
        runAudit(view);
        const QList<SecurityCheck> all = view.checks();
        QCOMPARE(view.shownChecks().size(), all.size());

        view.setResultFilter(QStringLiteral("fail"));
        QCOMPARE(view.shownChecks().size(), resultCount(all, SecurityCheck::Result::Fail));
        QVERIFY(view.shownChecks().size() >= 2);
        for (const SecurityCheck &check : view.shownChecks())
            QCOMPARE(check.result, SecurityCheck::Result::Fail);
        view.setAreaFilter(QStringLiteral("files"));
        const QList<SecurityCheck> failedFiles = view.shownChecks();
        QVERIFY(!failedFiles.isEmpty());
        for (const SecurityCheck &check : failedFiles) {
            QCOMPARE(check.area, QStringLiteral("files"));
            QCOMPARE(check.result, SecurityCheck::Result::Fail);
        }

        const QString html = path(QStringLiteral("report.html"));
        QVERIFY(view.exportHtml(html).ok());
        const QByteArray page = readAll(html);
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("open.key"));
        QVERIFY(!page.contains("good.key")); // passed: filtered out
        QVERIFY(!page.contains("sqlcipher.encrypted"));
        QVERIFY(isPrivate(html));

        view.setResultFilter(QString());
        view.setAreaFilter(QString());
        const QString pdf = path(QStringLiteral("report.pdf"));
        QVERIFY(view.exportPdf(pdf).ok());
        const QByteArray document = readAll(pdf);
        QVERIFY(document.startsWith("%PDF-"));
        QVERIFY(document.size() > 2000);
        QVERIFY(isPrivate(pdf));
    }
};

int main(int argc, char *argv[])
{
    processhardening::hardenProcess(); // as the console does at start (machine.core-dumps)
    QCA::Initializer init;
    QApplication app(argc, argv);
    TestSecurityAuditView test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecurityAuditView.moc"

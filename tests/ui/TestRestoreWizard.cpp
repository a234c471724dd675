#include "BackupUiFixture.h"
#include "backup/BackupCatalog.h"
#include "backups/BackupHistoryModel.h"
#include "backups/ComparisonView.h"
#include "backups/RestoreWizard.h"
#include "backups/RestoreWizardPages.h"
#include "widgets/SecretLineEdit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;
using namespace backupui;

// The restore wizard driven page by page offscreen, on real SQLCipher files: what it shows at each
// step, and on disk that the database was replaced (or left byte for byte) and the pre-restore
// backup made.
class TestRestoreWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

    static QString text(QWizard *wizard, const char *label)
    {
        return wizard->currentPage()->findChild<QLabel *>(QLatin1String(label))->text();
    }

    static void next(QWizard *wizard)
    {
        QAbstractButton *button = wizard->button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Opens the wizard for `db` with `backup` typed into the file field; leaves it on the validation
    // page once the check ended.
    static RestoreWizard *validate(Console &console, const QString &backup)
    {
        console.page.startRestore();
        RestoreWizard *wizard = console.page.restoreWizard();
        if (!wizard)
            return nullptr;
        wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("backupFile"))->setText(backup);
        if (wizard->backupPath() != backup || !wizard->button(QWizard::NextButton)->isEnabled())
            return nullptr;
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        if (wizard->currentId() != RestoreWizard::ValidatePage ||
            !QTest::qWaitFor([&] { return console.runner.running().isEmpty(); }, 30000))
            return nullptr;
        QTest::qWait(50);
        return wizard;
    }

    static QStringList preRestoreBackups(const QString &folder)
    {
        QStringList names;
        const QList<BackupRecord> entries = BackupCatalog(folder).entries().value();
        for (const BackupRecord &r : entries)
            if (r.isProtected())
                names.append(r.fileName);
        return names;
    }

private Q_SLOTS:
    void initTestCase() { isolateUserFiles(m_config); }

    void aDownloadedBackupReplacesTheDatabaseAfterAPreRestoreBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        const QString downloaded = dir.filePath(QStringLiteral("Downloads/crm-export.db"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("Downloads"))));
        QVERIFY(makeDatabase(db, liveKey(), 400, "old"));
        QVERIFY(makeDatabase(downloaded, liveKey(), 250, "new"));
        Console console;
        QVERIFY(console.open(db));

        RestoreWizard *wizard = validate(console, downloaded);
        QVERIFY(wizard);
        QVERIFY2(text(wizard, "validationStatus").contains(QStringLiteral("Valid.")),
                 qPrintable(text(wizard, "validationStatus")));
        next(wizard);

        QCOMPARE(wizard->currentId(), int(RestoreWizard::ComparePage));
        ComparisonModel *model = wizard->currentPage()->findChild<ComparisonView *>()->model();
        QMap<QString, QPair<QString, QString>> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.insert(model->index(r, ComparisonModel::Table).data().toString(),
                        {model->index(r, ComparisonModel::LiveRows).data().toString(),
                         model->index(r, ComparisonModel::BackupRows).data().toString()});
        QCOMPARE(rows.value(QStringLiteral("t")), qMakePair(QStringLiteral("400"), QStringLiteral("250")));
        QCOMPARE(rows.value(QStringLiteral("marker")), qMakePair(QStringLiteral("1"), QStringLiteral("1")));
        next(wizard);

        QCOMPARE(wizard->currentId(), int(RestoreWizard::CommitPage));
        const QString commit = text(wizard, "commitText");
        QVERIFY2(commit.contains(db) && commit.contains(downloaded) &&
                     commit.contains(dir.filePath(QStringLiteral("backups"))) &&
                     commit.contains(QStringLiteral("pre-restore")),
                 qPrintable(commit));
        // Nothing has happened yet.
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker;"), QByteArray("old"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("backups"))));

        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RestoreWizard::ReportPage), 60000);
        const QString report = text(wizard, "reportText");
        QVERIFY2(report.contains(QStringLiteral("was restored")), qPrintable(report));

        QCOMPARE(query(db, liveKey(),
                       "PRAGMA cipher_integrity_check; SELECT m FROM marker; SELECT count(*) FROM t;"),
                 QByteArray("new\n250"));
        const QStringList preRestore = preRestoreBackups(dir.filePath(QStringLiteral("backups")));
        QCOMPARE(preRestore.size(), 1);
        QVERIFY2(report.contains(preRestore.first()),
                 qPrintable(preRestore.first() + QStringLiteral(" not in ") + report));
        const QString saved = QDir(dir.filePath(QStringLiteral("backups"))).filePath(preRestore.first());
        QCOMPARE(query(saved, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"),
                 QByteArray("old\n400"));
        // The downloaded file is left as it was.
        QCOMPARE(query(downloaded, liveKey(), "SELECT m FROM marker;"), QByteArray("new"));

        // The dashboard reopens the restored database; the history lists the pre-restore backup.
        QVERIFY(console.settle());
        QTRY_VERIFY_WITH_TIMEOUT(console.databases.dashboard(db)->session() != nullptr, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(console.page.history()->rowCount(), 1, 30000);
        QVERIFY(console.page.history()
                    ->index(0, BackupHistoryModel::State)
                    .data()
                    .toString()
                    .contains(QStringLiteral("pre-restore")));
        wizard->accept();
        QVERIFY(console.settle());
    }

    void aBackupMadeWithAnotherKeyAsksForItsKeyAndIsReKeyed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        QVERIFY(makeDatabase(db, liveKey(), 40, "old"));
        QVERIFY(makeDatabase(foreign, otherKey(), 60, "foreign"));
        Console console;
        QVERIFY(console.open(db));

        RestoreWizard *wizard = validate(console, foreign);
        QVERIFY(wizard);
        QVERIFY2(text(wizard, "validationStatus").contains(QStringLiteral("Wrong key.")),
                 qPrintable(text(wizard, "validationStatus")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *keyField = wizard->currentPage()->findChild<ui::SecretLineEdit *>(QStringLiteral("backupKey"));
        QVERIFY(keyField->isVisible());

        QTest::keyClicks(keyField, QString::fromLatin1(otherKey()));
        QTest::mouseClick(wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("retryValidation")),
                          Qt::LeftButton);
        QVERIFY(keyField->isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        QVERIFY2(text(wizard, "validationStatus").contains(QStringLiteral("re-keyed")),
                 qPrintable(text(wizard, "validationStatus")));
        next(wizard);
        next(wizard);
        QCOMPARE(wizard->currentId(), int(RestoreWizard::CommitPage));
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RestoreWizard::ReportPage), 60000);
        QVERIFY2(text(wizard, "reportText").contains(QStringLiteral("re-keyed")),
                 qPrintable(text(wizard, "reportText")));
        // The restored database holds the backup's data under the live key.
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"),
                 QByteArray("foreign\n60"));
        QVERIFY(query(db, otherKey(), "SELECT m FROM marker;").startsWith("error"));
        wizard->accept();
        QVERIFY(console.settle());
    }

    void unusableBackupsAreRefusedWithTheReasonAndTouchNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("shown");
        QTest::newRow("damaged page") << "damaged" << "Damaged.";
        QTest::newRow("truncated") << "truncated" << "Damaged.";
        QTest::newRow("plain SQLite") << "plain" << "Not an encrypted database.";
        QTest::newRow("not a database") << "text" << "Not an encrypted database.";
    }

    void unusableBackupsAreRefusedWithTheReasonAndTouchNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 100, "old"));
        const QString good = dir.filePath(QStringLiteral("good.db"));
        QVERIFY(makeDatabase(good, liveKey(), 400, "new"));
        const QString bad = dir.filePath(QStringLiteral("bad.db"));
        QByteArray bytes = readAll(good);
        if (kind == QLatin1String("damaged")) {
            for (int i = 0; i < 64; ++i)
                bytes[6 * 4096 + 200 + i] = char(bytes[6 * 4096 + 200 + i] ^ 0x33);
        } else if (kind == QLatin1String("truncated")) {
            bytes = bytes.left(7 * 4096 + 1234);
        } else if (kind == QLatin1String("plain")) {
            QVERIFY(runSqlCipherShell(dir.filePath(QStringLiteral("plain.db")),
                                      "CREATE TABLE t(a); INSERT INTO t VALUES (1);")
                        .exitCode == 0);
            bytes = readAll(dir.filePath(QStringLiteral("plain.db")));
        } else {
            bytes = QByteArray("<html><body>404 Not Found</body></html>\n").repeated(50);
        }
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), bytes.size());
        out.close();
        const QByteArray before = readAll(db);

        Console console;
        QVERIFY(console.open(db));
        RestoreWizard *wizard = validate(console, bad);
        QVERIFY(wizard);
        QVERIFY2(text(wizard, "validationStatus").contains(shown),
                 qPrintable(text(wizard, "validationStatus")));
        QVERIFY(text(wizard, "validationStatus").contains(QStringLiteral("bad.db")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard->currentPage()
                     ->findChild<ui::SecretLineEdit *>(QStringLiteral("backupKey"))
                     ->isVisible());
        wizard->reject();
        QVERIFY(console.settle());
        QCOMPARE(readAll(db), before);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("backups"))));
    }

    void aFileDroppedOnTheFirstPageIsChosen()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        const QString dropped = dir.filePath(QStringLiteral("dropped.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "old"));
        QVERIFY(makeDatabase(dropped, liveKey(), 10, "new"));
        Console console;
        QVERIFY(console.open(db));
        console.page.startRestore();
        RestoreWizard *wizard = console.page.restoreWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ChoosePage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // an empty history, no file yet

        QWidget *page = wizard->currentPage();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(dropped)});
        const QPoint at = page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &drop);
        QCOMPARE(wizard->backupPath(), dropped);
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("backupFile"))->text(), dropped);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->reject();
        QVERIFY(console.settle());
    }

    void restoreFromTheHistoryPreselectsTheChosenBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 30, "first"));
        Console console;
        QVERIFY(console.open(db));
        QVERIFY(console.backUpNow());
        const QString backup = console.page.history()->pathOf(0);
        QVERIFY(!query(db, liveKey(), "UPDATE marker SET m = 'second'; DELETE FROM t WHERE a > 10;")
                     .startsWith("error"));

        console.page.findChild<QTableView *>(QStringLiteral("historyView"))->selectRow(0);
        QTest::mouseClick(console.page.findChild<QPushButton *>(QStringLiteral("restoreBackup")),
                          Qt::LeftButton);
        RestoreWizard *wizard = console.page.restoreWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->backupPath(), backup);
        auto *history = wizard->currentPage()->findChild<QTreeWidget *>(QStringLiteral("historyList"));
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->currentItem()->text(1), QFileInfo(backup).fileName());
        next(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        // The history's sealed entry vouched for the pages; the admin can still have them checked.
        QVERIFY2(text(wizard, "validationStatus").contains(QStringLiteral("sealed entry")),
                 qPrintable(text(wizard, "validationStatus")));
        auto *checkFully = wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("checkFully"));
        QVERIFY(checkFully->isVisible());
        QTest::mouseClick(checkFully, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        QVERIFY2(text(wizard, "validationStatus").contains(QStringLiteral("integrity_check")),
                 qPrintable(text(wizard, "validationStatus")));
        QVERIFY(wizard->plan()->backup.structureChecked);
        QVERIFY(!checkFully->isVisible());
        next(wizard);
        next(wizard);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RestoreWizard::ReportPage), 60000);
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"),
                 QByteArray("first\n30"));
        QCOMPARE(preRestoreBackups(dir.filePath(QStringLiteral("backups"))).size(), 1);
        wizard->accept();
        QVERIFY(console.settle());
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("strongroom-test"));
    QCoreApplication::setApplicationName(QStringLiteral("TestRestoreWizard"));
    QStandardPaths::setTestModeEnabled(true);
    TestRestoreWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRestoreWizard.moc"

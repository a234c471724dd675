#include "BackupUiFixture.h"
#include "backup/BackupCatalog.h"
#include "backup/CatalogSeal.h"
#include "backups/BackupHistoryModel.h"
#include "backups/ComparisonView.h"
#include "backups/RetentionEditor.h"
#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeWidget>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;
using namespace backupui;

// The Backups page driven offscreen on real SQLCipher files: its buttons start jobs whose outcomes
// are checked on disk (the backup file, the catalog, what the sqlcipher shell reads).
class TestBackupsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

    static QPushButton *button(QWidget &parent, const char *name)
    {
        return parent.findChild<QPushButton *>(QLatin1String(name));
    }

    static void selectRow(BackupsPage &page, int row)
    {
        page.findChild<QTableView *>(QStringLiteral("historyView"))->selectRow(row);
    }

    static QMessageBox *waitForMessageBox(const QString &name)
    {
        QMessageBox *box = nullptr;
        // The caller checks the box it gets back; a timeout returns nullptr.
        (void)QTest::qWaitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *b = qobject_cast<QMessageBox *>(w);
                        b && b->objectName() == name && b->isVisible())
                        box = b;
                return box != nullptr;
            },
            10000);
        return box;
    }

    // Copies of one real backup under names of the given times, catalogued as made then and sealed
    // with the key, as Strongroom would have.
    static void makeHistory(const QString &db, const QString &folder, const QList<QDateTime> &times)
    {
        BackupCatalog catalog(folder);
        const QList<BackupRecord> made = catalog.entries().value();
        QVERIFY(!made.isEmpty());
        const BackupRecord original = made.first();
        QVERIFY(original.settings);
        const Result<PageKeys> keys = PageKeys::ofFile(
            catalog.pathOf(original), KeyMaterial(QCA::SecureArray(liveKey())), *original.settings);
        QVERIFY(keys);
        for (const QDateTime &time : times) {
            BackupRecord r = original;
            r.fileName = backupFileName(QFileInfo(db).completeBaseName(), time);
            r.created = time;
            QVERIFY(seal(r, keys.value()));
            QVERIFY(QFile::copy(catalog.pathOf(original), catalog.pathOf(r)));
            QVERIFY(catalog.add(r));
        }
        QVERIFY(catalog.remove({original.fileName}));
        QVERIFY(QFile::remove(catalog.pathOf(original)));
    }

private Q_SLOTS:
    void initTestCase() { isolateUserFiles(m_config); }

    void backUpNowWritesAVerifiedBackupIntoTheCatalog()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 300, "v1"));
        Console console;
        QVERIFY(console.open(db));
        QCOMPARE(console.page.history()->rowCount(), 0);
        QVERIFY(button(console.page, "backUpNow")->isEnabled());

        QTest::mouseClick(button(console.page, "backUpNow"), Qt::LeftButton);
        // The history may still be loading from the open (one historyLoaded) when the backup ends
        // and reloads it (another): wait for the row, not for a signal.
        QTRY_COMPARE_WITH_TIMEOUT(console.page.history()->rowCount(), 1, 60000);
        const QString path = console.page.history()->pathOf(0);
        QCOMPARE(QFileInfo(path).absolutePath(), dir.filePath(QStringLiteral("backups")));
        QVERIFY(QFile::exists(path));
        const QList<BackupRecord> entries =
            BackupCatalog(dir.filePath(QStringLiteral("backups"))).entries().value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().fileName, QFileInfo(path).fileName());
        QCOMPARE(entries.first().rowCounts.value(QStringLiteral("t")), qint64(300));
        QCOMPARE(console.page.history()->index(0, BackupHistoryModel::State).data().toString(),
                 QStringLiteral("verified"));
        QCOMPARE(console.page.history()->index(0, BackupHistoryModel::KeyId).data().toString(),
                 entries.first().keyId);
        // Any SQLCipher tool opens it with the same key.
        QCOMPARE(query(path, liveKey(), "SELECT count(*) FROM t; SELECT m FROM marker;"),
                 QByteArray("300\nv1"));

        // The dashboard's "last backup" card names it.
        DatabaseDashboard *dashboard = console.databases.dashboard(db);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->lastBackupText() != QStringLiteral("None") &&
                                     dashboard->lastBackupText() != QStringLiteral("…"),
                                 10000);
        QVERIFY(console.settle());
    }

    void verifyShowsTheOutcomeInTheStateColumn()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 100, "v1"));
        Console console;
        QVERIFY(console.open(db));
        QVERIFY(console.backUpNow());
        // A copy made with another key, dropped into the folder by hand: listed, not yet verified.
        const QString foreign = dir.filePath(QStringLiteral("backups/foreign.db"));
        QVERIFY(makeDatabase(foreign, otherKey(), 10, "other"));
        QVERIFY(console.reload());
        QCOMPARE(console.page.history()->rowCount(), 2);
        int foreignRow = -1;
        for (int r = 0; r < 2; ++r)
            if (console.page.history()->backup(r).fileName == QLatin1String("foreign.db"))
                foreignRow = r;
        QVERIFY(foreignRow >= 0);
        QCOMPARE(console.page.history()->index(foreignRow, BackupHistoryModel::State).data().toString(),
                 QStringLiteral("not yet verified"));

        selectRow(console.page, 1 - foreignRow);
        QTest::mouseClick(button(console.page, "verifyBackup"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            console.page.history()->index(1 - foreignRow, BackupHistoryModel::State).data().toString(),
            QStringLiteral("intact (checked now)"), 30000);
        selectRow(console.page, foreignRow);
        QTest::mouseClick(button(console.page, "verifyBackup"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            console.page.history()->index(foreignRow, BackupHistoryModel::State).data().toString(),
            QStringLiteral("made with another key"), 30000);
        QVERIFY(console.settle());
    }

    void compareShowsLiveAndBackupRowsSideBySide()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 200, "v1"));
        Console console;
        QVERIFY(console.open(db));
        QVERIFY(console.backUpNow());
        QVERIFY(!query(db, liveKey(),
                       "DELETE FROM t WHERE a <= 30; CREATE TABLE extra(x); INSERT INTO extra VALUES (1);")
                     .startsWith("error"));

        selectRow(console.page, 0);
        QTest::mouseClick(button(console.page, "compareBackup"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = console.page.window()->findChild<QDialog *>(QStringLiteral("compareDialog"))) ||
                [&] {
                    for (QWidget *w : QApplication::topLevelWidgets())
                        if (w->objectName() == QLatin1String("compareDialog"))
                            dialog = qobject_cast<QDialog *>(w);
                    return dialog != nullptr;
                }(),
            30000);
        ComparisonModel *model = dialog->findChild<ComparisonView *>()->model();
        QMap<QString, QStringList> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.insert(model->index(r, ComparisonModel::Table).data().toString(),
                        {model->index(r, ComparisonModel::LiveRows).data().toString(),
                         model->index(r, ComparisonModel::BackupRows).data().toString(),
                         model->index(r, ComparisonModel::Difference).data().toString()});
        QCOMPARE(rows.value(QStringLiteral("t")),
                 (QStringList{QStringLiteral("170"), QStringLiteral("200"), QStringLiteral("+30")}));
        QCOMPARE(rows.value(QStringLiteral("marker")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("=")}));
        QCOMPARE(rows.value(QStringLiteral("extra")).value(1), ComparisonModel::tr("(no such table)"));
        dialog->close();
        QVERIFY(console.settle());
    }

    void deleteAsksNamingTheFileThenRemovesItAndItsEntry()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 50, "v1"));
        Console console;
        QVERIFY(console.open(db));
        QVERIFY(console.backUpNow());
        const QString path = console.page.history()->pathOf(0);

        selectRow(console.page, 0);
        QTest::mouseClick(button(console.page, "deleteBackup"), Qt::LeftButton);
        QMessageBox *box = waitForMessageBox(QStringLiteral("confirmDelete"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        // Cancel changes nothing.
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QVERIFY(QFile::exists(path));

        QTest::mouseClick(button(console.page, "deleteBackup"), Qt::LeftButton);
        box = waitForMessageBox(QStringLiteral("confirmDelete"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(console.page.history()->rowCount(), 0, 30000);
        QVERIFY(!QFile::exists(path));
        QVERIFY(BackupCatalog(dir.filePath(QStringLiteral("backups"))).entries().value().isEmpty());
        QVERIFY(QFile::exists(db));
        QVERIFY(console.settle());
    }

    void retentionPreviewListsWhatWouldGoAndApplyRemovesExactlyThat()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 20, "v1"));
        Console console;
        QVERIFY(console.open(db));
        QVERIFY(console.backUpNow());
        // Two backups on each of three days, plus a pre-restore backup on the oldest day.
        const QString folder = dir.filePath(QStringLiteral("backups"));
        const QDateTime day = QDateTime(QDate(2026, 3, 10), QTime(0, 0), QTimeZone::UTC);
        makeHistory(db, folder,
                    {day.addSecs(9 * 3600), day.addSecs(17 * 3600), day.addDays(1).addSecs(9 * 3600),
                     day.addDays(1).addSecs(17 * 3600), day.addDays(2).addSecs(9 * 3600),
                     day.addDays(2).addSecs(17 * 3600)});
        if (QTest::currentTestFailed())
            return;
        BackupCatalog catalog(folder);
        BackupRecord preRestore = catalog.entries().value().first();
        const QString preRestoreSource = catalog.pathOf(preRestore);
        preRestore.fileName = QStringLiteral("crm-backup-20260310-080000.db");
        preRestore.created = day.addSecs(8 * 3600);
        preRestore.tags = {BackupRecord::preRestoreTag()};
        QVERIFY(QFile::copy(preRestoreSource, catalog.pathOf(preRestore)));
        QVERIFY(catalog.add(preRestore));
        QVERIFY(console.reload());
        QCOMPARE(console.page.history()->rowCount(), 7);

        // keep-daily 2: the newest of the two newest days; the pre-restore backup is protected.
        console.page.tabs()->setCurrentWidget(console.page.retention());
        RetentionEditor *editor = console.page.retention();
        editor->findChild<QSpinBox *>(QStringLiteral("keepLast"))->setValue(0);
        editor->findChild<QSpinBox *>(QStringLiteral("keepDaily"))->setValue(2);
        const QStringList expectedRemoved{
            QStringLiteral("crm-backup-20260312-090000.db"), QStringLiteral("crm-backup-20260311-090000.db"),
            QStringLiteral("crm-backup-20260310-170000.db"), QStringLiteral("crm-backup-20260310-090000.db")};
        QCOMPARE(editor->wouldRemove(), expectedRemoved);
        auto *preview = editor->findChild<QTreeWidget *>(QStringLiteral("retentionPreview"));
        QCOMPARE(preview->topLevelItemCount(), 7);
        QMap<QString, QString> why;
        for (int i = 0; i < preview->topLevelItemCount(); ++i)
            why.insert(preview->topLevelItem(i)->text(0), preview->topLevelItem(i)->text(2) +
                                                              QLatin1Char(':') +
                                                              preview->topLevelItem(i)->text(3));
        QCOMPARE(why.value(QStringLiteral("crm-backup-20260312-170000.db")),
                 QStringLiteral("keep:daily snapshot"));
        QCOMPARE(why.value(QStringLiteral("crm-backup-20260311-170000.db")),
                 QStringLiteral("keep:daily snapshot"));
        QCOMPARE(why.value(QStringLiteral("crm-backup-20260310-080000.db")),
                 QStringLiteral("keep:protected (pre-restore)"));
        QCOMPARE(why.value(QStringLiteral("crm-backup-20260311-090000.db")), QStringLiteral("remove:"));
        // A dry run: nothing is gone yet.
        for (const QString &name : expectedRemoved)
            QVERIFY(QFile::exists(QDir(folder).filePath(name)));

        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyRetention")), Qt::LeftButton);
        QMessageBox *box = waitForMessageBox(QStringLiteral("confirmRetention"));
        QVERIFY(box);
        for (const QString &name : expectedRemoved)
            QVERIFY2(box->informativeText().contains(name), qPrintable(box->informativeText()));
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(console.page.history()->rowCount(), 3, 30000);
        QStringList left = QDir(folder).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
        QCOMPARE(left, (QStringList{QStringLiteral("crm-backup-20260310-080000.db"),
                                    QStringLiteral("crm-backup-20260311-170000.db"),
                                    QStringLiteral("crm-backup-20260312-170000.db")}));
        QCOMPARE(catalog.entries().value().size(), 3);
        QVERIFY(editor->wouldRemove().isEmpty());
        QVERIFY(console.settle());
    }

    void retentionRemovesOnlyBackupsWhoseCatalogSealHoldsWithTheKey_data()
    {
        QTest::addColumn<bool>("asked");
        QTest::newRow("the key the database is open with") << false;
        QTest::newRow("the key asked for when it is not open") << true;
    }

    void retentionRemovesOnlyBackupsWhoseCatalogSealHoldsWithTheKey()
    {
        QFETCH(bool, asked);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 20, "v1"));
        Console console;
        QVERIFY(console.open(db));
        QVERIFY(console.backUpNow());
        const QString folder = dir.filePath(QStringLiteral("backups"));
        const QDateTime day = QDateTime(QDate(2026, 3, 10), QTime(0, 0), QTimeZone::UTC);
        makeHistory(db, folder, {day.addSecs(9 * 3600), day.addSecs(10 * 3600), day.addSecs(11 * 3600)});
        if (QTest::currentTestFailed())
            return;
        // An entry someone who can write only the catalog added: a real backup's bytes under an
        // older name, with an entry copied from a genuine one and a made-up seal of the current version.
        BackupCatalog catalog(folder);
        BackupRecord forged = catalog.entries().value().first();
        const QString source = catalog.pathOf(forged);
        forged.fileName = QStringLiteral("crm-backup-20260301-090000.db");
        forged.created = day.addDays(-9);
        forged.seal = QString::fromLatin1(QCA::Random::randomArray(32).toByteArray().toHex());
        forged.sealVersion = BackupRecord::currentSealVersion;
        QVERIFY(QFile::copy(source, catalog.pathOf(forged)));
        QVERIFY(catalog.add(forged));
        QVERIFY(console.reload());
        QCOMPARE(console.page.history()->rowCount(), 4);

        console.page.tabs()->setCurrentWidget(console.page.retention());
        RetentionEditor *editor = console.page.retention();
        editor->findChild<QSpinBox *>(QStringLiteral("keepLast"))->setValue(1);
        // The preview cannot tell a forged seal from a genuine one: that takes the key.
        QCOMPARE(editor->wouldRemove(),
                 (QStringList{QStringLiteral("crm-backup-20260310-100000.db"),
                              QStringLiteral("crm-backup-20260310-090000.db"), forged.fileName}));
        if (asked)
            console.databases.dashboard(db)->closeSession();
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyRetention")), Qt::LeftButton);
        QMessageBox *box = waitForMessageBox(QStringLiteral("confirmRetention"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        if (asked) {
            QDialog *keyDialog = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return (keyDialog = console.page.findChild<QDialog *>(QStringLiteral("pruneKeyDialog")));
                },
                10000));
            keyDialog->findChild<SecretLineEdit *>()->setText(QString::fromLatin1(liveKey()));
            keyDialog->accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(console.page.history()->rowCount(), 2, 30000);
        const QStringList left = QDir(folder).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
        QCOMPARE(left, (QStringList{forged.fileName, QStringLiteral("crm-backup-20260310-110000.db")}));
        QCOMPARE(catalog.entries().value().size(), 2);
        QVERIFY(console.settle());
    }

    void theRetentionPolicyIsRememberedPerHistoryFolder()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a/backups"));
        const QString second = dir.filePath(QStringLiteral("b/backups"));
        {
            RetentionEditor editor;
            editor.setHistory(first, {});
            QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("keepLast"))->value(), 5); // the default
            editor.findChild<QSpinBox *>(QStringLiteral("keepLast"))->setValue(3);
            editor.findChild<QSpinBox *>(QStringLiteral("keepWeekly"))->setValue(-1);
            editor.findChild<QLineEdit *>(QStringLiteral("keepWithin"))->setText(QStringLiteral("1y2m"));
        }
        RetentionEditor editor;
        editor.setHistory(second, {});
        QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("keepLast"))->value(), 5);
        QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("keepWeekly"))->value(), 0);
        editor.setHistory(first, {});
        QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("keepLast"))->value(), 3);
        QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("keepWeekly"))->text(),
                 RetentionEditor::tr("unlimited"));
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("keepWithin"))->text(), QStringLiteral("1y2m"));
        // A duration that does not parse previews nothing and cannot be applied.
        editor.findChild<QLineEdit *>(QStringLiteral("keepWithin"))->setText(QStringLiteral("3 weeks"));
        QVERIFY(!editor.policy());
        QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("applyRetention"))->isEnabled());
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("strongroom-test"));
    QCoreApplication::setApplicationName(QStringLiteral("TestBackupsPage"));
    QStandardPaths::setTestModeEnabled(true);
    TestBackupsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestBackupsPage.moc"

// The Volumes page's "Move Folder Into Volume…" wizard runs the same MigrateDirJob as `volume
// migrate-dir`, on a real folder and a real image (mke2fs -d, in-place encryption, no device-mapper):
// the recovery key is shown before anything is made and ends up in slot 1; Build and Verify leaves
// the folder untouched; Switch Over renames it and shows the crypttab and fstab lines; Roll Back puts
// it back with every byte. While a real PostgreSQL 17 server runs on the folder, Back Up and Verify
// makes the dashboard's backup (age-encrypted, 0600) and verifies it at level 2 with the identity
// asked for, or with the backup's own passphrase; the page names the verified file, Next waits for
// it (or for "Go on without a backup"), and the migration's report names it; a server that cannot
// be reached leaves its reason on the page.
#include "VolumeUiSupport.h"
#include "age/IdentityFile.h"
#include "age/X25519Keys.h"
#include "core/JobReport.h"
#include "core/JobRunner.h"
#include "jobs/JobsIndicator.h"
#include "postgres/PgBackUpDialog.h"
#include "support/PostgresServer.h"
#include "volumes/CryptDevice.h"
#include "volumes/KeySlots.h"
#include "volumes/MigrateDirWizard.h"
#include "volumes/PbkdfSettingsEditor.h"
#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QtCrypto>
#include <sys/stat.h>

using namespace strongroom;

class TestMigrateDirWizard : public QObject
{
    Q_OBJECT

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static JobReport waitForStep(QSignalSpy &spy)
    {
        if (!spy.wait(240000))
            return {};
        return spy.takeFirst().first().value<JobReport>();
    }

    // The wizard on page 1 with the live server's data directory and `conninfo`, Back Up and Verify
    // pressed and the backup dialog filled in and accepted: encrypted to a recipient of a fresh age
    // identity (its identity file is `identityFile`), or with the passphrase kBackupPassphrase.
    void backUpFromPageOne(ui::MigrateDirWizard &wizard, const QString &conninfo, const QString &backups,
                           const QString &identityFile, bool passphrase = false)
    {
        wizard.setFolder(m_server.dataDir());
        wizard.setImage(backups + QStringLiteral(".img"));
        QTRY_VERIFY(child<QLabel>(&wizard, "migrateFolderNote")->text().contains(QStringLiteral("running")));
        QVERIFY(!child<QPushButton>(&wizard, "migrateBackUp")->isVisible()); // no connection yet
        child<QLineEdit>(&wizard, "migrateConnection")->setText(conninfo);
        QVERIFY(child<QPushButton>(&wizard, "migrateBackUp")->isVisible());
        click(&wizard, "migrateBackUp");
        auto *dialog = wizard.findChild<ui::PgBackUpDialog *>();
        QVERIFY(dialog);
        const age::X25519Identity identity = age::X25519Identity::generate();
        QFile file(identityFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(age::identityFileText(identity, QDateTime::currentDateTimeUtc()));
        file.close();
        child<QLineEdit>(dialog, "folder")->setText(backups);
        if (passphrase) {
            child<QRadioButton>(dialog, "passphraseMode")->setChecked(true);
            child<ui::SecretLineEdit>(dialog, "passphraseEdit")->setText(kBackupPassphrase);
            child<ui::SecretLineEdit>(dialog, "repeatEdit")->setText(kBackupPassphrase);
        } else {
            child<QRadioButton>(dialog, "recipientMode")->setChecked(true);
            child<QLineEdit>(dialog, "recipient")->setText(identity.recipient().toString());
        }
        child<QCheckBox>(dialog, "retention")->setChecked(false);
        dialog->accept();
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    }

    static inline const QString kBackupPassphrase = QStringLiteral("backup before the move");
    QTemporaryDir m_dir;
    PostgresServer m_server;

private Q_SLOTS:
    void backsUpAndVerifiesWhilePostgresRunsOnTheFolder_data()
    {
        QTest::addColumn<bool>("passphrase");
        QTest::newRow("encrypted to an age recipient, verified with its identity") << false;
        QTest::newRow("encrypted with a passphrase, verified with it unasked") << true;
    }

    void backsUpAndVerifiesWhilePostgresRunsOnTheFolder()
    {
        QFETCH(bool, passphrase);
        if (!m_server.isRunning())
            STRONGROOM_START_POSTGRES(m_server);
        const auto made =
            m_server.sql(QStringLiteral("CREATE TABLE IF NOT EXISTS orders (id int PRIMARY KEY, "
                                        "note text); INSERT INTO orders SELECT i, 'n' || i "
                                        "FROM generate_series(1, 2500) i ON CONFLICT DO NOTHING;"));
        QVERIFY2(made.ok, qPrintable(made.error));
        const QString tag = passphrase ? QStringLiteral("passphrase") : QStringLiteral("recipient");
        JobRunner runner;
        ui::JobsIndicator jobs(&runner);
        ui::MigrateDirWizard wizard(&runner, &jobs);
        wizard.resize(900, 700);
        wizard.show();
        QSignalSpy checked(&wizard, &ui::MigrateDirWizard::backupChecked);

        // Without a verified backup, Next asks for one (or for the tick).
        wizard.setFolder(m_server.dataDir());
        QTRY_VERIFY(child<QLabel>(&wizard, "migrateFolderNote")->text().contains(QStringLiteral("running")));
        QVERIFY(child<QCheckBox>(&wizard, "migrateWithoutBackup")->isVisible());
        wizard.setImage(m_dir.filePath(tag + QStringLiteral("-backups.img")));
        wizard.next();
        QCOMPARE(wizard.currentId(), 0);
        QVERIFY(
            child<QLabel>(&wizard, "migrateBackupNote")->text().contains(QStringLiteral("without a backup")));

        const QString backups = m_dir.filePath(tag + QStringLiteral("-backups"));
        const QString identityFile = m_dir.filePath(tag + QStringLiteral("-key.txt"));
        backUpFromPageOne(wizard, m_server.conninfo(), backups, identityFile, passphrase);
        if (QTest::currentTestFailed())
            return;
        if (!passphrase) {
            // Encrypted to a recipient: reading it back asks for the identity.
            QDialog *keyDialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((keyDialog = wizard.findChild<QDialog *>(QStringLiteral("pgKeyDialog"))),
                                     120000);
            child<QLineEdit>(keyDialog, "identityFile")->setText(identityFile);
            keyDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }
        QVERIFY(checked.wait(120000));
        if (passphrase) // the passphrase typed for the backup opens it: no key is asked for
            QVERIFY(!wizard.findChild<QDialog *>(QStringLiteral("pgKeyDialog")));
        const JobReport report = checked.takeFirst().first().value<JobReport>();
        QVERIFY2(report.outcome == JobOutcome::Succeeded,
                 qPrintable(report.error ? report.error->message : QStringLiteral("not succeeded")));
        QCOMPARE(report.data.value(QStringLiteral("level")).toInt(), 2);

        const QString dump = wizard.verifiedBackup();
        QVERIFY2(dump.startsWith(backups + QLatin1Char('/')) && dump.endsWith(QStringLiteral(".age")),
                 qPrintable(dump));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(dump).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        const QString note = child<QLabel>(&wizard, "migrateBackupNote")->text();
        QVERIFY2(note.startsWith(QStringLiteral("Verified backup: ") + dump + QStringLiteral(" (level 2, ")),
                 qPrintable(note));
        // The note on the server still says how to stop it.
        QVERIFY(child<QLabel>(&wizard, "migrateFolderNote")->text().contains(QStringLiteral("stop")));
        QVERIFY(!child<QCheckBox>(&wizard, "migrateWithoutBackup")->isVisible());
        if (!passphrase)
            screenshot(&wizard, QStringLiteral("migrate-backup"));

        // Next goes on now; the job still refuses the running server, and its report names the backup.
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);
        child<ui::SecretLineEdit>(&wizard, "passphraseEdit")->setText(QStringLiteral("wizard passphrase"));
        child<ui::SecretLineEdit>(&wizard, "repeatEdit")->setText(QStringLiteral("wizard passphrase"));
        wizard.findChild<ui::PbkdfSettingsEditor *>()->setSettings(
            PbkdfSettings::minimal(QStringLiteral("pbkdf2")));
        child<QCheckBox>(&wizard, "migrateRecoveryNoted")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), 2);
        QSignalSpy finished(&wizard, &ui::MigrateDirWizard::stepFinished);
        wizard.buildAndVerify();
        const JobReport refused = waitForStep(finished);
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, ExitCode::Busy);
        QCOMPARE(refused.data.value(QStringLiteral("verified_backup")).toString(), dump);
        const QString shown = child<QPlainTextEdit>(&wizard, "migrateResult")->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Verified backup made before the move: ") + dump),
                 qPrintable(shown));
    }

    void aBackupThatFailsShowsWhy()
    {
        if (!m_server.isRunning())
            STRONGROOM_START_POSTGRES(m_server);
        JobRunner runner;
        ui::MigrateDirWizard wizard(&runner, nullptr);
        wizard.resize(900, 700);
        wizard.show();
        QSignalSpy checked(&wizard, &ui::MigrateDirWizard::backupChecked);
        const QString nowhere = m_dir.filePath(QStringLiteral("no-server"));
        QVERIFY(QDir().mkpath(nowhere));
        backUpFromPageOne(
            wizard,
            QStringLiteral("host=%1 port=%2 dbname=postgres user=postgres").arg(nowhere).arg(m_server.port()),
            m_dir.filePath(QStringLiteral("failed-backups")), m_dir.filePath(QStringLiteral("key2.txt")));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(checked.wait(120000));
        const JobReport report = checked.takeFirst().first().value<JobReport>();
        QVERIFY(report.error);
        const QString note = child<QLabel>(&wizard, "migrateBackupNote")->text();
        QVERIFY2(note.startsWith(QStringLiteral("The backup failed: ")) &&
                     note.contains(report.error->message),
                 qPrintable(note));
        QVERIFY(wizard.verifiedBackup().isEmpty());
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("failed-backups")))
                     .entryList({QStringLiteral("*.age")})
                     .size(),
                 0);
        // Going on without one takes the tick.
        wizard.next();
        QCOMPARE(wizard.currentId(), 0);
        click(child<QCheckBox>(&wizard, "migrateWithoutBackup"));
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);
    }

    void buildsVerifiesSwitchesAndRollsBack()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/mke2fs")))
            QSKIP("mke2fs (e2fsprogs) is missing: no volume can be built from a folder here.");
        VolumeUiHome home;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("pgdata"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/base/1")));
        QVERIFY(write(folder + QStringLiteral("/PG_VERSION"), "17\n"));
        QVERIFY(write(folder + QStringLiteral("/base/1/16384"), QByteArray(300000, 'r')));
        QVERIFY(QFile::link(QStringLiteral("base/1/16384"), folder + QStringLiteral("/link")));
        const QString image = dir.filePath(QStringLiteral("pgdata.img"));

        JobRunner runner;
        ui::MigrateDirWizard wizard(&runner, nullptr);
        wizard.resize(900, 700);
        wizard.show();
        wizard.setFolder(folder);
        wizard.setImage(image);
        QTRY_VERIFY(child<QLabel>(&wizard, "migrateFolderNote")->text().contains(QStringLiteral("17")));
        screenshot(&wizard, QStringLiteral("migrate-1-folder"));
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);

        // The recovery key is there before anything is made; Next waits for "written down".
        const QString recovery = child<QLabel>(&wizard, "migrateRecoveryKey")->text();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$")).match(recovery).hasMatch(),
            qPrintable(recovery));
        child<ui::SecretLineEdit>(&wizard, "passphraseEdit")->setText(QStringLiteral("wizard passphrase"));
        child<ui::SecretLineEdit>(&wizard, "repeatEdit")->setText(QStringLiteral("wizard passphrase"));
        wizard.findChild<ui::PbkdfSettingsEditor *>()->setSettings(
            PbkdfSettings::minimal(QStringLiteral("pbkdf2")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        child<QCheckBox>(&wizard, "migrateRecoveryNoted")->setChecked(true);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), 2);
        QVERIFY(!child<QPushButton>(&wizard, "migrateSwitch")->isEnabled());

        QSignalSpy finished(&wizard, &ui::MigrateDirWizard::stepFinished);
        // A connection with a password in it is refused before anything runs.
        child<QLineEdit>(&wizard, "migrateConnection")->setText(QStringLiteral("host=/tmp password=secret"));
        wizard.buildAndVerify();
        QVERIFY(!child<QLabel>(&wizard, "migrateStatus")->text().isEmpty());
        QVERIFY(!QFileInfo::exists(image));
        QCOMPARE(finished.count(), 0);
        child<QLineEdit>(&wizard, "migrateConnection")->clear();
        wizard.buildAndVerify();
        JobReport report = waitForStep(finished);
        QVERIFY2(report.outcome == JobOutcome::Succeeded,
                 qPrintable(report.error ? report.error->message : QStringLiteral("no report")));
        QCOMPARE(report.data.value(QStringLiteral("switched")).toBool(), false);
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/PG_VERSION"))); // untouched
        QVERIFY(child<QPushButton>(&wizard, "migrateSwitch")->isEnabled());
        {
            auto device = CryptDevice::load(image);
            QVERIFY(device);
            auto slot = keyslots::testKey(**device, KeyMaterial(QCA::SecureArray(recovery.toLatin1())));
            QVERIFY2(slot, qPrintable(slot.error().message));
            QCOMPARE(*slot, 1);
        }
        screenshot(&wizard, QStringLiteral("migrate-2-verified"));

        wizard.switchOver();
        report = waitForStep(finished);
        QVERIFY2(report.outcome == JobOutcome::Succeeded,
                 qPrintable(report.error ? report.error->message : QStringLiteral("no report")));
        const QString kept = report.data.value(QStringLiteral("kept_original")).toString();
        QVERIFY(kept.startsWith(folder + QStringLiteral(".before-migration-")));
        QCOMPARE(read(kept + QStringLiteral("/base/1/16384")), QByteArray(300000, 'r'));
        QVERIFY(QDir(folder).isEmpty());
        const QString shown = child<QPlainTextEdit>(&wizard, "migrateResult")->toPlainText();
        QVERIFY2(shown.contains(image + QStringLiteral(" none luks")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("/dev/mapper/strongroom-pgdata ") + folder));
        QVERIFY(child<QPushButton>(&wizard, "migrateRollBack")->isEnabled());
        screenshot(&wizard, QStringLiteral("migrate-3-switched"));

        wizard.rollBack();
        report = waitForStep(finished);
        QVERIFY2(report.outcome == JobOutcome::Succeeded,
                 qPrintable(report.error ? report.error->message : QStringLiteral("no report")));
        QCOMPARE(read(folder + QStringLiteral("/base/1/16384")), QByteArray(300000, 'r'));
        QCOMPARE(QFileInfo(folder + QStringLiteral("/link")).symLinkTarget(),
                 folder + QStringLiteral("/base/1/16384"));
        QVERIFY(!QFileInfo::exists(kept));
    }
};

int main(int argc, char *argv[])
{
    VolumeUiHome home;
    QCA::Initializer init;
    QApplication app(argc, argv);
    TestMigrateDirWizard test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestMigrateDirWizard.moc"

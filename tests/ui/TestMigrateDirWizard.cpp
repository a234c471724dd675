// The Volumes page's "Move Folder Into Volume…" wizard runs the same MigrateDirJob as `volume
// migrate-dir`, on a real folder and a real image (mke2fs -d, in-place encryption, no device-mapper):
// the recovery key is shown before anything is made and ends up in slot 1; Build and Verify leaves
// the folder untouched; Switch Over renames it and shows the crypttab and fstab lines; Roll Back puts
// it back with every byte.
#include "VolumeUiSupport.h"
#include "core/JobReport.h"
#include "core/JobRunner.h"
#include "volumes/CryptDevice.h"
#include "volumes/KeySlots.h"
#include "volumes/MigrateDirWizard.h"
#include "volumes/PbkdfSettingsEditor.h"
#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QtCrypto>

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

private Q_SLOTS:
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

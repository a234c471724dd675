// The volume setup wizard driven page by page on the real widgets; the volume it makes is checked
// with the cryptsetup tool (both slotTable open, with the right keys) and its header backup with
// luksDump.
#include "VolumeUiSupport.h"
#include "app/volumes/LuksFixtures.h"
#include "core/JobRunner.h"
#include "keys/PassphraseGenerator.h"
#include "volumes/VolumeSetupPages.h"
#include "volumes/VolumeSetupWizard.h"
#include "widgets/SecretLineEdit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;
using Wizard = ui::VolumeSetupWizard;

namespace {
bool nextEnabled(Wizard &wizard)
{
    QAbstractButton *next =
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    return next->isVisible() && next->isEnabled();
}

void next(Wizard &wizard)
{
    QVERIFY(nextEnabled(wizard));
    QTest::mouseClick(
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton),
        Qt::LeftButton);
}

// Location and cipher pages filled for a small, fast volume (pbkdf2 at 1000 iterations).
void fillLocationAndCipher(Wizard &wizard, const QString &image, int mib)
{
    QCOMPARE(wizard.currentId(), int(Wizard::LocationPageId));
    child<QLineEdit>(&wizard, "pathEdit")->setText(image);
    child<QSpinBox>(&wizard, "sizeSpin")->setValue(mib);
    child<QLineEdit>(&wizard, "labelEdit")->setText(QStringLiteral("pgdata"));
    QVERIFY(!child<QLabel>(&wizard, "freeSpaceLabel")->text().isEmpty());
    screenshot(&wizard, QStringLiteral("wizard-1-location"));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(Wizard::CipherPageId));
    if (!qEnvironmentVariableIsEmpty("STRONGROOM_SCREENSHOT_DIR")) {
        // For the documentation only: the defaults (argon2id, 1 GiB) as a user first sees them, measured.
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 120000);
        screenshot(&wizard, QStringLiteral("wizard-2-cipher"));
    }
    auto *type = child<QComboBox>(&wizard, "pbkdfCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("pbkdf2")));
    child<QSpinBox>(&wizard, "iterationsSpin")->setValue(1000);
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 20000);
    QVERIFY(child<QLabel>(&wizard, "estimateLabel")->text().contains(QStringLiteral("1000 iterations")));
}
} // namespace

class TestVolumeSetupWizard : public QObject
{
    Q_OBJECT

    JobRunner m_runner;

private Q_SLOTS:
    void locationPageRefusesAnExistingFileAndShowsFreeSpace()
    {
        LuksFixtures fx;
        const QString taken = fx.path(QStringLiteral("taken.img"));
        LuksFixtures::sparseFile(taken, 1);
        Wizard wizard(&m_runner, nullptr);
        wizard.show();
        child<QLineEdit>(&wizard, "pathEdit")->setText(taken);
        QVERIFY(child<QLabel>(&wizard, "locationProblemLabel")
                    ->text()
                    .contains(QStringLiteral("already exists")));
        QVERIFY(!nextEnabled(wizard));
        child<QLineEdit>(&wizard, "pathEdit")->setText(fx.path(QStringLiteral("huge.img")));
        child<QSpinBox>(&wizard, "sizeSpin")->setValue(child<QSpinBox>(&wizard, "sizeSpin")->maximum());
        QVERIFY(child<QLabel>(&wizard, "locationProblemLabel")
                    ->text()
                    .contains(QStringLiteral("Not enough free space")));
        QVERIFY(!nextEnabled(wizard));
        child<QSpinBox>(&wizard, "sizeSpin")->setValue(40);
        QVERIFY(nextEnabled(wizard));
        QCOMPARE(QFileInfo(taken).size(), 1024 * 1024);
    }

    void createsAVolumeWithPassphraseAndTypedBackRecoveryKey()
    {
        LuksFixtures fx;
        const QString image = fx.path(QStringLiteral("vault.img"));
        Wizard wizard(&m_runner, nullptr);
        QSignalSpy created(&wizard, &Wizard::volumeCreated);
        wizard.show();
        fillLocationAndCipher(wizard, image, 40);
        next(wizard);

        QCOMPARE(wizard.currentId(), int(Wizard::PassphrasePageId));
        QVERIFY(!nextEnabled(wizard));
        QTest::mouseClick(child<QAbstractButton>(&wizard, "generateButton"), Qt::LeftButton);
        const QString passphrase =
            QString::fromUtf8(child<ui::SecretLineEdit>(&wizard, "passphraseEdit")->secret().toByteArray());
        QCOMPARE(passphrase.split(QLatin1Char(' ')).size(), PassphraseGenerator::kMinimumWords);
        QCOMPARE(QString::fromUtf8(child<ui::SecretLineEdit>(&wizard, "repeatEdit")->secret().toByteArray()),
                 passphrase);
        QVERIFY(child<QLabel>(&wizard, "strengthLabel")->text().contains(QStringLiteral("88 bits")));
        QVERIFY(child<QCheckBox>(&wizard, "recoveryCheck")->isChecked());
        screenshot(&wizard, QStringLiteral("wizard-3-passphrase"));
        next(wizard);

        QCOMPARE(wizard.currentId(), int(Wizard::RecoveryPageId));
        const QString shown = child<QLabel>(&wizard, "recoveryKeyLabel")->text().remove(QLatin1Char('\n'));
        QCOMPARE(shown.size(), 47);
        const auto *recoveryPage = static_cast<ui::VolumeRecoveryPage *>(wizard.currentPage());
        const QString group = shown.split(QLatin1Char('-')).at(recoveryPage->checkedGroup());
        auto *typed = child<QLineEdit>(&wizard, "recoveryCheckEdit");
        typed->setText(group == QStringLiteral("00000") ? QStringLiteral("11111") : QStringLiteral("00000"));
        QVERIFY(!nextEnabled(wizard));
        typed->setText(group.toLower()); // case does not matter when typing it back
        QVERIFY(nextEnabled(wizard));
        screenshot(&wizard, QStringLiteral("wizard-4-recovery"));
        next(wizard);

        QCOMPARE(wizard.currentId(), int(Wizard::SummaryPageId));
        const QString summary = child<QLabel>(&wizard, "summaryLabel")->text();
        QVERIFY(summary.contains(image));
        QVERIFY(summary.contains(QStringLiteral("pbkdf2")));
        QVERIFY(!summary.contains(passphrase)); // secrets stay off the summary
        QVERIFY(!QFile::exists(image));
        screenshot(&wizard, QStringLiteral("wizard-5-summary"));
        next(wizard);

        QCOMPARE(wizard.currentId(), int(Wizard::ResultPageId));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&wizard, "resultLabel")->text().startsWith(QStringLiteral("✓")), 120000);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().toString(), image);
        QVERIFY(fx.toolOpens(image, passphrase.toUtf8(), 0));
        QVERIFY(fx.toolOpens(image, shown.toLatin1(), 1));
        QVERIFY(fx.luksDump(image).contains("pgdata"));

        // The offered header backup.
        QTest::mouseClick(child<QAbstractButton>(&wizard, "headerBackupButton"), Qt::LeftButton);
        auto *dialog = wizard.findChild<QFileDialog *>(QStringLiteral("headerBackupDialog"));
        QVERIFY(dialog);
        const QString backup = fx.path(QStringLiteral("vault.header"));
        dialog->selectFile(backup);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes accept() protected
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&wizard, "headerBackupStatus")->text().startsWith(QStringLiteral("✓")), 20000);
        QVERIFY(fx.luksDump(backup).contains("pgdata"));
        screenshot(&wizard, QStringLiteral("wizard-6-result"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void withoutRecoveryKeyTheTypeBackPageIsSkipped()
    {
        LuksFixtures fx;
        const QString image = fx.path(QStringLiteral("solo.img"));
        Wizard wizard(&m_runner, nullptr);
        wizard.show();
        fillLocationAndCipher(wizard, image, 40);
        child<QComboBox>(&wizard, "filesystemCombo"); // default ext4 stays
        next(wizard);
        child<ui::SecretLineEdit>(&wizard, "passphraseEdit")
            ->setText(QStringLiteral("correct horse battery staple"));
        child<ui::SecretLineEdit>(&wizard, "repeatEdit")
            ->setText(QStringLiteral("correct horse battery staple"));
        child<QCheckBox>(&wizard, "recoveryCheck")->setChecked(false);
        next(wizard);
        QCOMPARE(wizard.currentId(), int(Wizard::SummaryPageId));
        next(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&wizard, "resultLabel")->text().startsWith(QStringLiteral("✓")), 120000);
        QVERIFY(fx.toolOpens(image, "correct horse battery staple", 0));
        QVERIFY(!fx.luksDump(image).contains("  1: luks2"));
    }
};

int main(int argc, char *argv[])
{
    VolumeUiHome home;
    QCA::Initializer init;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("strongroom-test"));
    TestVolumeSetupWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVolumeSetupWizard.moc"

// The Volumes page on real LUKS files made by the cryptsetup tool: what it lists, the key-slot
// dialog's guards (last slot, unproven removal), adding a key and a header backup, each checked
// against the file with cryptsetup afterwards.
#include "VolumeUiSupport.h"
#include "app/volumes/LuksFixtures.h"
#include "core/JobRunner.h"
#include "core/KernelFeatures.h"
#include "volumes/KeySlotDialog.h"
#include "volumes/VolumesPage.h"
#include "widgets/Banner.h"
#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

namespace {
const QStringList kCheap{QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                         QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")};

QString twoSlotVolume(LuksFixtures &fx, const QString &name = QStringLiteral("two.img"))
{
    const QString image =
        fx.luksFormat(name, QStringList{QStringLiteral("--type"), QStringLiteral("luks2")} + kCheap, "first");
    fx.addKeyWithTool(image, "first", "second", kCheap);
    return image;
}

QString oneSlotVolume(LuksFixtures &fx, const QString &name, const QByteArray &key)
{
    return fx.luksFormat(name, QStringList{QStringLiteral("--type"), QStringLiteral("luks2")} + kCheap, key);
}

// The slot-cost editor of a dialog set to the cheapest pbkdf2, so the test stays fast.
void cheapCosts(QWidget *dialog)
{
    auto *type = child<QComboBox>(dialog, "pbkdfCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("pbkdf2")));
    child<QSpinBox>(dialog, "iterationsSpin")->setValue(1000);
}
} // namespace

class TestVolumesPage : public QObject
{
    Q_OBJECT

    JobRunner m_runner;

    static void waitForRefresh(ui::VolumesPage &page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), 20000);
    }

    static void select(ui::VolumesPage &page, const QString &path)
    {
        waitForRefresh(page);
        page.selectVolume(path);
        QTRY_COMPARE(child<QLabel>(&page, "pathLabel")->text(), path);
    }

    // The page shows `image`, selected.
    static void show(ui::VolumesPage &page, const QString &image)
    {
        page.addVolume(image);
        select(page, image);
    }

    // Presses one of the page's key-slot buttons and returns the dialog it opens.
    static ui::KeySlotDialog *keySlotDialog(ui::VolumesPage &page, const char *button)
    {
        auto *pressed = child<QPushButton>(&page, button);
        if (!pressed || !pressed->isEnabled())
            return nullptr;
        QTest::mouseClick(pressed, Qt::LeftButton);
        return page.findChild<ui::KeySlotDialog *>();
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void listsRememberedImagesWithStateAndKeySlots()
    {
        LuksFixtures fx;
        const QString two = twoSlotVolume(fx);
        const QString luks1 =
            fx.luksFormat(QStringLiteral("old.img"),
                          QStringList{QStringLiteral("--type"), QStringLiteral("luks1")} + kCheap, "k");
        const QString plain = fx.path(QStringLiteral("plain.img"));
        LuksFixtures::sparseFile(plain, 8);
        {
            ui::VolumesPage page(&m_runner, nullptr);
            page.resize(1100, 700);
            for (const QString &p : {two, luks1, plain})
                page.addVolume(p);
            QTRY_COMPARE(child<QListWidget>(&page, "volumeList")->count(), 3);
            select(page, two);
            auto *slotTable = child<QTableWidget>(&page, "keySlotTable");
            QCOMPARE(slotTable->rowCount(), 2);
            QVERIFY(slotTable->item(0, 2)->text().startsWith(QStringLiteral("pbkdf2")));
            QVERIFY(slotTable->item(1, 2)->text().contains(QStringLiteral("1,000")) ||
                    slotTable->item(1, 2)->text().contains(QStringLiteral("1000")));
            QVERIFY(child<QLabel>(&page, "stateLabel")->text().contains(QStringLiteral("LUKS2")));
            QVERIFY(child<QLabel>(&page, "headerBackupLabel")->text().startsWith(QStringLiteral("never")));
            QVERIFY(child<QPushButton>(&page, "addKeyButton")->isEnabled());
            QVERIFY(!child<QPushButton>(&page, "encryptButton")->isEnabled());

            select(page, luks1);
            QVERIFY(child<QLabel>(&page, "stateLabel")->text().contains(QStringLiteral("LUKS1")));
            QVERIFY(
                !child<QPushButton>(&page, "decryptButton")->isEnabled()); // in-place decryption needs LUKS2

            select(page, plain);
            QCOMPARE(child<QLabel>(&page, "stateLabel")->text(), QStringLiteral("not encrypted"));
            QVERIFY(child<QPushButton>(&page, "encryptButton")->isEnabled());
            QVERIFY(!child<QPushButton>(&page, "addKeyButton")->isEnabled());
        }
        // Remembered for the next start.
        ui::VolumesPage again(&m_runner, nullptr);
        again.show(); // the headers are read when the page is first shown
        QTRY_COMPARE(child<QListWidget>(&again, "volumeList")->count(), 3);
        QCOMPARE(again.volumePaths(), (QStringList{two, luks1, plain}));
    }

    void droppingAnImageAddsIt()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        ui::VolumesPage page(&m_runner, nullptr);
        waitForRefresh(page);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(image)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &drop);
        QTRY_COMPARE(child<QListWidget>(&page, "volumeList")->count(), 1);
        QTRY_COMPARE(child<QTableWidget>(&page, "keySlotTable")->rowCount(), 2);
    }

    void mappingActionsExplainWhyTheyAreDisabled()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        ui::VolumesPage page(&m_runner, nullptr);
        show(page, image);
        const bool dm = deviceMapperAvailable();
        for (const char *name : {"openButton", "closeButton", "mountButton", "unmountButton"}) {
            auto *button = child<QPushButton>(&page, name);
            QVERIFY(button);
            QCOMPARE(button->isEnabled(), dm);
            QVERIFY2(button->toolTip().contains(dm ? QStringLiteral("udisks2")
                                                   : QStringLiteral("no device-mapper")),
                     qPrintable(button->toolTip()));
        }
        // Without device-mapper the banner says so from the start, before any button is tried.
        auto *banner = child<ui::Banner>(&page, "volumesBanner");
        QCOMPARE(!banner->isHidden(), !dm);
        if (!dm)
            QVERIFY(banner->text().contains(QStringLiteral("device-mapper")));
        QVERIFY(child<QPushButton>(&page, "forgetButton")->isEnabled());
    }

    void theLastSlotCannotBeRemoved()
    {
        LuksFixtures fx;
        const QString image = oneSlotVolume(fx, QStringLiteral("one.img"), "only");
        ui::VolumesPage page(&m_runner, nullptr);
        show(page, image);
        auto *dialog = keySlotDialog(page, "removeKeyButton");
        QVERIFY(dialog);
        child<ui::SecretLineEdit>(dialog, "existingKeyEdit")->setText(QStringLiteral("only"));
        QVERIFY(child<QLabel>(dialog, "guardLabel")->text().contains(QStringLiteral("last slot")));
        QVERIFY(!child<QPushButton>(dialog, "proveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "commitButton")->isEnabled());
        screenshot(dialog, QStringLiteral("keyslot-last-slot"));
        dialog->reject();
        QVERIFY(fx.toolOpens(image, "only", 0));
    }

    void removalWaitsForAnotherKeyToBeProven()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        ui::VolumesPage page(&m_runner, nullptr);
        page.resize(1100, 700);
        show(page, image);
        auto *dialog = keySlotDialog(page, "removeKeyButton");
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "slotCombo")->currentData().toInt(), 0);
        auto *key = child<ui::SecretLineEdit>(dialog, "existingKeyEdit");
        auto *guard = child<QLabel>(dialog, "guardLabel");
        auto *commit = child<QPushButton>(dialog, "commitButton");

        // The key of the slot that goes proves nothing.
        key->setText(QStringLiteral("first"));
        click(dialog, "proveButton");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "proveButton")->isEnabled(), 20000);
        QVERIFY2(!guard->text().startsWith(QStringLiteral("✓")), qPrintable(guard->text()));
        QVERIFY(!commit->isEnabled());

        // A key of another slot does; then the removal still waits for the confirmation.
        key->setText(QStringLiteral("second"));
        click(dialog, "proveButton");
        QTRY_VERIFY_WITH_TIMEOUT(guard->text().startsWith(QStringLiteral("✓")), 20000);
        QVERIFY(guard->text().contains(QStringLiteral("slot 1")));
        QVERIFY(!commit->isEnabled());
        child<QCheckBox>(dialog, "confirmCheck")->setChecked(true);
        QVERIFY(commit->isEnabled());
        screenshot(dialog, QStringLiteral("keyslot-remove"));
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<ui::KeySlotDialog *>(), 20000);
        QTRY_COMPARE(child<QTableWidget>(&page, "keySlotTable")->rowCount(), 1);
        QVERIFY(!fx.toolOpens(image, "first"));
        QVERIFY(fx.toolOpens(image, "second", 1));
        QFile audit(QString::fromUtf8(qgetenv("XDG_DATA_HOME")) + QStringLiteral("/strongroom/audit.jsonl"));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QVERIFY(log.contains("volume.remove-key"));
        QVERIFY(!log.contains("second"));
    }

    void addingAKeyWritesANamedSlot()
    {
        LuksFixtures fx;
        const QString image = oneSlotVolume(fx, QStringLiteral("add.img"), "first");
        ui::VolumesPage page(&m_runner, nullptr);
        show(page, image);
        auto *dialog = keySlotDialog(page, "addKeyButton");
        QVERIFY(dialog);
        cheapCosts(dialog);
        child<ui::SecretLineEdit>(dialog, "existingKeyEdit")->setText(QStringLiteral("first"));
        child<ui::SecretLineEdit>(dialog, "passphraseEdit")->setText(QStringLiteral("a new recovery phrase"));
        QVERIFY(!child<QPushButton>(dialog, "commitButton")->isEnabled()); // not yet repeated
        child<ui::SecretLineEdit>(dialog, "repeatEdit")->setText(QStringLiteral("a new recovery phrase"));
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("recovery"));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, "estimateLabel")->text().contains(QStringLiteral("1000")), 20000);
        dialog->resize(620, dialog->sizeHint().height());
        screenshot(dialog, QStringLiteral("keyslot-add"));
        click(dialog, "commitButton");
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<ui::KeySlotDialog *>(), 20000);
        QVERIFY(fx.toolOpens(image, "a new recovery phrase", 1));
        QTRY_COMPARE(child<QTableWidget>(&page, "keySlotTable")->rowCount(), 2);
        QCOMPARE(child<QTableWidget>(&page, "keySlotTable")->item(1, 1)->text(), QStringLiteral("recovery"));
    }

    void aWrongKeyIsReportedInTheDialog()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        ui::VolumesPage page(&m_runner, nullptr);
        show(page, image);
        auto *dialog = keySlotDialog(page, "changeKeyButton");
        QVERIFY(dialog);
        cheapCosts(dialog);
        child<ui::SecretLineEdit>(dialog, "existingKeyEdit")->setText(QStringLiteral("not a key of it"));
        child<ui::SecretLineEdit>(dialog, "passphraseEdit")->setText(QStringLiteral("new"));
        child<ui::SecretLineEdit>(dialog, "repeatEdit")->setText(QStringLiteral("new"));
        click(dialog, "commitButton");
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLabel>(dialog, "statusLabel")->text().isEmpty() &&
                !child<QLabel>(dialog, "statusLabel")->text().startsWith(QStringLiteral("Working")),
            20000);
        QVERIFY(page.findChild<ui::KeySlotDialog *>()); // stays open to try again
        QVERIFY(fx.toolOpens(image, "first", 0));
        QVERIFY(!fx.toolOpens(image, "new"));
    }

    void retuningRewritesTheSlotWithNewCosts()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        ui::VolumesPage page(&m_runner, nullptr);
        show(page, image);
        auto *dialog = keySlotDialog(page, "retuneButton");
        QVERIFY(dialog);
        dialog->selectSlot(1);
        auto *type = child<QComboBox>(dialog, "pbkdfCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("pbkdf2")));
        child<QSpinBox>(dialog, "iterationsSpin")->setValue(2345);
        child<ui::SecretLineEdit>(dialog, "existingKeyEdit")->setText(QStringLiteral("second"));
        click(dialog, "commitButton");
        QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<ui::KeySlotDialog *>(), 20000);
        QTRY_VERIFY(child<QTableWidget>(&page, "keySlotTable")
                        ->item(1, 2)
                        ->text()
                        .remove(QLatin1Char(','))
                        .contains(QStringLiteral("2345")));
        QVERIFY(fx.toolOpens(image, "second", 1));
        QVERIFY(fx.luksDump(image).contains("2345"));
    }

    void anExt4ImageIsEncryptedAndDecryptedInPlaceFromThePage()
    {
        LuksFixtures fx;
        const QString image = fx.path(QStringLiteral("data.img"));
        LuksFixtures::sparseFile(image, 24);
        QCOMPARE(LuksFixtures::tool(QStringLiteral("mkfs.ext4"),
                                    {QStringLiteral("-q"), QStringLiteral("-F"), image})
                     .first,
                 0);
        ui::VolumesPage page(&m_runner, nullptr);
        show(page, image);
        click(&page, "encryptButton");
        auto *dialog = page.findChild<QDialog *>(QStringLiteral("inPlaceDialog"));
        QVERIFY(dialog);
        cheapCosts(dialog);
        child<ui::SecretLineEdit>(dialog, "passphraseEdit")->setText(QStringLiteral("in place"));
        child<ui::SecretLineEdit>(dialog, "repeatEdit")->setText(QStringLiteral("in place"));
        auto *commit = child<QPushButton>(dialog, "commitButton");
        QVERIFY(!commit->isEnabled()); // not before the user confirms nothing uses the file
        child<QCheckBox>(dialog, "confirmCheck")->setChecked(true);
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&page, "stateLabel")->text().contains(QStringLiteral("LUKS2")),
                                 60000);
        QCOMPARE(QFileInfo(image).size(), (24 + 32) * 1024 * 1024);
        QVERIFY(fx.toolOpens(image, "in place", 0));
        QFile audit(QString::fromUtf8(qgetenv("XDG_DATA_HOME")) + QStringLiteral("/strongroom/audit.jsonl"));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(audit.readAll().contains("\"volume.encrypt\""));

        // And back: the page's decryption gives the file its old size and its file system.
        click(&page, "decryptButton");
        dialog = page.findChild<QDialog *>(QStringLiteral("inPlaceDialog"));
        QVERIFY(dialog);
        child<ui::SecretLineEdit>(dialog, "existingKeyEdit")->setText(QStringLiteral("in place"));
        child<QCheckBox>(dialog, "confirmCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "commitButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&page, "stateLabel")->text().contains(QStringLiteral("LUKS")),
                                 60000);
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(image).size(), qint64(24) * 1024 * 1024, 10000);
        QCOMPARE(LuksFixtures::tool(QStringLiteral("e2fsck"), {QStringLiteral("-fn"), image}).first, 0);
        QVERIFY(!QFile::exists(image + QStringLiteral(".strongroom-decrypt-header")));
        audit.seek(0);
        QVERIFY(audit.readAll().contains("\"volume.decrypt\""));
    }

    void headerBackupIsWrittenAndItsAgeShown()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        ui::VolumesPage page(&m_runner, nullptr);
        show(page, image);
        click(&page, "headerBackupButton");
        auto *dialog = page.findChild<QFileDialog *>(QStringLiteral("headerBackupDialog"));
        QVERIFY(dialog);
        const QString backup = fx.path(QStringLiteral("two.header"));
        dialog->selectFile(backup);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes accept() protected
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&page, "headerBackupLabel")->text().startsWith(QStringLiteral("today")), 20000);
        QVERIFY(QFile::exists(backup));
        const QByteArray uuid = child<QLabel>(&page, "uuidLabel")->text().toLatin1();
        QVERIFY(!uuid.isEmpty());
        QVERIFY(fx.luksDump(backup).contains(uuid)); // cryptsetup reads it as this volume's header
    }

    void restoringAHeaderAsksFirstAndBringsBackItsKeySlots()
    {
        LuksFixtures fx;
        const QString image = oneSlotVolume(fx, QStringLiteral("restore.img"), "first");
        const QString backup = fx.path(QStringLiteral("restore.header"));
        QCOMPARE(
            LuksFixtures::tool(QStringLiteral("cryptsetup"), {QStringLiteral("luksHeaderBackup"), image,
                                                              QStringLiteral("--header-backup-file"), backup})
                .first,
            0);
        QVERIFY(fx.addKeyWithTool(image, "first", "added later", kCheap));
        ui::VolumesPage page(&m_runner, nullptr);
        show(page, image);
        click(&page, "headerRestoreButton");
        auto *files = page.findChild<QFileDialog *>(QStringLiteral("headerRestoreDialog"));
        QVERIFY(files);
        files->selectFile(backup);
        static_cast<QDialog *>(files)->accept(); // QFileDialog makes accept() protected
        // Nothing happens before the confirmation, which says what restoring does.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("restoreConfirmation"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("keys added since then stop working")));
        QVERIFY(fx.toolOpens(image, "added later", 1));
        QTest::mouseClick(child<QPushButton>(box, "restoreButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableWidget>(&page, "keySlotTable")->rowCount(), 1, 20000);
        QVERIFY(!fx.toolOpens(image, "added later"));
        QVERIFY(fx.toolOpens(image, "first", 0));
    }
};

int main(int argc, char *argv[])
{
    VolumeUiHome home;
    QCA::Initializer init;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("strongroom-test"));
    TestVolumesPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVolumesPage.moc"

// The Volumes page's Browse… window on a real LUKS2 image (mke2fs -d + cryptsetup reencrypt
// --encrypt, no device-mapper): the key lists the whole tree, Preview shows a text file and an
// image, Extract… copies a folder out byte for byte, and a wrong key is said in the status line.
#include "VolumeUiSupport.h"
#include "app/volumes/LuksFixtures.h"
#include "core/JobReport.h"
#include "core/JobRunner.h"
#include "volumes/VolumeBrowserDialog.h"
#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QtCrypto>

using namespace strongroom;

class TestVolumeBrowserDialog : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;
    QString m_image;
    QByteArray m_picture;

    QTreeWidgetItem *find(QTreeWidget *tree, const QString &name)
    {
        const QList<QTreeWidgetItem *> found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }

    // Unlocks with `secret` and waits for the listing job to end.
    bool unlock(ui::VolumeBrowserDialog &dialog, const QString &secret)
    {
        QSignalSpy listed(&dialog, &ui::VolumeBrowserDialog::listed);
        child<ui::SecretLineEdit>(&dialog, "browserKey")->setText(secret);
        child<QPushButton>(&dialog, "browserUnlock")->click();
        return listed.wait(120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = LuksFixtures::ext4ImageUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString tree = m_fx.path(QStringLiteral("tree"));
        QDir().mkpath(tree + QStringLiteral("/docs/notes"));
        QFile text(tree + QStringLiteral("/README.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Strongroom volume\nsecond line\n");
        text.close();
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(QColor(40, 120, 200));
        QVERIFY(picture.save(tree + QStringLiteral("/docs/picture.png")));
        QFile png(tree + QStringLiteral("/docs/picture.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        m_picture = png.readAll();
        QFile note(tree + QStringLiteral("/docs/notes/today.md"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("# Today\n");
        note.close();

        m_image = m_fx.encryptedExt4Image(QStringLiteral("browse.img"), tree, 32, "browse secret");
        QVERIFY(!m_image.isEmpty());
    }

    void theKeyListsTheTreeAndPreviewShowsTextAndImages()
    {
        VolumeUiHome home;
        JobRunner runner;
        ui::VolumeBrowserDialog dialog(&runner, nullptr, m_image);
        dialog.resize(900, 520);
        dialog.show();
        auto *tree = child<QTreeWidget>(&dialog, "browserTree");
        QVERIFY(!child<QPushButton>(&dialog, "browserExtract")->isEnabled());
        QVERIFY(unlock(dialog, QStringLiteral("browse secret")));
        QVERIFY2(find(tree, QStringLiteral("README.txt")),
                 qPrintable(child<QLabel>(&dialog, "browserStatus")->text()));
        QTreeWidgetItem *today = find(tree, QStringLiteral("today.md"));
        QVERIFY(today);
        QCOMPARE(today->parent()->text(0), QStringLiteral("notes"));
        QCOMPARE(today->parent()->parent()->text(0), QStringLiteral("docs"));
        QCOMPARE(find(tree, QStringLiteral("README.txt"))->text(2), QStringLiteral("-rw-r--r--"));

        tree->setCurrentItem(find(tree, QStringLiteral("README.txt")));
        QSignalSpy previewed(&dialog, &ui::VolumeBrowserDialog::previewed);
        child<QPushButton>(&dialog, "browserPreview")->click();
        QVERIFY(previewed.wait(60000));
        QCOMPARE(child<QPlainTextEdit>(&dialog, "browserPreviewText")->toPlainText(),
                 QStringLiteral("Strongroom volume\nsecond line\n"));

        tree->expandAll();
        tree->setCurrentItem(find(tree, QStringLiteral("picture.png")));
        dialog.previewCurrent();
        QVERIFY(previewed.wait(60000));
        QVERIFY(!child<QLabel>(&dialog, "browserPreviewImage")->pixmap().isNull());
        QVERIFY(child<QLabel>(&dialog, "browserPreviewNote")->text().contains(QStringLiteral("64 × 48")));
        screenshot(&dialog, QStringLiteral("browser"));
    }

    void extractCopiesTheSelectedFolderExactly()
    {
        VolumeUiHome home;
        JobRunner runner;
        ui::VolumeBrowserDialog dialog(&runner, nullptr, m_image);
        QVERIFY(unlock(dialog, QStringLiteral("browse secret")));
        auto *tree = child<QTreeWidget>(&dialog, "browserTree");
        tree->setCurrentItem(find(tree, QStringLiteral("docs")));
        QCOMPARE(dialog.selectedPaths(), QStringList{QStringLiteral("/docs")});
        QTemporaryDir out;
        QSignalSpy extracted(&dialog, &ui::VolumeBrowserDialog::extracted);
        dialog.extractTo(out.path());
        QVERIFY(extracted.wait(60000));
        const auto report = extracted.first().first().value<JobReport>();
        QVERIFY2(report.outcome == JobOutcome::Succeeded,
                 qPrintable(report.error ? report.error->message : QString()));
        QFile png(out.filePath(QStringLiteral("docs/picture.png")));
        QVERIFY(png.open(QIODevice::ReadOnly));
        QCOMPARE(png.readAll(), m_picture);
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("docs/notes/today.md"))));
    }

    void aDetachedHeaderOpensTheImage()
    {
        VolumeUiHome home;
        // An image whose header lives in a file of its own (cryptsetup reencrypt --encrypt --header).
        const QString source = m_fx.path(QStringLiteral("tree"));
        const QString image = m_fx.path(QStringLiteral("detached.img"));
        const QString header = m_fx.path(QStringLiteral("detached.header"));
        LuksFixtures::sparseFile(image, 32);
        auto [rc, out] = LuksFixtures::tool(QStringLiteral("/usr/sbin/mke2fs"),
                                            {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"),
                                             QStringLiteral("ext4"), QStringLiteral("-d"), source, image});
        QVERIFY2(rc == 0, out.constData());
        std::tie(rc, out) = LuksFixtures::tool(
            QStringLiteral("cryptsetup"),
            {QStringLiteral("reencrypt"), QStringLiteral("-q"), QStringLiteral("--encrypt"),
             QStringLiteral("--type"), QStringLiteral("luks2"), QStringLiteral("--header"), header,
             QStringLiteral("--key-file"), m_fx.keyFile("browse secret"), QStringLiteral("--pbkdf"),
             QStringLiteral("pbkdf2"), QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"),
             image});
        QVERIFY2(rc == 0, out.constData());
        JobRunner runner;
        {
            // Without the header the image is no LUKS volume, and the dialog says so.
            ui::VolumeBrowserDialog dialog(&runner, nullptr, image);
            QVERIFY(unlock(dialog, QStringLiteral("browse secret")));
            QCOMPARE(child<QTreeWidget>(&dialog, "browserTree")->topLevelItemCount(), 0);
            QVERIFY(child<QLineEdit>(&dialog, "browserHeader")->isEnabled());
        }
        ui::VolumeBrowserDialog dialog(&runner, nullptr, image);
        dialog.setHeader(header);
        QVERIFY(unlock(dialog, QStringLiteral("browse secret")));
        auto *tree = child<QTreeWidget>(&dialog, "browserTree");
        QVERIFY2(find(tree, QStringLiteral("README.txt")),
                 qPrintable(child<QLabel>(&dialog, "browserStatus")->text()));
        QVERIFY(!child<QLineEdit>(&dialog, "browserHeader")->isEnabled());
        tree->setCurrentItem(find(tree, QStringLiteral("README.txt")));
        QSignalSpy previewed(&dialog, &ui::VolumeBrowserDialog::previewed);
        dialog.previewCurrent();
        QVERIFY(previewed.wait(60000));
        QCOMPARE(child<QPlainTextEdit>(&dialog, "browserPreviewText")->toPlainText(),
                 QStringLiteral("Strongroom volume\nsecond line\n"));

        // A header saved with cryptsetup luksHeaderBackup reads the image it came from.
        const QString backup = m_fx.path(QStringLiteral("browse.header-backup"));
        std::tie(rc, out) = LuksFixtures::tool(
            QStringLiteral("cryptsetup"),
            {QStringLiteral("luksHeaderBackup"), m_image, QStringLiteral("--header-backup-file"), backup});
        QVERIFY2(rc == 0, out.constData());
        ui::VolumeBrowserDialog fromBackup(&runner, nullptr, m_image);
        fromBackup.setHeader(backup);
        QVERIFY(unlock(fromBackup, QStringLiteral("browse secret")));
        QVERIFY(find(child<QTreeWidget>(&fromBackup, "browserTree"), QStringLiteral("today.md")));
    }

    void aWrongKeyIsSaidAndTheFieldStaysOpen()
    {
        VolumeUiHome home;
        JobRunner runner;
        ui::VolumeBrowserDialog dialog(&runner, nullptr, m_image);
        QVERIFY(unlock(dialog, QStringLiteral("not it")));
        QVERIFY(
            child<QLabel>(&dialog, "browserStatus")->text().contains(QStringLiteral("opens no key slot")));
        QVERIFY(child<ui::SecretLineEdit>(&dialog, "browserKey")->isEnabled());
        QCOMPARE(child<QTreeWidget>(&dialog, "browserTree")->topLevelItemCount(), 0);
    }
};

int main(int argc, char *argv[])
{
    VolumeUiHome home;
    QCA::Initializer init;
    QApplication app(argc, argv);
    TestVolumeBrowserDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestVolumeBrowserDialog.moc"

// Generate on the Keys page, on the real dialog: the identity file (0600, age-keygen reads it back
// to the same recipient), the PDF recovery sheet (0600), the key in the registry, Done only once a
// random group of the identity is typed back, a protected identity that opens with its passphrase
// only, and the keyring option off (saying why) when no keyring runs.
#include "KeysUiSupport.h"
#include "VolumeUiSupport.h"
#include "age/IdentityFile.h"
#include "age/X25519Keys.h"
#include "core/JobRunner.h"
#include "keys/GenerateKeyDialog.h"
#include "keys/KeyRecoverySheet.h"
#include "keys/KeyRegistry.h"
#include "keys/Keyring.h"
#include "widgets/NewPassphraseField.h"
#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>
#include <QtCrypto>
#include <sys/stat.h>

using namespace strongroom;

namespace {
int modeOf(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

class TestGenerateKeyDialog : public QObject
{
    Q_OBJECT
    JobRunner m_runner;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void theSheetGroupsTheIdentityInFives_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QStringList>("groups");
        QTest::newRow("short") << QStringLiteral("ABCDEFG")
                               << QStringList{QStringLiteral("ABCDE"), QStringLiteral("FG")};
        QTest::newRow("exact") << QStringLiteral("ABCDE") << QStringList{QStringLiteral("ABCDE")};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void theSheetGroupsTheIdentityInFives()
    {
        QFETCH(QString, identity);
        QFETCH(QStringList, groups);
        QCOMPARE(ui::KeyRecoverySheet::groups(identity), groups);
    }

    void theSheetCarriesTheGroupedIdentityAndItsQrCode()
    {
        const auto identity = age::X25519Identity::generate();
        ui::KeyRecoverySheet sheet;
        sheet.name = QStringLiteral("offsite backups");
        sheet.identity = identity.toString();
        sheet.recipient = identity.recipient().toString();
        sheet.keyId = identity.recipient().keyId();
        QTextDocument document;
        sheet.fill(document);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(ui::KeyRecoverySheet::groups(sheet.identity).join(QLatin1Char(' '))));
        QVERIFY(text.contains(sheet.recipient));
        QVERIFY(text.contains(sheet.keyId));
        QVERIFY(text.contains(sheet.name));
        const QImage qr =
            document
                .resource(QTextDocument::ImageResource, QUrl(QStringLiteral("strongroom://identity-qr.png")))
                .value<QImage>();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        const QString dir = qEnvironmentVariable("STRONGROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            document.setTextWidth(700);
            QImage page(QSize(700, int(document.size().height())), QImage::Format_RGB32);
            page.fill(Qt::white);
            QPainter painter(&page);
            document.drawContents(&painter);
            painter.end();
            page.save(QDir(dir).filePath(QStringLiteral("keys-sheet.png")));
        }
    }

    void generateWritesTheKeyTheSheetAndAsksForAGroup()
    {
        ui::GenerateKeyDialog dialog(&m_runner);
        dialog.show();
        const QString file = m_dir.filePath(QStringLiteral("offsite.txt"));
        auto *generate = child<QPushButton>(&dialog, "generateButton");
        QVERIFY(!generate->isEnabled());
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("offsite backups"));
        child<QLineEdit>(&dialog, "identityFileEdit")->setText(file);
        QCOMPARE(child<QLineEdit>(&dialog, "sheetFileEdit")->text(), file + QStringLiteral(".recovery.pdf"));
        QVERIFY(generate->isEnabled());
        dialog.resize(640, dialog.sizeHint().height());
        keysScreenshot(&dialog, QStringLiteral("generate"));
        QSignalSpy generated(&dialog, &ui::GenerateKeyDialog::generated);
        QTest::mouseClick(generate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 1, 20000);

        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(file + QStringLiteral(".recovery.pdf")), 0600);
        QVERIFY(readFile(file + QStringLiteral(".recovery.pdf")).startsWith("%PDF"));
        const auto identities = age::readIdentityFile(file, nullptr);
        QVERIFY(identities);
        QCOMPARE(identities->first().recipient().toString(), dialog.recipient());
        const QString keygenRecipient = [&] {
            const QString keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
            if (keygen.isEmpty())
                return QString();
            QProcess y;
            y.start(keygen, {QStringLiteral("-y"), file});
            y.waitForFinished();
            return QString::fromLatin1(y.readAllStandardOutput().trimmed());
        }();
        if (keygenRecipient.isEmpty())
            qWarning("age-keygen is not installed: the identity was not read back with it");
        else
            QCOMPARE(keygenRecipient, dialog.recipient());

        auto contents = KeyRegistry().read();
        QVERIFY(contents);
        bool registered = false;
        for (const RegisteredKeyFile &entry : contents->keyFiles)
            registered =
                registered || (entry.path == file && entry.name == QLatin1String("offsite backups") &&
                               entry.recipients == QStringList{dialog.recipient()});
        QVERIFY(registered);

        // Done waits for the asked group, typed back from the sheet.
        auto *done = child<QPushButton>(&dialog, "doneButton");
        auto *typed = child<QLineEdit>(&dialog, "typedBackEdit");
        QVERIFY(
            child<QLabel>(&dialog, "questionLabel")->text().contains(QString::number(dialog.askedGroup())));
        QVERIFY(dialog.askedGroup() >= 4);
        QVERIFY(!done->isEnabled());
        const QStringList groups = ui::KeyRecoverySheet::groups(identities->first().toString());
        const QString wanted = groups.at(dialog.askedGroup() - 1);
        typed->setText(wanted == QLatin1String("AAAAA") ? QStringLiteral("BBBBB") : QStringLiteral("AAAAA"));
        QVERIFY(!done->isEnabled());
        typed->setText(wanted.toLower());
        QVERIFY(done->isEnabled());
        dialog.resize(640, 360);
        keysScreenshot(&dialog, QStringLiteral("generate-check"));
    }

    void aProtectedIdentityOpensOnlyWithItsPassphrase()
    {
        ui::GenerateKeyDialog dialog(&m_runner);
        dialog.show();
        const QString file = m_dir.filePath(QStringLiteral("protected.txt"));
        child<QLineEdit>(&dialog, "identityFileEdit")->setText(file);
        child<QCheckBox>(&dialog, "protectCheck")->setChecked(true);
        auto *generate = child<QPushButton>(&dialog, "generateButton");
        QVERIFY(!generate->isEnabled()); // no passphrase yet
        const auto fields =
            child<ui::NewPassphraseField>(&dialog, "passphraseField")->findChildren<ui::SecretLineEdit *>();
        QCOMPARE(fields.size(), 2);
        for (ui::SecretLineEdit *field : fields)
            field->setText(QStringLiteral("correct horse battery staple"));
        QVERIFY(generate->isEnabled());
        QSignalSpy generated(&dialog, &ui::GenerateKeyDialog::generated);
        QTest::mouseClick(generate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 1, 30000);
        QVERIFY(readFile(file).startsWith("-----BEGIN AGE ENCRYPTED FILE-----"));
        QVERIFY(!age::readIdentityFile(file, nullptr));
        const KeyMaterial wrong(QCA::SecureArray(QByteArray("wrong")));
        QVERIFY(!age::readIdentityFile(file, &wrong));
        const KeyMaterial right(QCA::SecureArray(QByteArray("correct horse battery staple")));
        const auto identities = age::readIdentityFile(file, &right);
        QVERIFY(identities);
        QCOMPARE(identities->first().recipient().toString(), dialog.recipient());
    }

    void theKeyringOptionSaysWhyItIsOff()
    {
        ui::GenerateKeyDialog dialog(&m_runner);
        auto *keyring = child<QCheckBox>(&dialog, "keyringCheck");
        if (Keyring::isAvailable()) {
            QVERIFY(keyring->isEnabled());
            return;
        }
        qWarning("No desktop keyring (Secret Service or KWallet) runs here: storing a generated identity in "
                 "the keyring could not be tested, only that the option is off and says why.");
        QVERIFY(!keyring->isEnabled());
        QVERIFY(keyring->toolTip().contains(QStringLiteral("keyring")));
    }
};

int main(int argc, char *argv[])
{
    VolumeUiHome home;
    QCA::Initializer init;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("strongroom-test"));
    TestGenerateKeyDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestGenerateKeyDialog.moc"

// The Keys page on real keys: an identity made by age-keygen (its "# created:" date moved back so it
// is due), a LUKS2 image made by cryptsetup luksFormat and a catalog made by `backup create`; the
// list with due dates and the key map, the rotation period deciding what is due (and kept as a
// setting), Import of each kind of key file and refusal of anything else, and Rewrap Backups to a
// New Key running RewrapJob in the job dialog, after which only the new identity opens the file
// (checked with strongroom-cli file verify) and the key map follows. Rotation Period gives the
// selected key its own period and back the global one, and Record Recovery Copy records where its
// copy is kept (refusing an empty place), each through its job, read back from the list.
#include "KeysUiSupport.h"
#include "VolumeUiSupport.h"
#include "age/GenerateKeyJob.h"
#include "age/X25519Keys.h"
#include "app/backup/BackupFixtures.h"
#include "app/volumes/LuksFixtures.h"
#include "core/JobRunner.h"
#include "jobs/JobsIndicator.h"
#include "keylist/KeyListSettings.h"
#include "keys/KeyRegistry.h"
#include "keys/KeyRotationDialog.h"
#include "keys/KeysPage.h"
#include "keys/RecoveryRecordDialog.h"
#include "keys/RewrapDialog.h"
#include "support/CliProcess.h"
#include "widgets/Banner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <QtCrypto>

using namespace strongroom;

class TestKeysPage : public QObject
{
    Q_OBJECT
    JobRunner m_runner;
    QThreadPool m_pool;
    LuksFixtures m_fx;
    QString m_identity;
    QString m_recipient;
    QString m_image;
    QString m_history;
    QString m_encrypted;

    static void waitForList(ui::KeysPage &page) { QTRY_VERIFY_WITH_TIMEOUT(!page.isRefreshing(), 20000); }

    static int rowOf(QTableWidget *table, const QString &kindText)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == kindText)
                return row;
        return -1;
    }

    static const KnownKey *keyOf(const ui::KeysPage &page, const QString &keyId)
    {
        static KnownKey found;
        for (const KnownKey &key : page.keys())
            if (key.keyId == keyId) {
                found = key;
                return &found;
            }
        return nullptr;
    }

    static void selectKeyOfKind(ui::KeysPage &page, const QString &kindText, QString &keyId)
    {
        auto *table = child<QTableWidget>(&page, "keysTable");
        const int row = rowOf(table, kindText);
        QVERIFY(row >= 0);
        table->selectRow(row);
        keyId = table->item(row, 0)->text();
    }

    CliRun cli(const QStringList &args) const
    {
        return runCli(args, {}, backupfixtures::environment(m_fx.dir.path()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_identity = m_fx.path(QStringLiteral("old-key.txt"));
        m_recipient = ageKeygen(m_identity);
        QVERIFY2(!m_recipient.isEmpty(), "age-keygen (Debian package age) is needed for a real identity");
        // Made "in April": its own date line says so.
        QByteArray text = readFile(m_identity);
        const qsizetype start = text.indexOf("# created: ") + 11;
        text.replace(start, text.indexOf('\n', start) - start, "2026-04-01T09:00:00Z");
        QFile f(m_identity);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        m_image = m_fx.cheapLuksFormat(QStringLiteral("vault.img"), "first");
        const QString db = m_fx.path(QStringLiteral("crm.db"));
        QVERIFY(backupfixtures::makeDatabase(db, backupfixtures::liveKey(), 20, "v1"));
        const CliRun backup = cli({QStringLiteral("backup"), QStringLiteral("create"), db,
                                   QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        m_history = m_fx.path(QStringLiteral("backups"));
        QFile plain(m_fx.path(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(QByteArray(100000, 'x'));
        plain.close();
        m_encrypted = m_fx.path(QStringLiteral("offsite.db.age"));
        const CliRun encrypted =
            cli({QStringLiteral("file"), QStringLiteral("encrypt"), plain.fileName(),
                 QStringLiteral("--recipient"), m_recipient, QStringLiteral("-o"), m_encrypted});
        QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    }

    void everyKindOfKeyIsListedWithItsDueDateAndKeyMap()
    {
        ui::JobsIndicator jobs(&m_runner);
        ui::KeysPage page(&m_runner, &jobs);
        page.setExtraPlaces({m_history}, {m_image});
        page.importKeyFile(m_identity);
        page.show();
        waitForList(page);
        auto *table = child<QTableWidget>(&page, "keysTable");
        QCOMPARE(table->rowCount(), 3);
        // Oldest first: the April identity leads, and with the default 180 days it is due.
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("age identity"));
        QVERIFY(table->item(0, 5)->text().startsWith(QStringLiteral("due since")));
        QVERIFY(rowOf(table, QStringLiteral("SQLCipher key")) >= 0);
        QVERIFY(rowOf(table, QStringLiteral("LUKS key slot")) >= 0);
        QVERIFY(child<ui::Banner>(&page, "keysBanner")
                    ->text()
                    .contains(QStringLiteral("older than 180 days: 1.")));

        table->selectRow(rowOf(table, QStringLiteral("LUKS key slot")));
        auto *map = child<QListWidget>(&page, "keyMapList");
        QCOMPARE(map->count(), 1);
        QCOMPARE(map->item(0)->text(), m_image);
        table->selectRow(rowOf(table, QStringLiteral("SQLCipher key")));
        QCOMPARE(map->count(), 2);
        page.resize(1100, 700);
        keysScreenshot(&page, QStringLiteral("page"));
    }

    void aPlaceThatCannotBeReadIsNamedInTheBanner()
    {
        ui::JobsIndicator jobs(&m_runner);
        ui::KeysPage page(&m_runner, &jobs);
        const QString notLuks = m_fx.path(QStringLiteral("plain"));
        page.setExtraPlaces({}, {notLuks});
        page.show();
        waitForList(page);
        QVERIFY2(child<ui::Banner>(&page, "keysBanner")->text().contains(notLuks),
                 qPrintable(child<ui::Banner>(&page, "keysBanner")->text()));
        QVERIFY(rowOf(child<QTableWidget>(&page, "keysTable"), QStringLiteral("age identity")) >= 0);
    }

    void theRotationPeriodDecidesWhatIsDue_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("due");
        QTest::newRow("30 days") << 30 << true;
        QTest::newRow("three years") << 1100 << false;
    }
    void theRotationPeriodDecidesWhatIsDue()
    {
        QFETCH(int, days);
        QFETCH(bool, due);
        ui::JobsIndicator jobs(&m_runner);
        ui::KeysPage page(&m_runner, &jobs);
        page.show();
        waitForList(page);
        child<QSpinBox>(&page, "rotationSpin")->setValue(days);
        QCOMPARE(keylistsettings::rotationDays(), days);
        auto *table = child<QTableWidget>(&page, "keysTable");
        const int row = rowOf(table, QStringLiteral("age identity"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 5)->text().startsWith(QStringLiteral("due since")), due);
        keylistsettings::setRotationDays(keylistsettings::kDefaultRotationDays);
    }

    void theSelectedKeyGetsItsOwnRotationPeriodAndTheGlobalOneBack()
    {
        ui::JobsIndicator jobs(&m_runner);
        ui::KeysPage page(&m_runner, &jobs);
        page.setExtraPlaces({m_history}, {});
        page.show();
        waitForList(page);
        QString keyId;
        selectKeyOfKind(page, QStringLiteral("SQLCipher key"), keyId);
        QTest::mouseClick(child<QPushButton>(&page, "rotationPeriodButton"), Qt::LeftButton);
        auto *dialog = page.findChild<ui::KeyRotationDialog *>(QStringLiteral("keyRotationDialog"));
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(dialog, "globalPeriodRadio")->isChecked());
        QVERIFY(!child<QSpinBox>(dialog, "periodSpin")->isEnabled());
        child<QRadioButton>(dialog, "ownPeriodRadio")->setChecked(true);
        child<QSpinBox>(dialog, "periodSpin")->setValue(45);
        keysScreenshot(dialog, QStringLiteral("rotation-period"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        // SetKeyRotationJob ran (in the job dialog) and the list was read again.
        QTRY_VERIFY_WITH_TIMEOUT(keyOf(page, keyId) && keyOf(page, keyId)->ownRotationDays == 45, 20000);
        QCOMPARE(keylistsettings::keyRotationDays().value(keyId), 45);

        page.selectKey(keyId);
        QTest::mouseClick(child<QPushButton>(&page, "rotationPeriodButton"), Qt::LeftButton);
        dialog = page.findChild<ui::KeyRotationDialog *>(QStringLiteral("keyRotationDialog"));
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(dialog, "ownPeriodRadio")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "periodSpin")->value(), 45);
        child<QRadioButton>(dialog, "globalPeriodRadio")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(keyOf(page, keyId) && keyOf(page, keyId)->ownRotationDays == 0, 20000);
        QVERIFY(!keylistsettings::keyRotationDays().contains(keyId));
    }

    void aRecoveryCopyIsRecordedForTheSelectedKey()
    {
        ui::JobsIndicator jobs(&m_runner);
        ui::KeysPage page(&m_runner, &jobs);
        page.setExtraPlaces({m_history}, {});
        page.show();
        waitForList(page);
        QString keyId;
        selectKeyOfKind(page, QStringLiteral("SQLCipher key"), keyId);
        QTest::mouseClick(child<QPushButton>(&page, "recoveryButton"), Qt::LeftButton);
        auto *dialog = page.findChild<ui::RecoveryRecordDialog *>(QStringLiteral("recoveryRecordDialog"));
        QVERIFY(dialog);
        QVERIFY(!child<QPushButton>(dialog, "removeRecordButton")->isEnabled());
        // No place, no record: the dialog says so and stays open.
        QTest::mouseClick(child<QPushButton>(dialog, "recordButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QLabel>(dialog, "problemLabel")->text().isEmpty());
        const QString where = QStringLiteral("sealed envelope in the office safe");
        child<QLineEdit>(dialog, "recoveryWhereEdit")->setText(where);
        keysScreenshot(dialog, QStringLiteral("record-recovery"));
        QTest::mouseClick(child<QPushButton>(dialog, "recordButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(keyOf(page, keyId) && keyOf(page, keyId)->recoveryWhere == where, 20000);
        QCOMPARE(keylistsettings::recoveryRecords().value(keyId).where, where);
        auto *table = child<QTableWidget>(&page, "keysTable");
        const int row = rowOf(table, QStringLiteral("SQLCipher key"));
        QCOMPARE(table->item(row, 6)->text(), where);
        page.resize(1200, 700);
        keysScreenshot(&page, QStringLiteral("page-recovery"));

        page.selectKey(keyId);
        QTest::mouseClick(child<QPushButton>(&page, "recoveryButton"), Qt::LeftButton);
        dialog = page.findChild<ui::RecoveryRecordDialog *>(QStringLiteral("recoveryRecordDialog"));
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "recoveryWhereEdit")->text(), where);
        QTest::mouseClick(child<QPushButton>(dialog, "removeRecordButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(keyOf(page, keyId) && keyOf(page, keyId)->recoveryWhere.isEmpty(), 20000);
        QVERIFY(!keylistsettings::recoveryRecords().contains(keyId));
    }

    void importTakesKeyFilesAndRefusesAnythingElse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("recipients file") << QByteArray("# team\n" + m_recipient.toLatin1() + "\n")
                                         << QStringLiteral("recipients file with 1 recipients");
        QTest::newRow("not a key file")
            << QByteArray("hello\n") << QStringLiteral("neither an age identity file");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("neither an age identity file");
    }
    void importTakesKeyFilesAndRefusesAnythingElse()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file = m_fx.path(QStringLiteral("import-%1.txt")
                                           .arg(QTest::currentDataTag())
                                           .replace(QLatin1Char(' '), QLatin1Char('-')));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        ui::JobsIndicator jobs(&m_runner);
        ui::KeysPage page(&m_runner, &jobs);
        page.importKeyFile(file);
        QVERIFY2(child<ui::Banner>(&page, "keysBanner")->text().contains(message),
                 qPrintable(child<ui::Banner>(&page, "keysBanner")->text()));
    }

    void aProtectedIdentityIsImportedByPath()
    {
        const QString file = m_fx.path(QStringLiteral("protected.txt"));
        age::GenerateKeyRequest request;
        request.identityPath = file;
        request.protectWith = KeyMaterial(QCA::SecureArray(QByteArray("a passphrase")));
        const JobReport made =
            startDetached(std::make_shared<age::GenerateKeyJob>(request), &m_pool, {},
                          AuditLog(m_fx.path(QStringLiteral("audit.jsonl"))))
                ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; });
        QVERIFY(!made.error);
        ui::JobsIndicator jobs(&m_runner);
        ui::KeysPage page(&m_runner, &jobs);
        page.importKeyFile(file);
        QVERIFY(
            child<ui::Banner>(&page, "keysBanner")->text().contains(QStringLiteral("passphrase-protected")));
        auto contents = KeyRegistry().read();
        QVERIFY(contents);
        QVERIFY(std::any_of(contents->keyFiles.cbegin(), contents->keyFiles.cend(),
                            [&](const RegisteredKeyFile &entry) { return entry.path == file; }));
        // Listed, its key id unknown until the file is unlocked.
        waitForList(page);
        QVERIFY(std::any_of(page.keys().cbegin(), page.keys().cend(), [&](const KnownKey &key) {
            return key.source == file && key.keyId == QLatin1String("(locked)");
        }));

        // A wrong passphrase is refused; the right one makes the key id known.
        page.importKeyFile(file, false, KeyMaterial(QCA::SecureArray(QByteArray("not it"))));
        QVERIFY2(child<ui::Banner>(&page, "keysBanner")->text().contains(QStringLiteral("does not open")),
                 qPrintable(child<ui::Banner>(&page, "keysBanner")->text()));
        page.importKeyFile(file, false, KeyMaterial(QCA::SecureArray(QByteArray("a passphrase"))));
        waitForList(page);
        const QString keyId = made.data.value(QStringLiteral("keyId")).toString();
        QVERIFY(std::any_of(page.keys().cbegin(), page.keys().cend(),
                            [&](const KnownKey &key) { return key.source == file && key.keyId == keyId; }));
    }

    void rewrapGivesTheFilesTheNewKey()
    {
        const QString newIdentity = m_fx.path(QStringLiteral("new-key.txt"));
        const QString newRecipient = ageKeygen(newIdentity);
        ui::JobsIndicator jobs(&m_runner);
        ui::KeysPage page(&m_runner, &jobs);
        page.show();
        waitForList(page);
        // The CLI that encrypted the file kept its own registry: the page's learns of the file here.
        KeyRegistry().recordUse({page.keys().first().keyId}, m_encrypted);
        page.refresh();
        waitForList(page);
        auto *table = child<QTableWidget>(&page, "keysTable");
        table->selectRow(rowOf(table, QStringLiteral("age identity")));
        QTest::mouseClick(child<QPushButton>(&page, "rewrapButton"), Qt::LeftButton);
        auto *dialog = page.findChild<ui::RewrapDialog *>(QStringLiteral("rewrapDialog"));
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "identityEdit")->text(), m_identity);
        QCOMPARE(child<QListWidget>(dialog, "filesList")->count(), 1);
        child<QLineEdit>(dialog, "recipientEdit")->setText(QStringLiteral("age1nonsense"));
        QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QVERIFY(
            child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("not an age recipient")));
        child<QLineEdit>(dialog, "recipientEdit")->setText(newRecipient);
        QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        const auto opens = [&](const QString &identity) {
            return cli({QStringLiteral("file"), QStringLiteral("verify"), m_encrypted,
                        QStringLiteral("--identity"), identity})
                .exitCode;
        };
        QTRY_COMPARE_WITH_TIMEOUT(opens(newIdentity), 0, 20000);
        QCOMPARE(opens(m_identity), 3);
        // The key map follows: the new key id opens the file.
        const QString newKeyId = age::X25519Recipient::parse(newRecipient)->keyId();
        QTRY_VERIFY_WITH_TIMEOUT(KeyRegistry().read()->uses.value(newKeyId).contains(m_encrypted), 20000);
    }
};

int main(int argc, char *argv[])
{
    VolumeUiHome home;
    QCA::Initializer init;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("strongroom-test"));
    TestKeysPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeysPage.moc"

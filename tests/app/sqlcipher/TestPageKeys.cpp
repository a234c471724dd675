// PageKeys, the two keys SQLCipher derives from a key and a file's salt. Proven against SQLCipher
// itself: the raw key and salt they make (rawKey) open files made by the `sqlcipher` shell with a
// passphrase (SQLCipher 4 and 3 settings) without any KDF; and against python3's hashlib: the page
// key is PBKDF2 of the passphrase over the salt, the HMAC key PBKDF2 of the page key over the salt
// XOR 0x3a with 2 iterations. A raw key is used as it is (with its own salt when it has one).
#include "DbFixtures.h"
#include "sqlcipher/PageKeys.h"
#include "support/ReferencePbkdf2.h"

#include <QTemporaryDir>
#include <QtCrypto>

using namespace strongroom;

Q_DECLARE_METATYPE(strongroom::CipherSettings)

namespace {
KeyMaterial key(const QByteArray &secret)
{
    return KeyMaterial(QCA::SecureArray(secret));
}

QByteArray masked(QByteArray salt)
{
    for (char &c : salt)
        c ^= 0x3a;
    return salt;
}
} // namespace

class TestPageKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void theRawKeyOpensAFileMadeWithAPassphrase_data()
    {
        QTest::addColumn<QByteArray>("settingsPragmas");
        QTest::addColumn<CipherSettings>("settings");
        QTest::newRow("SQLCipher 4") << QByteArray() << CipherSettings::sqlcipher4();
        QTest::newRow("SQLCipher 3") << QByteArray("PRAGMA cipher_compatibility = 3;\n")
                                     << CipherSettings::sqlcipher3();
    }
    void theRawKeyOpensAFileMadeWithAPassphrase()
    {
        QFETCH(QByteArray, settingsPragmas);
        QFETCH(CipherSettings, settings);
        const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(settings.profileName()));
        dbfixtures::makeWithShell(path,
                                  "PRAGMA key = 'pass phrase';\n" + settingsPragmas + dbfixtures::content());

        auto keys = PageKeys::ofFile(path, key("pass phrase"), settings);
        QVERIFY2(keys.ok(), qPrintable(keys.error().message));
        QCOMPARE(keys->salt, PageKeys::readSalt(path).value());
        const KeyMaterial raw = keys->rawKey();
        QCOMPARE(raw.kind(), KeyKind::Raw);
        QCOMPARE(raw.size(), 3 + 96);

        // SQLCipher opens the file with it, and reads a table.
        const ShellRun r = runSqlCipherShell(path, "PRAGMA key = \"" + raw.secret().toByteArray() + "\";\n" +
                                                       settingsPragmas + "SELECT count(*) FROM big;\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').last(), QByteArray("600"));
        // A wrong passphrase gives keys that do not open it.
        auto wrong = PageKeys::ofFile(path, key("pass phrasE"), settings);
        QVERIFY(wrong.ok());
        const ShellRun refused =
            runSqlCipherShell(path, "PRAGMA key = \"" + wrong->rawKey().secret().toByteArray() + "\";\n" +
                                        settingsPragmas + "SELECT count(*) FROM big;\n");
        QVERIFY(refused.exitCode != 0);
    }

    void theKeysArePbkdf2AsSqlCipherDefinesThem_data()
    {
        QTest::addColumn<CipherSettings>("settings");
        QTest::addColumn<QString>("hash");
        QTest::newRow("SQLCipher 4: SHA-512, 256,000 iterations") << CipherSettings::sqlcipher4() << "sha512";
        QTest::newRow("SQLCipher 3: SHA-1, 64,000 iterations") << CipherSettings::sqlcipher3() << "sha1";
        CipherSettings custom = CipherSettings::sqlcipher4();
        custom.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA256");
        custom.kdfIter = 5000;
        QTest::newRow("custom: SHA-256, 5,000 iterations") << custom << "sha256";
    }
    void theKeysArePbkdf2AsSqlCipherDefinesThem()
    {
        QFETCH(CipherSettings, settings);
        QFETCH(QString, hash);
        const QByteArray salt = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QByteArray encryption = referencePbkdf2(hash, "pass phrase", salt, settings.kdfIter, 32);
        if (encryption.isEmpty())
            QSKIP("python3 with hashlib did not run; not checked: page keys against an independent PBKDF2");
        const QByteArray hmac = referencePbkdf2(hash, encryption, masked(salt), 2, 32);
        auto keys = PageKeys::derive(key("pass phrase"), salt, settings);
        QVERIFY2(keys.ok(), qPrintable(keys.error().message));
        QCOMPARE(keys->encryption.toByteArray().toHex(), encryption.toHex());
        QCOMPARE(keys->hmac.toByteArray().toHex(), hmac.toHex());
        QCOMPARE(keys->salt, salt);
    }

    void aRawKeyIsUsedAsItIs()
    {
        const QByteArray fileSalt = QByteArray(16, '\x11');
        const QByteArray hex = "2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99";
        auto plain = PageKeys::derive(key("x'" + hex + "'"), fileSalt, CipherSettings::sqlcipher4());
        QVERIFY(plain.ok());
        QCOMPARE(plain->encryption.toByteArray(), QByteArray::fromHex(hex));
        QCOMPARE(plain->salt, fileSalt);
        const QByteArray reference =
            referencePbkdf2(QStringLiteral("sha512"), QByteArray::fromHex(hex), masked(fileSalt), 2, 32);
        if (!reference.isEmpty())
            QCOMPARE(plain->hmac.toByteArray().toHex(), reference.toHex());
        // x'<key><salt>': the key's own salt wins over the file's.
        const QByteArray ownSalt = "00112233445566778899aabbccddeeff";
        auto withSalt =
            PageKeys::derive(key("x'" + hex + ownSalt + "'"), fileSalt, CipherSettings::sqlcipher4());
        QVERIFY(withSalt.ok());
        QCOMPARE(withSalt->salt, QByteArray::fromHex(ownSalt));
        QCOMPARE(withSalt->rawKey().secret().toByteArray().toLower(), ("x'" + hex + ownSalt + "'").toLower());
    }

    void aSaltOutsideTheFileIsAUsageError()
    {
        CipherSettings header = CipherSettings::sqlcipher4();
        header.plaintextHeaderSize = 32;
        auto keys = PageKeys::derive(key("pw"), QByteArray(16, 'a'), header);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().code, ExitCode::Usage);
        QCOMPARE(PageKeys::derive(key("pw"), QByteArray(15, 'a'), CipherSettings::sqlcipher4()).error().code,
                 ExitCode::Usage);
    }

    void theSaltIsTheFilesFirst16Bytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("salt.db"));
        dbfixtures::writeFile(path, QByteArray("0123456789abcdefrest of the file"));
        QCOMPARE(PageKeys::readSalt(path).value(), QByteArray("0123456789abcdef"));
        dbfixtures::writeFile(path, QByteArray("short"));
        auto shortFile = PageKeys::readSalt(path);
        QVERIFY(!shortFile.ok());
        QCOMPARE(shortFile.error().code, ExitCode::Unsupported);
        QCOMPARE(shortFile.error().kindName(), QStringLiteral("not-a-database"));
        QCOMPARE(PageKeys::readSalt(m_dir.filePath(QStringLiteral("missing.db"))).error().code,
                 ExitCode::Failure);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestPageKeys test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPageKeys.moc"

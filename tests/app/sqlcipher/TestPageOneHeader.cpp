#include "DbFixtures.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/PageOneHeader.h"
#include "support/FolderListing.h"

#include <QTemporaryDir>
#include <QtCrypto>

using namespace strongroom;

Q_DECLARE_METATYPE(strongroom::CipherSettings)

// Keys checked against page 1 before SQLite sees them, on files the `sqlcipher` shell wrote: the
// right key passes with and without page HMACs, a wrong one does not, and a wrong key that makes the
// shell itself leave -wal and -shm files behind leaves nothing beside the file when Strongroom tries it.
class TestPageOneHeader : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    static KeyMaterial key(const QByteArray &text) { return KeyMaterial(QCA::SecureArray(text)); }
    static QByteArray rawKey(const QByteArray &hex) { return "x'" + hex + "'"; }

    QString makeFile(const QString &name, const QByteArray &key, const QByteArray &compatibility)
    {
        const QString path = m_dir.filePath(name);
        const QByteArray quoted = key.startsWith("x'") ? "\"" + key + "\"" : "'" + key + "'";
        dbfixtures::makeWithShell(path, "PRAGMA key = " + quoted + ";\nPRAGMA cipher_compatibility = " +
                                            compatibility + ";\n" + dbfixtures::content());
        return path;
    }

    // Whether the shell, asked to read the file with this raw key and SQLCipher 1's settings, leaves
    // a -wal file beside it (it takes what the key decrypts for a WAL database's header).
    static bool shellLeavesAWal(const QString &path, const QByteArray &hex)
    {
        runSqlCipherShell(path,
                          "PRAGMA key = \"" + rawKey(hex) +
                              "\";\nPRAGMA cipher_compatibility = 1;\n"
                              "SELECT count(*) FROM sqlite_schema;\n",
                          {QStringLiteral("-readonly")});
        const bool wal = QFile::exists(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return wal;
    }

private Q_SLOTS:
    void theRightKeyDecryptsAHeader_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("compatibility");
        QTest::addColumn<CipherSettings>("settings");
        QTest::newRow("sqlcipher-1 passphrase")
            << QByteArray("one two three") << QByteArray("1") << CipherSettings::sqlcipher1();
        QTest::newRow("sqlcipher-1 raw key")
            << rawKey(dbfixtures::kRawKeyHex) << QByteArray("1") << CipherSettings::sqlcipher1();
        QTest::newRow("sqlcipher-4 passphrase")
            << QByteArray("one two three") << QByteArray("4") << CipherSettings::sqlcipher4();
    }
    void theRightKeyDecryptsAHeader()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, compatibility);
        QFETCH(CipherSettings, settings);
        const QString path =
            makeFile(QStringLiteral("right-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())), key,
                     compatibility);
        QVERIFY(decryptsToAPageOneHeader(path, this->key(key), settings));
        const KeyMaterial material = this->key(key);
        auto db = Database::open(path, {Database::Access::ReadOnly, &material, settings, 0});
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM small")).toInt(), 3);
    }

    void aWrongKeyDecryptsNoHeader()
    {
        const QString path = makeFile(QStringLiteral("wrong.db"), "one two three", "1");
        QVERIFY(!decryptsToAPageOneHeader(path, key("one two four"), CipherSettings::sqlcipher1()));
        QVERIFY(!decryptsToAPageOneHeader(path, key(rawKey(dbfixtures::kRawKeyHex)),
                                          CipherSettings::sqlcipher1()));
        const KeyMaterial wrong = key("one two four");
        auto db = Database::open(path, {Database::Access::ReadOnly, &wrong, CipherSettings::sqlcipher1(), 0});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ExitCode::WrongKey);
    }

    void aWrongKeyTheShellTakesForAWalDatabaseLeavesNoFilesBeside()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("a.db"));
        dbfixtures::makeWithShell(path,
                                  "PRAGMA key = 'old horse battery';\nPRAGMA cipher_compatibility = 3;\n" +
                                      dbfixtures::content());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.read(1024); // SQLCipher 1's page: salt, ciphertext, IV (no HMAC)
        const QByteArray firstBlock = page.mid(16, 16);
        const QByteArray iv = page.mid(1024 - 16, 16);

        // Raw keys (no KDF) that decrypt header byte 19, the read version, to 2: "WAL". The shell
        // confirms which of them it really takes for a WAL database.
        QByteArray found;
        for (quint32 i = 0; i < 200000 && found.isEmpty(); ++i) {
            const QByteArray candidate =
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
            QCA::Cipher aes(QStringLiteral("aes256"), QCA::Cipher::ECB, QCA::Cipher::NoPadding, QCA::Decode,
                            QCA::SymmetricKey(candidate));
            const QByteArray plain = aes.update(QCA::MemoryRegion(firstBlock)).toByteArray();
            if (plain.size() == 16 && (uchar(plain[3]) ^ uchar(iv[3])) == 2 &&
                shellLeavesAWal(path, candidate.toHex().toUpper()))
                found = candidate.toHex().toUpper();
        }
        QVERIFY2(!found.isEmpty(), "no raw key made the shell leave a -wal file");
        QCOMPARE(folderListing(folder.path()), QStringLiteral("a.db"));

        const KeyMaterial wrong = key(rawKey(found));
        QVERIFY(!decryptsToAPageOneHeader(path, wrong, CipherSettings::sqlcipher1()));
        auto db = Database::open(path, {Database::Access::ReadOnly, &wrong, CipherSettings::sqlcipher1(), 0});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ExitCode::WrongKey);
        QCOMPARE(folderListing(folder.path()), QStringLiteral("a.db"));
    }
};

QTEST_GUILESS_MAIN(TestPageOneHeader)
#include "TestPageOneHeader.moc"

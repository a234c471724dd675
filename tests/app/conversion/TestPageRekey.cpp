#include "ConversionFixtures.h"
#include "support/DatabaseCopy.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace fixtures;

// A rekey, or a migrate that changes only the KDF, re-encrypts the file page by page (the report says
// "method": "pages"). Inputs are made by the sqlcipher shell and results read by it: the result opens
// with the new key and settings, passes the shell's cipher_integrity_check (every page's HMAC), and
// decrypted by the shell's sqlcipher_export it dumps exactly as the original does. A damaged source
// page is refused with exit 4 and its number, nothing swapped; layouts the page path does not handle
// still go through sqlcipher_export and the report says why.
class TestPageRekey : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    // Raw keys with a stored salt: the first as the shell makes a database with it, the second with
    // a salt of its own, so a rekey to it changes the file's salt.
    static inline const QByteArray kRawKeyWithSalt =
        "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D9998AFB9F4A0F5D52DB2E3E2A64F0A4A30'";
    static inline const QByteArray kOtherRawKeyWithSalt =
        "x'5E5B07C4E1BD98C7D8AC2CB6A77E5A0A5F98E0B8E3C4D7F1A2B3C4D5E6F70819000102030405060708090A0B0C0D0E0F'";

    QProcessEnvironment environment(const QString &tag)
    {
        QProcessEnvironment env =
            cliEnvironment(m_home.filePath(QString(tag).replace(QLatin1Char(' '), QLatin1Char('_'))));
        env.insert(QStringLiteral("SALTED_KEY"), QString::fromLatin1(kRawKeyWithSalt));
        env.insert(QStringLiteral("OTHER_SALTED_KEY"), QString::fromLatin1(kOtherRawKeyWithSalt));
        return env;
    }

    // A WAL database whose last transactions, a table of their own among them, are only in the -wal,
    // on pages beyond the end of the database file: the shell is killed before it can checkpoint.
    void makeWalWithFramesOnlyInTheWal(const QString &path, const QByteArray &key)
    {
        makeDatabase(path, key, "PRAGMA kdf_iter = 4000;\n", 200, true);
        const qint64 fileBytes = QFileInfo(path).size();
        QVERIFY(runSqlCipherShellThenKill(
            path,
            keyPragmas(key, "PRAGMA kdf_iter = 4000;\n") +
                "PRAGMA wal_autocheckpoint = 0;\n"
                "CREATE TABLE only_in_wal(x, y);\n"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)\n"
                "  INSERT INTO only_in_wal SELECT i, randomblob(100) FROM n;\n"
                "UPDATE people SET note = 'changed in the wal' WHERE id = 7;\n",
            20000));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(QFileInfo(path).size(), fileBytes); // the new pages are in the -wal only
    }

    // The database decrypted by the shell's sqlcipher_export into a plain file, then dumped by the
    // shell: the plaintext as SQLCipher reads it. Read from a scratch copy (with its -wal), so the
    // shell never checkpoints the file under test.
    QByteArray plainDump(const QString &path, const QByteArray &key, const QByteArray &settings)
    {
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("copy.db"));
        const QString plain = scratch.filePath(QStringLiteral("plain.db"));
        copyDatabase(path, copy);
        const ShellRun exported = runSqlCipherShell(
            copy, keyPragmas(key, settings) + "ATTACH DATABASE '" + QFile::encodeName(plain) +
                      "' AS plain KEY '';\nSELECT sqlcipher_export('plain');\nDETACH DATABASE plain;\n");
        if (exported.exitCode != 0 || !exported.err.isEmpty())
            return "ERROR: " + exported.err;
        const ShellRun dumped = runSqlCipherShell(plain, ".dump\n");
        return dumped.exitCode == 0 ? dumped.out : "ERROR: " + dumped.err;
    }

    // PRAGMA cipher_integrity_check in the shell: no rows when every page's HMAC holds.
    QByteArray cipherIntegrity(const QString &path, const QByteArray &key, const QByteArray &settings)
    {
        const ShellRun r =
            runSqlCipherShell(path, keyPragmas(key, settings) + "PRAGMA cipher_integrity_check;\n");
        QByteArray out = r.out;
        if (out.startsWith("ok\n"))
            out.remove(0, 3);
        return r.exitCode == 0 && r.err.isEmpty() ? out.trimmed() : "ERROR: " + r.err;
    }

private Q_SLOTS:
    void rekeyGoesPageByPageAndKeepsEveryPage_data()
    {
        addConversionCaseColumns();

        const QString o = QStringLiteral("--key-env"), n = QStringLiteral("--new-key-env");
        const QByteArray fastKdf = "PRAGMA kdf_iter = 4000;\n";
        const QStringList fast{QStringLiteral("--source-kdf-iter"), QStringLiteral("4000")};
        QTest::newRow("v4 passphrase to passphrase")
            << kOldPassphrase << fastKdf << false
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("OLD_KEY"), n,
                           QStringLiteral("NEW_KEY")} +
                   fast
            << kNewPassphrase << fastKdf;
        QTest::newRow("v4 at the default KDF cost")
            << kOldPassphrase << QByteArray() << false
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("OLD_KEY"), n,
                           QStringLiteral("NEW_KEY")}
            << kNewPassphrase << QByteArray();
        QTest::newRow("v3: HMAC-SHA1, 1 KiB pages, padded reserve")
            << kOldPassphrase << QByteArray("PRAGMA cipher_compatibility = 3;\n") << false
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("OLD_KEY"), n,
                           QStringLiteral("NEW_KEY")}
            << kNewPassphrase << QByteArray("PRAGMA cipher_compatibility = 3;\n");
        QTest::newRow("raw key with a stored salt to passphrase")
            << kRawKeyWithSalt << QByteArray() << false
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("SALTED_KEY"), n,
                           QStringLiteral("NEW_KEY")}
            << kNewPassphrase << QByteArray();
        QTest::newRow("passphrase to a raw key with a salt of its own")
            << kOldPassphrase << fastKdf << false
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("OLD_KEY"), n,
                           QStringLiteral("OTHER_SALTED_KEY")} +
                   fast
            << kOtherRawKeyWithSalt << fastKdf;
        QTest::newRow("WAL with frames only in the WAL")
            << kOldPassphrase << fastKdf << true
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("OLD_KEY"), n,
                           QStringLiteral("NEW_KEY")} +
                   fast
            << kNewPassphrase << fastKdf;
        QTest::newRow("migrate that changes only the KDF")
            << kOldPassphrase << QByteArray() << false
            << QStringList{QStringLiteral("migrate"),
                           o,
                           QStringLiteral("OLD_KEY"),
                           QStringLiteral("--kdf-iter"),
                           QStringLiteral("4000"),
                           QStringLiteral("--kdf-algorithm"),
                           QStringLiteral("PBKDF2_HMAC_SHA256")}
            << kOldPassphrase
            << QByteArray("PRAGMA kdf_iter = 4000;\nPRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256;\n");
    }

    void rekeyGoesPageByPageAndKeepsEveryPage()
    {
        const auto [sourceKey, sourceSettings, walFrames, args, resultKey, resultSettings] =
            fetchConversionCase();

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        if (walFrames)
            makeWalWithFramesOnlyInTheWal(db, sourceKey);
        else
            makeDatabase(db, sourceKey, sourceSettings, 3000);
        if (QTest::currentTestFailed())
            return;
        const QByteArray expected = plainDump(db, sourceKey, sourceSettings);
        QVERIFY2(!expected.startsWith("ERROR"), expected.constData());
        QVERIFY(expected.contains("person 3000") || expected.contains("changed in the wal"));
        const QByteArray originalHash = fileSha256(db);

        const CliRun r =
            runCli(QStringList{QStringLiteral("--json"), QStringLiteral("db")} + args + QStringList{db}, {},
                   environment(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject json = jsonOf(r);
        QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("pages"));
        const QJsonObject verification = json.value(QStringLiteral("verification")).toObject();
        QVERIFY(verification.value(QStringLiteral("passed")).toBool());
        QVERIFY(verification.value(QStringLiteral("pages_compared")).toInteger() > 10);
        QStringList tablesRead;
        for (const QJsonValue &t : verification.value(QStringLiteral("tables_read")).toArray())
            tablesRead << t.toString();
        QVERIFY2(tablesRead.contains(QStringLiteral("people")) && tablesRead.contains(QStringLiteral("tags")),
                 qPrintable(tablesRead.join(QLatin1Char(' '))));

        // The shell opens the result with the new key and settings, every page's HMAC holds, and its
        // plaintext, decrypted by the shell, is the original's.
        QCOMPARE(cipherIntegrity(db, resultKey, resultSettings), QByteArray());
        QCOMPARE(plainDump(db, resultKey, resultSettings), expected);
        if (walFrames) {
            QVERIFY(expected.contains("only_in_wal"));
            QCOMPARE(QFileInfo::exists(db + QStringLiteral("-wal"))
                         ? QFileInfo(db + QStringLiteral("-wal")).size()
                         : 0,
                     0);
        }
        // With the old key its pages fail their HMACs (or it does not open); the original is kept byte
        // for byte.
        QVERIFY(!cipherIntegrity(db, sourceKey, sourceSettings).isEmpty());
        const QString kept = json.value(QStringLiteral("kept_original")).toString();
        QCOMPARE(fileSha256(kept), originalHash);
        QCOMPARE(strongroomTempsIn(dir.path()), QStringList());
    }

    void damagedSourcePageIsRefusedAndNothingSwapped()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        makeDatabase(db, kOldPassphrase, "PRAGMA kdf_iter = 4000;\n", 3000);
        // One flipped byte in the ciphertext of page 9.
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 20 * 4096);
            QVERIFY(f.seek(8 * 4096 + 100));
            char c = 0;
            QVERIFY(f.getChar(&c));
            QVERIFY(f.seek(8 * 4096 + 100));
            QVERIFY(f.putChar(char(c ^ 0x20)));
        }
        const QByteArray damagedHash = fileSha256(db);
        const CliRun r =
            runCli({QStringLiteral("db"), QStringLiteral("rekey"), QStringLiteral("--key-env"),
                    QStringLiteral("OLD_KEY"), QStringLiteral("--source-kdf-iter"), QStringLiteral("4000"),
                    QStringLiteral("--new-key-env"), QStringLiteral("NEW_KEY"), db},
                   {}, environment(QStringLiteral("damaged")));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("Page 9 "), r.err.constData());
        QCOMPARE(fileSha256(db), damagedHash);
        QCOMPARE(keptOriginalsIn(dir.path()), QStringList());
        QCOMPARE(strongroomTempsIn(dir.path()), QStringList());
    }

    void layoutChangesStillGoThroughTheExport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        makeDatabase(db, kOldPassphrase, {}, 100);
        const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("migrate"),
                                 QStringLiteral("--key-env"), QStringLiteral("OLD_KEY"),
                                 QStringLiteral("--page-size"), QStringLiteral("8192"), db},
                                {}, environment(QStringLiteral("export")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = jsonOf(r);
        QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("export"));
        QVERIFY(json.value(QStringLiteral("why_export")).toString().contains(QLatin1String("page size")));
        QVERIFY(shellContent(db, kOldPassphrase, "PRAGMA cipher_page_size = 8192;\n").contains("person 100"));
    }
};

QTEST_GUILESS_MAIN(TestPageRekey)
#include "TestPageRekey.moc"

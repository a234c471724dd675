#include "ConversionFixtures.h"
#include "support/DatabaseCopy.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace fixtures;

// Every operation through the real strongroom-cli, on inputs made by the sqlcipher shell, with the
// result read back by the shell: same dump, same header fields, the original kept byte for byte.
class TestConversionRoundTrip : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    // A WAL database whose last transactions are still only in the -wal: the shell is killed before
    // it can checkpoint on close.
    void makeWalWithUncheckpointedFrames(const QString &path, const QByteArray &key)
    {
        makeDatabase(path, key, {}, 200, true);
        QVERIFY(runSqlCipherShellThenKill(
            path,
            keyPragmas(key) + "PRAGMA wal_autocheckpoint = 0;\n"
                              "INSERT INTO people(name, score) VALUES ('only in the wal', 1.5);\n"
                              "INSERT INTO tags VALUES ('wal', 'frame');\n",
            10000));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    }

    // What the shell sees in the file, read from a scratch copy so the original's -wal is not
    // checkpointed by the shell.
    QByteArray contentOfCopy(const QString &path, const QByteArray &key, const QByteArray &settings)
    {
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("copy.db"));
        copyDatabase(path, copy);
        return shellContent(copy, key, settings);
    }

private Q_SLOTS:
    void roundTripKeepsEverything_data()
    {
        addConversionCaseColumns();

        const QString o = QStringLiteral("--key-env"), n = QStringLiteral("--new-key-env");
        QTest::newRow("encrypt plain to v4")
            << QByteArray() << QByteArray() << false
            << QStringList{QStringLiteral("encrypt"), n, QStringLiteral("NEW_KEY")} << kNewPassphrase
            << QByteArray();
        QTest::newRow("encrypt plain WAL with uncheckpointed frames")
            << QByteArray() << QByteArray() << true
            << QStringList{QStringLiteral("encrypt"), n, QStringLiteral("RAW_KEY")} << kRawKey
            << QByteArray();
        QTest::newRow("decrypt v4") << kOldPassphrase << QByteArray() << false
                                    << QStringList{QStringLiteral("decrypt"), o, QStringLiteral("OLD_KEY"),
                                                   QStringLiteral("--yes")}
                                    << QByteArray() << QByteArray();
        QTest::newRow("decrypt v4 WAL with uncheckpointed frames")
            << kOldPassphrase << QByteArray() << true
            << QStringList{QStringLiteral("decrypt"), o, QStringLiteral("OLD_KEY"), QStringLiteral("--yes")}
            << QByteArray() << QByteArray();
        QTest::newRow("rekey raw key to passphrase")
            << kRawKey << QByteArray() << false
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("RAW_KEY"), n,
                           QStringLiteral("NEW_KEY")}
            << kNewPassphrase << QByteArray();
        QTest::newRow("rekey v3 keeps the v3 settings")
            << kOldPassphrase << QByteArray("PRAGMA cipher_compatibility = 3;\n") << false
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("OLD_KEY"), n,
                           QStringLiteral("NEW_KEY")}
            << kNewPassphrase << QByteArray("PRAGMA cipher_compatibility = 3;\n");
        QTest::newRow("migrate v3 to v4")
            << kOldPassphrase << QByteArray("PRAGMA cipher_compatibility = 3;\n") << false
            << QStringList{QStringLiteral("migrate"), o, QStringLiteral("OLD_KEY")} << kOldPassphrase
            << QByteArray();
        QTest::newRow("migrate v1 to v4")
            << kOldPassphrase << QByteArray("PRAGMA cipher_compatibility = 1;\n") << false
            << QStringList{QStringLiteral("migrate"), o, QStringLiteral("OLD_KEY")} << kOldPassphrase
            << QByteArray();
        QTest::newRow("migrate custom settings to v4 with a new key")
            << kOldPassphrase
            << QByteArray("PRAGMA cipher_page_size = 8192;\nPRAGMA kdf_iter = 12000;\nPRAGMA "
                          "cipher_hmac_algorithm = "
                          "HMAC_SHA256;\n")
            << false << QStringList{QStringLiteral("migrate"),     o,
                                    QStringLiteral("OLD_KEY"),     QStringLiteral("--source-page-size"),
                                    QStringLiteral("8192"),        QStringLiteral("--source-kdf-iter"),
                                    QStringLiteral("12000"),       QStringLiteral("--source-hmac-algorithm"),
                                    QStringLiteral("HMAC_SHA256"), n,
                                    QStringLiteral("NEW_KEY")}
            << kNewPassphrase << QByteArray();
        QTest::newRow("migrate v4 to custom settings")
            << kOldPassphrase << QByteArray() << false
            << QStringList{QStringLiteral("migrate"),    o,
                           QStringLiteral("OLD_KEY"),    QStringLiteral("--page-size"),
                           QStringLiteral("8192"),       QStringLiteral("--kdf-iter"),
                           QStringLiteral("50000"),      QStringLiteral("--hmac-algorithm"),
                           QStringLiteral("HMAC_SHA256")}
            << kOldPassphrase
            << QByteArray("PRAGMA cipher_page_size = 8192;\nPRAGMA kdf_iter = 50000;\nPRAGMA "
                          "cipher_hmac_algorithm = "
                          "HMAC_SHA256;\n");
    }

    void roundTripKeepsEverything()
    {
        const auto [sourceKey, sourceSettings, walFrames, args, resultKey, resultSettings] =
            fetchConversionCase();

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        if (walFrames)
            makeWalWithUncheckpointedFrames(db, sourceKey);
        else
            makeDatabase(db, sourceKey, sourceSettings, 300);
        if (QTest::currentTestFailed())
            return;
        const QByteArray expected = contentOfCopy(db, sourceKey, sourceSettings);
        QVERIFY2(!expected.startsWith("ERROR"), expected.constData());
        QVERIFY(expected.contains("person 300") || expected.contains("only in the wal"));
        const QByteArray originalHash = fileSha256(db);
        const QByteArray originalWalHash = fileSha256(db + QStringLiteral("-wal"));

        const QString dataHome = m_home.filePath(
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        const CliRun r =
            runCli(QStringList{QStringLiteral("--json"), QStringLiteral("db")} + args + QStringList{db}, {},
                   cliEnvironment(dataHome));
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject json = jsonOf(r);
        const QJsonObject verification = json.value(QStringLiteral("verification")).toObject();
        QVERIFY(verification.value(QStringLiteral("passed")).toBool());
        if (json.value(QStringLiteral("method")).toString() == QLatin1String("pages")) {
            // A rekey re-encrypts page by page, comparing every page instead (TestPageRekey).
            QVERIFY(verification.value(QStringLiteral("pages_compared")).toInteger() > 0);
            QCOMPARE(verification.value(QStringLiteral("tables_read")).toArray().size(), 3);
        } else {
            QCOMPARE(verification.value(QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(verification.value(QStringLiteral("tables")).toArray().size(), 3);
        }

        // The sqlcipher shell opens the result with the new key (and no compatibility pragmas) and
        // sees exactly what was there before.
        if (walFrames)
            QVERIFY(expected.contains("only in the wal"));
        QCOMPARE(shellContent(db, resultKey, resultSettings), expected);

        // The original is kept beside it, byte for byte, with its -wal.
        const QString kept = json.value(QStringLiteral("kept_original")).toString();
        QVERIFY(kept.startsWith(db + QStringLiteral(".before-")));
        QCOMPARE(fileSha256(kept), originalHash);
        if (walFrames)
            QCOMPARE(fileSha256(kept + QStringLiteral("-wal")), originalWalHash);
        QCOMPARE(strongroomTempsIn(dir.path()), QStringList());

        // A new key does not lock the old copies: the report says so, and the kept original proves it.
        if (args.first() == QLatin1String("rekey")) {
            QVERIFY(json.value(QStringLiteral("old_key_note"))
                        .toString()
                        .contains(QLatin1String("still open with the old key")));
            QCOMPARE(shellContent(kept, sourceKey, sourceSettings), expected);
            QTemporaryDir again;
            const QString copy = again.filePath(QStringLiteral("shop.db"));
            QVERIFY(QFile::copy(kept, copy));
            const CliRun human = runCli(QStringList{QStringLiteral("db")} + args + QStringList{copy}, {},
                                        cliEnvironment(dataHome));
            QVERIFY2(human.exitCode == 0, human.err.constData());
            QVERIFY2(human.out.contains("still open with the old key"), human.out.constData());
        }

        // One audit line, without any secret.
        QFile audit(dataHome + QStringLiteral("/strongroom/audit.jsonl"));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QVERIFY(log.contains(QByteArray("\"db." + args.first().toLatin1() + "\"")));
        QVERIFY(log.contains("succeeded"));
        for (const QByteArray &secret : {kOldPassphrase, kNewPassphrase, QByteArray("2DD29CA851E7B56E")})
            QVERIFY(!log.contains(secret));
    }

    void theResultTakesTheOriginalsModeAndOwner_data()
    {
        QTest::addColumn<QByteArray>("sourceKey");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("ownedByNobody"); // uid and gid 65534 (only as root)
        const QString o = QStringLiteral("--key-env"), n = QStringLiteral("--new-key-env");
        const QStringList decrypt{QStringLiteral("decrypt"), o, QStringLiteral("OLD_KEY"),
                                  QStringLiteral("--yes")};
        QTest::newRow("decrypt 0600 stays 0600") << kOldPassphrase << decrypt << 0600 << false;
        QTest::newRow("decrypt 0640 stays 0640") << kOldPassphrase << decrypt << 0640 << false;
        QTest::newRow("decrypt 0640 owned by nobody") << kOldPassphrase << decrypt << 0640 << true;
        QTest::newRow("encrypt 0644 stays 0644")
            << QByteArray() << QStringList{QStringLiteral("encrypt"), n, QStringLiteral("NEW_KEY")} << 0644
            << false;
        QTest::newRow("encrypt 0600 stays 0600")
            << QByteArray() << QStringList{QStringLiteral("encrypt"), n, QStringLiteral("NEW_KEY")} << 0600
            << false;
        QTest::newRow("rekey 0640 stays 0640")
            << kOldPassphrase
            << QStringList{QStringLiteral("rekey"), o, QStringLiteral("OLD_KEY"), n,
                           QStringLiteral("NEW_KEY")}
            << 0640 << false;
    }

    void theResultTakesTheOriginalsModeAndOwner()
    {
        QFETCH(QByteArray, sourceKey);
        QFETCH(QStringList, args);
        QFETCH(int, mode);
        QFETCH(bool, ownedByNobody);
        if (ownedByNobody && ::geteuid() != 0)
            QSKIP("giving the database to nobody needs root");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        makeDatabase(db, sourceKey, {}, 20);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(::chmod(QFile::encodeName(db).constData(), mode_t(mode)), 0);
        if (ownedByNobody)
            QCOMPARE(::chown(QFile::encodeName(db).constData(), 65534, 65534), 0);
        const CliRun r =
            runCli(QStringList{QStringLiteral("--json"), QStringLiteral("db")} + args + QStringList{db}, {},
                   cliEnvironment(m_home.filePath(QStringLiteral("modes"))));
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const auto statOf = [](const QString &path) {
            struct stat st{};
            ::stat(QFile::encodeName(path).constData(), &st);
            return st;
        };
        const struct stat result = statOf(db);
        QCOMPARE(int(result.st_mode & 07777), mode);
        QCOMPARE(result.st_uid, ownedByNobody ? uid_t(65534) : ::geteuid());
        QCOMPARE(result.st_gid, ownedByNobody ? gid_t(65534) : ::getegid());
        // The kept original is the original file itself: its mode is untouched.
        const QString kept = jsonOf(r).value(QStringLiteral("kept_original")).toString();
        QCOMPARE(int(statOf(kept).st_mode & 07777), mode);
    }

    void removeOriginalDeletesTheKeptCopyAfterVerification()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.db"));
        makeDatabase(db, {}, {}, 50);
        const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("encrypt"),
                                 QStringLiteral("--new-key-env"), QStringLiteral("NEW_KEY"),
                                 QStringLiteral("--remove-original"), db},
                                {}, cliEnvironment(m_home.filePath(QStringLiteral("remove"))));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(jsonOf(r).value(QStringLiteral("original_removed")).toBool());
        QVERIFY(jsonOf(r).value(QStringLiteral("kept_original")).isNull());
        QCOMPARE(keptOriginalsIn(dir.path()), QStringList());
        QVERIFY(shellContent(db, kNewPassphrase).contains("person 50"));
    }

    void dryRunWritesNothingAndDescribesThePlan()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.db"));
        makeDatabase(db, kOldPassphrase, "PRAGMA cipher_compatibility = 3;\n", 20);
        const QByteArray before = fileSha256(db);
        const CliRun r =
            runCli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("migrate"),
                    QStringLiteral("--key-env"), QStringLiteral("OLD_KEY"), QStringLiteral("--dry-run"), db},
                   {}, cliEnvironment(m_home.filePath(QStringLiteral("dry"))));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject plan = jsonOf(r).value(QStringLiteral("plan")).toObject();
        QCOMPARE(plan.value(QStringLiteral("source_settings"))
                     .toObject()
                     .value(QStringLiteral("kdf_iter"))
                     .toInt(),
                 64000);
        QCOMPARE(plan.value(QStringLiteral("target_settings"))
                     .toObject()
                     .value(QStringLiteral("kdf_iter"))
                     .toInt(),
                 256000);
        QVERIFY(plan.value(QStringLiteral("steps")).toArray().size() >= 4);
        QCOMPARE(fileSha256(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("a.db")});
    }
};

QTEST_GUILESS_MAIN(TestConversionRoundTrip)
#include "TestConversionRoundTrip.moc"

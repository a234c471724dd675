#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace backupfixtures;

// docs/cli.md's table of exit codes and error kinds, through the real strongroom-cli on files made
// by the sqlcipher shell: one row per case, each verb that meets the case giving the same code and
// kind, as the {"error": ...} object on stdout under --json, with a message naming options the verb
// has. Also: a database with custom cipher settings backed up, verified and restored through the
// CLI with the same settings options db info takes.
class TestCliErrorContract : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcessEnvironment m_env;

    CliRun cli(const QStringList &args) { return runCli(args, {}, m_env); }

    // The inputs a row names, made once per test run in `dir`.
    static QString input(const QTemporaryDir &dir, const QString &name)
    {
        const QString path = dir.filePath(name);
        if (QFile::exists(path))
            return path;
        if (name == QLatin1String("encrypted.db")) {
            makeDatabase(path, liveKey(), 400, "enc");
        } else if (name == QLatin1String("truncated.db")) {
            const QByteArray whole = readAll(input(dir, QStringLiteral("encrypted.db")));
            writeAll(path, whole.left(whole.size() - 1000));
        } else if (name == QLatin1String("bad-page.db")) {
            // Page 9's ciphertext changed: page 1 opens, page 9 fails its HMAC.
            QByteArray bytes = readAll(input(dir, QStringLiteral("encrypted.db")));
            for (int i = 0; i < 64; ++i)
                bytes[8 * 4096 + 100 + i] = char(bytes[8 * 4096 + 100 + i] ^ 0x5a);
            writeAll(path, bytes);
        } else if (name == QLatin1String("plain.db")) {
            runSqlCipherShell(path, "CREATE TABLE t(a); INSERT INTO t VALUES (1);");
        } else if (name == QLatin1String("backups")) {
            QDir().mkpath(path);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = environment(m_home.path());
        const ShellRun version = runSqlCipherShell(QStringLiteral(":memory:"), "SELECT 1;");
        if (version.exitCode != 0)
            QSKIP("the sqlcipher shell does not run here; every input of this test is made with it");
    }

    void everyVerbGivesTheTablesCodeAndKind_data()
    {
        QTest::addColumn<QStringList>("arguments"); // FILE stands for the input
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");      // the message names this ("" for no check)
        QTest::addColumn<QString>("neverSays"); // ... and never this

        const QString file = QStringLiteral("FILE");
        const QStringList live{QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")};
        const QStringList other{QStringLiteral("--key-env"), QStringLiteral("OTHER_KEY")};
        const QString enc = QStringLiteral("encrypted.db");

        QTest::newRow("db info: no key, no terminal")
            << QStringList{QStringLiteral("db"), QStringLiteral("info"), file} << enc << 2
            << QStringLiteral("key-needed") << QStringLiteral("--key-env") << QString();
        QTest::newRow("backup create: no key, no terminal")
            << QStringList{QStringLiteral("backup"), QStringLiteral("create"), file} << enc << 2
            << QStringLiteral("key-needed") << QStringLiteral("--key-env") << QString();
        QTest::newRow("db rekey: no new key, no terminal")
            << (QStringList{QStringLiteral("db"), QStringLiteral("rekey"), file} + live) << enc << 2
            << QStringLiteral("key-needed") << QStringLiteral("--new-key-env") << QString();

        QTest::newRow("db info: truncated")
            << (QStringList{QStringLiteral("db"), QStringLiteral("info"), file} + live)
            << QStringLiteral("truncated.db") << 4 << QStringLiteral("damaged") << QStringLiteral("truncated")
            << QString();
        QTest::newRow("backup verify: truncated")
            << (QStringList{QStringLiteral("backup"), QStringLiteral("verify"), file} + live)
            << QStringLiteral("truncated.db") << 4 << QStringLiteral("damaged") << QString() << QString();
        QTest::newRow("db info: a page fails its HMAC")
            << (QStringList{QStringLiteral("db"), QStringLiteral("info"), file} + live)
            << QStringLiteral("bad-page.db") << 4 << QStringLiteral("damaged") << QStringLiteral("page 9")
            << QStringLiteral("ERROR CORE");

        QTest::newRow("db info: unknown option before --json")
            << QStringList{QStringLiteral("db"), QStringLiteral("info"), file, QStringLiteral("--frobnicate")}
            << enc << 2 << QStringLiteral("usage") << QStringLiteral("frobnicate") << QString();

        QTest::newRow("backup create: plain SQLite")
            << (QStringList{QStringLiteral("backup"), QStringLiteral("create"), file} + live)
            << QStringLiteral("plain.db") << 6 << QStringLiteral("plain-sqlite")
            << QStringLiteral("db encrypt") << QStringLiteral("sqlcipher_export");
        QTest::newRow("backup create: wrong key")
            << (QStringList{QStringLiteral("backup"), QStringLiteral("create"), file} + other) << enc << 3
            << QStringLiteral("wrong-key") << QStringLiteral("--page-size") << QStringLiteral("--backup-key");
        QTest::newRow("backup verify: wrong key")
            << (QStringList{QStringLiteral("backup"), QStringLiteral("verify"), file} + other) << enc << 3
            << QStringLiteral("wrong-key") << QStringLiteral("--page-size") << QStringLiteral("--backup-key");
        QTest::newRow("db info: wrong key")
            << (QStringList{QStringLiteral("db"), QStringLiteral("info"), file} + other) << enc << 3
            << QStringLiteral("wrong-key") << QStringLiteral("--page-size") << QStringLiteral("--backup-key");

        QTest::newRow("backup prune: no --yes, no terminal")
            << (QStringList{QStringLiteral("backup"), QStringLiteral("prune"), file,
                            QStringLiteral("--keep-last"), QStringLiteral("1")} +
                live)
            << QStringLiteral("backups") << 2 << QStringLiteral("usage") << QStringLiteral("--yes")
            << QString();
    }

    void everyVerbGivesTheTablesCodeAndKind()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QFETCH(QString, neverSays);
        QTemporaryDir dir;
        arguments.replaceInStrings(QStringLiteral("FILE"), input(dir, file));
        const CliRun r = cli(arguments + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == exitCode, QByteArray(r.out + r.err).constData());
        QJsonParseError parse{};
        const QJsonObject error =
            QJsonDocument::fromJson(r.out, &parse).object().value(QStringLiteral("error")).toObject();
        QVERIFY2(parse.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), exitCode);
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), kind);
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY2(says.isEmpty() || message.contains(says), qPrintable(message));
        QVERIFY2(neverSays.isEmpty() || !message.contains(neverSays), qPrintable(message));
    }

    // Another process holding the database's write lock: exit 5, kind "locked", in every verb.
    void aLockedDatabaseIsLockedInEveryVerb_data()
    {
        QTest::addColumn<QStringList>("verb");
        QTest::newRow("db info") << QStringList{QStringLiteral("db"), QStringLiteral("info")};
        QTest::newRow("db check") << QStringList{QStringLiteral("db"), QStringLiteral("check")};
        QTest::newRow("backup verify") << QStringList{QStringLiteral("backup"), QStringLiteral("verify")};
    }

    void aLockedDatabaseIsLockedInEveryVerb()
    {
        QFETCH(QStringList, verb);
        QTemporaryDir dir;
        const QString db = input(dir, QStringLiteral("encrypted.db"));
        QProcess holder;
        holder.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), db});
        QVERIFY(holder.waitForStarted());
        holder.write(keyPragma(liveKey()) +
                     "BEGIN EXCLUSIVE;\nINSERT INTO marker VALUES ('held');\n.print held\n");
        QDeadlineTimer deadline(30000);
        while (!holder.readAllStandardOutput().contains("held") && !deadline.hasExpired())
            holder.waitForReadyRead(200);
        QVERIFY2(!deadline.hasExpired(), "the sqlcipher shell did not take the lock");
        const CliRun r = cli(verb + QStringList{db, QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                                                QStringLiteral("--json")});
        holder.closeWriteChannel();
        holder.waitForFinished(10000);
        QVERIFY2(r.exitCode == 5, QByteArray(r.out + r.err).constData());
        const QJsonObject error = jsonOf(r).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("locked"));
    }

    // page 8192, HMAC_SHA256, 64,000 iterations, a passphrase: none of the standard profiles.
    void customSettingsWorkThroughBackupCreateVerifyAndRestore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("custom.db"));
        const QByteArray passphrase = "custom settings passphrase";
        const ShellRun made = runSqlCipherShell(
            db, "PRAGMA key = '" + passphrase +
                    "';\nPRAGMA cipher_page_size = 8192;\nPRAGMA cipher_hmac_algorithm = HMAC_SHA256;\n"
                    "PRAGMA kdf_iter = 64000;\nCREATE TABLE t(a INTEGER PRIMARY KEY, b BLOB);\n"
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300) "
                    "INSERT INTO t SELECT x, randomblob(100) FROM c;\n");
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("CUSTOM_KEY"), QString::fromLatin1(passphrase));
        const QStringList key{QStringLiteral("--key-env"), QStringLiteral("CUSTOM_KEY"),
                              QStringLiteral("--json")};
        const QStringList settings{QStringLiteral("--page-size"),      QStringLiteral("8192"),
                                   QStringLiteral("--hmac-algorithm"), QStringLiteral("HMAC_SHA256"),
                                   QStringLiteral("--kdf-iter"),       QStringLiteral("64000")};
        const auto run = [&](const QStringList &args) { return runCli(args, {}, env); };

        // Without the settings: a wrong key that names the options to give, not the backup key's.
        const CliRun refused = run(QStringList{QStringLiteral("backup"), QStringLiteral("create"), db} + key);
        QVERIFY2(refused.exitCode == 3, refused.out.constData());
        const QString why = jsonOf(refused)[QStringLiteral("error")][QStringLiteral("message")].toString();
        QVERIFY2(why.contains(QLatin1String("--page-size")) &&
                     why.contains(QLatin1String("--hmac-algorithm")),
                 qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("--backup-key-env")), qPrintable(why));

        const CliRun created =
            run(QStringList{QStringLiteral("backup"), QStringLiteral("create"), db} + key + settings);
        QVERIFY2(created.exitCode == 0, QByteArray(created.out + created.err).constData());
        const QString backup = jsonOf(created)[QStringLiteral("path")].toString();
        QVERIFY(QFile::exists(backup));

        // A copy outside the history has no catalog entry to name its settings: the options do.
        const QString copy = dir.filePath(QStringLiteral("downloaded.db"));
        QVERIFY(QFile::copy(backup, copy));
        const CliRun unverified =
            run(QStringList{QStringLiteral("backup"), QStringLiteral("verify"), copy} + key);
        QVERIFY2(unverified.exitCode == 3, unverified.out.constData());
        const CliRun verified =
            run(QStringList{QStringLiteral("backup"), QStringLiteral("verify"), copy} + key + settings);
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());

        const QString restored = dir.filePath(QStringLiteral("restored/custom.db"));
        const CliRun restore = run(QStringList{QStringLiteral("backup"), QStringLiteral("restore"), copy,
                                               QStringLiteral("--to"), restored, QStringLiteral("--yes")} +
                                   key + settings);
        QVERIFY2(restore.exitCode == 0, QByteArray(restore.out + restore.err).constData());

        // The sqlcipher shell reads the restored file with those settings.
        const ShellRun count = runSqlCipherShell(
            restored, "PRAGMA key = '" + passphrase +
                          "';\nPRAGMA cipher_page_size = 8192;\nPRAGMA cipher_hmac_algorithm = HMAC_SHA256;\n"
                          "PRAGMA kdf_iter = 64000;\nSELECT count(*) FROM t;\n");
        QVERIFY2(count.out.trimmed().endsWith("300"), QByteArray(count.out + count.err).constData());
    }

    // A 26-line log with line 13 edited: exit 4, the error object, line 13 named, 26 lines counted.
    void auditVerifyNamesTheTamperedLineInTheErrorObject()
    {
        QTemporaryDir data;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const QString log = data.filePath(QStringLiteral("strongroom/audit.jsonl"));
        // 26 real lines, written by the CLI itself: `key generate` writes one each time.
        for (int i = 0; i < 26; ++i) {
            const CliRun r =
                runCli({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--out"),
                        data.filePath(QStringLiteral("id%1.txt").arg(i))},
                       {}, env);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QList<QByteArray> lines = readAll(log).split('\n');
        if (lines.last().isEmpty())
            lines.removeLast();
        QVERIFY2(lines.size() == 26, readAll(log).constData());
        QVERIFY(lines[12].contains("key.generate"));
        lines[12].replace("key.generate", "key.generatX");
        QVERIFY(writeAll(log, lines.join('\n') + '\n'));

        const CliRun r =
            runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, {}, env);
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = jsonOf(r);
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 4);
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("integrity"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("line 13 of 26")),
                 r.out.constData());
        QCOMPARE(o.value(QStringLiteral("first_bad_line")).toInt(), 13);
        QCOMPARE(o.value(QStringLiteral("lines")).toInt(), 26);
    }
};

QTEST_GUILESS_MAIN(TestCliErrorContract)
#include "TestCliErrorContract.moc"

#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace backupfixtures;

// `audit run` through the real strongroom-cli, each check with a passing and a failing case built
// from real files: a database with kdf_iter 1000 (made by the sqlcipher shell) fails the KDF check
// and one with SQLCipher 4's defaults passes; a plain SQLite file fails "encrypted"; a .env beside
// a database assigning SECRET_KEY_DB is named with its line while its value never appears in the
// output; a key file 0644 fails and one 0600 passes; a backup readable by others fails; a LUKS2
// image whose slot uses PBKDF2 with 1000 iterations (cryptsetup luksFormat) fails and one with
// argon2id at 256 MiB passes; a LUKS header backup made after the last key change passes, one older
// than a `volume change-key` fails, none fails; an age identity whose recovery sheet is gone warns;
// the journal comparison passes or, where no journal is readable, says why; this machine's checks and the
// manual items are always listed; the exit code is 11 with a failure, and --html writes the page.
class TestSecurityAudit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QJsonArray m_checks;
    QByteArray m_output;
    int m_exit = -1;
    bool m_luks = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool makePassphraseDatabase(const QString &file, int kdfIter)
    {
        const QByteArray script =
            "PRAGMA key = 'correct horse';\n" +
            (kdfIter ? "PRAGMA kdf_iter = " + QByteArray::number(kdfIter) + ";\n" : QByteArray()) +
            "CREATE TABLE t(a); INSERT INTO t VALUES (1);\n";
        return runSqlCipherShell(file, script).exitCode == 0;
    }

    static int luksFormat(const QString &image, const QStringList &pbkdf)
    {
        QFile f(image);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(24 * 1024 * 1024))
            return -1;
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("cryptsetup"),
                QStringList{QStringLiteral("luksFormat"), QStringLiteral("--batch-mode"),
                            QStringLiteral("--type"), QStringLiteral("luks2"),
                            QStringLiteral("--key-file=-")} +
                    pbkdf + QStringList{image});
        if (!p.waitForStarted())
            return -1;
        p.write("volume passphrase");
        p.closeWriteChannel();
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            qWarning() << p.readAll();
        return p.exitCode();
    }

    QJsonObject checkFor(const QString &id, const QString &subjectContains) const
    {
        for (const QJsonValue &value : m_checks) {
            const QJsonObject check = value.toObject();
            if (check.value(QStringLiteral("id")).toString() == id &&
                check.value(QStringLiteral("subject")).toString().contains(subjectContains))
                return check;
        }
        return {};
    }

    QString resultOf(const QString &id, const QString &subjectContains) const
    {
        return checkFor(id, subjectContains).value(QStringLiteral("result")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = environment(m_dir.path());
        m_env.insert(QStringLiteral("DB_PASSPHRASE"), QStringLiteral("correct horse"));
        const QString root = path(QStringLiteral("srv"));
        for (const QString &folder :
             {QStringLiteral("weak"), QStringLiteral("strong"), QStringLiteral("plain"),
              QStringLiteral("keys"), QStringLiteral("volumes")})
            QVERIFY(QDir().mkpath(root + QLatin1Char('/') + folder));
        QVERIFY(makePassphraseDatabase(root + QStringLiteral("/weak/app.db"), 1000));
        QVERIFY(makePassphraseDatabase(root + QStringLiteral("/strong/app.db"), 0));
        QVERIFY(runSqlCipherShell(root + QStringLiteral("/plain/app.db"), "CREATE TABLE t(a);\n").exitCode ==
                0);
        QVERIFY(writeAll(root + QStringLiteral("/weak/.env"),
                         "DEBUG=1\nSECRET_KEY_DB=hunter2-very-secret-value\n"));
        QVERIFY(writeAll(root + QStringLiteral("/keys/good.key"), "x'00'\n"));
        QFile::setPermissions(root + QStringLiteral("/keys/good.key"), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(writeAll(root + QStringLiteral("/keys/open.key"), "x'00'\n"));
        QFile::setPermissions(root + QStringLiteral("/keys/open.key"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        // A backup of the strong database, then made readable by others.
        const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("create"),
                                      root + QStringLiteral("/strong/app.db"), QStringLiteral("--key-env"),
                                      QStringLiteral("DB_PASSPHRASE")},
                                     {}, m_env);
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        for (const QString &file :
             QDir(root + QStringLiteral("/strong/backups")).entryList({QStringLiteral("*.db")}))
            QFile::setPermissions(root + QStringLiteral("/strong/backups/") + file,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        m_luks = !QStandardPaths::findExecutable(QStringLiteral("cryptsetup")).isEmpty();
        if (!m_luks)
            qWarning("cryptsetup is not installed: the LUKS checks are not exercised");
        else {
            QCOMPARE(luksFormat(root + QStringLiteral("/volumes/weak.img"),
                                {QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                                 QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")}),
                     0);
            QCOMPARE(luksFormat(root + QStringLiteral("/volumes/strong.img"),
                                {QStringLiteral("--pbkdf"), QStringLiteral("argon2id"),
                                 QStringLiteral("--pbkdf-memory"), QStringLiteral("262144"),
                                 QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("4"),
                                 QStringLiteral("--pbkdf-parallel"), QStringLiteral("1")}),
                     0);
        }
        if (m_luks) {
            // strong.img: a header backup after its last slot change passes; weak.img: its backup is
            // older than a key change, so it fails; bare.img has none at all and fails.
            QCOMPARE(luksFormat(root + QStringLiteral("/volumes/bare.img"),
                                {QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                                 QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")}),
                     0);
            for (const QString &image : {QStringLiteral("strong"), QStringLiteral("weak")}) {
                const CliRun saved = runCli({QStringLiteral("volume"), QStringLiteral("header-backup"),
                                             root + QStringLiteral("/volumes/%1.img").arg(image),
                                             path(QStringLiteral("%1.header").arg(image))},
                                            {}, m_env);
                QVERIFY2(
                    saved.exitCode == 0,
                    QByteArray(QByteArray::number(saved.exitCode) + " " + saved.out + saved.err).constData());
            }
            QTest::qWait(20); // the key change comes after the backup, also to the millisecond
            m_env.insert(QStringLiteral("VOLUME_KEY"), QStringLiteral("volume passphrase"));
            m_env.insert(QStringLiteral("VOLUME_NEW_KEY"), QStringLiteral("another volume passphrase"));
            const CliRun changed = runCli({QStringLiteral("volume"), QStringLiteral("change-key"),
                                           root + QStringLiteral("/volumes/weak.img"),
                                           QStringLiteral("--key-env"), QStringLiteral("VOLUME_KEY"),
                                           QStringLiteral("--new-key-env"), QStringLiteral("VOLUME_NEW_KEY")},
                                          {}, m_env);
            QVERIFY2(changed.exitCode == 0, QByteArray(changed.out + changed.err).constData());
        }
        // Two age identities, one with its recovery sheet and one whose sheet was removed.
        for (const QString &name : {QStringLiteral("kept"), QStringLiteral("lost")}) {
            const CliRun made =
                runCli({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--out"),
                        path(QStringLiteral("%1.identity").arg(name))},
                       {}, m_env);
            QVERIFY2(made.exitCode == 0, made.err.constData());
        }
        QVERIFY(QFile::remove(path(QStringLiteral("lost.identity.recovery.txt"))));
        const CliRun audit = runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("run"),
                                     root, QStringLiteral("--key-env"), QStringLiteral("DB_PASSPHRASE"),
                                     QStringLiteral("--kdf-iter"), QStringLiteral("1000"),
                                     QStringLiteral("--html"), path(QStringLiteral("audit.html"))},
                                    {}, m_env, 300000);
        m_exit = audit.exitCode;
        m_output = audit.out + audit.err;
        m_checks = jsonOf(audit).value(QStringLiteral("checks")).toArray();
        QVERIFY2(!m_checks.isEmpty(), m_output.constData());
    }

    void aFailingCheckExits11AndWritesTheHtmlPage()
    {
        QCOMPARE(m_exit, 11);
        const QByteArray html = readAll(path(QStringLiteral("audit.html")));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("sqlcipher.kdf-iterations"));
    }

    void weakKdfFailsAndDefaultsPass()
    {
        QCOMPARE(resultOf(QStringLiteral("sqlcipher.kdf-iterations"), QStringLiteral("/weak/app.db")),
                 QStringLiteral("fail"));
        QVERIFY(checkFor(QStringLiteral("sqlcipher.kdf-iterations"), QStringLiteral("/weak/app.db"))
                    .value(QStringLiteral("evidence"))
                    .toString()
                    .contains(QStringLiteral("1000")));
        QCOMPARE(resultOf(QStringLiteral("sqlcipher.kdf-iterations"), QStringLiteral("/strong/app.db")),
                 QStringLiteral("pass"));
        QCOMPARE(resultOf(QStringLiteral("sqlcipher.hmac"), QStringLiteral("/strong/app.db")),
                 QStringLiteral("pass"));
    }

    void aPlainFileFailsEncrypted()
    {
        QCOMPARE(resultOf(QStringLiteral("sqlcipher.encrypted"), QStringLiteral("/plain/app.db")),
                 QStringLiteral("fail"));
        QCOMPARE(resultOf(QStringLiteral("sqlcipher.encrypted"), QStringLiteral("/strong/app.db")),
                 QStringLiteral("pass"));
    }

    void aKeyInDotEnvIsNamedButNeverShown()
    {
        const QJsonObject found =
            checkFor(QStringLiteral("files.key-in-config"), QStringLiteral("/weak/.env"));
        QCOMPARE(found.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
        QVERIFY(found.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("SECRET_KEY_DB")));
        QVERIFY(found.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("Line 2")));
        QVERIFY(!m_output.contains("hunter2"));
        QVERIFY(!readAll(path(QStringLiteral("audit.html"))).contains("hunter2"));
        QCOMPARE(resultOf(QStringLiteral("files.key-in-config"), QStringLiteral("/strong/app.db")),
                 QStringLiteral("pass"));
    }

    void keyFileModes()
    {
        QCOMPARE(resultOf(QStringLiteral("files.key-file-mode"), QStringLiteral("open.key")),
                 QStringLiteral("fail"));
        QCOMPARE(resultOf(QStringLiteral("files.key-file-mode"), QStringLiteral("good.key")),
                 QStringLiteral("pass"));
    }

    void backupsReadableByOthersFail()
    {
        QCOMPARE(resultOf(QStringLiteral("backups.readable-by-others"), QStringLiteral("/strong/backups")),
                 QStringLiteral("fail"));
        QCOMPARE(resultOf(QStringLiteral("backups.encrypted"), QStringLiteral("/strong/backups")),
                 QStringLiteral("pass"));
        QCOMPARE(resultOf(QStringLiteral("backups.last-backup-age"), QStringLiteral("/strong/backups")),
                 QStringLiteral("pass"));
        QCOMPARE(resultOf(QStringLiteral("backups.last-drill-age"), QStringLiteral("/strong/backups")),
                 QStringLiteral("warn"));
    }

    void luksPbkdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cryptsetup")).isEmpty())
            QSKIP("cryptsetup is not installed: no LUKS image could be made");
        QCOMPARE(resultOf(QStringLiteral("luks.pbkdf"), QStringLiteral("weak.img")), QStringLiteral("fail"));
        QCOMPARE(resultOf(QStringLiteral("luks.pbkdf"), QStringLiteral("strong.img")),
                 QStringLiteral("pass"));
        QCOMPARE(resultOf(QStringLiteral("luks.recovery-slot"), QStringLiteral("strong.img")),
                 QStringLiteral("warn"));
    }

    void luksHeaderBackups()
    {
        if (!m_luks)
            QSKIP("cryptsetup is not installed: no LUKS image could be made");
        QCOMPARE(resultOf(QStringLiteral("luks.header-backup"), QStringLiteral("strong.img")),
                 QStringLiteral("pass"));
        const QJsonObject older = checkFor(QStringLiteral("luks.header-backup"), QStringLiteral("weak.img"));
        QCOMPARE(older.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
        QVERIFY2(
            older.value(QStringLiteral("evidence")).toString().contains(QLatin1String("volume.change-key")),
            qPrintable(older.value(QStringLiteral("evidence")).toString()));
        QCOMPARE(resultOf(QStringLiteral("luks.header-backup"), QStringLiteral("bare.img")),
                 QStringLiteral("fail"));
    }

    void anIdentityWithoutItsRecoverySheetWarns()
    {
        QCOMPARE(resultOf(QStringLiteral("keys.recovery"), QStringLiteral("kept.identity")),
                 QStringLiteral("pass"));
        QCOMPARE(resultOf(QStringLiteral("keys.recovery"), QStringLiteral("lost.identity")),
                 QStringLiteral("warn"));
    }

    // The journal is compared where one can be read; elsewhere (the build root) the check says so.
    void theJournalComparisonIsReportedOrSaysWhyNot()
    {
        const QJsonObject journal = checkFor(QStringLiteral("machine.audit-journal"), QString());
        QVERIFY(!journal.isEmpty());
        const QString result = journal.value(QStringLiteral("result")).toString();
        if (result == QLatin1String("manual"))
            qWarning("The journal was not compared here: %s",
                     qPrintable(journal.value(QStringLiteral("evidence")).toString()));
        else
            QCOMPARE(result, QStringLiteral("pass"));
        QVERIFY(!journal.value(QStringLiteral("evidence")).toString().isEmpty());
    }

    void machineAndManualItemsAreListed()
    {
        for (const QString &id :
             {QStringLiteral("machine.aes-ni"), QStringLiteral("machine.swap"),
              QStringLiteral("machine.core-dumps"), QStringLiteral("machine.audit-chain")})
            QVERIFY2(!checkFor(id, QString()).isEmpty(), qPrintable(id));
        // strongroom-cli hardens itself at start: never dumpable.
        QCOMPARE(resultOf(QStringLiteral("machine.core-dumps"), QString()), QStringLiteral("pass"));
        QCOMPARE(resultOf(QStringLiteral("manual.two-person-rule"), QString()), QStringLiteral("manual"));
    }

    void aBrokenAuditChainFails()
    {
        const QString log = path(QStringLiteral("data/strongroom/audit.jsonl"));
        QByteArray lines = readAll(log);
        QVERIFY(!lines.isEmpty());
        lines.replace("backup.create", "backup.CREATE");
        QVERIFY(writeAll(log, lines));
        const CliRun audit =
            runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("run")}, {}, m_env);
        m_checks = jsonOf(audit).value(QStringLiteral("checks")).toArray();
        QCOMPARE(resultOf(QStringLiteral("machine.audit-chain"), QString()), QStringLiteral("fail"));
        QCOMPARE(audit.exitCode, 11);
    }
};

QTEST_GUILESS_MAIN(TestSecurityAudit)
#include "TestSecurityAudit.moc"

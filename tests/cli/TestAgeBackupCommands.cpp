#include "app/backup/BackupFixtures.h"
#include "support/AgeKeygen.h"
#include "support/CliProcess.h"
#include "support/HybridSpecKeys.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace backupfixtures;

// `backup restore` and `backup verify` given the age copy of a backup (.db.age), through the real
// strongroom-cli, with age files made by `backup export` and by the age program itself.
class TestAgeBackupCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcessEnvironment m_env;

    CliRun cli(const QStringList &args) { return runCli(args, {}, m_env); }
    static QJsonObject json(const CliRun &run) { return jsonOf(run); }

    // Runs a program of the age package; its output, or an empty array (with a warning) on failure.
    static QByteArray runAge(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning() << program << args << p.readAllStandardError();
            return {};
        }
        const QByteArray out = p.readAllStandardOutput();
        return out.isEmpty() ? QByteArray("ok") : out;
    }

    // Every Strongroom temp under `folder`, however deep: what a run must never leave behind.
    static QStringList tempsUnder(const QString &folder)
    {
        QStringList temps;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).fileName().startsWith(QLatin1String(".strongroom-tmp")))
                temps.append(path);
        }
        return temps;
    }

    // A live database with a history backup of 300 rows (marker "backup"), exported to age for
    // `recipient` with `backup export`; returns the age file.
    QString exportedBackup(const QTemporaryDir &dir, const QString &recipient)
    {
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        if (!makeDatabase(db, liveKey(), 300, "backup"))
            return {};
        const CliRun created =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"), db,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        const QString backup = json(created).value(QStringLiteral("path")).toString();
        QDir().mkpath(dir.filePath(QStringLiteral("offsite")));
        const CliRun exported =
            cli({QStringLiteral("backup"), QStringLiteral("export"), backup, QStringLiteral("--recipient"),
                 recipient, QStringLiteral("-o"), dir.filePath(QStringLiteral("offsite/crm.db.age"))});
        if (created.exitCode != 0 || exported.exitCode != 0) {
            qWarning() << created.err << exported.err;
            return {};
        }
        return dir.filePath(QStringLiteral("offsite/crm.db.age"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = environment(m_home.path());
        if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("age-keygen")).isEmpty())
            QSKIP("The age program (Debian package age) is not installed: these tests make their age "
                  "files and identities with it.");
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("work"))));
    }

    void verifyAndRestoreTakeTheAgeCopyOfABackup_data()
    {
        QTest::addColumn<bool>("armoredByAge");
        QTest::newRow("backup export") << false;
        QTest::newRow("age -a from the age program") << true;
    }

    void verifyAndRestoreTakeTheAgeCopyOfABackup()
    {
        QFETCH(bool, armoredByAge);
        QTemporaryDir dir;
        const QString identity = dir.filePath(QStringLiteral("offsite.key"));
        const QString recipient = ageKeygen(identity);
        QVERIFY(!recipient.isEmpty());
        QString ageFile = exportedBackup(dir, recipient);
        QVERIFY(!ageFile.isEmpty());
        if (armoredByAge) {
            const QString plain = dir.filePath(QStringLiteral("plain.db"));
            QVERIFY(cli({QStringLiteral("file"), QStringLiteral("decrypt"), ageFile,
                         QStringLiteral("--identity"), identity, QStringLiteral("-o"), plain})
                        .exitCode == 0);
            ageFile = dir.filePath(QStringLiteral("offsite/armored.db.age"));
            QVERIFY(!runAge(QStringLiteral("age"), {QStringLiteral("-a"), QStringLiteral("-r"), recipient,
                                                    QStringLiteral("-o"), ageFile, plain})
                         .isEmpty());
            QVERIFY(QFile::remove(plain));
        }

        const CliRun verify = cli({QStringLiteral("--json"), QStringLiteral("backup"),
                                   QStringLiteral("verify"), ageFile, QStringLiteral("--identity"), identity,
                                   QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QCOMPARE(json(verify).value(QStringLiteral("level")).toInt(), 3);
        QCOMPARE(json(verify).value(QStringLiteral("age_file")).toString(), ageFile);
        QVERIFY2(!verify.out.contains(".strongroom-tmp"), verify.out.constData());

        const QString restored = dir.filePath(QStringLiteral("workstation/crm.db"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("workstation"))));
        const CliRun restore =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), ageFile,
                 QStringLiteral("--to"), restored, QStringLiteral("--identity"), identity,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QCOMPARE(query(restored, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"),
                 QByteArray("backup\n300"));
        QVERIFY2(!restore.out.contains(".strongroom-tmp"), restore.out.constData());
        QCOMPARE(json(restore)[QStringLiteral("restore")][QStringLiteral("backup")].toString(), ageFile);
        QVERIFY2(tempsUnder(dir.path()).isEmpty(), qPrintable(tempsUnder(dir.path()).join(u' ')));
        const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("log")});
        QVERIFY2(audit.out.contains(QFileInfo(ageFile).fileName().toUtf8()), audit.out.constData());
    }

    void aPostQuantumAgeCopyRestores()
    {
        // The C2SP spec's example hybrid (mlkem768x25519) key pair.
        QTemporaryDir dir;
        const QString identity = dir.filePath(QStringLiteral("pq.key"));
        QVERIFY(writeAll(identity, specHybridIdentity().toLatin1() + '\n'));
        const QString ageFile = exportedBackup(dir, specHybridRecipient());
        QVERIFY(!ageFile.isEmpty());
        QVERIFY(readAll(ageFile).contains("-> mlkem768x25519 "));
        const QString restored = dir.filePath(QStringLiteral("restored.db"));
        const CliRun restore =
            cli({QStringLiteral("backup"), QStringLiteral("restore"), ageFile, QStringLiteral("--to"),
                 restored, QStringLiteral("--identity"), identity, QStringLiteral("--key-env"),
                 QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QCOMPARE(query(restored, liveKey(), "SELECT m FROM marker;"), QByteArray("backup"));
        QVERIFY(tempsUnder(dir.path()).isEmpty());
    }

    void aPassphraseAgeCopyOpensWithTheAgeKeyOptions()
    {
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("b.db"));
        QVERIFY(makeDatabase(backup, liveKey(), 40, "pass"));
        const QString ageFile = dir.filePath(QStringLiteral("b.db.age"));
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("AGE_PASS"), QStringLiteral("correct horse battery staple"));
        QCOMPARE(
            runCli({QStringLiteral("file"), QStringLiteral("encrypt"), backup, QStringLiteral("--key-env"),
                    QStringLiteral("AGE_PASS"), QStringLiteral("-o"), ageFile},
                   {}, env)
                .exitCode,
            0);
        const QString restored = dir.filePath(QStringLiteral("r.db"));
        const CliRun restore =
            runCli({QStringLiteral("backup"), QStringLiteral("restore"), ageFile, QStringLiteral("--to"),
                    restored, QStringLiteral("--age-key-env"), QStringLiteral("AGE_PASS"),
                    QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")},
                   {}, env);
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QCOMPARE(readAll(restored), readAll(backup));
        // Without anything to open it, and no terminal to ask on: a usage error that says what to give.
        const CliRun bare = cli({QStringLiteral("backup"), QStringLiteral("verify"), ageFile});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY2(bare.err.contains("--identity"), bare.err.constData());
        QVERIFY(tempsUnder(dir.path()).isEmpty());
    }

    void aWrongIdentityOrATamperedCopyChangesNothingAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        for (const char *verb : {"verify", "restore"}) {
            QTest::addRow("%s, wrong identity", verb) << verb << "wrong-identity" << 3;
            QTest::addRow("%s, tampered payload", verb) << verb << "tampered" << 4;
            QTest::addRow("%s, truncated", verb) << verb << "truncated" << 4;
        }
    }

    void aWrongIdentityOrATamperedCopyChangesNothingAndLeavesNothing()
    {
        QFETCH(QString, verb);
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QString identity = dir.filePath(QStringLiteral("offsite.key"));
        const QString recipient = ageKeygen(identity);
        QVERIFY(!recipient.isEmpty());
        const QString ageFile = exportedBackup(dir, recipient);
        QVERIFY(!ageFile.isEmpty());
        if (fault == QLatin1String("wrong-identity")) {
            identity = dir.filePath(QStringLiteral("other.key"));
            QVERIFY(!ageKeygen(identity).isEmpty());
        } else {
            QByteArray bytes = readAll(ageFile);
            if (fault == QLatin1String("tampered"))
                bytes[bytes.size() - 5000] = char(bytes[bytes.size() - 5000] ^ 0x01);
            else
                bytes.chop(3000);
            QVERIFY(writeAll(ageFile, bytes));
        }
        const QString live = dir.filePath(QStringLiteral("crm.db"));
        const QByteArray liveBefore = readAll(live);
        QStringList args{QStringLiteral("--json"), QStringLiteral("backup"), verb, ageFile};
        if (verb == QLatin1String("restore"))
            args << QStringLiteral("--to") << live << QStringLiteral("--yes");
        args << QStringLiteral("--identity") << identity << QStringLiteral("--key-env")
             << QStringLiteral("LIVE_KEY");
        const QStringList before =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(json(r)[QStringLiteral("error")][QStringLiteral("message")].toString().contains(ageFile),
                 r.out.constData());
        QCOMPARE(readAll(live), liveBefore);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QVERIFY2(tempsUnder(dir.path()).isEmpty(), qPrintable(tempsUnder(dir.path()).join(u' ')));
    }

    void anInterruptedRestoreOfAnAgeCopyLeavesNoPlaintextBehind()
    {
        // A copy large enough that decryption or validation is still running when SIGINT comes; at
        // whatever point it comes, the run ends as cancelled (or done, when the machine was quicker),
        // and no plaintext temp is left.
        QTemporaryDir dir;
        const QString identity = dir.filePath(QStringLiteral("offsite.key"));
        const QString recipient = ageKeygen(identity);
        QVERIFY(!recipient.isEmpty());
        const QString backup = dir.filePath(QStringLiteral("big.db"));
        QVERIFY(makeDatabase(backup, liveKey(), 400000, "big"));
        const QString ageFile = dir.filePath(QStringLiteral("big.db.age"));
        QVERIFY(!runAge(QStringLiteral("age"),
                        {QStringLiteral("-r"), recipient, QStringLiteral("-o"), ageFile, backup})
                     .isEmpty());
        const QString restored = dir.filePath(QStringLiteral("r.db"));
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                {QStringLiteral("backup"), QStringLiteral("restore"), ageFile, QStringLiteral("--to"),
                 restored, QStringLiteral("--identity"), identity, QStringLiteral("--key-env"),
                 QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QVERIFY(p.waitForStarted());
        // Once the decryption's temp exists, the interrupt handler is installed and the work is on.
        QTRY_VERIFY_WITH_TIMEOUT(!tempsUnder(dir.path()).isEmpty() || p.state() != QProcess::Running, 60000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const int code = p.exitCode();
        QVERIFY2(code == 130 || code == 0, p.readAllStandardError().constData());
        if (code == 130)
            QVERIFY(!QFile::exists(restored));
        else
            qWarning("The restore finished before SIGINT reached it; only the clean-up was checked.");
        QVERIFY2(tempsUnder(dir.path()).isEmpty(), qPrintable(tempsUnder(dir.path()).join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestAgeBackupCommands)
#include "TestAgeBackupCommands.moc"

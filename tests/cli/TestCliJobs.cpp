// Verbs that run the GUI's job, driven as a user drives them: the real strongroom-cli process, real
// LUKS images made by the cryptsetup tool, real SQLCipher files made by the sqlcipher shell, real
// SIGINT. Proves that a Ctrl-C during an argon2 `volume add-key` ends with exit 130 once the key
// derivation returns and leaves the slots as they were; that a Ctrl-C stops `volume header-restore`
// before it writes, audited as cancelled; and that the jobs write the audit lines: once, naming files by
// absolute path.
#include "app/backup/BackupFixtures.h"
#include "app/volumes/LuksFixtures.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <csignal>

namespace {

// The audit log's lines as JSON objects.
QList<QJsonObject> auditLines(const QString &text)
{
    QList<QJsonObject> lines;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return lines;
}

QList<QJsonObject> linesOf(const QList<QJsonObject> &lines, const QString &action)
{
    QList<QJsonObject> found;
    for (const QJsonObject &o : lines)
        if (o.value(QStringLiteral("action")).toString() == action)
            found.append(o);
    return found;
}

bool isStopped(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    // "pid (comm) S ...": the state follows the closing parenthesis.
    const QByteArray line = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "T";
}

CliRun finishedRun(QProcess &p)
{
    p.waitForFinished(120000);
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

} // namespace

class TestCliJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The new slot's argon2 derivation cannot be interrupted; the Ctrl-C is answered once it
    // returns: the slot written meanwhile goes again, exit 130, and the audit line says so.
    void ctrlCDuringAnArgon2AddKeyLeavesTheSlotsAsBefore()
    {
        LuksFixtures fx;
        const QString image = fx.cheapLuksFormat(QStringLiteral("argon.img"), "alpha");
        const QByteArray slotsBefore = fx.luksDump(image);
        // The CLI stops itself just before the derivation starts (STRONGROOM_TEST_PAUSE_POINT), so the
        // Ctrl-C lands inside it however loaded the machine is.
        QProcessEnvironment env = fx.env;
        env.insert(QStringLiteral("STRONGROOM_TEST_PAUSE_POINT"), QStringLiteral("key-slot-add"));
        QProcess p;
        p.setProcessEnvironment(env);
        // Calibrated to 3 s of argon2id on this machine (plus its benchmark), with little memory.
        p.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                {QStringLiteral("volume"), QStringLiteral("add-key"), image, QStringLiteral("--pbkdf"),
                 QStringLiteral("argon2id"), QStringLiteral("--iter-time"), QStringLiteral("3000"),
                 QStringLiteral("--pbkdf-memory"), QStringLiteral("65536"),
                 QStringLiteral("--pbkdf-parallel"), QStringLiteral("1"), QStringLiteral("--key-file"),
                 fx.keyFile("alpha"), QStringLiteral("--new-key-file"), fx.keyFile("bravo")});
        QVERIFY(p.waitForStarted());
        QDeadlineTimer deadline(60000);
        while (!isStopped(p.processId()) && !deadline.hasExpired() && p.state() == QProcess::Running)
            QTest::qWait(10);
        QVERIFY2(isStopped(p.processId()), "add-key never reached the pause point before the derivation");
        ::kill(pid_t(p.processId()), SIGCONT);
        QTest::qWait(1000);
        QVERIFY2(p.state() == QProcess::Running, "add-key ended before the Ctrl-C");
        ::kill(pid_t(p.processId()), SIGINT);
        const CliRun run = finishedRun(p);
        QVERIFY2(run.exitCode == 130, run.err.constData());
        // Told that the running step cannot be stopped (no terminal: said once on stderr).
        QVERIFY2(run.err.contains("cannot be stopped"), run.err.constData());
        QVERIFY(!fx.toolOpens(image, "bravo"));
        QVERIFY(fx.toolOpens(image, "alpha", 0));
        const QByteArray slotsAfter = fx.luksDump(image);
        QCOMPARE(slotsAfter.count("argon2id"), slotsBefore.count("argon2id"));
        QVERIFY2(!slotsAfter.contains("  1: luks2"), slotsAfter.constData());
        const QList<QJsonObject> lines = linesOf(auditLines(fx.auditLog()), QStringLiteral("volume.add-key"));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
    }

    // The CLI stops itself once the restore's checks are done (STRONGROOM_TEST_PAUSE_POINT); the
    // Ctrl-C arrives then, and nothing is written: the key added after the backup still opens.
    void ctrlCStopsAHeaderRestoreBeforeItWrites()
    {
        LuksFixtures fx;
        const QString image = fx.cheapLuksFormat(QStringLiteral("head.img"), "alpha");
        const QString backup = fx.path(QStringLiteral("head.header"));
        QCOMPARE(fx.cli({QStringLiteral("volume"), QStringLiteral("header-backup"), image, backup}).exitCode,
                 0);
        QVERIFY(fx.addKeyWithTool(image, "alpha", "later",
                                  {QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                                   QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")}));
        const QByteArray headerBefore = fx.luksDump(image);
        const QStringList filesBefore = QDir(fx.dir.path()).entryList(QDir::Files);

        QProcessEnvironment env = fx.env;
        env.insert(QStringLiteral("STRONGROOM_TEST_PAUSE_POINT"),
                   QStringLiteral("header-restore-before-write"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                {QStringLiteral("volume"), QStringLiteral("header-restore"), image, backup,
                 QStringLiteral("--yes")});
        QVERIFY(p.waitForStarted());
        QDeadlineTimer deadline(60000);
        while (!isStopped(p.processId()) && !deadline.hasExpired() && p.state() == QProcess::Running)
            QTest::qWait(10);
        QVERIFY2(isStopped(p.processId()), "the CLI never reached the pause point before the write");
        ::kill(pid_t(p.processId()), SIGINT);
        ::kill(pid_t(p.processId()), SIGCONT);
        const CliRun run = finishedRun(p);
        QVERIFY2(run.exitCode == 130, run.err.constData());
        QVERIFY(fx.toolOpens(image, "later", 1));
        QCOMPARE(fx.luksDump(image), headerBefore);
        // Not even the copy of the current header was made.
        QCOMPARE(QDir(fx.dir.path()).entryList(QDir::Files), filesBefore);
        // A cancel, not a failure: the job's audit line says so.
        const QList<QJsonObject> lines =
            linesOf(auditLines(fx.auditLog()), QStringLiteral("volume.header-restore"));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
    }

    // Paths as typed (relative to the caller's folder) are recorded as absolute ones.
    void aRelativePathIsRecordedAsAnAbsoluteOne()
    {
        LuksFixtures fx;
        fx.cheapLuksFormat(QStringLiteral("rel.img"), "alpha");
        QProcess p;
        p.setProcessEnvironment(fx.env);
        p.setWorkingDirectory(fx.dir.path());
        p.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                {QStringLiteral("volume"), QStringLiteral("header-backup"), QStringLiteral("rel.img"),
                 QStringLiteral("rel.header")});
        QVERIFY(p.waitForStarted());
        const CliRun run = finishedRun(p);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines =
            linesOf(auditLines(fx.auditLog()), QStringLiteral("volume.header-backup"));
        QCOMPARE(lines.size(), 1);
        const QString absoluteImage = QDir(fx.dir.path()).absoluteFilePath(QStringLiteral("rel.img"));
        QCOMPARE(lines.first().value(QStringLiteral("target")).toString(), absoluteImage);
        QCOMPARE(lines.first()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("file"))
                     .toString(),
                 QDir(fx.dir.path()).absoluteFilePath(QStringLiteral("rel.header")));
    }

    // The job writes the line; the command no longer writes a second one.
    void aBackupCreateWritesExactlyOneAuditLine()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = backupfixtures::environment(home.path());
        const QString db = QDir(home.path()).filePath(QStringLiteral("shop.db"));
        QVERIFY(backupfixtures::makeDatabase(db, backupfixtures::liveKey(), 20, "v1"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(home.path());
        p.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("shop.db"),
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QVERIFY(p.waitForStarted());
        const CliRun run = finishedRun(p);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines =
            linesOf(auditLines(QString::fromUtf8(backupfixtures::readAll(
                        home.filePath(QStringLiteral("data/strongroom/audit.jsonl"))))),
                    QStringLiteral("backup.create"));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(lines.first().value(QStringLiteral("target")).toString(), db);
    }

    // `volume test-key` and `backup list` now run jobs: same answers, same exit codes.
    void jobVerbsKeepTheirAnswers()
    {
        LuksFixtures fx;
        const QString image = fx.cheapLuksFormat(QStringLiteral("t.img"), "alpha");
        CliRun run = fx.cliWithKey(
            {QStringLiteral("volume"), QStringLiteral("test-key"), image, QStringLiteral("--json")}, "alpha");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(jsonOf(run).value(QStringLiteral("slot")).toInt(), 0);
        QCOMPARE(jsonOf(run).value(QStringLiteral("path")).toString(), image);
        run = fx.cliWithKey({QStringLiteral("volume"), QStringLiteral("test-key"), image}, "zulu");
        QCOMPARE(run.exitCode, 3);

        run = fx.cli({QStringLiteral("backup"), QStringLiteral("list"), fx.path(QStringLiteral("missing")),
                      QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(
            jsonOf(run).value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("not-found"));
        QDir(fx.dir.path()).mkdir(QStringLiteral("empty"));
        run = fx.cli({QStringLiteral("backup"), QStringLiteral("list"), fx.path(QStringLiteral("empty")),
                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(jsonOf(run).value(QStringLiteral("backups")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliJobs)
#include "TestCliJobs.moc"

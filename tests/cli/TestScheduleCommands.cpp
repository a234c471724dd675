#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"
#include "support/ScheduledService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

using namespace backupfixtures;

// The "schedule" verbs and `status` through the real strongroom-cli, on a database made by the
// sqlcipher shell: the units `schedule add` writes (timer with OnCalendar= and Persistent=true,
// service with OnFailure= and the key only as a credential) pass `systemd-analyze verify`; the
// service's ExecStart= line, run as systemd would run it (%d the credentials folder), backs up with
// the retention policy applied or drills the newest backup, and writes a 0600 JSON report and an
// audit line that `schedule list` and `status` read back; a damaged backup makes the drill and
// `status` fail (exit 4, then 11); a folder never drilled is a warning (10), an overdue schedule a
// failure (11), nothing to report 0; a drill by hand (backup verify with the key) counts for `status`
// and the audit alike until it is older than 30 days. Where no user manager runs (the build root), enabling
// fails with exit 7 and the units stay written; where systemd-creds cannot seal (no TPM, no host key), the
// sealed-credential case prints why and leaves nothing behind.
class TestScheduleCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_database;
    QString m_history;
    QString m_keyFile;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString unitPath(const QString &unit) const
    {
        return path(QStringLiteral("config/systemd/user/") + unit);
    }
    QString runsFolder(const QString &name) const
    {
        return path(QStringLiteral("data/strongroom/schedules/runs/") + name);
    }
    CliRun cli(const QStringList &args) const { return runCli(args, {}, m_env); }

    static QJsonObject json(const CliRun &r) { return jsonOf(r); }

    // The ExecStart= line of a written service, run as systemd runs it: %d is the credentials
    // folder, holding the key under the credential's name.
    CliRun runService(const QString &name)
    {
        return runScheduledService(unitPath(QStringLiteral("strongroom-%1.service").arg(name)), name,
                                   m_keyFile, path(QStringLiteral("credentials-") + name), m_env, 120000);
    }

    QJsonObject listed(const QString &name)
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("list")});
        for (const QJsonValue &row : json(r).value(QStringLiteral("schedules")).toArray())
            if (row.toObject().value(QStringLiteral("name")).toString() == name)
                return row.toObject();
        return {};
    }

    QJsonArray findings(int expectedExit)
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("status")});
        if (r.exitCode != expectedExit)
            qWarning() << r.out << r.err;
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return json(r).value(QStringLiteral("findings")).toArray();
    }

    static bool hasFinding(const QJsonArray &findings, const QString &kind, const QString &subject)
    {
        for (const QJsonValue &f : findings)
            if (f.toObject().value(QStringLiteral("kind")).toString() == kind &&
                f.toObject().value(QStringLiteral("subject")).toString() == subject)
                return true;
        return false;
    }

    static QString findingMessage(const QJsonArray &findings, const QString &kind, const QString &subject)
    {
        for (const QJsonValue &f : findings)
            if (f.toObject().value(QStringLiteral("kind")).toString() == kind &&
                f.toObject().value(QStringLiteral("subject")).toString() == subject)
                return f.toObject().value(QStringLiteral("message")).toString();
        return {};
    }

    // The findings of `status`, whatever its exit code (earlier cases leave a failed drill behind).
    QJsonArray anyFindings()
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("status")});
        return json(r).value(QStringLiteral("findings")).toArray();
    }

    // The security audit's backups.last-drill-age result for `folder` ("pass", "warn"...).
    QString auditedDrillAge(const QString &folder)
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("run")});
        for (const QJsonValue &c : json(r).value(QStringLiteral("checks")).toArray())
            if (c.toObject().value(QStringLiteral("id")).toString() ==
                    QLatin1String("backups.last-drill-age") &&
                c.toObject().value(QStringLiteral("subject")).toString() == folder)
                return c.toObject().value(QStringLiteral("result")).toString();
        qWarning() << r.out.left(2000) << r.err;
        return {};
    }

    // Moves every drill the SQLCipher catalog of `folder` records to `daysAgo` days ago.
    static bool ageCatalogDrills(const QString &folder, int daysAgo)
    {
        const QString catalogPath = QDir(folder).filePath(QStringLiteral("strongroom-backups.json"));
        QJsonObject catalog = QJsonDocument::fromJson(readAll(catalogPath)).object();
        QJsonArray drills = catalog.value(QStringLiteral("drills")).toArray();
        if (drills.isEmpty())
            return false;
        for (qsizetype i = 0; i < drills.size(); ++i) {
            QJsonObject drill = drills.at(i).toObject();
            drill.insert(QStringLiteral("time"),
                         QDateTime::currentDateTimeUtc().addDays(-daysAgo).toString(Qt::ISODate));
            drills.replace(i, drill);
        }
        catalog.insert(QStringLiteral("drills"), drills);
        return writeAll(catalogPath, QJsonDocument(catalog).toJson());
    }

    // Adding with a key file that stays: written, verified; enabled only where a user manager runs.
    CliRun add(const QStringList &args)
    {
        const CliRun r = cli(
            QStringList{QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("add")} + args +
            QStringList{QStringLiteral("--key-file"), m_keyFile, QStringLiteral("--key-file-stays"),
                        QStringLiteral("--user")});
        if (r.exitCode == 7)
            qWarning("Not enabled here (no user manager runs): %s", json(r)
                                                                        .value(QStringLiteral("error"))
                                                                        .toObject()
                                                                        .value(QStringLiteral("message"))
                                                                        .toString()
                                                                        .toUtf8()
                                                                        .constData());
        else if (r.exitCode != 0)
            qWarning() << r.out << r.err;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = scheduleEnvironment(environment(m_dir.path()), m_dir.path());
        m_database = path(QStringLiteral("shop.db"));
        m_history = path(QStringLiteral("backups"));
        QVERIFY(makeDatabase(m_database, liveKey(), 200, "scheduled"));
        m_keyFile = path(QStringLiteral("shop.key"));
        QVERIFY(writeAll(m_keyFile, liveKey() + '\n'));
        QFile::setPermissions(m_keyFile, QFile::ReadOwner | QFile::WriteOwner);
    }

    void nothingScheduledIsAllWell() { QVERIFY(findings(0).isEmpty()); }

    void addWritesUnitsThatSystemdAccepts()
    {
        const CliRun r =
            add({QStringLiteral("backup"), m_database, QStringLiteral("--daily"), QStringLiteral("02:30"),
                 QStringLiteral("--name"), QStringLiteral("nightly"), QStringLiteral("--keep-last"),
                 QStringLiteral("2"), QStringLiteral("--dir"), m_history});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 7, QByteArray(r.out + r.err).constData());
        const QByteArray timer = readAll(unitPath(QStringLiteral("strongroom-nightly.timer")));
        const QByteArray service = readAll(unitPath(QStringLiteral("strongroom-nightly.service")));
        QVERIFY(timer.contains("OnCalendar=*-*-* 02:30:00\n"));
        QVERIFY(timer.contains("Persistent=true\n"));
        QVERIFY(service.contains("OnFailure=strongroom-failure@%n.service\n"));
        QVERIFY(service.contains(
            QByteArray("LoadCredential=strongroom-nightly.key:" + m_keyFile.toUtf8() + "\n")));
        QVERIFY(service.contains(" schedule exec nightly --key-file %d/strongroom-nightly.key\n"));
        QVERIFY(!service.contains(liveKey().mid(2, 64)));
        QVERIFY(QFile::exists(unitPath(QStringLiteral("strongroom-failure@.service"))));

        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed: the units cannot be verified here");
        QProcess verify;
        QTemporaryDir runtime; // systemd-analyze --user wants one, even to start no manager
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        verify.setProcessEnvironment(env);
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(analyze, {QStringLiteral("--user"), QStringLiteral("verify"),
                               unitPath(QStringLiteral("strongroom-nightly.service")),
                               unitPath(QStringLiteral("strongroom-nightly.timer"))});
        QVERIFY(verify.waitForFinished(60000));
        const QByteArray said = verify.readAll();
        QVERIFY2(verify.exitCode() == 0, said.constData());
    }

    void addingTheSameNameTwiceIsRefused()
    {
        const CliRun r = add({QStringLiteral("backup"), m_database, QStringLiteral("--daily"),
                              QStringLiteral("03:00"), QStringLiteral("--name"), QStringLiteral("nightly")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(readAll(unitPath(QStringLiteral("strongroom-nightly.timer"))).contains("02:30:00"));
    }

    void badScheduleInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no time") << QStringList{QStringLiteral("backup"), m_database};
        QTest::newRow("hour 25") << QStringList{QStringLiteral("backup"), m_database,
                                                QStringLiteral("--daily"), QStringLiteral("25:00")};
        QTest::newRow("no such day") << QStringList{QStringLiteral("backup"), m_database,
                                                    QStringLiteral("--weekly"), QStringLiteral("Caturday"),
                                                    QStringLiteral("03:00")};
        QTest::newRow("calendar systemd refuses")
            << QStringList{QStringLiteral("backup"), m_database, QStringLiteral("--on-calendar"),
                           QStringLiteral("every blue moon")};
        QTest::newRow("two ways") << QStringList{QStringLiteral("backup"),   m_database,
                                                 QStringLiteral("--daily"),  QStringLiteral("02:00"),
                                                 QStringLiteral("--weekly"), QStringLiteral("Sun 02:00")};
        QTest::newRow("bad name") << QStringList{QStringLiteral("backup"),  m_database,
                                                 QStringLiteral("--daily"), QStringLiteral("02:00"),
                                                 QStringLiteral("--name"),  QStringLiteral("../etc")};
    }

    void badScheduleInputIsAUsageError()
    {
        QFETCH(QStringList, args);
        const CliRun r =
            cli(QStringList{QStringLiteral("schedule"), QStringLiteral("add")} + args +
                QStringList{QStringLiteral("--key-file"), m_keyFile, QStringLiteral("--key-file-stays")});
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY(!r.err.isEmpty());
    }

    void theServiceCommandBacksUpAndWritesItsReport()
    {
        for (int run = 0; run < 3; ++run) {
            if (run > 0)
                QThread::msleep(1100); // backups are named to the second
            const CliRun r = runService(QStringLiteral("nightly"));
            QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        }
        // Three runs, --keep-last 2: the oldest backup was removed after its seal was checked.
        const QStringList backups =
            QDir(m_history).entryList({QStringLiteral("shop-backup-*.db")}, QDir::Files);
        QCOMPARE(backups.size(), 2);
        const QStringList reports =
            QDir(runsFolder(QStringLiteral("nightly"))).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(reports.size(), 3);
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(runsFolder(QStringLiteral("nightly")) + QLatin1Char('/') +
                                          reports.last())
                            .constData(),
                        &st),
                 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        const QJsonObject report = QJsonDocument::fromJson(readAll(runsFolder(QStringLiteral("nightly")) +
                                                                   QLatin1Char('/') + reports.last()))
                                       .object();
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QStringLiteral("removed")).toArray().size(), 1);
        QVERIFY(QFile::exists(
            report.value(QStringLiteral("backup")).toObject().value(QStringLiteral("path")).toString()));

        const QJsonObject row = listed(QStringLiteral("nightly"));
        QCOMPARE(row.value(QStringLiteral("last_outcome")).toString(), QStringLiteral("succeeded"));
        QVERIFY(row.value(QStringLiteral("last_duration_ms")).toInteger() > 0);
        QCOMPARE(row.value(QStringLiteral("calendar")).toString(), QStringLiteral("*-*-* 02:30:00"));

        const QByteArray audit = readAll(path(QStringLiteral("data/strongroom/audit.jsonl")));
        QCOMPARE(audit.count("\"action\":\"schedule.run\""), 3);
        QVERIFY(audit.contains("\"action\":\"schedule.add\""));
    }

    void backupsNeverDrilledAreAWarning()
    {
        const QJsonArray found = findings(10);
        QVERIFY(hasFinding(found, QStringLiteral("drill-old"), QStringLiteral("nightly")));
    }

    void theDrillVerifiesTheNewestBackupAndFailsOnDamage()
    {
        const CliRun added =
            add({QStringLiteral("drill"), m_history, QStringLiteral("--weekly"), QStringLiteral("Sun"),
                 QStringLiteral("04:00"), QStringLiteral("--name"), QStringLiteral("drill")});
        QVERIFY2(added.exitCode == 0 || added.exitCode == 7, QByteArray(added.out + added.err).constData());
        QVERIFY(readAll(unitPath(QStringLiteral("strongroom-drill.timer")))
                    .contains("OnCalendar=Sun *-*-* 04:00:00\n"));
        CliRun r = runService(QStringLiteral("drill"));
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QJsonObject row = listed(QStringLiteral("drill"));
        QCOMPARE(row.value(QStringLiteral("last_outcome")).toString(), QStringLiteral("succeeded"));
        QVERIFY(findings(0).isEmpty());

        // The newest backup damaged in its middle: the drill fails as an integrity failure.
        QStringList backups =
            QDir(m_history).entryList({QStringLiteral("shop-backup-*.db")}, QDir::Files, QDir::Name);
        const QString newest = QDir(m_history).filePath(backups.last());
        QFile file(newest);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        QByteArray page = file.read(16);
        for (char &c : page)
            c = char(~c);
        file.seek(file.size() / 2);
        file.write(page);
        file.close();
        r = runService(QStringLiteral("drill"));
        QCOMPARE(r.exitCode, 4);
        row = listed(QStringLiteral("drill"));
        QCOMPARE(row.value(QStringLiteral("last_outcome")).toString(), QStringLiteral("failed"));
        const QJsonArray found = findings(11);
        QVERIFY(hasFinding(found, QStringLiteral("failed-drill"), QStringLiteral("drill")));
    }

    void aScheduleWithoutASuccessForOneAndAHalfIntervalsIsOverdue()
    {
        // Added four days ago, daily, never run.
        const CliRun r =
            add({QStringLiteral("backup"), m_database, QStringLiteral("--daily"), QStringLiteral("05:00"),
                 QStringLiteral("--name"), QStringLiteral("forgotten")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 7, QByteArray(r.out + r.err).constData());
        const QString definition = path(QStringLiteral("data/strongroom/schedules/forgotten.json"));
        QJsonObject schedule = QJsonDocument::fromJson(readAll(definition)).object();
        schedule.insert(QStringLiteral("created"),
                        QDateTime::currentDateTimeUtc().addDays(-4).toString(Qt::ISODate));
        QVERIFY(writeAll(definition, QJsonDocument(schedule).toJson()));
        QVERIFY(hasFinding(findings(11), QStringLiteral("overdue"), QStringLiteral("forgotten")));
    }

    void removeTakesTheUnitsAndKeepsTheReports()
    {
        const CliRun r =
            cli({QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("forgotten")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(!QFile::exists(unitPath(QStringLiteral("strongroom-forgotten.service"))));
        QVERIFY(!QFile::exists(unitPath(QStringLiteral("strongroom-forgotten.timer"))));
        QVERIFY(listed(QStringLiteral("forgotten")).isEmpty());
        QCOMPARE(
            cli({QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("forgotten")}).exitCode,
            1);
        QVERIFY(!QDir(runsFolder(QStringLiteral("nightly"))).isEmpty());
    }

    // A folder with a backup schedule and no drill schedule, drilled by hand with `backup verify` and
    // the key (a full check): its catalog records the drill, and `status` and the audit count it,
    // until it is older than the set age (30 days); then the finding names the date and says by hand.
    void aDrillByHandCountsForStatusAndTheAudit()
    {
        const QString database = path(QStringLiteral("till.db"));
        const QString history = path(QStringLiteral("till-backups"));
        QVERIFY(makeDatabase(database, liveKey(), 50, "till"));
        const CliRun added =
            add({QStringLiteral("backup"), database, QStringLiteral("--daily"), QStringLiteral("03:00"),
                 QStringLiteral("--name"), QStringLiteral("till"), QStringLiteral("--dir"), history});
        QVERIFY2(added.exitCode == 0 || added.exitCode == 7, QByteArray(added.out + added.err).constData());
        const CliRun made = runService(QStringLiteral("till"));
        QVERIFY2(made.exitCode == 0, QByteArray(made.out + made.err).constData());
        QVERIFY2(findingMessage(anyFindings(), QStringLiteral("drill-old"), QStringLiteral("till"))
                     .contains(QLatin1String("never drilled")),
                 QJsonDocument(anyFindings()).toJson().constData());
        QCOMPARE(auditedDrillAge(history), QStringLiteral("warn"));

        // Level 1 only (no key) is no drill.
        const QStringList backups =
            QDir(history).entryList({QStringLiteral("till-backup-*.db")}, QDir::Files, QDir::Name);
        QCOMPARE(backups.size(), 1);
        const QString backup = QDir(history).filePath(backups.first());
        CliRun verified = cli({QStringLiteral("backup"), QStringLiteral("verify"), backup});
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
        QVERIFY(hasFinding(anyFindings(), QStringLiteral("drill-old"), QStringLiteral("till")));

        verified = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), backup,
                        QStringLiteral("--key-file"), m_keyFile});
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
        QVERIFY(json(verified).value(QStringLiteral("drill_recorded")).toBool());
        QVERIFY(!hasFinding(anyFindings(), QStringLiteral("drill-old"), QStringLiteral("till")));
        QCOMPARE(auditedDrillAge(history), QStringLiteral("pass"));

        QVERIFY(ageCatalogDrills(history, 1));
        QVERIFY(!hasFinding(anyFindings(), QStringLiteral("drill-old"), QStringLiteral("till")));

        QVERIFY(ageCatalogDrills(history, 40));
        const QString message =
            findingMessage(anyFindings(), QStringLiteral("drill-old"), QStringLiteral("till"));
        const QString date =
            QDateTime::currentDateTimeUtc().addDays(-40).toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(message.contains(date) && message.contains(QLatin1String("by hand")), qPrintable(message));
        QCOMPARE(auditedDrillAge(history), QStringLiteral("warn"));
    }

    void aSealedCredentialHoldsTheKeyOrNothingIsWritten()
    {
        const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("add"),
                                 QStringLiteral("backup"), m_database, QStringLiteral("--daily"),
                                 QStringLiteral("01:00"), QStringLiteral("--name"), QStringLiteral("sealed"),
                                 QStringLiteral("--key-file"), m_keyFile, QStringLiteral("--user")},
                                {}, m_env);
        const QString credential = path(QStringLiteral("data/strongroom/schedules/sealed.cred"));
        if (json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString() ==
            QLatin1String("no-credential-key")) {
            QCOMPARE(r.exitCode, 7);
            QVERIFY(!QFile::exists(unitPath(QStringLiteral("strongroom-sealed.service"))));
            QVERIFY(!QFile::exists(credential));
            QSKIP(qPrintable(
                QStringLiteral("systemd-creds cannot seal a credential here, so the sealed case is "
                               "checked only for leaving nothing behind: ") +
                json(r)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()));
        }
        QVERIFY2(r.exitCode == 0 || r.exitCode == 7, QByteArray(r.out + r.err).constData());
        const QByteArray service = readAll(unitPath(QStringLiteral("strongroom-sealed.service")));
        QVERIFY(service.contains(
            QByteArray("LoadCredentialEncrypted=strongroom-sealed.key:" + credential.toUtf8() + "\n")));
        QVERIFY(!readAll(credential).contains(liveKey()));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(credential).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }
};

QTEST_GUILESS_MAIN(TestScheduleCommands)
#include "TestScheduleCommands.moc"

#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"
#include "support/PgScheduleFixtures.h"
#include "support/ScheduledService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backupfixtures;

// Schedules for PostgreSQL through the real strongroom-cli and a real PostgreSQL 17 server:
// `schedule add backup CONNINFO --dir DIR --recipient age1...` writes a service that needs no
// secret (no credential line); its ExecStart=, run as systemd runs it, makes a `pg backup` into DIR
// and applies the retention policy (three runs, --keep-last 2: two backups stay); `schedule add
// drill DIR` on that folder drills a restore of the newest backup with the identity as its key at
// level 3, the highest, in a temporary cluster of its own, and with --dbname in a scratch database on
// that server (each drill recorded in the catalog); a PostgreSQL backup schedule without --dir exits 2;
// a level-3 check by hand (pg verify) counts as a drill for `status`, a level-2 check does not.
class TestPgSchedules : public QObject
{
    Q_OBJECT
    PgScheduleFixtures m_fx;

    QString path(const QString &name) const { return m_fx.dir.filePath(name); }
    QString unitPath(const QString &name) const
    {
        return path(QStringLiteral("config/systemd/user/strongroom-%1.service").arg(name));
    }
    static QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }

    CliRun add(const QStringList &args)
    {
        const CliRun r =
            runCli(QStringList{QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("add")} +
                       args + QStringList{QStringLiteral("--user")},
                   {}, m_fx.env);
        if (r.exitCode == 7)
            qWarning("Not enabled here (no user manager runs); the units stay written.");
        else if (r.exitCode != 0)
            qWarning() << r.out << r.err;
        return r;
    }

    // The service's ExecStart= as systemd runs it: %d the credentials folder, the identity in it.
    CliRun runService(const QString &name)
    {
        const CliRun run = runScheduledService(unitPath(name), name, m_fx.identity,
                                               path(QStringLiteral("credentials-") + name), m_fx.env, 300000);
        if (run.exitCode != 0)
            qWarning() << run.out << run.err;
        return run;
    }

    QJsonObject lastReport(const QString &name) const
    {
        QDir runs(path(QStringLiteral("data/strongroom/schedules/runs/") + name));
        const QStringList files = runs.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        return files.isEmpty() ? QJsonObject()
                               : QJsonDocument::fromJson(readAll(runs.filePath(files.last()))).object();
    }

    // `status` warns that the backups of schedule `name` are not drilled (recently).
    bool drillOld(const QString &name) const
    {
        const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("status")}, {}, m_fx.env);
        for (const QJsonValue &f : json(r).value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("drill-old") &&
                f.toObject().value(QStringLiteral("subject")).toString() == name)
                return true;
        return false;
    }

    int catalogued() const
    {
        const QJsonDocument catalog =
            QJsonDocument::fromJson(readAll(path(QStringLiteral("pg-backups/strongroom-pg-backups.json"))));
        const QJsonValue entries = catalog.isArray() ? QJsonValue(catalog.array())
                                                     : catalog.object().value(QStringLiteral("backups"));
        return int(entries.toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *program : {"age-keygen", "pg_dump"})
            if (PostgresServer::program(QLatin1String(program)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed here").arg(QLatin1String(program))));
        STRONGROOM_START_POSTGRES(m_fx.server);
        QVERIFY(m_fx.prepare(500));
    }

    void aBackupScheduleWithoutAFolderIsAUsageError()
    {
        const CliRun r =
            add({QStringLiteral("backup"), m_fx.server.conninfo(QStringLiteral("shop")),
                 QStringLiteral("--daily"), QStringLiteral("02:30"), QStringLiteral("--recipient"),
                 m_fx.recipient, QStringLiteral("--name"), QStringLiteral("pg-nodir")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(unitPath(QStringLiteral("pg-nodir"))));
    }

    void aBackupScheduleRunsPgBackupWithRetentionAndNoSecret()
    {
        const CliRun r = add({QStringLiteral("backup"), m_fx.server.conninfo(QStringLiteral("shop")),
                              QStringLiteral("--dir"), path(QStringLiteral("pg-backups")),
                              QStringLiteral("--daily"), QStringLiteral("02:30"),
                              QStringLiteral("--recipient"), m_fx.recipient, QStringLiteral("--keep-last"),
                              QStringLiteral("2"), QStringLiteral("--name"), QStringLiteral("pg-shop")});
        QVERIFY(r.exitCode == 0 || r.exitCode == 7);
        const QString service = QString::fromUtf8(readAll(unitPath(QStringLiteral("pg-shop"))));
        QVERIFY2(service.contains(QLatin1String("ExecStart=")), qPrintable(service));
        QVERIFY(!service.contains(QLatin1String("Credential")));
        QVERIFY(!service.contains(QLatin1String("--key-file")));
        for (int run = 0; run < 3; ++run) {
            QCOMPARE(runService(QStringLiteral("pg-shop")).exitCode, 0);
            QTest::qWait(1100); // one backup per second keeps the stems apart
        }
        const QJsonObject report = lastReport(QStringLiteral("pg-shop"));
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QStringLiteral("engine")).toString(), QStringLiteral("postgres"));
        QCOMPARE(report.value(QStringLiteral("removed")).toArray().size(), 1);
        QCOMPARE(catalogued(), 2);
        const QStringList dumps =
            QDir(path(QStringLiteral("pg-backups"))).entryList({QStringLiteral("*.dump.age")}, QDir::Files);
        QCOMPARE(dumps.size(), 2);
    }

    void aDrillOnAPgFolderRestoresAtLevel3InATemporaryCluster()
    {
        const CliRun r =
            add({QStringLiteral("drill"), path(QStringLiteral("pg-backups")), QStringLiteral("--weekly"),
                 QStringLiteral("Sun"), QStringLiteral("04:00"), QStringLiteral("--key-file"), m_fx.identity,
                 QStringLiteral("--key-file-stays"), QStringLiteral("--name"), QStringLiteral("pg-drill")});
        QVERIFY(r.exitCode == 0 || r.exitCode == 7);
        QCOMPARE(runService(QStringLiteral("pg-drill")).exitCode, 0);
        const QJsonObject report = lastReport(QStringLiteral("pg-drill"));
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QStringLiteral("level")).toInt(), 3);
        QVERIFY2(report.value(QStringLiteral("level_note")).toString().contains(QLatin1String("temporary")),
                 qPrintable(report.value(QStringLiteral("level_note")).toString()));
        const QJsonObject drill =
            report.value(QStringLiteral("verification")).toObject().value(QStringLiteral("drill")).toObject();
        QVERIFY2(drill.value(QStringLiteral("temporaryCluster")).toBool(),
                 QJsonDocument(report).toJson().constData());
        QVERIFY(drill.value(QStringLiteral("countsEqual")).toBool());
        QVERIFY(readAll(path(QStringLiteral("pg-backups/strongroom-pg-backups.json")))
                    .contains("\"counts_equal\": true"));
        QVERIFY(report.value(QStringLiteral("drilled")).toString().endsWith(QLatin1String(".dump.age")));
    }

    void aDrillWithAServerRestoresAtLevel3()
    {
        const CliRun r =
            add({QStringLiteral("drill"), path(QStringLiteral("pg-backups")), QStringLiteral("--weekly"),
                 QStringLiteral("Sun"), QStringLiteral("05:00"), QStringLiteral("--dbname"),
                 m_fx.server.conninfo(), QStringLiteral("--key-file"), m_fx.identity,
                 QStringLiteral("--key-file-stays"), QStringLiteral("--name"), QStringLiteral("pg-drill3")});
        QVERIFY(r.exitCode == 0 || r.exitCode == 7);
        QCOMPARE(runService(QStringLiteral("pg-drill3")).exitCode, 0);
        const QJsonObject report = lastReport(QStringLiteral("pg-drill3"));
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QStringLiteral("level")).toInt(), 3);
        QVERIFY(readAll(path(QStringLiteral("pg-backups/strongroom-pg-backups.json")))
                    .contains("\"counts_equal\": true"));
    }

    // A failed drill fails the service (OnFailure= then reports it) and its report says why.
    void aDrillWithTheWrongIdentityFails()
    {
        const QString other = path(QStringLiteral("other.identity"));
        QVERIFY(!ageKeygen(other).isEmpty());
        const QString saved = m_fx.identity;
        m_fx.identity = other;
        const CliRun run = runService(QStringLiteral("pg-drill"));
        m_fx.identity = saved;
        QVERIFY(run.exitCode != 0);
        QCOMPARE(lastReport(QStringLiteral("pg-drill")).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("failed"));
    }

    // A PostgreSQL folder with a backup schedule and no drill schedule: `status` counts the level-3
    // check its catalog records (pg verify --level 3 run by hand) as a drill, a level-2 check not.
    void aLevel3CheckByHandIsADrillForStatus()
    {
        const QString folder = path(QStringLiteral("pg-hand"));
        const CliRun r = add({QStringLiteral("backup"), m_fx.server.conninfo(QStringLiteral("shop")),
                              QStringLiteral("--dir"), folder, QStringLiteral("--daily"),
                              QStringLiteral("03:30"), QStringLiteral("--recipient"), m_fx.recipient,
                              QStringLiteral("--name"), QStringLiteral("pg-hand")});
        QVERIFY(r.exitCode == 0 || r.exitCode == 7);
        QCOMPARE(runService(QStringLiteral("pg-hand")).exitCode, 0);
        const QStringList dumps = QDir(folder).entryList({QStringLiteral("*.dump.age")}, QDir::Files);
        QCOMPARE(dumps.size(), 1);
        const QString dump = QDir(folder).filePath(dumps.first());
        QVERIFY(drillOld(QStringLiteral("pg-hand")));

        for (const QString &level : {QStringLiteral("2"), QStringLiteral("3")}) {
            const CliRun verified =
                runCli({QStringLiteral("pg"), QStringLiteral("verify"), dump, QStringLiteral("--level"),
                        level, QStringLiteral("--identity"), m_fx.identity},
                       {}, m_fx.env);
            QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
            QCOMPARE(drillOld(QStringLiteral("pg-hand")), level == QLatin1String("2"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPgSchedules)
#include "TestPgSchedules.moc"

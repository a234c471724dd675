#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"
#include "support/PgScheduleFixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace backupfixtures;

// `audit run` on folders of real `pg backup`s (a PostgreSQL 17 server, pg_dump, age), each found the
// way the audit finds SQLCipher history folders: "fresh" only through the console's settings (Back
// Up Now's remembered folder with retention on), "scheduled" only through a `schedule add backup`
// with --keep-last, "old" only as a PATH given to `audit run`. The fresh folder, drilled with `pg
// verify --level 3` (a temporary cluster), passes every backups.* check; the scheduled one has
// retention from its schedule but no drill (warn); the old one, whose newest backup the catalog dates
// 40 days back, whose files were made readable by others and which holds a plain pg_dump beside the
// backups, fails "encrypted" and "readable by others" and warns on age, retention and drill.
class TestPgBackupAudit : public QObject
{
    Q_OBJECT
    PgScheduleFixtures m_fx;
    QJsonArray m_checks;
    int m_exit = -1;

    QString path(const QString &name) const { return m_fx.dir.filePath(name); }

    CliRun cli(const QStringList &args, int timeoutMs = 300000) const
    {
        const CliRun r = runCli(args, {}, m_fx.env, timeoutMs);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.out << r.err;
        return r;
    }

    bool backUp(const QString &folder)
    {
        return cli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("--dbname"),
                    m_fx.server.conninfo(QStringLiteral("shop")), QStringLiteral("--dir"), path(folder),
                    QStringLiteral("--recipient"), m_fx.recipient})
                   .exitCode == 0;
    }

    QString dumpIn(const QString &folder) const
    {
        const QStringList dumps =
            QDir(path(folder))
                .entryList({QStringLiteral("*.dump.age"), QStringLiteral("*.dump.zst.age")}, QDir::Files);
        return dumps.isEmpty() ? QString() : path(folder) + QLatin1Char('/') + dumps.first();
    }

    QString resultOf(const QString &id, const QString &folder) const
    {
        for (const QJsonValue &value : m_checks) {
            const QJsonObject check = value.toObject();
            if (check.value(QStringLiteral("id")).toString() == id &&
                check.value(QStringLiteral("subject")).toString() == path(folder))
                return check.value(QStringLiteral("result")).toString();
        }
        return QStringLiteral("(no such check)");
    }

    QString evidenceOf(const QString &id, const QString &folder) const
    {
        for (const QJsonValue &value : m_checks) {
            const QJsonObject check = value.toObject();
            if (check.value(QStringLiteral("id")).toString() == id &&
                check.value(QStringLiteral("subject")).toString() == path(folder))
                return check.value(QStringLiteral("evidence")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *program : {"age-keygen", "pg_dump", "initdb"})
            if (PostgresServer::program(QLatin1String(program)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed here").arg(QLatin1String(program))));
        STRONGROOM_START_POSTGRES(m_fx.server);
        QVERIFY(m_fx.prepare(200));

        // fresh: backed up and drilled at level 3 in a temporary cluster; the console remembers it.
        QVERIFY(backUp(QStringLiteral("fresh")));
        const CliRun drill = cli({QStringLiteral("pg"), QStringLiteral("verify"), QStringLiteral("--level"),
                                  QStringLiteral("3"), QStringLiteral("--identity"), m_fx.identity,
                                  dumpIn(QStringLiteral("fresh"))});
        QVERIFY2(drill.exitCode == 0, drill.err.constData());
        // The keys Back Up Now writes (ui/postgres/PgBackupPreferences): one group per conninfo.
        QDir().mkpath(path(QStringLiteral("config/strongroom")));
        QSettings console(path(QStringLiteral("config/strongroom/strongroom.conf")), QSettings::IniFormat);
        console.beginGroup(
            QStringLiteral("postgres-backups/") +
            QString::fromLatin1(QUrl::toPercentEncoding(m_fx.server.conninfo(QStringLiteral("shop")))));
        console.setValue(QStringLiteral("folder"), path(QStringLiteral("fresh")));
        console.setValue(QStringLiteral("retention"), true);
        console.endGroup();
        console.sync();

        // scheduled: a backup schedule with retention; backed up, never drilled.
        const CliRun scheduled =
            cli({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("backup"),
                 m_fx.server.conninfo(QStringLiteral("shop")), QStringLiteral("--dir"),
                 path(QStringLiteral("scheduled")), QStringLiteral("--daily"), QStringLiteral("02:30"),
                 QStringLiteral("--recipient"), m_fx.recipient, QStringLiteral("--keep-last"),
                 QStringLiteral("3"), QStringLiteral("--name"), QStringLiteral("pg-scheduled"),
                 QStringLiteral("--user")});
        if (scheduled.exitCode == 7)
            qWarning("No user manager runs here: the schedule's units stay written, not enabled.");
        QVERIFY(scheduled.exitCode == 0 || scheduled.exitCode == 7);
        QVERIFY(backUp(QStringLiteral("scheduled")));

        // old: backed up, the catalog's date moved 40 days back, the files opened to others, and a
        // plain pg_dump left beside them.
        QVERIFY(backUp(QStringLiteral("old")));
        const QString catalogPath = path(QStringLiteral("old/strongroom-pg-backups.json"));
        QJsonObject catalog = QJsonDocument::fromJson(readAll(catalogPath)).object();
        QJsonArray backups = catalog.value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        QJsonObject entry = backups.first().toObject();
        entry.insert(QStringLiteral("created"),
                     QDateTime::currentDateTimeUtc().addDays(-40).toString(Qt::ISODateWithMs));
        backups.replace(0, entry);
        catalog.insert(QStringLiteral("backups"), backups);
        QVERIFY(writeAll(catalogPath, QJsonDocument(catalog).toJson()));
        for (const QString &name : QDir(path(QStringLiteral("old"))).entryList(QDir::Files))
            QFile::setPermissions(path(QStringLiteral("old/") + name),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QProcess dump;
        dump.start(PostgresServer::program(QStringLiteral("pg_dump")),
                   {QStringLiteral("-Fc"), QStringLiteral("-f"), path(QStringLiteral("old/leftover.dump")),
                    QStringLiteral("--dbname"), m_fx.server.conninfo(QStringLiteral("shop"))});
        QVERIFY(dump.waitForFinished(60000));
        QVERIFY2(dump.exitCode() == 0, dump.readAllStandardError().constData());

        // Exit 11 is expected here (the old folder fails), so the run is not printed as a warning.
        const CliRun audit = runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("run"),
                                     path(QStringLiteral("old"))},
                                    {}, m_fx.env, 300000);
        m_exit = audit.exitCode;
        m_checks = jsonOf(audit).value(QStringLiteral("checks")).toArray();
        QVERIFY2(!m_checks.isEmpty(), audit.err.constData());
    }

    void aFreshDrilledFolderTheConsoleRemembersPassesEveryBackupCheck_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"backups.encrypted", "backups.readable-by-others", "backups.last-backup-age",
                               "backups.retention", "backups.last-drill-age"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void aFreshDrilledFolderTheConsoleRemembersPassesEveryBackupCheck()
    {
        QFETCH(QString, id);
        QCOMPARE(resultOf(id, QStringLiteral("fresh")), QStringLiteral("pass"));
    }

    void theConsolesBackUpNowIsNamedAsTheRetention()
    {
        QVERIFY2(evidenceOf(QStringLiteral("backups.retention"), QStringLiteral("fresh"))
                     .contains(QLatin1String("Back Up Now")),
                 qPrintable(evidenceOf(QStringLiteral("backups.retention"), QStringLiteral("fresh"))));
    }

    void aScheduledFolderHasItsRetentionButWarnsWithoutADrill()
    {
        QCOMPARE(resultOf(QStringLiteral("backups.retention"), QStringLiteral("scheduled")),
                 QStringLiteral("pass"));
        QVERIFY(evidenceOf(QStringLiteral("backups.retention"), QStringLiteral("scheduled"))
                    .contains(QLatin1String("pg-scheduled")));
        QCOMPARE(resultOf(QStringLiteral("backups.last-backup-age"), QStringLiteral("scheduled")),
                 QStringLiteral("pass"));
        QCOMPARE(resultOf(QStringLiteral("backups.last-drill-age"), QStringLiteral("scheduled")),
                 QStringLiteral("warn"));
    }

    void anOldOpenUndrilledFolderFailsAndWarns_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a plain pg_dump beside the backups")
            << QStringLiteral("backups.encrypted") << QStringLiteral("fail");
        QTest::newRow("files readable by others")
            << QStringLiteral("backups.readable-by-others") << QStringLiteral("fail");
        QTest::newRow("the newest backup 40 days old")
            << QStringLiteral("backups.last-backup-age") << QStringLiteral("warn");
        QTest::newRow("no retention") << QStringLiteral("backups.retention") << QStringLiteral("warn");
        QTest::newRow("never drilled") << QStringLiteral("backups.last-drill-age") << QStringLiteral("warn");
    }
    void anOldOpenUndrilledFolderFailsAndWarns()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        QCOMPARE(resultOf(id, QStringLiteral("old")), expected);
    }

    void thePlainDumpIsNamedAndTheAuditExits11()
    {
        QVERIFY(evidenceOf(QStringLiteral("backups.encrypted"), QStringLiteral("old"))
                    .contains(QLatin1String("leftover.dump")));
        QVERIFY(evidenceOf(QStringLiteral("backups.last-backup-age"), QStringLiteral("old"))
                    .contains(QLatin1String("40 days")));
        QCOMPARE(m_exit, 11);
    }
};

QTEST_GUILESS_MAIN(TestPgBackupAudit)
#include "TestPgBackupAudit.moc"

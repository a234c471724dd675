#include "backup/BackupCatalog.h"
#include "pgbackup/PgBackupCatalog.h"
#include "schedule/FolderDrill.h"
#include "schedule/ScheduleStore.h"
#include "schedule/WatchStatus.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strongroom;

// The rules of `status`, on fixed times: a daily backup is overdue only after 36 hours without a
// success (since it was added when it never succeeded); a failed last run or drill is a failure even
// when an older run succeeded; a folder whose newest successful drill is older than the set age, or
// that is never drilled, is a warning; a key past its rotation period is a warning; the exit code
// is that of the worst finding. A drill by hand counts as its folder's catalog records it: a
// SQLCipher full check or a PostgreSQL level-3 check that passed, not a level-2 check or a drill whose
// counts differed; the finding then says it was run by hand, with its date.
class TestWatchStatus : public QObject
{
    Q_OBJECT

    static QDateTime now() { return QDateTime(QDate(2026, 12, 4), QTime(12, 0), QTimeZone::UTC); }

    static Schedule schedule(const QString &name, Schedule::Kind kind, qint64 interval = 86400)
    {
        Schedule s;
        s.name = name;
        s.kind = kind;
        s.target =
            kind == Schedule::Kind::Backup ? QStringLiteral("/srv/shop.db") : QStringLiteral("/srv/backups");
        s.calendar = QStringLiteral("*-*-* 02:00:00");
        s.intervalSeconds = interval;
        s.created = now().addDays(-100);
        return s;
    }

    static QJsonObject run(const QString &outcome, qint64 hoursAgo)
    {
        const QDateTime at = now().addSecs(-hoursAgo * 3600);
        return {
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("started"), at.addSecs(-60).toString(Qt::ISODateWithMs)},
            {QStringLiteral("finished"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("disk full")}}}};
    }

    static QStringList kinds(const QList<WatchFinding> &findings)
    {
        QStringList out;
        for (const WatchFinding &f : findings)
            out.append(f.kind + QLatin1Char(':') + f.subject);
        return out;
    }

private slots:
    void findings_data()
    {
        QTest::addColumn<QList<QJsonObject>>("backupRuns"); // newest first
        QTest::addColumn<QList<QJsonObject>>("drillRuns");
        QTest::addColumn<int>("keyAgeDays");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("exitCode");

        const QList<QJsonObject> recentDrill{run(QStringLiteral("succeeded"), 24)};
        QTest::newRow("all well") << QList<QJsonObject>{run(QStringLiteral("succeeded"), 10)} << recentDrill
                                  << 10 << QStringList{} << 0;
        QTest::newRow("35 hours is not yet overdue")
            << QList<QJsonObject>{run(QStringLiteral("succeeded"), 35)} << recentDrill << 10 << QStringList{}
            << 0;
        QTest::newRow("37 hours is overdue")
            << QList<QJsonObject>{run(QStringLiteral("succeeded"), 37)} << recentDrill << 10
            << QStringList{QStringLiteral("overdue:nightly")} << 11;
        QTest::newRow("failed last run after a success")
            << QList<QJsonObject>{run(QStringLiteral("failed"), 2), run(QStringLiteral("succeeded"), 26)}
            << recentDrill << 10 << QStringList{QStringLiteral("failed-run:nightly")} << 11;
        QTest::newRow("failed drill")
            << QList<QJsonObject>{run(QStringLiteral("succeeded"), 2)}
            << QList<QJsonObject>{run(QStringLiteral("failed"), 1), run(QStringLiteral("succeeded"), 24)}
            << 10 << QStringList{QStringLiteral("failed-drill:drill")} << 11;
        QTest::newRow("drill older than 30 days")
            << QList<QJsonObject>{run(QStringLiteral("succeeded"), 2)}
            << QList<QJsonObject>{run(QStringLiteral("succeeded"), 24 * 31)} << 10
            << QStringList{QStringLiteral("overdue:drill"), QStringLiteral("drill-old:nightly")} << 11;
        QTest::newRow("key due") << QList<QJsonObject>{run(QStringLiteral("succeeded"), 2)} << recentDrill
                                 << 200 << QStringList{QStringLiteral("key-due:sqlcipher-1")} << 10;
    }

    void findings()
    {
        QFETCH(QList<QJsonObject>, backupRuns);
        QFETCH(QList<QJsonObject>, drillRuns);
        QFETCH(int, keyAgeDays);
        QFETCH(QStringList, expected);
        QFETCH(int, exitCode);
        WatchInputs inputs;
        Schedule drill = schedule(QStringLiteral("drill"), Schedule::Kind::Drill, 7 * 86400);
        Schedule backup = schedule(QStringLiteral("nightly"), Schedule::Kind::Backup);
        backup.historyFolder = drill.target;
        inputs.schedules = {backup, drill};
        inputs.reports.insert(QStringLiteral("nightly"), backupRuns);
        inputs.reports.insert(QStringLiteral("drill"), drillRuns);
        KnownKey key;
        key.kind = KnownKey::kindSqlcipher();
        key.keyId = QStringLiteral("sqlcipher-1");
        key.created = now().addDays(-keyAgeDays);
        inputs.keys = {key};
        inputs.rotationDays = 180;
        inputs.drillMaxAgeDays = 30;
        inputs.now = now();
        const QList<WatchFinding> found = evaluateWatch(inputs);
        QCOMPARE(kinds(found), expected);
        QCOMPARE(int(watchExitCode(found)), exitCode);
    }

    void aBackupNeverDrilledIsAWarning()
    {
        WatchInputs inputs;
        inputs.schedules = {schedule(QStringLiteral("nightly"), Schedule::Kind::Backup)};
        inputs.reports.insert(QStringLiteral("nightly"), {run(QStringLiteral("succeeded"), 1)});
        inputs.now = now();
        const QList<WatchFinding> found = evaluateWatch(inputs);
        QCOMPARE(kinds(found), QStringList{QStringLiteral("drill-old:nightly")});
        QCOMPARE(watchExitCode(found), ExitCode::StatusWarning);
    }

    void aDrillByHandInTheCatalogCounts_data()
    {
        QTest::addColumn<QString>("engine"); // the catalog the drill is recorded in
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<bool>("drillOld");

        QTest::newRow("sqlcipher full check yesterday") << "sqlcipher" << 3 << "passed" << 1 << false;
        QTest::newRow("sqlcipher full check 40 days ago") << "sqlcipher" << 3 << "passed" << 40 << true;
        QTest::newRow("postgres level 3 yesterday") << "postgres" << 3 << "passed" << 1 << false;
        QTest::newRow("postgres level 2 yesterday is no drill") << "postgres" << 2 << "passed" << 1 << true;
        QTest::newRow("postgres level 3 with counts differing")
            << "postgres" << 3 << "counts-differ" << 1 << true;
    }

    void aDrillByHandInTheCatalogCounts()
    {
        QFETCH(QString, engine);
        QFETCH(int, level);
        QFETCH(QString, result);
        QFETCH(int, daysAgo);
        QFETCH(bool, drillOld);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QDateTime drilled = now().addDays(-daysAgo);
        if (engine == QLatin1String("sqlcipher")) {
            QVERIFY(BackupCatalog(folder.path())
                        .recordDrill(QStringLiteral("shop-backup-20261101-020000.db"), drilled));
        } else {
            pgbackup::PgBackupEntry entry;
            entry.stem = QStringLiteral("shop-pgbackup-20261101-020000");
            entry.database = QStringLiteral("shop");
            entry.created = now().addDays(-60);
            pgbackup::PgBackupCatalog catalog(folder.path());
            QVERIFY(catalog.add(entry));
            pgbackup::PgCheckRecord check;
            check.time = drilled;
            check.level = level;
            check.result = result;
            check.checked = pgbackup::PgCheckRecord::checksOfLevel(level);
            QVERIFY(catalog.recordCheck(entry.stem, check));
        }
        WatchInputs inputs;
        Schedule backup = schedule(QStringLiteral("nightly"), Schedule::Kind::Backup);
        backup.historyFolder = folder.path();
        inputs.schedules = {backup};
        inputs.reports.insert(QStringLiteral("nightly"), {run(QStringLiteral("succeeded"), 1)});
        inputs.now = now();
        const QList<WatchFinding> found = evaluateWatch(inputs);
        QCOMPARE(kinds(found), drillOld ? QStringList{QStringLiteral("drill-old:nightly")} : QStringList{});
        if (drillOld && level == 3 && result == QLatin1String("passed")) {
            QVERIFY2(found.first().message.contains(QLatin1String("by hand")) &&
                         found.first().message.contains(drilled.toString(QStringLiteral("yyyy-MM-dd"))),
                     qPrintable(found.first().message));
        }
        const FolderDrill newest = drills::newestDrill(folder.path(), inputs.schedules, inputs.reports);
        QCOMPARE(newest.isValid(), level == 3 && result == QLatin1String("passed"));
        QCOMPARE(newest.byHand(), newest.isValid());
    }

    // A scheduled drill records its check in the catalog too; its report, a moment later, names it.
    void aScheduledDrillIsNamedAndANewerDrillByHandWins()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        Schedule drill = schedule(QStringLiteral("drill"), Schedule::Kind::Drill, 7 * 86400);
        drill.target = folder.path();
        QHash<QString, QList<QJsonObject>> reports;
        reports.insert(QStringLiteral("drill"), {run(QStringLiteral("succeeded"), 48)});
        BackupCatalog catalog(folder.path());
        QVERIFY(catalog.recordDrill(QStringLiteral("a-backup-20261101-020000.db"),
                                    now().addSecs(-48 * 3600 - 5)));
        FolderDrill newest = drills::newestDrill(folder.path(), {drill}, reports);
        QCOMPARE(newest.schedule, QStringLiteral("drill"));
        QCOMPARE(newest.time, now().addSecs(-48 * 3600));

        QVERIFY(catalog.recordDrill(QStringLiteral("a-backup-20261101-020000.db"), now().addSecs(-3600)));
        newest = drills::newestDrill(folder.path(), {drill}, reports);
        QVERIFY(newest.byHand());
        QCOMPARE(newest.time, now().addSecs(-3600));
    }

    void aScheduleThatNeverRanIsOverdueFromItsCreation()
    {
        WatchInputs inputs;
        Schedule fresh = schedule(QStringLiteral("fresh"), Schedule::Kind::Drill);
        fresh.created = now().addSecs(-3600);
        Schedule stale = schedule(QStringLiteral("stale"), Schedule::Kind::Drill);
        stale.created = now().addDays(-2);
        inputs.schedules = {fresh, stale};
        inputs.now = now();
        QCOMPARE(kinds(evaluateWatch(inputs)), QStringList{QStringLiteral("overdue:stale")});
    }
};

QTEST_GUILESS_MAIN(TestWatchStatus)
#include "TestWatchStatus.moc"

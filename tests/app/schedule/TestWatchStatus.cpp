#include "schedule/ScheduleStore.h"
#include "schedule/WatchStatus.h"

#include <QTest>

using namespace strongroom;

// The rules of `status`, on fixed times: a daily backup is overdue only after 36 hours without a
// success (since it was added when it never succeeded); a failed last run or drill is a failure even
// when an older run succeeded; a folder whose newest successful drill is older than the set age, or
// that is never drilled, is a warning; a key past its rotation period is a warning; the exit code
// is that of the worst finding.
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

#include "schedule/FolderDrill.h"

#include "backup/BackupCatalog.h"
#include "pgbackup/PgBackupCatalog.h"
#include "schedule/ScheduleStore.h"

#include <QDir>
#include <QFileInfo>

namespace strongroom::drills {

namespace {

// The newest passing level-3 check of a PostgreSQL history folder's catalog; invalid when none.
QDateTime newestPgDrill(const QString &folder)
{
    if (!QFileInfo::exists(QDir(folder).filePath(pgbackup::PgBackupCatalog::fileName())))
        return {};
    const Result<QList<pgbackup::PgBackupEntry>> entries = pgbackup::PgBackupCatalog(folder).entries();
    QDateTime newest;
    if (entries)
        for (const pgbackup::PgBackupEntry &entry : entries.value())
            for (const pgbackup::PgCheckRecord &check : entry.checks)
                if (check.level >= 3 && check.result == QLatin1String("passed") &&
                    (!newest.isValid() || check.time > newest))
                    newest = check.time;
    return newest;
}

} // namespace

FolderDrill newestDrill(const QString &folder, const QList<Schedule> &schedules,
                        const QHash<QString, QList<QJsonObject>> &reports)
{
    const QString absolute = QDir(folder).absolutePath();
    FolderDrill newest;
    for (const Schedule &schedule : schedules) {
        if (schedule.kind != Schedule::Kind::Drill ||
            QDir(schedule.watchedFolder()).absolutePath() != absolute)
            continue;
        for (const QJsonObject &report : reports.value(schedule.name))
            if (runreport::succeeded(report) &&
                (!newest.isValid() || runreport::finished(report) > newest.time))
                newest = {runreport::finished(report), schedule.name};
    }
    for (const QDateTime &catalogued : {BackupCatalog(absolute).newestDrill(), newestPgDrill(absolute)})
        // The scheduled drill's own check lands in the catalog a moment before its report is
        // finished: the report, which names the schedule, wins within that minute.
        if (catalogued.isValid() && (!newest.isValid() || catalogued.secsTo(newest.time) < -60))
            newest = {catalogued, QString()};
    return newest;
}

FolderDrill newestDrill(const QString &folder, const ScheduleStore &store)
{
    const QList<Schedule> schedules = store.list();
    QHash<QString, QList<QJsonObject>> reports;
    for (const Schedule &schedule : schedules)
        if (schedule.kind == Schedule::Kind::Drill)
            reports.insert(schedule.name, store.reports(schedule.name));
    return newestDrill(folder, schedules, reports);
}

} // namespace strongroom::drills

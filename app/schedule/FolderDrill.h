#pragma once

#include "schedule/Schedule.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom {

class ScheduleStore;

// The newest successful restore drill of a history folder, wherever it was recorded: `status`, the
// console's watch and the security audit's backups.last-drill-age all ask this one function, so
// they never disagree about a folder.
struct FolderDrill
{
    QDateTime time;   // invalid: never drilled successfully
    QString schedule; // the drill schedule whose report it is; empty: recorded in the catalog
    bool isValid() const { return time.isValid(); }
    // Run by hand (backup verify with the key, pg verify --level 3, the console's Verify or Restore
    // Drill) rather than by a drill schedule.
    bool byHand() const { return time.isValid() && schedule.isEmpty(); }
};

namespace drills {

// The newest of: the successful runs of the drill schedules watching `folder` (`reports` by schedule
// name, as ScheduleStore::reports gives them), and the successful highest-level checks recorded in
// the folder's catalog: a SQLCipher full check (level 3, BackupCatalog::newestDrill) or a PostgreSQL
// level-3 check (a restore whose row counts matched). Level 1 and 2 checks are no drill.
// A scheduled drill records its check in the catalog too; the report names the schedule.
FolderDrill newestDrill(const QString &folder, const QList<Schedule> &schedules,
                        const QHash<QString, QList<QJsonObject>> &reports);
// The same over the schedules and reports in `store`.
FolderDrill newestDrill(const QString &folder, const ScheduleStore &store);

} // namespace drills

} // namespace strongroom

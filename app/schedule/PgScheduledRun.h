#pragma once

#include "core/Error.h"
#include "keys/KeyMaterial.h"
#include "schedule/Schedule.h"

#include <QJsonObject>
#include <optional>

namespace strongroom {
class JobContext;
}

namespace strongroom::pgschedule {

// The runs of a PostgreSQL schedule, as ScheduledRunJob's steps. The backup is `pg backup`
// (PgBackupJob: to the schedule's age recipients, or to the passphrase the service delivers as
// its key; the password from ~/.pgpass, as libpq reads it), then the retention policy through
// PrunePgBackupsJob. The drill is `pg verify` on the folder's newest catalogued backup: level 3
// (a restore into a scratch database on the schedule's drill server, recorded in the catalog)
// when the schedule names one, else level 2, and the report says which and why. The key of a
// drill is an age identity file's text or the backups' passphrase.
void runBackup(JobContext &context, const Schedule &schedule, const std::optional<KeyMaterial> &key,
               QJsonObject &report, std::optional<Error> &error);
void runDrill(JobContext &context, const Schedule &schedule, const std::optional<KeyMaterial> &key,
              QJsonObject &report, std::optional<Error> &error);

// A folder of PostgreSQL backups (it has the catalog), as `schedule add drill` tells them apart.
bool isPgBackupFolder(const QString &folder);
// A backup target that names a PostgreSQL connection rather than a file: a conninfo with "=" or a
// postgres:// URI (a service needs "service=NAME").
bool looksLikeConnection(const QString &target);

} // namespace strongroom::pgschedule

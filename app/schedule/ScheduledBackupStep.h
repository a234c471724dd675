#pragma once

// The backup step of a scheduled backup run, the same for a SQLCipher database (CreateBackupJob)
// and a PostgreSQL one (PgBackupJob); only the retention that follows differs.

#include "core/Error.h"
#include "core/JobReport.h"
#include "schedule/Schedule.h"

#include <QJsonObject>
#include <optional>

namespace strongroom {

class Job;
class JobContext;

// Runs `backup` as step 0's child and records its data under "backup" in `report`. The run ends
// here (nullopt) when the backup did not succeed (its error, if any, in `error`) or when the
// schedule keeps every backup (the backup's overview is the run's). Otherwise step 1, the
// retention, has begun and the backup's report is returned for the overview that follows it.
std::optional<JobReport> runScheduledBackup(JobContext &context, Job &backup, const Schedule &schedule,
                                            QJsonObject &report, std::optional<Error> &error);

} // namespace strongroom

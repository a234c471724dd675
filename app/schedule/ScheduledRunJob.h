#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "schedule/Schedule.h"

#include <optional>

namespace strongroom {

// One run of a schedule, what its service's ExecStart= (`strongroom-cli schedule exec NAME`) does:
// a backup (CreateBackupJob, then the schedule's retention policy through RemoveBackupsJob, which
// removes only backups whose seal holds with the key), or a restore drill (VerifyBackupJob at the
// highest level on the newest backup of the folder). Every run, whatever its end, writes its JSON
// report into the schedule's runs folder (ScheduleStore) and the audit line "schedule.run"; a
// failed run fails the job, so the service fails and OnFailure= puts it in the journal.
// Data: the run report.
class ScheduledRunJob : public Job
{
public:
    ScheduledRunJob(QString name, std::optional<KeyMaterial> key, QString storeFolder = {});

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    void runBackup(JobContext &context, QJsonObject &report, std::optional<Error> &error);
    void runDrill(JobContext &context, QJsonObject &report, std::optional<Error> &error);

    QString m_name;
    std::optional<KeyMaterial> m_key;
    QString m_storeFolder;
    Result<Schedule> m_schedule;
};

} // namespace strongroom

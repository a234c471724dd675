#pragma once

#include "backup/RestorePlan.h"
#include "core/Job.h"

namespace strongroom {

// The first half of a restore, which touches nothing: the backup is a database (else 6), opens
// with the key (else 3; the backup key opens it and the result is re-keyed), passes the integrity
// checks (else 4); the live database opens with its key; both are compared. A wizard shows the
// plan and runs RestoreCommitJob once the user confirms. Its data: RestorePlan::toJson().
class RestoreValidateJob : public Job
{
public:
    RestoreValidateJob(QString backupPath, QString livePath, RestoreKeys keys, QString historyFolder = {});

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const std::optional<RestorePlan> &plan() const { return m_plan; }

private:
    QString m_backupPath;
    QString m_livePath;
    RestoreKeys m_keys;
    QString m_historyFolder;
    std::optional<RestorePlan> m_plan;
};

} // namespace strongroom

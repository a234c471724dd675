#pragma once

#include "backup/BackupWriter.h"
#include "core/Job.h"

namespace strongroom {

// "Back up now" and `backup create`: BackupWriter as a job. Steps: open, copy a consistent snapshot,
// verify, add to the history. Its data: the catalog record plus "path" and "folder". The job writes
// the one audit line (backup.create) to its runner's audit log.
class CreateBackupJob : public Job
{
public:
    explicit CreateBackupJob(BackupRequest request) : m_request(std::move(request)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Valid after a successful run.
    const std::optional<BackupRecord> &record() const { return m_record; }

private:
    void audit(const JobContext &context, const QString &outcome, const QJsonObject &details) const;

    BackupRequest m_request;
    std::optional<BackupRecord> m_record;
};

} // namespace strongroom

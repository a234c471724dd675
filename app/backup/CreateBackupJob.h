#pragma once

#include "backup/BackupWriter.h"
#include "core/Job.h"

namespace strongroom {

// "Back up now" and `backup create`: BackupWriter as a job. Steps: open, copy a consistent snapshot,
// verify, add to the history. Its data: the catalog record plus "path" and "folder". The job writes
// the one audit line (backup.create) to `auditLogPath` (empty: the user's audit log).
class CreateBackupJob : public Job
{
public:
    explicit CreateBackupJob(BackupRequest request, QString auditLogPath = {})
        : m_request(std::move(request)), m_auditLogPath(std::move(auditLogPath))
    {
    }

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Valid after a successful run.
    const std::optional<BackupRecord> &record() const { return m_record; }

private:
    void audit(const QString &outcome, const QJsonObject &details) const;

    BackupRequest m_request;
    QString m_auditLogPath;
    std::optional<BackupRecord> m_record;
};

} // namespace strongroom

#pragma once

#include "backup/BackupComparison.h"
#include "core/Job.h"
#include "keys/KeyMaterial.h"

#include <optional>

namespace strongroom {

// Counts the rows of every table in a live database and a backup (opened read-only; the backup
// with its own key when it differs). Its data: BackupComparison::toJson().
class CompareBackupJob : public Job
{
public:
    CompareBackupJob(QString livePath, QString backupPath, KeyMaterial liveKey,
                     std::optional<KeyMaterial> backupKey);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const std::optional<BackupComparison> &comparison() const { return m_comparison; }

private:
    QString m_livePath;
    QString m_backupPath;
    KeyMaterial m_liveKey;
    std::optional<KeyMaterial> m_backupKey;
    std::optional<BackupComparison> m_comparison;
};

} // namespace strongroom

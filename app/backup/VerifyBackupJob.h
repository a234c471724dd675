#pragma once

#include "backup/BackupInspector.h"
#include "core/Job.h"

#include <optional>

namespace strongroom {

// Verifies one backup file (BackupInspector) as a job; without a key only level 1 runs.
// Its data: BackupInspection::toJson(). Adopting a file into its folder's catalog changes what
// retention may remove, so the job records it (backup.adopt) in its runner's audit log.
class VerifyBackupJob : public Job
{
public:
    VerifyBackupJob(QString path, std::optional<KeyMaterial> key)
        : m_path(std::move(path)), m_key(std::move(key))
    {
    }

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Cipher settings to try where the catalog names none (a database made with custom settings).
    void setCipherSettings(std::optional<CipherSettings> settings) { m_settings = std::move(settings); }

    const std::optional<BackupInspection> &inspection() const { return m_inspection; }

private:
    QString m_path;
    std::optional<KeyMaterial> m_key;
    std::optional<CipherSettings> m_settings;
    std::optional<BackupInspection> m_inspection;
};

} // namespace strongroom

#pragma once

#include "backup/BackupComparison.h"
#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

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

    // Cipher settings to try first for both files (a database made with custom settings).
    void setCipherSettings(std::optional<CipherSettings> settings) { m_settings = std::move(settings); }

    const std::optional<BackupComparison> &comparison() const { return m_comparison; }

private:
    QString m_livePath;
    QString m_backupPath;
    KeyMaterial m_liveKey;
    std::optional<KeyMaterial> m_backupKey;
    std::optional<CipherSettings> m_settings;
    std::optional<BackupComparison> m_comparison;
};

} // namespace strongroom

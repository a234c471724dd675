#pragma once

#include "core/Job.h"

#include <QString>

namespace strongroom::migration {

// `volume migrate-dir --rollback DIR`: puts the original folder back after a switch-over. The kept
// original (DIR.before-migration-TIMESTAMP, the newest when there are several, or the one the image's
// journal names) is renamed back to DIR once the mount point left at DIR is removed; the mount point
// must be empty and not mounted, since nothing is ever deleted. Two renames' worth of steps, each
// idempotent, so a rollback stopped by kill -9 is finished by running it again. The image stays as it
// is; its journal (when given) records the rollback. Writes the audit line "volume.migrate-dir.rollback".
class MigrationRollbackJob : public Job
{
public:
    MigrationRollbackJob(QString folder, QString image = {});

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    void rollback(JobContext &context);

    QString m_folder;
    QString m_image;
};

} // namespace strongroom::migration

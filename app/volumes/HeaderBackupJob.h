#pragma once

#include "core/Job.h"

#include <QString>

namespace strongroom {

// Header backup or restore from the Volumes page, audited like `volume header-backup|restore`.
class HeaderBackupJob : public Job
{
public:
    enum class Direction
    {
        Backup,
        Restore
    };
    struct Request
    {
        Direction direction = Direction::Backup;
        QString image;
        QString file;
        QString header;       // Backup: a detached header, or empty
        bool force = false;   // Restore: even when the UUIDs differ
        QString auditLogPath; // empty: the user's audit log
    };
    explicit HeaderBackupJob(Request request);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    Request m_request;
};

} // namespace strongroom

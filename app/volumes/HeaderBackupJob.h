#pragma once

#include "core/Job.h"

#include <QString>

namespace strongroom {

// Header backup or restore: the Volumes page and `volume header-backup|header-restore` run this job,
// which writes the audit line. A cancel is looked at until the header is written, never after: one
// that came in time stops the job with nothing written (audited "cancelled"), a later one finds the
// work done (audited "succeeded", and the report says so).
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
        QString header;     // Backup: a detached header, or empty
        bool force = false; // Restore: even when the UUIDs differ

        static Request backup(const QString &image, const QString &file)
        {
            Request r;
            r.direction = Direction::Backup;
            r.image = image;
            r.file = file;
            return r;
        }
        static Request restore(const QString &image, const QString &file)
        {
            Request r = backup(image, file);
            r.direction = Direction::Restore;
            return r;
        }
    };
    explicit HeaderBackupJob(Request request);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    // The work: the report's data (with the header's "uuid" once it is written), overview or error.
    void backUp(JobContext &context);
    void restore(JobContext &context);
    // The one audit line, made from what the work left in the report, after it.
    void audit(const JobContext &context) const;
    Request m_request;
};

} // namespace strongroom

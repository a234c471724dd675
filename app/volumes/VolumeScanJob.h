#pragma once

#include "core/Job.h"
#include "volumes/InPlaceEncryption.h"
#include "volumes/VolumeInfo.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace strongroom {

// What the Volumes page shows about one remembered image: its header, whether an in-place
// encryption is under way, and when its header was last backed up (from the audit log, so backups
// made with the CLI count too).
struct VolumeRecord
{
    QString path;
    std::optional<VolumeInfo> info; // empty when the file is missing, plain or unreadable
    inplace::State state = inplace::State::Plain;
    QString problem;            // why there is no info, in words
    QDateTime lastHeaderBackup; // invalid when none is known
};

// Reads the headers of remembered images on a worker (libcryptsetup never runs on the GUI thread).
class VolumeScanJob : public Job
{
public:
    explicit VolumeScanJob(QStringList paths);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Valid once the job has finished.
    QList<VolumeRecord> records() const { return m_records; }

private:
    QStringList m_paths;
    QList<VolumeRecord> m_records;
};

} // namespace strongroom

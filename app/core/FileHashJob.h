#pragma once

#include "core/Job.h"

#include <QString>

namespace strongroom {

// SHA-256 of a file, with byte progress: the checksum behind backup catalogs and verification.
// Its data: {"path", "sha256", "bytes"}.
class FileHashJob : public Job
{
public:
    explicit FileHashJob(QString path) : m_path(std::move(path)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    bool canSuspend() const override { return true; }
    void run(JobContext &context) override;

private:
    QString m_path;
};

} // namespace strongroom

#pragma once

#include "core/Job.h"

#include <QCoreApplication>

namespace strongroom {

// `volume benchmark`: cipher speeds (libcryptsetup's kernel benchmark, or OpenSSL in user space
// where the kernel crypto API is missing) and what one unlock costs for argon2id and pbkdf2.
class VolumeBenchmarkJob : public Job
{
public:
    VolumeBenchmarkJob(int iterTimeMs = 2000, int argonMemoryKib = 1048576);
    QString title() const override { return QCoreApplication::translate("VolumeJobs", "Volume benchmark"); }
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    int m_iterTimeMs;
    int m_argonMemoryKib;
};

} // namespace strongroom

#pragma once

#include "core/Job.h"

namespace strongroom {

// `key set-rotation KEYID DAYS|default`: gives one key its own rotation period (days > 0) or puts it
// back on the global one (days == 0), in the console's settings, and writes the audit line with the
// previous period. Data: {"keyId", "rotationDays" (the period now in force), "ownRotation"}.
class SetKeyRotationJob : public Job
{
public:
    SetKeyRotationJob(QString keyId, int days);
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    QString m_keyId;
    int m_days;
};

} // namespace strongroom

#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "volumes/HelperClient.h"

namespace strongroom {

// One open, close, mount or unmount for the console, run by strongroom-helper (volumes/HelperClient.h)
// on a worker, since pkexec waits for the user to authorise it. A single step: once pkexec runs it
// cannot be called back, so a cancel is only honoured before it starts.
class VolumeMappingJob : public Job
{
public:
    // `key`: the key that opens the image, for `open` only; wiped once the helper has it.
    VolumeMappingJob(helper::Request request, KeyMaterial key = {},
                     QString program = helper::helperProgram());

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const helper::Request &request() const { return m_request; }

private:
    helper::Request m_request;
    KeyMaterial m_key;
    QString m_program;
};

} // namespace strongroom

#pragma once

#include "core/JobContext.h"
#include "volumes/InPlaceEncryption.h"

namespace strongroom {

// In-place encryption's progress (bytes done of total) into a job's current step; answers false
// once the job is asked to cancel, which stops the conversion at its next checkpoint.
inline inplace::Progress progressInto(JobContext &context)
{
    return [&context](quint64 done, quint64 total) {
        context.setTotal(qint64(total));
        context.setProgress(qint64(done));
        return !context.isCancelled();
    };
}

} // namespace strongroom

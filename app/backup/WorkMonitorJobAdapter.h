#pragma once

// The adapter from the backup code's WorkMonitor to a running job's JobContext.

#include "backup/WorkMonitor.h"
#include "core/JobContext.h"

namespace strongroom {

// A WorkMonitor that reports to a running job: phase N of the work is step firstStep + N, progress
// in bytes, and a cancel request stops the work.
inline WorkMonitor jobMonitor(JobContext &context, int firstStep = 0)
{
    WorkMonitor monitor;
    monitor.phaseStarted = [&context, firstStep](int phase, qint64 total) {
        context.startStep(firstStep + phase, total, ProgressUnit::Bytes);
    };
    monitor.progress = [&context](qint64 done) {
        if (done >= 0)
            context.setProgress(done);
        return !context.isCancelled();
    };
    return monitor;
}

// For a sub-task that is one step of a bigger job: no step changes, only progress and cancel.
inline WorkMonitor jobProgressOnly(JobContext &context)
{
    WorkMonitor monitor = jobMonitor(context);
    monitor.phaseStarted = nullptr;
    return monitor;
}

} // namespace strongroom

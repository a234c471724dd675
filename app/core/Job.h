#pragma once

#include "core/JobProgress.h"

#include <QList>
#include <QString>

namespace strongroom {

class JobContext;

// A unit of long work (kpmcore's Job, Kleopatra's Command): it names its steps up front, reports
// progress through the JobContext, honours cancel requests at least every 200 ms, and ends with a
// report. Jobs run on a worker thread; they must not touch widgets.
class Job
{
public:
    virtual ~Job() = default;

    virtual QString title() const = 0;
    virtual QList<JobStep> steps() const = 0;
    virtual bool canSuspend() const { return false; }

    // Does the work. Failures go through context.fail(); a job that sees context.isCancelled()
    // cleans up and returns.
    virtual void run(JobContext &context) = 0;
};

} // namespace strongroom

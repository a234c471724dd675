#include "core/JobWorkProgress.h"

#include "core/JobContext.h"

namespace strongroom {

namespace {

WorkProgress::Hooks hooksOf(JobContext &context)
{
    return WorkProgress::Hooks{[&context](qint64 done, qint64 total) {
                                   if (total > 0)
                                       context.setTotal(total);
                                   context.setProgress(done);
                               },
                               [&context] { return context.isCancelled(); },
                               {},
                               [&context](qint64 expectedMs) {
                                   if (expectedMs > 0)
                                       context.beginUnstoppable(expectedMs);
                                   else
                                       context.endUnstoppable();
                               }};
}

} // namespace

WorkProgress workProgress(JobContext &context)
{
    return WorkProgress(hooksOf(context));
}

WorkProgress workProgressWithPhases(JobContext &context, int firstStep, ProgressUnit unit)
{
    WorkProgress::Hooks hooks = hooksOf(context);
    hooks.phaseStarted = [&context, firstStep, unit](int phase, qint64 total) {
        context.startStep(firstStep + phase, total, unit);
    };
    return WorkProgress(std::move(hooks));
}

WorkProgress workProgressAdding(JobContext &context)
{
    return workProgressReportingTo(context, [&context, counted = qint64(0)](qint64 done, qint64) mutable {
        context.addProgress(done - counted);
        counted = done;
    });
}

WorkProgress workProgressReportingTo(JobContext &context,
                                     std::function<void(qint64 done, qint64 total)> report)
{
    WorkProgress::Hooks hooks = hooksOf(context);
    hooks.report = std::move(report);
    return WorkProgress(std::move(hooks));
}

} // namespace strongroom

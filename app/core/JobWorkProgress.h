#pragma once

// The one adapter between a running job and a library's WorkProgress.

#include "core/JobProgress.h"
#include "core/WorkProgress.h"

#include <functional>

namespace strongroom {

class JobContext;

// The job as a library's WorkProgress: what the library reports is the running step's progress (its
// total too, when it gives one), cancelled() is context.isCancelled(), and unstoppable work is
// context.begin/endUnstoppable(). Used on the job's thread only, as the JobContext itself, and only
// while the job runs; work on helper threads gets a WorkProgress of its own (ParallelWork::worker).
WorkProgress workProgress(JobContext &context);

// The same, for work with phases: the library's phase N starts the job's step firstStep + N,
// counted in `unit`.
WorkProgress workProgressWithPhases(JobContext &context, int firstStep,
                                    ProgressUnit unit = ProgressUnit::Bytes);

// The same for a step that runs the library several times, one piece after the other (files hashed
// in turn): what one run reports adds to what the step had done before it began. One per run.
WorkProgress workProgressAdding(JobContext &context);

// The same where the library's units are not the step's (bytes encrypted while the step shows the
// dump's tables): each report calls `report` instead, which sets the step's progress in the job's
// own measure; cancel and unstoppable work go to the job as above.
WorkProgress workProgressReportingTo(JobContext &context,
                                     std::function<void(qint64 done, qint64 total)> report);

} // namespace strongroom

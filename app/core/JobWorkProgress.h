#pragma once

// The one adapter between a running job and a library's WorkProgress.

#include "core/JobProgress.h"
#include "core/WorkProgress.h"

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

} // namespace strongroom

#pragma once

#include <QtGlobal>
#include <functional>

namespace strongroom {

// How the backup code reports to whoever runs it (a Job, a test, the benchmark) without depending
// on the job framework: phases start, progress is counted, and progress() answering false stops
// the work (cancel).
struct WorkMonitor
{
    std::function<void(int phase, qint64 total)> phaseStarted;
    std::function<bool(qint64 done)> progress;

    void startPhase(int phase, qint64 total = 0) const
    {
        if (phaseStarted)
            phaseStarted(phase, total);
    }
    bool keepGoing(qint64 done) const { return !progress || progress(done); }
    // Whether to go on, without progress to report (for a StatementWatch); the monitor must outlive it.
    std::function<bool()> stillWanted() const
    {
        return [this] { return keepGoing(-1); };
    }
};

} // namespace strongroom

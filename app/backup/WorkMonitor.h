#pragma once

#include <QtGlobal>
#include <functional>

struct sqlite3;

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
};

// While alive, lets a long SQLite statement (an integrity check of a big file) ask the monitor
// whether to go on, so a cancel is honoured within a fraction of a second.
class StatementWatch
{
public:
    StatementWatch(sqlite3 *db, const WorkMonitor &monitor);
    ~StatementWatch();
    StatementWatch(const StatementWatch &) = delete;
    StatementWatch &operator=(const StatementWatch &) = delete;
    bool stopped() const { return m_stopped; }

private:
    static int callback(void *self);
    sqlite3 *m_db;
    const WorkMonitor &m_monitor;
    bool m_stopped = false;
};

} // namespace strongroom

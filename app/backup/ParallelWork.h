#pragma once

#include "backup/WorkMonitor.h"
#include "core/HelperTask.h"

#include <atomic>
#include <chrono>
#include <thread>

namespace strongroom {

// Checks of one file that need not wait for each other (fsync, SHA-256, cipher_integrity_check,
// integrity_check, row counts: each on its own connection) run side by side on threads of their
// own, while the calling thread reports progress to its monitor and turns a cancel there into a
// flag the workers' monitors answer with. Every task is waited for before wait() returns.
class ParallelWork
{
public:
    explicit ParallelWork(const WorkMonitor &monitor) : m_monitor(monitor) {}

    template <typename F> auto start(F task) { return helper::start(std::move(task)); }

    // For a task: stops when cancelled; `bytes` of it count as the progress shown.
    WorkMonitor worker(bool reportsBytes = false)
    {
        WorkMonitor monitor;
        monitor.progress = [this, reportsBytes](qint64 done) {
            if (reportsBytes && done >= 0)
                m_progress = done;
            return !m_cancelled.load();
        };
        return monitor;
    }

    template <typename... Futures> void wait(Futures &...futures)
    {
        const auto ready = [](auto &f) {
            return f.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
        };
        while (!(ready(futures) && ...)) {
            if (!m_monitor.keepGoing(m_progress.load()))
                m_cancelled = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    bool cancelled() const { return m_cancelled.load(); }

private:
    const WorkMonitor &m_monitor;
    std::atomic<bool> m_cancelled = false;
    std::atomic<qint64> m_progress = 0;
};

} // namespace strongroom

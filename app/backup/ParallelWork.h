#pragma once

#include "core/HelperTask.h"
#include "core/WorkProgress.h"

#include <atomic>
#include <chrono>
#include <thread>

namespace strongroom {

// Checks of one file that need not wait for each other (fsync, SHA-256, cipher_integrity_check,
// integrity_check, row counts: each on its own connection) run side by side on threads of their
// own, while the calling thread reports progress to the caller's WorkProgress and turns a cancel
// there into a flag the workers' WorkProgress answers with. Every task is waited for before wait()
// returns.
class ParallelWork
{
public:
    explicit ParallelWork(WorkProgress caller) : m_caller(std::move(caller)) {}

    template <typename F> auto start(F task) { return helper::start(std::move(task)); }

    // For a task: stops when cancelled; the bytes it reports count as the progress shown.
    WorkProgress worker(bool reportsBytes = false)
    {
        WorkProgress::Hooks hooks;
        if (reportsBytes)
            hooks.report = [this](qint64 done, qint64) { m_done = done; };
        hooks.cancelled = [this] { return m_cancelled.load(); };
        return WorkProgress(std::move(hooks));
    }

    template <typename... Futures> void wait(Futures &...futures)
    {
        const auto ready = [](auto &f) {
            return f.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
        };
        while (!(ready(futures) && ...)) {
            if (!m_caller.keepGoing(m_done.load()))
                m_cancelled = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    bool cancelled() const { return m_cancelled.load(); }

private:
    const WorkProgress m_caller;
    std::atomic<bool> m_cancelled = false;
    std::atomic<qint64> m_done = 0;
};

} // namespace strongroom

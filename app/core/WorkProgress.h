#pragma once

#include <QtGlobal>
#include <algorithm>
#include <functional>
#include <memory>

namespace strongroom {

// The one way a library function reports progress and hears a cancel, whoever runs it: a job
// (workProgress(JobContext &) in core/JobWorkProgress.h, the one adapter), a test or a benchmark program. The
// default value reports nowhere and is never cancelled. A copy shares its hooks (one reference count), so
// pass it by const reference or by value as convenient.
//
// What a library does with it:
// - report(done, total): units done so far in the current phase (total 0: unknown or unchanged);
// - cancelled(): asked at least every 200 ms; once true the function returns Cancelled{}
//   (core/Result.h), the distinct outcome, never an Error;
// - startPhase(phase, total): where the work has named phases (a backup: copy, verify, record), each
//   start; a job maps phase N to one of its steps;
// - beginUnstoppable(ms) / endUnstoppable(): one call that cannot be interrupted (a scrypt
//   derivation, SQLCipher's cipher_integrity_check) runs for about `ms`; the displays say so, and a
//   cancel asked meanwhile is looked at as soon as it returns.
class WorkProgress
{
public:
    struct Hooks
    {
        std::function<void(qint64 done, qint64 total)> report;
        std::function<bool()> cancelled;
        std::function<void(int phase, qint64 total)> phaseStarted;
        std::function<void(qint64 expectedMs)> unstoppable; // 0 when it has ended
    };

    WorkProgress() = default;
    explicit WorkProgress(Hooks hooks) : m_hooks(std::make_shared<const Hooks>(std::move(hooks))) {}
    // Only a cancel to hear: no progress is shown (a test, a short read).
    static WorkProgress cancelledWhen(std::function<bool()> cancelled)
    {
        return WorkProgress(Hooks{{}, std::move(cancelled), {}, {}});
    }

    void report(qint64 done, qint64 total = 0) const
    {
        if (m_hooks && m_hooks->report && done >= 0)
            m_hooks->report(done, total);
    }
    bool cancelled() const { return m_hooks && m_hooks->cancelled && m_hooks->cancelled(); }
    // A loop's one line: reports `done`, then answers whether to go on.
    bool keepGoing(qint64 done) const
    {
        report(done);
        return !cancelled();
    }
    void startPhase(int phase, qint64 total = 0) const
    {
        if (m_hooks && m_hooks->phaseStarted)
            m_hooks->phaseStarted(phase, total);
    }
    void beginUnstoppable(qint64 expectedMs) const
    {
        if (m_hooks && m_hooks->unstoppable)
            m_hooks->unstoppable(std::max<qint64>(1, expectedMs));
    }
    void endUnstoppable() const
    {
        if (m_hooks && m_hooks->unstoppable)
            m_hooks->unstoppable(0);
    }

    // The same cancel (and unstoppable notices) without progress or phases: for a part of the work
    // whose units differ from the ones shown, or that runs beside the part that reports.
    WorkProgress cancelOnly() const
    {
        if (!m_hooks)
            return {};
        return WorkProgress(Hooks{{}, m_hooks->cancelled, {}, m_hooks->unstoppable});
    }
    // Progress and cancel without phases: a piece of work that is one phase of a bigger one.
    WorkProgress withoutPhases() const
    {
        if (!m_hooks)
            return {};
        return WorkProgress(Hooks{m_hooks->report, m_hooks->cancelled, {}, m_hooks->unstoppable});
    }

    // Each unit the library reports counts as `factor` of the ones shown (pages reported as bytes).
    WorkProgress scaled(qint64 factor) const
    {
        if (!m_hooks)
            return {};
        Hooks hooks = *m_hooks;
        if (hooks.report)
            hooks.report = [report = m_hooks->report, factor](qint64 done, qint64 total) {
                report(done * factor, total * factor);
            };
        return WorkProgress(std::move(hooks));
    }

private:
    std::shared_ptr<const Hooks> m_hooks;
};

} // namespace strongroom

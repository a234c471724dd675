#pragma once

#include "core/AuditLog.h"
#include "core/Error.h"
#include "core/Job.h"
#include "core/JobReport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QPromise>
#include <deque>
#include <functional>
#include <memory>

namespace strongroom {

// What a running job and the thread that watches it share. Guarded by its mutex; the watcher copies
// snapshots out of it, so a slow GUI never slows the job down.
struct JobSharedState
{
    QMutex mutex;
    JobProgress progress;
    QList<StepReport> steps;
    QStringList pendingLog;
    std::optional<JobReport> finalReport;
    // A stop asked for outside the job's future (the CLI's Ctrl-C flag), seen by isCancelled() at
    // once rather than at the watcher's next poll. Set before the job starts; safe from any thread.
    std::function<bool()> stopRequested;
    // The program's audit trail, handed over by the runner (or startDetached) before the job starts
    // and never changed after, so the job reads it without the mutex.
    AuditLog audit;
};

// The job's side of a run: steps, progress, log, cancellation and the final report.
class JobContext
{
public:
    JobContext(QPromise<void> &promise, std::shared_ptr<JobSharedState> state, const QString &title,
               const QList<JobStep> &steps, bool canSuspend);

    // Marks the previous step done and starts step `index`.
    void startStep(int index, qint64 total = 0, ProgressUnit unit = ProgressUnit::Items);
    void setTotal(qint64 total);
    void setProgress(qint64 done);
    void addProgress(qint64 delta) { setProgress(m_progress.done + delta); }
    void log(const QString &line);

    // Within the running step, part `index` of `count` starts (a benchmark's statement, known only
    // now): `name` as the displays show it, `total` units of its own (0: unknown). The step's report
    // keeps every part's name and progress, so a caller sees them all, however fast they went by.
    void startPart(int index, int count, const QString &name, qint64 total = 0);
    void setPartProgress(qint64 done);

    // True once a cancel was requested; also the point where a suspended job waits.
    bool isCancelled();

    // Work that cannot be interrupted (one long library call) starts and should take about
    // `expectedMs`: the displays show it, and the job checks isCancelled() right after endUnstoppable().
    void beginUnstoppable(qint64 expectedMs);
    void endUnstoppable();

    void setOverview(const QString &overview) { m_report.overview = overview; }
    void addDetail(const QString &detail) { m_report.details.append(detail); }
    void setData(const QJsonObject &data) { m_report.data = data; }
    void fail(const Error &error);
    bool hasFailed() const { return m_report.error.has_value(); }
    // The report as the job left it so far (error, data, overview), and whether the job saw a cancel:
    // what a job's own audit line is made from after its work, without asking isCancelled() again.
    const JobReport &reportSoFar() const { return m_report; }
    bool sawCancel() const { return m_observedCancel; }

    // Where the job writes its audit line: the runner's log, the one log of the program. A job never
    // makes an AuditLog of its own; a child run through runChild() writes to its parent's.
    const AuditLog &audit() const { return m_state->audit; }

    // Settles the outcome and publishes the report; called by the runner after run() returns.
    JobReport finish();

    // Runs `child` to its end inside this job, as part of the current step: the same cancel request
    // reaches it, its steps stay its own (the displays keep showing this job's step) and its report
    // is returned, so a job made of other jobs reuses them instead of copying their work.
    JobReport runChild(Job &child);

private:
    void publish(bool force);
    void closeRunningStep(StepState state);

    QPromise<void> &m_promise;
    std::shared_ptr<JobSharedState> m_state;
    bool m_canSuspend;
    bool m_observedCancel = false;
    int m_overallPerMille = 0;
    JobReport m_report;
    JobProgress m_progress;
    QElapsedTimer m_stepTimer;
    QElapsedTimer m_publishTimer;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms since step start, done) for the rate
};

} // namespace strongroom

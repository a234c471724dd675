#include "core/JobHandle.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

namespace strongroom {

JobHandle::JobHandle(std::shared_ptr<Job> job, QFuture<void> future, std::shared_ptr<JobSharedState> state,
                     QObject *parent)
    : QObject(parent), m_job(std::move(job)), m_future(std::move(future)), m_state(std::move(state))
{
    m_title = m_job->title();
    m_steps = m_job->steps();
    m_canSuspend = m_job->canSuspend();
    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &JobHandle::poll);
    m_pollTimer.start();
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_pollTimer.stop();
        poll();
        Q_EMIT finished(report());
    });
    m_watcher.setFuture(m_future);
}

JobHandle::~JobHandle()
{
    // The worker keeps its own references to the job and the shared state, so it may outlive us.
    if (!m_future.isFinished())
        m_future.cancel();
}

JobProgress JobHandle::progress() const
{
    QMutexLocker locker(&m_state->mutex);
    JobProgress p = m_state->progress;
    p.suspended = m_suspended;
    return p;
}

QList<StepReport> JobHandle::stepReports() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->steps;
}

JobReport JobHandle::report() const
{
    QMutexLocker locker(&m_state->mutex);
    if (m_state->finalReport)
        return *m_state->finalReport;
    JobReport unfinished;
    unfinished.title = m_title;
    // A job cancelled while it still waited for a thread never ran, so it never wrote a report: that
    // is a cancel like any other (a Ctrl-C during a CLI's start-up), not a failure.
    if (m_future.isCanceled()) {
        unfinished.outcome = JobOutcome::Cancelled;
        unfinished.overview =
            QCoreApplication::translate("JobHandle", "Cancelled before it started; nothing was done.");
        return unfinished;
    }
    unfinished.outcome = JobOutcome::Failed;
    unfinished.error =
        Error(ExitCode::Failure, QCoreApplication::translate("JobHandle", "The job ended without a report."));
    return unfinished;
}

bool JobHandle::runningStepIsIrreversible() const
{
    const int step = progress().step;
    return step >= 0 && step < m_steps.size() && m_steps[step].irreversible;
}

void JobHandle::cancel()
{
    m_future.cancel();
}

void JobHandle::setSuspended(bool suspended)
{
    if (!m_canSuspend || suspended == m_suspended)
        return;
    m_suspended = suspended;
    m_future.setSuspended(suspended);
    Q_EMIT progressChanged(progress());
}

QStringList JobHandle::takeLog()
{
    QMutexLocker locker(&m_state->mutex);
    QStringList lines;
    lines.swap(m_state->pendingLog);
    return lines;
}

void JobHandle::poll()
{
    const JobProgress p = progress();
    if (p.step != m_lastStep) {
        m_lastStep = p.step;
        Q_EMIT stepChanged(p.step);
    }
    for (const QString &line : takeLog())
        Q_EMIT logged(line);
    Q_EMIT progressChanged(p);
}

JobReport JobHandle::waitPolling(const std::function<void(const JobProgress &, const QStringList &)> &tick,
                                 const std::function<bool()> &shouldCancel, int intervalMs)
{
    m_pollTimer.stop();
    while (!m_future.isFinished()) {
        if (shouldCancel && shouldCancel())
            m_future.cancel();
        if (tick)
            tick(progress(), takeLog());
        for (int waited = 0; waited < intervalMs && !m_future.isFinished(); waited += 10) {
            QThread::msleep(10);
            if (shouldCancel && shouldCancel())
                m_future.cancel();
        }
    }
    m_future.waitForFinished();
    if (tick)
        tick(progress(), takeLog());
    return report();
}

} // namespace strongroom

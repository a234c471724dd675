#pragma once

#include "core/Job.h"
#include "core/JobContext.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace strongroom {

// The caller's side of one running job. Lives in the caller's thread: in the GUI it turns the job's
// state into signals (polled, so a fast job cannot flood the event loop); the CLI drives it with
// waitPolling() instead of an event loop.
class JobHandle : public QObject
{
    Q_OBJECT
public:
    JobHandle(std::shared_ptr<Job> job, QFuture<void> future, std::shared_ptr<JobSharedState> state,
              QObject *parent = nullptr);
    ~JobHandle() override;

    QString title() const { return m_title; }
    QList<JobStep> steps() const { return m_steps; }
    bool canSuspend() const { return m_canSuspend; }
    bool isFinished() const { return m_future.isFinished(); }
    bool isSuspended() const { return m_suspended; }

    JobProgress progress() const;
    QList<StepReport> stepReports() const;
    // The final report; valid once finished.
    JobReport report() const;
    // Whether the step now running was declared irreversible.
    bool runningStepIsIrreversible() const;

    void cancel();
    void setSuspended(bool suspended);

    // Blocks the calling (non-GUI) thread until the job ends, calling tick every interval with the
    // latest progress and new log lines; cancels when shouldCancel() turns true.
    JobReport waitPolling(const std::function<void(const JobProgress &, const QStringList &)> &tick,
                          const std::function<bool()> &shouldCancel, int intervalMs = 100);

Q_SIGNALS:
    void progressChanged(const strongroom::JobProgress &progress);
    void stepChanged(int step);
    void logged(const QString &line);
    void finished(const strongroom::JobReport &report);

private:
    void poll();
    QStringList takeLog();

    std::shared_ptr<Job> m_job;
    QFuture<void> m_future;
    std::shared_ptr<JobSharedState> m_state;
    QString m_title;
    QList<JobStep> m_steps;
    bool m_canSuspend = false;
    bool m_suspended = false;
    int m_lastStep = -2;
    QTimer m_pollTimer;
    QFutureWatcher<void> m_watcher;
};

} // namespace strongroom

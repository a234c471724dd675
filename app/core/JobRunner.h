#pragma once

#include "core/AuditLog.h"
#include "core/JobHandle.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace strongroom {

// Starts jobs on a thread pool of its own (so long jobs never starve Qt's global pool) and keeps
// the list of running ones for the status bar. One runner per application, owned by main(), with
// the application's one AuditLog: every job it runs writes its audit line there (JobContext::audit()).
class JobRunner : public QObject
{
    Q_OBJECT
public:
    // Without a log of its own the runner's jobs write to the default one, AuditLog::defaultPath() as
    // it is when each job starts (a test's XDG_DATA_HOME set after the runner was made still counts).
    explicit JobRunner(QObject *parent = nullptr);
    explicit JobRunner(AuditLog audit, QObject *parent = nullptr);
    ~JobRunner() override;

    // The handle belongs to the runner and is deleted after its finished() signal.
    JobHandle *start(std::shared_ptr<Job> job);
    QList<JobHandle *> running() const;
    QThreadPool *pool() { return &m_pool; }
    AuditLog audit() const { return m_audit.value_or(AuditLog()); }

    // A short read for a page or dialog (the audit log, the diagnostics, the last backup): on the
    // runner's pool, watched with a QFutureWatcher. Not a job: no steps, no cancel, not listed as
    // running. The one place outside jobs where work leaves the GUI thread.
    template <typename F> auto runTask(F task) { return QtConcurrent::run(&m_pool, std::move(task)); }

    // Cancels every running job and waits for the workers (they honour cancel within 200 ms).
    void shutdown();

Q_SIGNALS:
    void jobStarted(strongroom::JobHandle *handle);
    void runningChanged(int count);

private:
    std::optional<AuditLog> m_audit;
    QThreadPool m_pool;
    QList<QPointer<JobHandle>> m_running;
};

// Runs a job to its end on a fresh pool and thread without an event loop (CLI and tests).
// `stopRequested` (the CLI's Ctrl-C flag) cancels the job the moment the job next looks; the job
// writes its audit line to `audit` (the CLI's one log; by default the one at AuditLog::defaultPath()).
std::unique_ptr<JobHandle> startDetached(std::shared_ptr<Job> job, QThreadPool *pool,
                                         std::function<bool()> stopRequested = {},
                                         AuditLog audit = AuditLog());

} // namespace strongroom

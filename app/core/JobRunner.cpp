#include "core/JobRunner.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace strongroom {

namespace {

QFuture<void> launch(QThreadPool *pool, const std::shared_ptr<Job> &job,
                     const std::shared_ptr<JobSharedState> &state)
{
    return QtConcurrent::run(pool, [job, state](QPromise<void> &promise) {
        JobContext context(promise, state, job->title(), job->steps(), job->canSuspend());
        try {
            job->run(context);
        } catch (const std::exception &e) {
            context.fail(
                Error(ExitCode::Failure, QCoreApplication::translate("JobRunner", "Internal error: ") +
                                             QString::fromUtf8(e.what())));
        }
        context.finish();
    });
}

} // namespace

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("strongroom-jobs"));
}

JobRunner::JobRunner(AuditLog audit, QObject *parent) : JobRunner(parent)
{
    m_audit = std::move(audit);
}

JobRunner::~JobRunner()
{
    shutdown();
}

JobHandle *JobRunner::start(std::shared_ptr<Job> job)
{
    auto state = std::make_shared<JobSharedState>();
    state->audit = audit();
    auto *handle = new JobHandle(job, launch(&m_pool, job, state), state, this);
    m_running.append(handle);
    connect(handle, &JobHandle::finished, this, [this, handle] {
        m_running.removeAll(handle);
        Q_EMIT runningChanged(int(m_running.size()));
        handle->deleteLater();
    });
    Q_EMIT jobStarted(handle);
    Q_EMIT runningChanged(int(m_running.size()));
    return handle;
}

QList<JobHandle *> JobRunner::running() const
{
    QList<JobHandle *> handles;
    for (const auto &h : m_running)
        if (h)
            handles.append(h);
    return handles;
}

void JobRunner::shutdown()
{
    for (const auto &h : m_running)
        if (h)
            h->cancel();
    m_pool.waitForDone();
}

std::unique_ptr<JobHandle> startDetached(std::shared_ptr<Job> job, QThreadPool *pool,
                                         std::function<bool()> stopRequested, AuditLog audit)
{
    auto state = std::make_shared<JobSharedState>();
    state->audit = std::move(audit);
    state->stopRequested = std::move(stopRequested);
    return std::make_unique<JobHandle>(job, launch(pool, job, state), state);
}

} // namespace strongroom

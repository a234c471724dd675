#include "core/JobContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>

namespace strongroom {

namespace {
constexpr qint64 kPublishIntervalMs = 50;
constexpr qint64 kRateWindowMs = 3000;
} // namespace

JobContext::JobContext(QPromise<void> &promise, std::shared_ptr<JobSharedState> state, const QString &title,
                       const QList<JobStep> &steps, bool canSuspend)
    : m_promise(promise), m_state(std::move(state)), m_canSuspend(canSuspend)
{
    m_report.title = title;
    m_report.started = QDateTime::currentDateTimeUtc();
    for (const JobStep &step : steps) {
        StepReport report;
        report.name = step.name;
        m_report.steps.append(report);
    }
    m_promise.setProgressRange(0, 1000);
    m_publishTimer.start();
    publish(true);
}

void JobContext::closeRunningStep(StepState state)
{
    if (m_progress.step < 0 || m_progress.step >= m_report.steps.size())
        return;
    StepReport &step = m_report.steps[m_progress.step];
    if (step.state != StepState::Running)
        return;
    step.state = state;
    step.durationMs = m_stepTimer.elapsed();
    step.done = m_progress.done;
    step.total = m_progress.total;
    step.unit = m_progress.unit;
}

void JobContext::startStep(int index, qint64 total, ProgressUnit unit)
{
    closeRunningStep(StepState::Done);
    Q_ASSERT(index >= 0 && index < m_report.steps.size());
    m_progress = JobProgress{};
    m_progress.step = index;
    m_progress.total = total;
    m_progress.unit = unit;
    m_report.steps[index].state = StepState::Running;
    m_report.steps[index].unit = unit;
    m_stepTimer.start();
    m_samples.clear();
    m_samples.emplace_back(0, 0);
    publish(true);
}

void JobContext::setTotal(qint64 total)
{
    m_progress.total = total;
    publish(false);
}

void JobContext::setProgress(qint64 done)
{
    // Progress never goes backwards, whatever a job reports.
    m_progress.done = std::max(m_progress.done, done);
    publish(false);
}

void JobContext::startPart(int index, int count, const QString &name, qint64 total)
{
    if (m_progress.step < 0 || m_progress.step >= m_report.steps.size())
        return;
    m_progress.partIndex = index;
    m_progress.partCount = count;
    m_progress.part = JobPart{name, 0, total};
    m_report.steps[m_progress.step].parts.append(m_progress.part);
    publish(true);
}

void JobContext::setPartProgress(qint64 done)
{
    if (m_progress.partIndex < 0)
        return;
    m_progress.part.done = std::max(m_progress.part.done, done);
    m_report.steps[m_progress.step].parts.last().done = m_progress.part.done;
    publish(false);
}

void JobContext::log(const QString &line)
{
    const QString stamped =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + line;
    m_report.log.append(stamped);
    QMutexLocker locker(&m_state->mutex);
    m_state->pendingLog.append(stamped);
}

bool JobContext::isCancelled()
{
    if (m_canSuspend)
        m_promise.suspendIfRequested();
    if (m_promise.isCanceled() || (m_state->stopRequested && m_state->stopRequested()))
        m_observedCancel = true;
    return m_observedCancel;
}

void JobContext::beginUnstoppable(qint64 expectedMs)
{
    m_progress.unstoppableUntilMs = QDateTime::currentMSecsSinceEpoch() + std::max<qint64>(0, expectedMs);
    publish(true);
}

void JobContext::endUnstoppable()
{
    m_progress.unstoppableUntilMs = 0;
    publish(true);
}

void JobContext::fail(const Error &error)
{
    if (!m_report.error)
        m_report.error = error;
    log(QStringLiteral("error: ") + error.message);
}

void JobContext::publish(bool force)
{
    if (!force && m_publishTimer.elapsed() < kPublishIntervalMs)
        return;
    m_publishTimer.restart();

    const qint64 now = m_stepTimer.isValid() ? m_stepTimer.elapsed() : 0;
    m_samples.emplace_back(now, m_progress.done);
    while (m_samples.size() > 2 && now - m_samples.front().first > kRateWindowMs)
        m_samples.pop_front();
    const auto &[t0, d0] = m_samples.front();
    if (now > t0 && now >= 200) {
        m_progress.rate = double(m_progress.done - d0) * 1000.0 / double(now - t0);
        m_progress.etaMs = (m_progress.total > 0 && m_progress.rate > 0)
                               ? qint64(double(m_progress.total - m_progress.done) * 1000.0 / m_progress.rate)
                               : -1;
    }

    const int perMille =
        m_progress.total > 0
            ? int(std::clamp(m_progress.done * 1000 / m_progress.total, qint64(0), qint64(1000)))
            : 0;
    const int stepCount = std::max<int>(1, int(m_report.steps.size()));
    const int overall = m_progress.step < 0 ? 0 : (m_progress.step * 1000 + perMille) / stepCount;
    m_overallPerMille = std::max(m_overallPerMille, overall);
    m_promise.setProgressValue(m_overallPerMille);

    QMutexLocker locker(&m_state->mutex);
    m_state->progress = m_progress;
    m_state->steps = m_report.steps;
}

JobReport JobContext::finish()
{
    if (m_report.error) {
        closeRunningStep(StepState::Failed);
        m_report.outcome = JobOutcome::Failed;
    } else if (m_observedCancel) {
        closeRunningStep(StepState::Cancelled);
        m_report.outcome = JobOutcome::Cancelled;
        if (m_report.overview.isEmpty())
            m_report.overview = QCoreApplication::translate("JobContext", "Cancelled at the user's request.");
    } else {
        closeRunningStep(StepState::Done);
        m_report.outcome = JobOutcome::Succeeded;
    }
    m_report.finished = QDateTime::currentDateTimeUtc();
    publish(true);
    QMutexLocker locker(&m_state->mutex);
    m_state->finalReport = m_report;
    return m_report;
}

JobReport JobContext::runChild(Job &child)
{
    auto childState = std::make_shared<JobSharedState>();
    childState->audit = m_state->audit;
    JobContext childContext(m_promise, std::move(childState), child.title(), child.steps(), false);
    child.run(childContext);
    JobReport report = childContext.finish();
    m_report.log.append(report.log); // already stamped
    {
        QMutexLocker locker(&m_state->mutex);
        m_state->pendingLog.append(report.log);
    }
    if (report.outcome == JobOutcome::Cancelled)
        m_observedCancel = true;
    publish(true);
    return report;
}

} // namespace strongroom

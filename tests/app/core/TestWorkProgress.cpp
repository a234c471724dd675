#include "core/JobContext.h"
#include "core/JobRunner.h"
#include "core/JobWorkProgress.h"
#include "core/WorkProgress.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <atomic>

using namespace strongroom;

namespace {

// A "library function" as every library writes one: phases, progress, a cancel looked at in its
// loop, one call that cannot be interrupted; Cancelled is its own outcome.
Status libraryWork(const WorkProgress &work, int units, const std::function<void(int)> &atUnit = {})
{
    work.startPhase(0, units);
    for (int i = 1; i <= units; ++i) {
        if (atUnit)
            atUnit(i);
        if (!work.keepGoing(i))
            return Cancelled{};
    }
    work.startPhase(1);
    work.beginUnstoppable(3000);
    work.endUnstoppable();
    return work.cancelled() ? Status(Cancelled{}) : Status::success();
}

// A job that hands its context to the library through the one adapter.
class PhasedJob : public Job
{
public:
    std::function<void(int)> atUnit;
    QString title() const override { return QStringLiteral("Phased"); }
    QList<JobStep> steps() const override
    {
        return {{QStringLiteral("Prepare")}, {QStringLiteral("Count")}, {QStringLiteral("Seal")}};
    }
    void run(JobContext &context) override
    {
        context.startStep(0);
        const Status s = libraryWork(workProgressWithPhases(context, 1, ProgressUnit::Rows), 40, atUnit);
        if (!s && !s.cancelled())
            context.fail(s.error());
    }
};

// Declares a call it cannot interrupt and reads what the displays read meanwhile (its handle's progress).
class UnstoppableJob : public Job
{
public:
    std::atomic<JobHandle *> handle = nullptr;
    std::atomic<qint64> shownDuring = -1;
    std::atomic<qint64> shownAfter = -1;
    QString title() const override { return QStringLiteral("Unstoppable"); }
    QList<JobStep> steps() const override { return {{QStringLiteral("Derive")}}; }
    void run(JobContext &context) override
    {
        context.startStep(0);
        for (int waited = 0; !handle.load() && waited < 5000; ++waited)
            QThread::msleep(1); // the handle is published just after the start
        const WorkProgress work = workProgress(context);
        work.beginUnstoppable(2500);
        if (JobHandle *h = handle.load())
            shownDuring = h->progress().unstoppableRemainingMs(QDateTime::currentMSecsSinceEpoch());
        work.endUnstoppable();
        if (JobHandle *h = handle.load())
            shownAfter = h->progress().unstoppableUntilMs;
    }
};

} // namespace

// The one progress and cancel shape of the libraries (core/WorkProgress.h) and its one adapter to a
// running job (core/JobWorkProgress.h): the default reports nowhere and is never cancelled, hooks
// see what the library reports, phases become the job's steps, a cancel ends the job as cancelled,
// and unstoppable work shows in the job's progress.
class TestWorkProgress : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QThreadPool m_pool;

    JobReport run(std::shared_ptr<Job> job, std::function<bool()> stop = {})
    {
        return startDetached(std::move(job), &m_pool, std::move(stop),
                             AuditLog(m_dir.filePath(QStringLiteral("audit.log"))))
            ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; }, 10);
    }

private Q_SLOTS:
    void theDefaultReportsNowhereAndIsNeverCancelled()
    {
        const WorkProgress none;
        QVERIFY(!none.cancelled());
        QVERIFY(none.keepGoing(5));
        QVERIFY(libraryWork(none, 3));
        QVERIFY(!none.cancelOnly().cancelled());
    }

    void hooksSeeWhatTheLibraryReports()
    {
        QList<qint64> done;
        QList<int> phases;
        QList<qint64> unstoppable;
        const WorkProgress work(WorkProgress::Hooks{
            [&](qint64 d, qint64) { done.append(d); }, [] { return false; },
            [&](int phase, qint64) { phases.append(phase); }, [&](qint64 ms) { unstoppable.append(ms); }});
        QVERIFY(libraryWork(work, 3));
        QCOMPARE(done, (QList<qint64>{1, 2, 3}));
        QCOMPARE(phases, (QList<int>{0, 1}));
        QCOMPARE(unstoppable, (QList<qint64>{3000, 0}));
        // Without phases, and scaled (pages reported as bytes): the same cancel, other units.
        done.clear();
        phases.clear();
        QVERIFY(libraryWork(work.withoutPhases().scaled(4096), 2));
        QCOMPARE(done, (QList<qint64>{4096, 8192}));
        QVERIFY(phases.isEmpty());
    }

    void aCancelStopsTheLibraryWithTheCancelledOutcome()
    {
        int asked = 0;
        const WorkProgress work = WorkProgress::cancelledWhen([&] { return ++asked >= 3; });
        const Status s = libraryWork(work, 10);
        QVERIFY(s.cancelled());
        QCOMPARE(asked, 3);
        QVERIFY(work.cancelOnly().cancelled());
    }

    void aJobsPhasesAreItsStepsAndItsProgressIsShown()
    {
        const JobReport report = run(std::make_shared<PhasedJob>());
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(report.steps.size(), 3);
        QCOMPARE(report.steps[1].state, StepState::Done);
        QCOMPARE(report.steps[1].done, qint64(40));
        QCOMPARE(report.steps[1].total, qint64(40));
        QCOMPARE(report.steps[1].unit, ProgressUnit::Rows);
        QCOMPARE(report.steps[2].state, StepState::Done);
    }

    void aCancelOfTheJobReachesTheLibraryAndEndsTheJobCancelled()
    {
        auto job = std::make_shared<PhasedJob>();
        std::atomic<bool> stop = false;
        job->atUnit = [&stop](int unit) {
            if (unit == 10)
                stop = true; // Ctrl-C meanwhile
        };
        const JobReport report = run(job, [&stop] { return stop.load(); });
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QCOMPARE(report.steps[1].state, StepState::Cancelled);
        QCOMPARE(report.steps[1].done, qint64(10));
        QVERIFY(!report.error);
    }

    void unstoppableWorkShowsInTheJobsProgress()
    {
        auto job = std::make_shared<UnstoppableJob>();
        auto started = startDetached(job, &m_pool, {}, AuditLog(m_dir.filePath(QStringLiteral("audit.log"))));
        job->handle = started.get();
        const JobReport report =
            started->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; }, 10);
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        qInfo("shown as ending in %lld ms", job->shownDuring.load());
        QVERIFY(job->shownDuring.load() >= 1000); // at least 1 s while it runs, being an estimate
        QVERIFY(job->shownDuring.load() <= 2500);
        QCOMPARE(job->shownAfter.load(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestWorkProgress)
#include "TestWorkProgress.moc"

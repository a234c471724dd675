#pragma once

#include <QMetaType>
#include <QString>
#include <algorithm>

namespace strongroom {

enum class ProgressUnit
{
    Items,
    Bytes,
    Pages,
    Rows
};

QString progressUnitName(ProgressUnit unit);
// For people, in their language: "1.2 GiB", "3400 rows", "1 row" ("3400 Zeilen" in German).
QString formatUnits(qint64 amount, ProgressUnit unit);
// "85.1 MiB/s", "12000 rows/s"
QString formatRate(double perSecond, ProgressUnit unit);

// A named step of a job. An irreversible step is one whose interruption cannot simply be undone by
// the job (the GUI asks before cancelling it).
struct JobStep
{
    QString name;
    bool irreversible = false;
};

// A part of a step that is known only while the step runs (a benchmark's statements, a workload's
// phases): its name as the displays show it ("Statement 3 of 5: point lookup") and its own progress,
// in units of its own (0 total: unknown). A step with parts lists them in its StepReport.
struct JobPart
{
    QString name;
    qint64 done = 0;
    qint64 total = 0;
};

// A snapshot of a running job, cheap to copy across threads.
struct JobProgress
{
    int step = -1;    // index into the job's steps, -1 before the first
    qint64 done = 0;  // units done in this step
    qint64 total = 0; // 0 when unknown
    ProgressUnit unit = ProgressUnit::Items;
    double rate = 0;   // units per second, over the last few seconds
    qint64 etaMs = -1; // -1 when unknown
    bool suspended = false;
    // While the job is inside work that cannot be stopped (a scrypt derivation is one OpenSSL call):
    // when it should end, in ms since the epoch; 0 otherwise. A cancel asked meanwhile takes effect
    // as soon as it returns, so the displays say that instead of seeming to ignore Cancel.
    qint64 unstoppableUntilMs = 0;
    // The part of the step now running (JobContext::startPart): its index among `partCount`, or -1.
    int partIndex = -1;
    int partCount = 0;
    JobPart part;

    // How long the unstoppable work should still take at `nowMs` (at least 1 s while it runs, since
    // it is an estimate), or 0 when none runs.
    qint64 unstoppableRemainingMs(qint64 nowMs) const
    {
        return unstoppableUntilMs > 0 ? std::max<qint64>(1000, unstoppableUntilMs - nowMs) : 0;
    }

    // 0..1, or -1 when the total is unknown.
    double fraction() const { return total > 0 ? double(done) / double(total) : -1.0; }
};

} // namespace strongroom

Q_DECLARE_METATYPE(strongroom::JobProgress)

#pragma once

#include "core/Error.h"
#include "core/JobProgress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace strongroom {

enum class JobOutcome
{
    Succeeded,
    Failed,
    Cancelled
};
QString jobOutcomeName(JobOutcome outcome);

enum class StepState
{
    Pending,
    Running,
    Done,
    Failed,
    Cancelled
};

struct StepReport
{
    QString name;
    StepState state = StepState::Pending;
    qint64 durationMs = 0;
    qint64 done = 0;
    qint64 total = 0;
    ProgressUnit unit = ProgressUnit::Items;
    QList<JobPart> parts; // the parts started so far, in order, each with its progress
};

// How a job ended, for a person (toText: overview, steps, details) and for scripts (toJson).
// Cancelled is an outcome of its own, not an error.
struct JobReport
{
    QString title;
    JobOutcome outcome = JobOutcome::Succeeded;
    QString overview;
    QList<StepReport> steps;
    QStringList details;
    QStringList log;
    std::optional<Error> error;
    QJsonObject data; // the job's own machine-readable result
    QDateTime started;
    QDateTime finished;

    qint64 durationMs() const { return started.msecsTo(finished); }
    ExitCode exitCode() const;
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace strongroom

Q_DECLARE_METATYPE(strongroom::JobReport)

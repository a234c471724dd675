#include "core/JobReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace strongroom {

QString jobOutcomeName(JobOutcome outcome)
{
    switch (outcome) {
    case JobOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case JobOutcome::Failed:
        return QStringLiteral("failed");
    case JobOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

static QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

// A step's state in the text report: words in the user's language, symbols as they are.
static QString stepMarkText(StepState state)
{
    switch (state) {
    case StepState::Done:
        return QCoreApplication::translate("JobReport", "[ok]");
    case StepState::Failed:
        return QCoreApplication::translate("JobReport", "[FAIL]");
    case StepState::Cancelled:
        return QCoreApplication::translate("JobReport", "[stop]");
    case StepState::Running:
        return QStringLiteral("[..]");
    case StepState::Pending:
        break;
    }
    return QStringLiteral("[ ]");
}

// Padded to the longest mark of the language, so the step names line up whatever the words' lengths.
static QString stepMark(StepState state)
{
    qsizetype width = 0;
    for (StepState each :
         {StepState::Pending, StepState::Running, StepState::Done, StepState::Failed, StepState::Cancelled})
        width = std::max(width, stepMarkText(each).size());
    return stepMarkText(state).leftJustified(width);
}

// The report's first line: the title, how the job ended and how long it took. One message per
// outcome, so a language can phrase each as a whole; the seconds keep the C form, as formatUnits'
// figures do.
static QString headline(const QString &title, JobOutcome outcome, qint64 durationMs)
{
    const QString seconds = QString::number(durationMs / 1000.0, 'f', 1);
    switch (outcome) {
    case JobOutcome::Succeeded:
        return QCoreApplication::translate("JobReport", "%1: succeeded after %2 s").arg(title, seconds);
    case JobOutcome::Failed:
        return QCoreApplication::translate("JobReport", "%1: failed after %2 s").arg(title, seconds);
    case JobOutcome::Cancelled:
        break;
    }
    return QCoreApplication::translate("JobReport", "%1: cancelled after %2 s").arg(title, seconds);
}

ExitCode JobReport::exitCode() const
{
    switch (outcome) {
    case JobOutcome::Succeeded:
        return ExitCode::Ok;
    case JobOutcome::Cancelled:
        return ExitCode::Cancelled;
    case JobOutcome::Failed:
        break;
    }
    return error ? error->code : ExitCode::Failure;
}

QString JobReport::toText() const
{
    QString text = headline(title, outcome, durationMs()) + QLatin1Char('\n');
    if (!overview.isEmpty())
        text += overview + QLatin1Char('\n');
    if (error)
        text += QCoreApplication::translate("JobReport", "Error: %1").arg(error->message) + QLatin1Char('\n');
    if (!steps.isEmpty()) {
        text += QCoreApplication::translate("JobReport", "Steps:") + QLatin1Char('\n');
        for (const StepReport &step : steps) {
            text += QStringLiteral("  ") + stepMark(step.state) + QLatin1Char(' ') + step.name;
            if (step.state != StepState::Pending && step.done > 0) {
                text += QStringLiteral(" (") + formatUnits(step.done, step.unit);
                if (step.durationMs > 0)
                    text +=
                        QStringLiteral(", ") + formatRate(step.done * 1000.0 / step.durationMs, step.unit);
                text += QLatin1Char(')');
            }
            text += QLatin1Char('\n');
        }
    }
    if (!details.isEmpty()) {
        text += QCoreApplication::translate("JobReport", "Details:") + QLatin1Char('\n');
        for (const QString &line : details)
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    return text;
}

QJsonObject JobReport::toJson() const
{
    QJsonArray stepArray;
    for (const StepReport &step : steps) {
        stepArray.append(QJsonObject{{QStringLiteral("name"), step.name},
                                     {QStringLiteral("state"), stepStateName(step.state)},
                                     {QStringLiteral("duration_ms"), step.durationMs},
                                     {QStringLiteral("done"), step.done},
                                     {QStringLiteral("total"), step.total},
                                     {QStringLiteral("unit"), progressUnitName(step.unit)}});
    }
    QJsonObject json{{QStringLiteral("title"), title},
                     {QStringLiteral("outcome"), jobOutcomeName(outcome)},
                     {QStringLiteral("overview"), overview},
                     {QStringLiteral("steps"), stepArray},
                     {QStringLiteral("details"), QJsonArray::fromStringList(details)},
                     {QStringLiteral("log"), QJsonArray::fromStringList(log)},
                     {QStringLiteral("error"), error ? QJsonValue(error->toJson()) : QJsonValue()},
                     {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("duration_ms"), durationMs()}};
    if (!data.isEmpty())
        json.insert(QStringLiteral("data"), data);
    return json;
}

} // namespace strongroom

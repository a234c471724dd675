#include "core/JobReport.h"

#include <QJsonArray>

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

static QString stepMark(StepState state)
{
    switch (state) {
    case StepState::Done:
        return QStringLiteral("[ok]  ");
    case StepState::Failed:
        return QStringLiteral("[FAIL]");
    case StepState::Cancelled:
        return QStringLiteral("[stop]");
    case StepState::Running:
        return QStringLiteral("[..]  ");
    case StepState::Pending:
        break;
    }
    return QStringLiteral("[ ]   ");
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
    QString text = title + QStringLiteral(": ") + jobOutcomeName(outcome) + QStringLiteral(" after ") +
                   QString::number(durationMs() / 1000.0, 'f', 1) + QStringLiteral(" s\n");
    if (!overview.isEmpty())
        text += overview + QLatin1Char('\n');
    if (error)
        text += QStringLiteral("Error: ") + error->message + QLatin1Char('\n');
    if (!steps.isEmpty()) {
        text += QStringLiteral("Steps:\n");
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
        text += QStringLiteral("Details:\n");
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

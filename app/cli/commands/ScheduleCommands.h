#pragma once

#include "cli/CliCommand.h"
#include "schedule/Schedule.h"

#include <QCoreApplication>

namespace strongroom::cli {

// The "schedule" verbs and `status` (issue 21, app/schedule): schedules are systemd timers written
// by AddScheduleJob; `schedule exec` is what their services run (ScheduledRunJob); `status` reports
// what needs attention with an exit code for monitoring systems (WatchStatusJob).

class ScheduleAddCommand : public CliCommand
{
public:
    explicit ScheduleAddCommand(Schedule::Kind kind) : m_kind(kind) {}
    QStringList path() const override
    {
        return {QStringLiteral("schedule"), QStringLiteral("add"), Schedule::kindName(m_kind)};
    }
    QString summary() const override
    {
        return m_kind == Schedule::Kind::Backup
                   ? QCoreApplication::translate(
                         "cli::ScheduleCommands",
                         "Back up a database on a schedule (a systemd timer), with retention")
                   : QCoreApplication::translate(
                         "cli::ScheduleCommands",
                         "Verify the newest backup of a folder at the highest level on a schedule");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    Schedule::Kind m_kind;
};

class ScheduleListCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("schedule"), QStringLiteral("list")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::ScheduleCommands", "List the schedules with their last run, result, duration and next run");
    }
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class ScheduleRemoveCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("schedule"), QStringLiteral("remove")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::ScheduleCommands",
            "Stop a schedule and remove its units and sealed key (its reports stay)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class ScheduleRunNowCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("schedule"), QStringLiteral("run-now")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::ScheduleCommands",
            "Start a schedule's service now through systemd and show its run report");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class ScheduleExecCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("schedule"), QStringLiteral("exec")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::ScheduleCommands",
            "Run a schedule in this process (what its service runs); writes the run report");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class StatusCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("status")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::ScheduleCommands",
            "Overdue or failed backups, failed or old drills, keys due (exit 10 warning, 11 failure)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli

#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "schedule/Schedule.h"

#include <optional>

namespace strongroom {

// `schedule add`: writes a schedule's service and timer (SystemdUnits), checks them with
// systemd-analyze verify, and enables the timer with systemctl [--user] enable --now. A key goes
// into a systemd credential sealed by systemd-creds (or stays in the admin's key file); never into
// a unit. Units systemd rejects are removed again; units that could not be enabled (no user
// manager runs) stay written and the job fails with Environment (7), saying how to enable them.
// Writes the audit line "schedule.add". Data: {"name", "service", "timer", "verified", "enabled",
// "next_run"}.
struct AddScheduleRequest
{
    Schedule schedule;
    std::optional<KeyMaterial> key; // KeyDelivery::Credential: sealed into the credential
    QString cliPath;                // absolute path of strongroom-cli, for ExecStart=
    QString storeFolder;            // empty: ScheduleStore::defaultFolder()
};

class AddScheduleJob : public Job
{
public:
    explicit AddScheduleJob(AddScheduleRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    AddScheduleRequest m_request;
};

// `schedule remove NAME`: stops and disables the timer, removes both units and the sealed key, and
// the schedule's file; its run reports stay (they are history). Audit line "schedule.remove".
class RemoveScheduleJob : public Job
{
public:
    RemoveScheduleJob(QString name, QString storeFolder = {})
        : m_name(std::move(name)), m_storeFolder(std::move(storeFolder))
    {
    }
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    QString m_name;
    QString m_storeFolder;
};

// `schedule run-now NAME`: starts the schedule's service through systemd (so the run gets its
// credential exactly as the timer's would) and waits for it; the result is the run report the
// service wrote. Environment (7) when the manager cannot be asked.
class StartScheduleJob : public Job
{
public:
    StartScheduleJob(QString name, QString storeFolder = {})
        : m_name(std::move(name)), m_storeFolder(std::move(storeFolder))
    {
    }
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    QString m_name;
    QString m_storeFolder;
};

} // namespace strongroom

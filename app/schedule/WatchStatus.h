#pragma once

#include "core/ExitCode.h"
#include "core/Job.h"
#include "keylist/KnownKey.h"
#include "schedule/Schedule.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace strongroom {

// What `strongroom-cli status` and the console's badge and banners report: each finding is a
// warning (needs attention) or a failure (data is at risk now).
//   failure: overdue: no successful run for 1.5 times the schedule's interval (since it was added
//            when it never succeeded);
//   failure: failed-run / failed-drill: the newest run of a schedule failed;
//   warning: drill-old: a backup schedule's folder has no successful drill younger than the set age
//            (drills::newestDrill: a drill schedule's run, or a drill by hand its catalog records);
//   warning: key-due: a key is older than its rotation period.
struct WatchFinding
{
    enum class Level
    {
        Warning,
        Failure
    };
    Level level = Level::Warning;
    QString kind;    // overdue, failed-run, failed-drill, drill-old, key-due
    QString subject; // the schedule's name or the key id
    QString page;    // the console page that shows it: "backups" or "keys"
    QString message;
    QJsonObject toJson() const;
};

struct WatchInputs
{
    QList<Schedule> schedules;
    QHash<QString, QList<QJsonObject>> reports; // by schedule name, newest first
    QList<KnownKey> keys;
    int rotationDays = 180;
    int drillMaxAgeDays = 30;
    QDateTime now;
};

// The findings, failures first. Reads only the watched folders' catalogs (drills by hand).
QList<WatchFinding> evaluateWatch(const WatchInputs &inputs);
// Ok, StatusWarning or StatusFailure: the worst finding.
ExitCode watchExitCode(const QList<WatchFinding> &findings);

namespace watchsettings {
// The drill age of `status` ("status/drillMaxAgeDays" in the console's settings), 30 days by default.
constexpr int kDefaultDrillMaxAgeDays = 30;
int drillMaxAgeDays();
} // namespace watchsettings

// Gathers the schedules, their reports and the known keys (ListKeysJob, over the console's places
// and the schedules' folders) and evaluates them. Reads only: no audit line.
// Data: {"state": "ok|warning|failure", "findings": [...], "schedules": [{"name", "kind", "target",
// "calendar", "last_run", "last_outcome", "last_duration_ms", "last_success", "next_run"}]}.
struct WatchRequest
{
    QString storeFolder; // empty: ScheduleStore::defaultFolder()
    int rotationDays = 180;
    int drillMaxAgeDays = watchsettings::kDefaultDrillMaxAgeDays;
    QStringList historyFolders; // besides the schedules' own folders
    QStringList volumeImages;
    bool askSystemd = true; // next run times from systemctl
    bool withKeys = true;   // false: schedules only (schedule list)
    QDateTime now;          // invalid: now
};

class WatchStatusJob : public Job
{
public:
    explicit WatchStatusJob(WatchRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    QList<WatchFinding> findings() const { return m_findings; }

private:
    WatchRequest m_request;
    QList<WatchFinding> m_findings;
};

} // namespace strongroom

#include "schedule/WatchStatus.h"

#include "core/JobContext.h"
#include "keylist/ListKeysJob.h"
#include "schedule/FolderDrill.h"
#include "schedule/ScheduleStore.h"
#include "schedule/SystemdTools.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>

namespace strongroom {

namespace {

QString when(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

std::optional<QJsonObject> newestSuccess(const QList<QJsonObject> &reports)
{
    for (const QJsonObject &report : reports)
        if (runreport::succeeded(report))
            return report;
    return std::nullopt;
}

} // namespace

QJsonObject WatchFinding::toJson() const
{
    return {{QStringLiteral("level"),
             level == Level::Failure ? QStringLiteral("failure") : QStringLiteral("warning")},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("page"), page},
            {QStringLiteral("message"), message}};
}

QList<WatchFinding> evaluateWatch(const WatchInputs &inputs)
{
    const QDateTime now = inputs.now.isValid() ? inputs.now : QDateTime::currentDateTimeUtc();
    QList<WatchFinding> findings;
    QHash<QString, bool> hasDrill;
    for (const Schedule &schedule : inputs.schedules)
        if (schedule.kind == Schedule::Kind::Drill)
            hasDrill[schedule.watchedFolder()] = true;
    for (const Schedule &schedule : inputs.schedules) {
        const QList<QJsonObject> reports = inputs.reports.value(schedule.name);
        const bool drill = schedule.kind == Schedule::Kind::Drill;
        const auto success = newestSuccess(reports);
        const QDateTime since = success ? runreport::finished(*success) : schedule.created;
        const qint64 allowed = schedule.intervalSeconds * 3 / 2;
        if (since.isValid() && since.secsTo(now) > allowed)
            findings.append(
                {WatchFinding::Level::Failure, QStringLiteral("overdue"), schedule.name,
                 QStringLiteral("backups"),
                 success ? QCoreApplication::translate(
                               "WatchStatus", "%1 (%2 of %3) is overdue: its last successful run was at %4.")
                               .arg(schedule.name, Schedule::kindName(schedule.kind), schedule.target,
                                    when(since))
                         : QCoreApplication::translate(
                               "WatchStatus",
                               "%1 (%2 of %3) is overdue: it never succeeded since it was added at %4.")
                               .arg(schedule.name, Schedule::kindName(schedule.kind), schedule.target,
                                    when(since))});
        if (!reports.isEmpty() && runreport::outcome(reports.first()) == QLatin1String("failed"))
            findings.append({WatchFinding::Level::Failure,
                             drill ? QStringLiteral("failed-drill") : QStringLiteral("failed-run"),
                             schedule.name, QStringLiteral("backups"),
                             QCoreApplication::translate("WatchStatus", "The last run of %1 at %2 failed: %3")
                                 .arg(schedule.name, when(runreport::started(reports.first())),
                                      reports.first()
                                          .value(QStringLiteral("error"))
                                          .toObject()
                                          .value(QStringLiteral("message"))
                                          .toString())});
        if (drill)
            continue;
        const QString folder = schedule.watchedFolder();
        const FolderDrill drilled = drills::newestDrill(folder, inputs.schedules, inputs.reports);
        if (!drilled.isValid())
            findings.append(
                {WatchFinding::Level::Warning, QStringLiteral("drill-old"), schedule.name,
                 QStringLiteral("backups"),
                 hasDrill.value(folder)
                     ? QCoreApplication::translate(
                           "WatchStatus", "The backups of %1 in %2 have no successful restore drill yet.")
                           .arg(schedule.target, folder)
                     : QCoreApplication::translate("WatchStatus",
                                                   "The backups of %1 in %2 are never drilled: add one with "
                                                   "strongroom-cli schedule add "
                                                   "drill %2 --weekly Sun 04:00.")
                           .arg(schedule.target, folder)});
        else if (drilled.time.daysTo(now) > inputs.drillMaxAgeDays)
            findings.append(
                {WatchFinding::Level::Warning, QStringLiteral("drill-old"), schedule.name,
                 QStringLiteral("backups"),
                 drilled.byHand()
                     ? QCoreApplication::translate("WatchStatus",
                                                   "The last successful restore drill of the backups in %1 "
                                                   "was run by hand at %2, more than %3 days ago.")
                           .arg(folder, when(drilled.time))
                           .arg(inputs.drillMaxAgeDays)
                     : QCoreApplication::translate(
                           "WatchStatus", "The last successful restore drill of the backups in %1 was at %2, "
                                          "more than %3 days ago.")
                           .arg(folder, when(drilled.time))
                           .arg(inputs.drillMaxAgeDays)});
    }
    for (const KnownKey &key : inputs.keys)
        if (key.isDue(now, inputs.rotationDays))
            findings.append(
                {WatchFinding::Level::Warning, QStringLiteral("key-due"), key.keyId, QStringLiteral("keys"),
                 QCoreApplication::translate("WatchStatus",
                                             "The key %1 (%2) is %3 days old and was due for rotation on %4.")
                     .arg(key.keyId, key.label)
                     .arg(key.ageDays(now))
                     .arg(key.dueDate(inputs.rotationDays).toString(Qt::ISODate))});
    std::stable_sort(findings.begin(), findings.end(), [](const WatchFinding &a, const WatchFinding &b) {
        return a.level == WatchFinding::Level::Failure && b.level != WatchFinding::Level::Failure;
    });
    return findings;
}

ExitCode watchExitCode(const QList<WatchFinding> &findings)
{
    if (findings.isEmpty())
        return ExitCode::Ok;
    return findings.first().level == WatchFinding::Level::Failure ? ExitCode::StatusFailure
                                                                  : ExitCode::StatusWarning;
}

namespace watchsettings {
int drillMaxAgeDays()
{
    const int days = QSettings(QStringLiteral("strongroom"), QStringLiteral("strongroom"))
                         .value(QStringLiteral("status/drillMaxAgeDays"), kDefaultDrillMaxAgeDays)
                         .toInt();
    return days > 0 ? days : kDefaultDrillMaxAgeDays;
}
} // namespace watchsettings

QString WatchStatusJob::title() const
{
    return QCoreApplication::translate("WatchStatus", "Check schedules, drills and keys");
}

QList<JobStep> WatchStatusJob::steps() const
{
    return {
        JobStep{QCoreApplication::translate("WatchStatus", "Read the schedules and their reports"), false},
        JobStep{QCoreApplication::translate("WatchStatus", "List the keys"), false}};
}

void WatchStatusJob::run(JobContext &context)
{
    context.startStep(0);
    const ScheduleStore store =
        m_request.storeFolder.isEmpty() ? ScheduleStore() : ScheduleStore(m_request.storeFolder);
    QStringList problems;
    WatchInputs inputs;
    inputs.schedules = store.list(&problems);
    inputs.rotationDays = m_request.rotationDays;
    inputs.drillMaxAgeDays = m_request.drillMaxAgeDays;
    inputs.now = m_request.now.isValid() ? m_request.now : QDateTime::currentDateTimeUtc();
    QStringList folders = m_request.historyFolders;
    QJsonArray schedules;
    for (const Schedule &schedule : std::as_const(inputs.schedules)) {
        const QList<QJsonObject> reports = store.reports(schedule.name);
        inputs.reports.insert(schedule.name, reports);
        if (!folders.contains(schedule.watchedFolder()))
            folders.append(schedule.watchedFolder());
        QJsonObject row{{QStringLiteral("name"), schedule.name},
                        {QStringLiteral("kind"), Schedule::kindName(schedule.kind)},
                        {QStringLiteral("target"), schedule.target},
                        {QStringLiteral("folder"), schedule.watchedFolder()},
                        {QStringLiteral("calendar"), schedule.calendar},
                        {QStringLiteral("scope"), Schedule::scopeName(schedule.scope)}};
        if (!reports.isEmpty()) {
            row.insert(QStringLiteral("last_run"), reports.first().value(QStringLiteral("started")));
            row.insert(QStringLiteral("last_outcome"), runreport::outcome(reports.first()));
            row.insert(QStringLiteral("last_duration_ms"),
                       reports.first().value(QStringLiteral("duration_ms")));
        }
        if (const auto success = newestSuccess(reports))
            row.insert(QStringLiteral("last_success"), success->value(QStringLiteral("finished")));
        const QDateTime next = m_request.askSystemd
                                   ? systemdtools::nextElapse(schedule.scope, schedule.timerName())
                                   : QDateTime();
        row.insert(QStringLiteral("next_run"), next.isValid() ? next.toString(Qt::ISODate) : QString());
        schedules.append(row);
        if (context.isCancelled())
            return;
    }

    context.startStep(1);
    KeyListRequest keys;
    keys.historyFolders = folders;
    keys.volumeImages = m_request.volumeImages;
    keys.rotationDays = m_request.rotationDays;
    keys.now = inputs.now;
    if (m_request.withKeys) {
        ListKeysJob list(keys);
        const JobReport listed = context.runChild(list);
        if (listed.outcome == JobOutcome::Cancelled)
            return;
        inputs.keys = list.keys();
        problems.append(list.problems());
    }

    m_findings = evaluateWatch(inputs);
    const ExitCode code = watchExitCode(m_findings);
    QJsonArray findings;
    for (const WatchFinding &finding : std::as_const(m_findings))
        findings.append(finding.toJson());
    const QString state = code == ExitCode::Ok              ? QStringLiteral("ok")
                          : code == ExitCode::StatusWarning ? QStringLiteral("warning")
                                                            : QStringLiteral("failure");
    context.setData({{QStringLiteral("state"), state},
                     {QStringLiteral("exit_code"), int(code)},
                     {QStringLiteral("findings"), findings},
                     {QStringLiteral("schedules"), schedules},
                     {QStringLiteral("keys_known"), int(inputs.keys.size())},
                     {QStringLiteral("rotation_days"), m_request.rotationDays},
                     {QStringLiteral("drill_max_age_days"), m_request.drillMaxAgeDays},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    for (const QString &problem : std::as_const(problems))
        context.addDetail(problem);
    context.setOverview(
        m_findings.isEmpty()
            ? QCoreApplication::translate(
                  "WatchStatus", "All is well: %1 schedules, %2 keys, nothing overdue, failed or due.")
                  .arg(inputs.schedules.size())
                  .arg(inputs.keys.size())
            : QCoreApplication::translate("WatchStatus", "%1 findings need attention.")
                  .arg(m_findings.size()));
}

} // namespace strongroom

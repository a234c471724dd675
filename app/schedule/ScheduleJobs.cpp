#include "schedule/ScheduleJobs.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/SafeFile.h"
#include "schedule/ScheduleStore.h"
#include "schedule/SystemdTools.h"
#include "schedule/SystemdUnits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <sys/stat.h>

namespace strongroom {

namespace {

QString enableHint(const Schedule &schedule)
{
    if (schedule.scope == Schedule::Scope::System)
        return QCoreApplication::translate(
                   "ScheduleJobs",
                   "Enable it later with: systemctl daemon-reload && systemctl enable --now %1")
            .arg(schedule.timerName());
    return QCoreApplication::translate(
               "ScheduleJobs",
               "Enable it from a session of this user with: systemctl --user daemon-reload && systemctl "
               "--user "
               "enable --now %1 (loginctl enable-linger %2 keeps the user manager, and so the timer, running "
               "without a login).")
        .arg(schedule.timerName(), qEnvironmentVariable("USER", QStringLiteral("USER")));
}

} // namespace

// schedule add ----------------------------------------------------------------------------------

QString AddScheduleJob::title() const
{
    return QCoreApplication::translate("ScheduleJobs", "Add the schedule %1").arg(m_request.schedule.name);
}

QList<JobStep> AddScheduleJob::steps() const
{
    return {
        JobStep{QCoreApplication::translate("ScheduleJobs", "Seal the key as a systemd credential"), false},
        JobStep{QCoreApplication::translate("ScheduleJobs", "Write the service and timer units"), false},
        JobStep{QCoreApplication::translate("ScheduleJobs", "Check the units with systemd-analyze verify"),
                false},
        JobStep{QCoreApplication::translate("ScheduleJobs", "Enable and start the timer"), false}};
}

void AddScheduleJob::run(JobContext &context)
{
    const Schedule &schedule = m_request.schedule;
    const ScheduleStore store = ScheduleStore::at(m_request.storeFolder);
    const QDir units(systemdunits::unitFolder(schedule.scope));
    const QString servicePath = units.filePath(schedule.serviceName());
    const QString timerPath = units.filePath(schedule.timerName());
    if (store.exists(schedule.name) || QFile::exists(servicePath) || QFile::exists(timerPath)) {
        context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate(
                      "ScheduleJobs",
                      "A schedule named \"%1\" exists already (%2). Remove it first with strongroom-cli "
                      "schedule remove %1, or choose another name.")
                      .arg(schedule.name,
                           QFile::exists(servicePath) ? servicePath : store.definitionPath(schedule.name)),
                  QStringLiteral("schedule-exists")));
        return;
    }
    const AuditLog &audit = context.audit();
    const auto undo = [&] {
        QFile::remove(servicePath);
        QFile::remove(timerPath);
        store.remove(schedule.name);
    };

    context.startStep(0);
    if (Status made = safefile::makePrivateFolder(store.folder()); !made) {
        context.fail(made.error());
        return;
    }
    QString credentialFile;
    if (schedule.keyDelivery == Schedule::KeyDelivery::Credential) {
        if (!m_request.key) {
            context.fail(Error(ExitCode::Usage, QCoreApplication::translate(
                                                    "ScheduleJobs", "No key to seal for the schedule %1.")
                                                    .arg(schedule.name)));
            return;
        }
        credentialFile = store.credentialPath(schedule.name);
        QFile::remove(credentialFile);
        if (Status sealed = systemdtools::sealCredential(schedule.scope, schedule.credentialName(),
                                                         *m_request.key, credentialFile);
            !sealed) {
            QFile::remove(credentialFile);
            context.fail(sealed.error());
            return;
        }
        ::chmod(QFile::encodeName(credentialFile).constData(), 0600);
        context.log(QCoreApplication::translate(
                        "ScheduleJobs", "Key sealed into %1 (systemd-creds; the unit names only this file).")
                        .arg(credentialFile));
    } else if (schedule.keyDelivery == Schedule::KeyDelivery::KeyFile) {
        credentialFile = schedule.keyFile;
        context.log(
            QCoreApplication::translate(
                "ScheduleJobs", "The service reads the key file %1 through LoadCredential= at each run.")
                .arg(credentialFile));
    }
    if (context.isCancelled()) {
        QFile::remove(store.credentialPath(schedule.name));
        return;
    }

    context.startStep(1);
    systemdunits::ServiceInputs inputs;
    inputs.cliPath = m_request.cliPath;
    inputs.dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    inputs.credentialFile = credentialFile;
    if (!units.exists() && !QDir().mkpath(units.path())) {
        context.fail(Error(ExitCode::Failure,
                           QCoreApplication::translate("ScheduleJobs", "Cannot create the unit folder %1.")
                               .arg(units.path())));
        store.remove(schedule.name);
        return;
    }
    const QString failurePath = units.filePath(systemdunits::failureTemplateName());
    for (const auto &[path, text] : {std::pair{servicePath, systemdunits::serviceText(schedule, inputs)},
                                     std::pair{timerPath, systemdunits::timerText(schedule)},
                                     std::pair{failurePath, systemdunits::failureTemplateText()}}) {
        if (Status written =
                safefile::writeFileAtomically(path, text.toUtf8(), QStringLiteral("unit"),
                                              QCoreApplication::translate("ScheduleJobs", "a unit file"));
            !written) {
            undo();
            context.fail(written.error());
            return;
        }
    }
    if (Status saved = store.save(schedule); !saved) {
        undo();
        context.fail(saved.error());
        return;
    }

    context.startStep(2);
    bool verified = false;
    if (Status checked = systemdtools::verifyUnits(schedule.scope, {servicePath, timerPath}); checked)
        verified = true;
    else if (checked.error().code == ExitCode::Environment)
        context.log(
            QCoreApplication::translate("ScheduleJobs", "Not checked: %1").arg(checked.error().message));
    else {
        undo();
        context.fail(checked.error());
        audit.append(QStringLiteral("schedule.add"), schedule.name, QStringLiteral("failed"),
                     {{QStringLiteral("error"), checked.error().message}});
        return;
    }

    context.startStep(3);
    std::optional<Error> enableError;
    if (Status reloaded = systemdtools::systemctl(schedule.scope, {QStringLiteral("daemon-reload")});
        !reloaded)
        enableError = reloaded.error();
    else if (Status enabled = systemdtools::systemctl(
                 schedule.scope, {QStringLiteral("enable"), QStringLiteral("--now"), schedule.timerName()});
             !enabled)
        enableError = enabled.error();
    const QDateTime next =
        enableError ? QDateTime() : systemdtools::nextElapse(schedule.scope, schedule.timerName());

    QJsonObject data{{QStringLiteral("name"), schedule.name},
                     {QStringLiteral("service"), servicePath},
                     {QStringLiteral("timer"), timerPath},
                     {QStringLiteral("verified"), verified},
                     {QStringLiteral("enabled"), !enableError},
                     {QStringLiteral("next_run"), next.isValid() ? next.toString(Qt::ISODate) : QString()},
                     {QStringLiteral("schedule"), schedule.toJson()}};
    context.setData(data);
    audit.append(QStringLiteral("schedule.add"), schedule.name,
                 enableError ? QStringLiteral("written, not enabled") : QStringLiteral("succeeded"),
                 {{QStringLiteral("kind"), Schedule::kindName(schedule.kind)},
                  {QStringLiteral("target"), schedule.target},
                  {QStringLiteral("calendar"), schedule.calendar},
                  {QStringLiteral("service"), servicePath},
                  {QStringLiteral("timer"), timerPath},
                  {QStringLiteral("key_delivery"), schedule.toJson().value(QStringLiteral("key_delivery"))}});
    if (enableError) {
        context.fail(
            Error(ExitCode::Environment,
                  QCoreApplication::translate(
                      "ScheduleJobs",
                      "The units are written to %1 and pass systemd-analyze verify, but the timer could not "
                      "be enabled: %2 %3")
                      .arg(units.path(), enableError->message, enableHint(schedule)),
                  QStringLiteral("not-enabled")));
        return;
    }
    context.setOverview(QCoreApplication::translate("ScheduleJobs", "Schedule %1 added: %2 runs at \"%3\"%4.")
                            .arg(schedule.name, schedule.serviceName(), schedule.calendar,
                                 next.isValid()
                                     ? QCoreApplication::translate("ScheduleJobs", ", next at %1 UTC")
                                           .arg(next.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                     : QString()));
}

// schedule remove -------------------------------------------------------------------------------

QString RemoveScheduleJob::title() const
{
    return QCoreApplication::translate("ScheduleJobs", "Remove the schedule %1").arg(m_name);
}

QList<JobStep> RemoveScheduleJob::steps() const
{
    return {
        JobStep{QCoreApplication::translate("ScheduleJobs", "Stop and disable the timer"), false},
        JobStep{QCoreApplication::translate("ScheduleJobs", "Remove the units and the sealed key"), true}};
}

void RemoveScheduleJob::run(JobContext &context)
{
    const ScheduleStore store = ScheduleStore::at(m_storeFolder);
    Result<Schedule> schedule = store.load(m_name);
    if (!schedule) {
        context.fail(schedule.error());
        return;
    }
    context.startStep(0);
    if (Status disabled = systemdtools::systemctl(
            schedule->scope, {QStringLiteral("disable"), QStringLiteral("--now"), schedule->timerName()});
        !disabled)
        context.log(
            QCoreApplication::translate(
                "ScheduleJobs",
                "The timer was not disabled through systemd (%1); its unit file is removed all the same.")
                .arg(disabled.error().message));
    if (context.isCancelled())
        return;
    context.startStep(1);
    const QDir units(systemdunits::unitFolder(schedule->scope));
    QStringList removed;
    for (const QString &unit : {schedule->serviceName(), schedule->timerName()})
        if (QFile::remove(units.filePath(unit)))
            removed.append(units.filePath(unit));
    if (Status gone = store.remove(m_name); !gone) {
        context.fail(gone.error());
        return;
    }
    systemdtools::systemctl(schedule->scope, {QStringLiteral("daemon-reload")});
    context.setData(
        {{QStringLiteral("name"), m_name}, {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}});
    context.setOverview(
        QCoreApplication::translate("ScheduleJobs", "Schedule %1 removed; its run reports stay in %2.")
            .arg(m_name, store.runsFolder(m_name)));
    context.audit().append(QStringLiteral("schedule.remove"), m_name, QStringLiteral("succeeded"),
                           {{QStringLiteral("target"), schedule->target},
                            {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}});
}

// schedule run-now ------------------------------------------------------------------------------

QString StartScheduleJob::title() const
{
    return QCoreApplication::translate("ScheduleJobs", "Run the schedule %1 now").arg(m_name);
}

QList<JobStep> StartScheduleJob::steps() const
{
    return {JobStep{QCoreApplication::translate("ScheduleJobs", "Start the service and wait for it"), false},
            JobStep{QCoreApplication::translate("ScheduleJobs", "Read the run report"), false}};
}

void StartScheduleJob::run(JobContext &context)
{
    const ScheduleStore store = ScheduleStore::at(m_storeFolder);
    Result<Schedule> schedule = store.load(m_name);
    if (!schedule) {
        context.fail(schedule.error());
        return;
    }
    context.startStep(0);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    context.beginUnstoppable(60000);
    const Status started =
        systemdtools::systemctl(schedule->scope, {QStringLiteral("start"), schedule->serviceName()});
    context.endUnstoppable();
    context.startStep(1);
    const QList<QJsonObject> reports = store.reports(m_name, 1);
    const bool fresh = !reports.isEmpty() && runreport::started(reports.first()) >= before;
    if (!fresh) {
        context.fail(
            started ? Error(ExitCode::Failure,
                            QCoreApplication::translate("ScheduleJobs", "%1 ran but wrote no run report.")
                                .arg(schedule->serviceName()))
                    : Error(ExitCode::Environment,
                            QCoreApplication::translate(
                                "ScheduleJobs",
                                "%1 Or run it in this terminal: strongroom-cli schedule exec %2 with the key "
                                "options.")
                                .arg(started.error().message, m_name)));
        return;
    }
    const QJsonObject report = reports.first();
    context.setData(report);
    context.setOverview(report.value(QStringLiteral("overview")).toString());
    if (!runreport::succeeded(report))
        context.fail(
            Error(ExitCode::Failure,
                  QCoreApplication::translate("ScheduleJobs", "The run of %1 failed: %2 (journalctl %3-u %4)")
                      .arg(m_name,
                           report.value(QStringLiteral("error"))
                               .toObject()
                               .value(QStringLiteral("message"))
                               .toString(),
                           schedule->scope == Schedule::Scope::User ? QStringLiteral("--user ") : QString(),
                           schedule->serviceName())));
}

} // namespace strongroom

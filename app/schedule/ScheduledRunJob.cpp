#include "schedule/ScheduledRunJob.h"

#include "backup/BackupCatalog.h"
#include "backup/CreateBackupJob.h"
#include "backup/RemoveBackupsJob.h"
#include "backup/VerifyBackupJob.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "schedule/PgScheduledRun.h"
#include "schedule/ScheduleStore.h"
#include "schedule/ScheduledBackupStep.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strongroom {

ScheduledRunJob::ScheduledRunJob(QString name, std::optional<KeyMaterial> key, QString storeFolder)
    : m_name(std::move(name)), m_key(std::move(key)), m_storeFolder(std::move(storeFolder)),
      m_schedule(ScheduleStore::at(m_storeFolder).load(m_name))
{
}

QString ScheduledRunJob::title() const
{
    return QCoreApplication::translate("ScheduledRunJob", "Scheduled run of %1").arg(m_name);
}

QList<JobStep> ScheduledRunJob::steps() const
{
    if (m_schedule && m_schedule->kind == Schedule::Kind::Drill)
        return {
            JobStep{QCoreApplication::translate("ScheduledRunJob", "Find the newest backup"), false},
            JobStep{QCoreApplication::translate("ScheduledRunJob", "Verify it at the highest level"), false},
            JobStep{QCoreApplication::translate("ScheduledRunJob", "Write the run report"), false}};
    return {JobStep{QCoreApplication::translate("ScheduledRunJob", "Back up the database"), false},
            JobStep{QCoreApplication::translate("ScheduledRunJob", "Apply the retention policy"), true},
            JobStep{QCoreApplication::translate("ScheduledRunJob", "Write the run report"), false}};
}

void ScheduledRunJob::runBackup(JobContext &context, QJsonObject &report, std::optional<Error> &error)
{
    const Schedule &schedule = *m_schedule;
    context.startStep(0);
    if (!m_key) {
        error =
            Error(ExitCode::Usage, QCoreApplication::translate(
                                       "ScheduledRunJob",
                                       "The backup of %1 needs its key: the service gives it with --key-file "
                                       "%d/%2.")
                                       .arg(schedule.target, schedule.credentialName()));
        return;
    }
    CreateBackupJob backup(BackupRequest{schedule.target, *m_key, std::nullopt, schedule.historyFolder, {}});
    const std::optional<JobReport> made = runScheduledBackup(context, backup, schedule, report, error);
    if (!made)
        return;
    const BackupCatalog catalog(schedule.watchedFolder());
    const Result<QList<BackupRecord>> records = catalog.list();
    if (!records) {
        error = records.error();
        return;
    }
    QStringList doomed;
    for (const RetentionDecision &decision : applyRetention(*schedule.keep, records.value()))
        if (!decision.keep)
            doomed.append(decision.backup.fileName);
    QStringList removed;
    if (!doomed.isEmpty()) {
        RemoveBackupsJob prune(catalog.folder(), doomed, m_key, RemoveBackupsJob::Mode::Remove);
        const JobReport pruned = context.runChild(prune);
        removed = prune.removed();
        if (pruned.error)
            error = pruned.error;
    }
    report.insert(QStringLiteral("policy"), schedule.keep->toString());
    report.insert(QStringLiteral("removed"), QJsonArray::fromStringList(removed));
    report.insert(
        QStringLiteral("overview"),
        QString(made->overview + QLatin1Char(' ') +
                QCoreApplication::translate("ScheduledRunJob", "Retention (%1) removed %2 older backups.")
                    .arg(schedule.keep->toString())
                    .arg(removed.size())));
}

void ScheduledRunJob::runDrill(JobContext &context, QJsonObject &report, std::optional<Error> &error)
{
    const Schedule &schedule = *m_schedule;
    context.startStep(0);
    const BackupCatalog catalog(schedule.watchedFolder());
    const Result<QList<BackupRecord>> records = catalog.list();
    if (!records) {
        error = records.error();
        return;
    }
    if (records->isEmpty()) {
        error = Error(ExitCode::Failure,
                      QCoreApplication::translate("ScheduledRunJob",
                                                  "There is no backup in %1 to drill a restore with.")
                          .arg(catalog.folder()),
                      QStringLiteral("no-backup"));
        return;
    }
    const BackupRecord newest = records->first();
    const QString path = catalog.pathOf(newest);
    report.insert(QStringLiteral("drilled"), path);
    report.insert(QStringLiteral("drilled_created"), newest.created.toString(Qt::ISODate));
    context.startStep(1);
    VerifyBackupJob verify(path, m_key);
    const JobReport checked = context.runChild(verify);
    report.insert(QStringLiteral("verification"), checked.data);
    report.insert(QStringLiteral("level"), checked.data.value(QStringLiteral("level")));
    if (checked.error)
        error = checked.error;
    else if (checked.outcome == JobOutcome::Succeeded)
        report.insert(QStringLiteral("overview"), checked.overview);
}

void ScheduledRunJob::run(JobContext &context)
{
    if (!m_schedule) {
        context.fail(m_schedule.error());
        return;
    }
    const Schedule &schedule = *m_schedule;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QJsonObject report{{QStringLiteral("schedule"), schedule.name},
                       {QStringLiteral("kind"), Schedule::kindName(schedule.kind)},
                       {QStringLiteral("target"), schedule.target},
                       {QStringLiteral("folder"), schedule.watchedFolder()},
                       {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)}};
    std::optional<Error> error;
    if (schedule.engine == Schedule::Engine::Postgres) {
        report.insert(QStringLiteral("engine"), Schedule::engineName(schedule.engine));
        if (schedule.kind == Schedule::Kind::Backup)
            pgschedule::runBackup(context, schedule, m_key, report, error);
        else
            pgschedule::runDrill(context, schedule, m_key, report, error);
    } else if (schedule.kind == Schedule::Kind::Backup)
        runBackup(context, report, error);
    else
        runDrill(context, report, error);

    context.startStep(2);
    const QDateTime finished = QDateTime::currentDateTimeUtc();
    const bool cancelled = !error && context.isCancelled();
    const QString outcome = error       ? QStringLiteral("failed")
                            : cancelled ? QStringLiteral("cancelled")
                                        : QStringLiteral("succeeded");
    report.insert(QStringLiteral("finished"), finished.toString(Qt::ISODateWithMs));
    report.insert(QStringLiteral("duration_ms"), started.msecsTo(finished));
    report.insert(QStringLiteral("outcome"), outcome);
    if (error) {
        report.insert(QStringLiteral("error"), error->toJson());
        report.insert(QStringLiteral("overview"), error->message);
    } else if (cancelled)
        report.insert(QStringLiteral("overview"),
                      QCoreApplication::translate("ScheduledRunJob", "Cancelled."));
    Result<QString> written = ScheduleStore::at(m_storeFolder).writeReport(schedule.name, report);
    report.insert(QStringLiteral("report"), written ? *written : QString());
    QJsonObject details{{QStringLiteral("schedule"), schedule.name},
                        {QStringLiteral("kind"), Schedule::kindName(schedule.kind)},
                        {QStringLiteral("duration_ms"), started.msecsTo(finished)},
                        {QStringLiteral("report"), written ? *written : QString()}};
    if (schedule.kind == Schedule::Kind::Backup)
        details.insert(QStringLiteral("backup"),
                       report.value(QStringLiteral("backup")).toObject().value(QStringLiteral("path")));
    else
        details.insert(QStringLiteral("drilled"), report.value(QStringLiteral("drilled")));
    if (report.contains(QStringLiteral("removed")))
        details.insert(QStringLiteral("removed"), report.value(QStringLiteral("removed")));
    if (error)
        details.insert(QStringLiteral("error"), error->message);
    const AuditLog &audit = context.audit();
    audit.append(QStringLiteral("schedule.run"), schedule.target, outcome, details);
    context.setData(report);
    context.setOverview(report.value(QStringLiteral("overview")).toString());
    if (!written)
        context.log(QCoreApplication::translate("ScheduledRunJob", "The run report could not be written: %1")
                        .arg(written.error().message));
    if (error)
        context.fail(*error);
}

} // namespace strongroom

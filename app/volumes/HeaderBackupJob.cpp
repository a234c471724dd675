#include "volumes/HeaderBackupJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "volumes/HeaderBackup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace strongroom {

HeaderBackupJob::HeaderBackupJob(Request request) : m_request(std::move(request)) {}

QString HeaderBackupJob::title() const
{
    const QString file = QFileInfo(m_request.image).fileName();
    return m_request.direction == Direction::Backup
               ? QCoreApplication::translate("HeaderBackupJob", "Back up the header of %1").arg(file)
               : QCoreApplication::translate("HeaderBackupJob", "Restore the header of %1").arg(file);
}

QList<JobStep> HeaderBackupJob::steps() const
{
    if (m_request.direction == Direction::Backup)
        return {{QCoreApplication::translate("HeaderBackupJob", "Write and verify the header backup")}};
    return {
        {QCoreApplication::translate("HeaderBackupJob", "Check the backup and restore the header"), true}};
}

void HeaderBackupJob::run(JobContext &context)
{
    context.startStep(0);
    if (m_request.direction == Direction::Backup)
        backUp(context);
    else
        restore(context);
    audit(context);
}

void HeaderBackupJob::backUp(JobContext &context)
{
    const Request &r = m_request;
    if (context.isCancelled())
        return;
    auto uuid = headerbackup::backup(r.image, r.file, r.header);
    if (!uuid)
        return context.fail(uuid.error());
    context.setData({{QStringLiteral("path"), r.image},
                     {QStringLiteral("backup"), r.file},
                     {QStringLiteral("uuid"), *uuid}});
    context.setOverview(
        QCoreApplication::translate("HeaderBackupJob", "Saved the LUKS header of %1 (UUID %2) to %3.")
            .arg(r.image, *uuid, r.file));
}

void HeaderBackupJob::restore(JobContext &context)
{
    const Request &r = m_request;
    if (context.isCancelled())
        return;
    auto outcome = headerbackup::restore(r.image, r.file, r.force, workProgress(context));
    if (outcome.cancelled()) {
        context.setOverview(outcome.error().message);
        return;
    }
    if (!outcome)
        return context.fail(outcome.error());
    context.setData({{QStringLiteral("path"), r.image},
                     {QStringLiteral("restored_from"), r.file},
                     {QStringLiteral("uuid"), outcome->uuid},
                     {QStringLiteral("previous_header"), outcome->previousHeaderKeptAt}});
    context.setOverview(QCoreApplication::translate("HeaderBackupJob", "Restored the header of %1 from %2.")
                            .arg(r.image, r.file));
    if (!outcome->previousHeaderKeptAt.isEmpty())
        context.addDetail(
            QCoreApplication::translate("HeaderBackupJob", "The header it replaced is kept in %1.")
                .arg(outcome->previousHeaderKeptAt));
}

void HeaderBackupJob::audit(const JobContext &context) const
{
    const bool backup = m_request.direction == Direction::Backup;
    const QString action =
        backup ? QStringLiteral("volume.header-backup") : QStringLiteral("volume.header-restore");
    // The audit trail names files by their absolute path, whatever the caller typed.
    const QString image = QFileInfo(m_request.image).absoluteFilePath();
    const QString file = QFileInfo(m_request.file).absoluteFilePath();
    const JobReport &report = context.reportSoFar();
    const AuditLog &log = context.audit();
    // Written: what happened, whenever a cancel came.
    if (report.data.contains(QStringLiteral("uuid"))) {
        QJsonObject details{{QStringLiteral("file"), file},
                            {QStringLiteral("uuid"), report.data.value(QStringLiteral("uuid"))}};
        if (!backup) {
            details.insert(QStringLiteral("forced"), m_request.force);
            details.insert(QStringLiteral("previous_header"),
                           report.data.value(QStringLiteral("previous_header")));
        }
        log.append(action, image, QStringLiteral("succeeded"), details);
        return;
    }
    if (report.error) {
        log.append(action, image,
                   report.error->kind == QLatin1String("uuid-mismatch") ? QStringLiteral("refused")
                                                                        : QStringLiteral("failed"),
                   {{QStringLiteral("file"), file}, {QStringLiteral("reason"), report.error->kindName()}});
        return;
    }
    if (context.sawCancel())
        log.append(action, image, QStringLiteral("cancelled"), {{QStringLiteral("file"), file}});
}

} // namespace strongroom

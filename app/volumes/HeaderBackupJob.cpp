#include "volumes/HeaderBackupJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "volumes/HeaderBackup.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    const Request &r = m_request;
    const AuditLog &log = context.audit();
    // The audit trail names files by their absolute path, whatever the caller typed.
    const QString image = QFileInfo(r.image).absoluteFilePath();
    const QString file = QFileInfo(r.file).absoluteFilePath();
    context.startStep(0);
    if (r.direction == Direction::Backup) {
        auto uuid = headerbackup::backup(r.image, r.file, r.header);
        if (!uuid)
            return context.fail(uuid.error());
        log.append(QStringLiteral("volume.header-backup"), image, QStringLiteral("succeeded"),
                   {{QStringLiteral("file"), file}, {QStringLiteral("uuid"), *uuid}});
        context.setData({{QStringLiteral("path"), r.image},
                         {QStringLiteral("backup"), r.file},
                         {QStringLiteral("uuid"), *uuid}});
        context.setOverview(
            QCoreApplication::translate("HeaderBackupJob", "Saved the LUKS header of %1 (UUID %2) to %3.")
                .arg(r.image, *uuid, r.file));
        return;
    }
    if (context.isCancelled())
        return;
    auto outcome = headerbackup::restore(r.image, r.file, r.force, workProgress(context));
    if (outcome.cancelled()) {
        log.append(QStringLiteral("volume.header-restore"), image, QStringLiteral("cancelled"),
                   {{QStringLiteral("file"), file}});
        context.setOverview(outcome.error().message);
        return;
    }
    if (!outcome) {
        log.append(QStringLiteral("volume.header-restore"), image,
                   outcome.error().kind == QLatin1String("uuid-mismatch") ? QStringLiteral("refused")
                                                                          : QStringLiteral("failed"),
                   {{QStringLiteral("file"), file}, {QStringLiteral("reason"), outcome.error().kindName()}});
        return context.fail(outcome.error());
    }
    log.append(QStringLiteral("volume.header-restore"), image, QStringLiteral("succeeded"),
               {{QStringLiteral("file"), file},
                {QStringLiteral("uuid"), outcome->uuid},
                {QStringLiteral("forced"), r.force},
                {QStringLiteral("previous_header"), outcome->previousHeaderKeptAt}});
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

} // namespace strongroom

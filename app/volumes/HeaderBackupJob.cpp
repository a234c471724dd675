#include "volumes/HeaderBackupJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "volumes/HeaderBackup.h"

#include <QFileInfo>

namespace strongroom {

HeaderBackupJob::HeaderBackupJob(Request request) : m_request(std::move(request)) {}

QString HeaderBackupJob::title() const
{
    const QString file = QFileInfo(m_request.image).fileName();
    return m_request.direction == Direction::Backup ? QStringLiteral("Back up the header of %1").arg(file)
                                                    : QStringLiteral("Restore the header of %1").arg(file);
}

QList<JobStep> HeaderBackupJob::steps() const
{
    if (m_request.direction == Direction::Backup)
        return {{QStringLiteral("Write and verify the header backup")}};
    return {{QStringLiteral("Check the backup and restore the header"), true}};
}

void HeaderBackupJob::run(JobContext &context)
{
    const Request &r = m_request;
    const AuditLog log = r.auditLogPath.isEmpty() ? AuditLog() : AuditLog(r.auditLogPath);
    context.startStep(0);
    if (r.direction == Direction::Backup) {
        auto uuid = headerbackup::backup(r.image, r.file, r.header);
        if (!uuid)
            return context.fail(uuid.error());
        log.append(QStringLiteral("volume.header-backup"), r.image, QStringLiteral("succeeded"),
                   {{QStringLiteral("file"), r.file}, {QStringLiteral("uuid"), *uuid}});
        context.setData({{QStringLiteral("uuid"), *uuid}, {QStringLiteral("backup"), r.file}});
        context.setOverview(
            QStringLiteral("Saved the LUKS header of %1 (UUID %2) to %3.").arg(r.image, *uuid, r.file));
        return;
    }
    auto outcome = headerbackup::restore(r.image, r.file, r.force);
    if (!outcome) {
        log.append(
            QStringLiteral("volume.header-restore"), r.image,
            outcome.error().kind == QLatin1String("uuid-mismatch") ? QStringLiteral("refused")
                                                                   : QStringLiteral("failed"),
            {{QStringLiteral("file"), r.file}, {QStringLiteral("reason"), outcome.error().kindName()}});
        return context.fail(outcome.error());
    }
    log.append(QStringLiteral("volume.header-restore"), r.image, QStringLiteral("succeeded"),
               {{QStringLiteral("file"), r.file},
                {QStringLiteral("uuid"), outcome->uuid},
                {QStringLiteral("forced"), r.force},
                {QStringLiteral("previous_header"), outcome->previousHeaderKeptAt}});
    context.setData({{QStringLiteral("uuid"), outcome->uuid},
                     {QStringLiteral("previous_header"), outcome->previousHeaderKeptAt}});
    context.setOverview(QStringLiteral("Restored the header of %1 from %2.").arg(r.image, r.file));
    if (!outcome->previousHeaderKeptAt.isEmpty())
        context.addDetail(
            QStringLiteral("The header it replaced is kept in %1.").arg(outcome->previousHeaderKeptAt));
}

} // namespace strongroom

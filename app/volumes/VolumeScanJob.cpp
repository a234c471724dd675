#include "volumes/VolumeScanJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace strongroom {

namespace {
// The newest successful header backup per image, from the audit log.
QHash<QString, QDateTime> lastHeaderBackups(const AuditLog &log)
{
    QHash<QString, QDateTime> latest;
    auto entries = log.entries();
    if (!entries)
        return latest;
    for (const QJsonObject &entry : *entries) {
        if (entry.value(QStringLiteral("action")).toString() != QLatin1String("volume.header-backup") ||
            entry.value(QStringLiteral("outcome")).toString() != QLatin1String("succeeded"))
            continue;
        const QString target = QFileInfo(entry.value(QStringLiteral("target")).toString()).absoluteFilePath();
        const QDateTime time =
            QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (time.isValid() && (!latest.contains(target) || latest.value(target) < time))
            latest.insert(target, time);
    }
    return latest;
}
} // namespace

VolumeScanJob::VolumeScanJob(QStringList paths) : m_paths(std::move(paths)) {}

QString VolumeScanJob::title() const
{
    return QCoreApplication::translate("VolumeScanJob", "Read volume headers");
}

QList<JobStep> VolumeScanJob::steps() const
{
    return {{QCoreApplication::translate("VolumeScanJob", "Read the audit log")},
            {QCoreApplication::translate("VolumeScanJob", "Read the LUKS headers")}};
}

void VolumeScanJob::run(JobContext &context)
{
    context.startStep(0);
    const QHash<QString, QDateTime> backups = lastHeaderBackups(context.audit());
    context.startStep(1, m_paths.size());
    for (const QString &path : std::as_const(m_paths)) {
        if (context.isCancelled())
            return;
        VolumeRecord record;
        record.path = path;
        record.lastHeaderBackup = backups.value(QFileInfo(path).absoluteFilePath());
        if (auto inspection = inplace::inspect(path)) {
            record.state = inspection->state;
            if (record.state == inplace::State::Plain)
                record.problem = QCoreApplication::translate("VolumeScanJob", "not encrypted");
            else if (auto info = readVolumeInfo(path, inspection->header))
                record.info = *info;
            else
                record.problem = info.error().message;
        } else {
            record.problem = inspection.error().message;
        }
        m_records.append(record);
        context.addProgress(1);
    }
}

} // namespace strongroom

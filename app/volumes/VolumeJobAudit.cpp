#include "volumes/VolumeJobAudit.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"

#include <QFileInfo>

namespace strongroom {

void auditVolumeJob(const JobContext &context, const QString &action, const QString &image)
{
    const AuditLog &log = context.audit();
    const QString target = QFileInfo(image).absoluteFilePath();
    const JobReport &report = context.reportSoFar();
    if (report.error) {
        log.append(action, target, QStringLiteral("failed"),
                   {{QStringLiteral("reason"), report.error->kindName()}});
        return;
    }
    if (context.sawCancel() || (report.data.contains(QStringLiteral("finished")) &&
                                !report.data.value(QStringLiteral("finished")).toBool())) {
        log.append(action, target, QStringLiteral("cancelled"));
        return;
    }
    QJsonObject details = report.data;
    details.remove(QStringLiteral("path"));
    log.append(action, target, QStringLiteral("succeeded"), details);
}

} // namespace strongroom

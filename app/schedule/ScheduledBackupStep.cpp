#include "schedule/ScheduledBackupStep.h"

#include "core/Job.h"
#include "core/JobContext.h"

namespace strongroom {

std::optional<JobReport> runScheduledBackup(JobContext &context, Job &backup, const Schedule &schedule,
                                            QJsonObject &report, std::optional<Error> &error)
{
    JobReport made = context.runChild(backup);
    report.insert(QStringLiteral("backup"), made.data);
    if (made.outcome != JobOutcome::Succeeded) {
        if (made.error)
            error = made.error;
        return std::nullopt;
    }
    context.startStep(1);
    if (!schedule.keep) {
        report.insert(QStringLiteral("overview"), made.overview);
        return std::nullopt;
    }
    return made;
}

} // namespace strongroom

#include "conversion/ConversionPlanJob.h"

#include "core/JobContext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strongroom {

QString ConversionPlanJob::title() const
{
    return QCoreApplication::translate("ConversionPlanJob", "Check %1")
        .arg(QFileInfo(m_request.path).fileName());
}

QList<JobStep> ConversionPlanJob::steps() const
{
    return {{QCoreApplication::translate("ConversionPlanJob", "Check the source, the key and the free space"),
             false}};
}

void ConversionPlanJob::run(JobContext &context)
{
    context.startStep(0);
    auto planned = planConversion(m_request);
    // The keys are needed no longer than the check.
    if (m_request.key)
        m_request.key->wipe();
    if (m_request.newKey)
        m_request.newKey->wipe();
    if (!planned) {
        context.fail(planned.error());
        return;
    }
    if (context.isCancelled())
        return; // the check wrote nothing
    m_plan = *planned;
    context.setData(m_plan.toJson());
}

} // namespace strongroom

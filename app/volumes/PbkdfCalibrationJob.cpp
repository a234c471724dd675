#include "volumes/PbkdfCalibrationJob.h"

#include "core/JobContext.h"

namespace strongroom {

void PbkdfCalibrationJob::run(JobContext &context)
{
    context.startStep(0);
    auto cost = calibratePbkdf(m_settings);
    if (!cost)
        return context.fail(cost.error());
    m_cost = *cost;
    context.setData(m_cost.toJson());
}

} // namespace strongroom

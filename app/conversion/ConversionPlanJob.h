#pragma once

#include "conversion/ConversionPlan.h"
#include "core/Job.h"

namespace strongroom {

// planConversion() as a job: the check opens the source with its key (a KDF run) and takes its
// lock once, so the wizard's summary page runs it off the GUI thread. The plan is in plan() and,
// as JSON, in the report's data once the job succeeded.
class ConversionPlanJob : public Job
{
public:
    explicit ConversionPlanJob(ConversionRequest request) : m_request(std::move(request)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const ConversionPlan &plan() const { return m_plan; }

private:
    ConversionRequest m_request;
    ConversionPlan m_plan;
};

} // namespace strongroom

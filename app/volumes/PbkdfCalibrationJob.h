#pragma once

#include "core/Job.h"
#include "volumes/PbkdfSettings.h"

#include <QCoreApplication>

namespace strongroom {

// calibratePbkdf() on a worker: the setup wizard's live estimate of what one unlock costs here.
class PbkdfCalibrationJob : public Job
{
public:
    explicit PbkdfCalibrationJob(PbkdfSettings settings) : m_settings(std::move(settings)) {}

    QString title() const override
    {
        return QCoreApplication::translate("PbkdfCalibrationJob", "Measure the key derivation");
    }
    QList<JobStep> steps() const override
    {
        return {{QCoreApplication::translate("PbkdfCalibrationJob", "Measure %1").arg(m_settings.type)}};
    }
    void run(JobContext &context) override;

    PbkdfSettings settings() const { return m_settings; }
    // Valid once finished without error.
    PbkdfCost cost() const { return m_cost; }

private:
    PbkdfSettings m_settings;
    PbkdfCost m_cost;
};

} // namespace strongroom

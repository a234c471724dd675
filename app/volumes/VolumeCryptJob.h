#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"
#include "volumes/InPlaceEncryption.h"

#include <QString>

namespace strongroom {

// `volume encrypt` / `volume decrypt`: in place, offline, resumable; one step with byte progress.
class VolumeCryptJob : public Job
{
public:
    enum class Direction
    {
        Encrypt,
        Decrypt
    };
    VolumeCryptJob(Direction direction, QString path, KeyMaterial key, inplace::EncryptionParams params = {});

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    void convert(JobContext &context);

    Direction m_direction;
    QString m_path;
    KeyMaterial m_key;
    inplace::EncryptionParams m_params;
};

} // namespace strongroom

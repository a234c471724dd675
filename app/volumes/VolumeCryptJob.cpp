#include "volumes/VolumeCryptJob.h"

#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "volumes/VolumeJobAudit.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace strongroom {

VolumeCryptJob::VolumeCryptJob(Direction direction, QString path, KeyMaterial key,
                               inplace::EncryptionParams params)
    : m_direction(direction), m_path(std::move(path)), m_key(std::move(key)), m_params(std::move(params))
{
}

QString VolumeCryptJob::title() const
{
    return (m_direction == Direction::Encrypt ? QCoreApplication::translate("VolumeJobs", "Encrypt %1")
                                              : QCoreApplication::translate("VolumeJobs", "Decrypt %1"))
        .arg(QFileInfo(m_path).fileName());
}

QList<JobStep> VolumeCryptJob::steps() const
{
    return {JobStep{m_direction == Direction::Encrypt
                        ? QCoreApplication::translate("VolumeJobs", "Encrypt in place")
                        : QCoreApplication::translate("VolumeJobs", "Decrypt in place"),
                    true}};
}

void VolumeCryptJob::run(JobContext &context)
{
    convert(context);
    auditVolumeJob(context,
                   m_direction == Direction::Encrypt ? QStringLiteral("volume.encrypt")
                                                     : QStringLiteral("volume.decrypt"),
                   m_path);
}

void VolumeCryptJob::convert(JobContext &context)
{
    context.startStep(0, 0, ProgressUnit::Bytes);
    auto outcome = m_direction == Direction::Encrypt
                       ? inplace::encrypt(m_path, m_key, m_params, workProgress(context))
                       : inplace::decrypt(m_path, m_key, workProgress(context));
    if (!outcome) {
        context.fail(outcome.error());
        return;
    }
    const QString verb =
        m_direction == Direction::Encrypt ? QStringLiteral("encrypt") : QStringLiteral("decrypt");
    context.setData(QJsonObject{{QStringLiteral("path"), m_path},
                                {QStringLiteral("operation"), verb},
                                {QStringLiteral("resumed"), outcome->resumed},
                                {QStringLiteral("finished"), outcome->finished},
                                {QStringLiteral("slot"), outcome->slot},
                                {QStringLiteral("bytes"), qint64(outcome->bytes)}});
    if (!outcome->finished) {
        context.setOverview(QCoreApplication::translate(
                                "VolumeJobs", "Paused; run `strongroom-cli volume %1 %2` again to resume.")
                                .arg(verb, m_path));
        return;
    }
    const QString resumed =
        outcome->resumed ? QCoreApplication::translate("VolumeJobs", " (resumed)") : QString();
    context.setOverview(
        m_direction == Direction::Encrypt
            ? QCoreApplication::translate("VolumeJobs", "Encrypted %1 in place%2.").arg(m_path, resumed)
            : QCoreApplication::translate("VolumeJobs", "Decrypted %1 in place%2.").arg(m_path, resumed));
}

} // namespace strongroom

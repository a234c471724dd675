#include "volumes/VolumeBenchmarkJob.h"

#include "core/JobContext.h"
#include "core/KernelFeatures.h"
#include "volumes/CipherBenchmark.h"
#include "volumes/PbkdfSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace strongroom {

VolumeBenchmarkJob::VolumeBenchmarkJob(int iterTimeMs, int argonMemoryKib)
    : m_iterTimeMs(iterTimeMs), m_argonMemoryKib(argonMemoryKib)
{
}

QList<JobStep> VolumeBenchmarkJob::steps() const
{
    return {JobStep{QCoreApplication::translate("VolumeJobs", "Ciphers")},
            JobStep{QCoreApplication::translate("VolumeJobs", "PBKDF calibration")}};
}

void VolumeBenchmarkJob::run(JobContext &context)
{
    const bool kernel = kernelCryptoApiAvailable();
    context.startStep(0);
    QJsonArray ciphers;
    for (const CipherSpeed &speed : benchmarkCiphers(kernel))
        ciphers.append(speed.toJson());
    if (context.isCancelled())
        return;
    context.startStep(1, 2);
    QJsonArray pbkdfs;
    for (const QString &type : {QStringLiteral("argon2id"), QStringLiteral("pbkdf2")}) {
        PbkdfSettings settings;
        settings.type = type;
        settings.iterTimeMs = m_iterTimeMs;
        settings.memoryKib = m_argonMemoryKib;
        auto cost = calibratePbkdf(settings);
        if (!cost) {
            context.fail(cost.error());
            return;
        }
        pbkdfs.append(cost->toJson());
        context.addProgress(1);
        if (context.isCancelled())
            return;
    }
    context.setData(
        QJsonObject{{QStringLiteral("kernel_crypto_api"), kernel},
                    {QStringLiteral("cipher_source"), kernel ? QStringLiteral("kernel (libcryptsetup)")
                                                             : QStringLiteral("user space (OpenSSL)")},
                    {QStringLiteral("ciphers"), ciphers},
                    {QStringLiteral("pbkdf"), pbkdfs}});
    context.setOverview(
        kernel ? QCoreApplication::translate(
                     "VolumeJobs", "Ciphers measured by libcryptsetup through the kernel crypto API.")
               : QCoreApplication::translate(
                     "VolumeJobs",
                     "The kernel crypto API (AF_ALG) is missing, so libcryptsetup cannot benchmark ciphers "
                     "here; the same ciphers were measured in user space with OpenSSL."));
}

} // namespace strongroom

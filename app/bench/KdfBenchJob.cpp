#include "bench/KdfBenchJob.h"

#include "age/AgeCrypto.h"
#include "age/ScryptPassphrase.h"
#include "bench/BenchText.h"
#include "bench/MonotonicClock.h"
#include "core/JobContext.h"
#include "volumes/PbkdfSettings.h"
#include "volumes/VolumeInfo.h"

#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace strongroom::bench {

namespace {

// libcryptsetup's smallest argon2 iteration count.
constexpr int kMinArgonIterations = 4;

double msRounded(double ms)
{
    return std::round(ms * 10.0) / 10.0;
}

// Iterations that take about `targetMs`, from `iterations` measured at `ms` (the cost is linear).
int iterationsFor(int iterations, double ms, int targetMs, int minimum)
{
    if (ms <= 0)
        return iterations;
    return std::max(minimum, int(std::llround(double(iterations) * double(targetMs) / ms)));
}

QJsonObject pbkdfRow(JobContext &context, const QString &kdf, const QString &usedBy,
                     const PbkdfSettings &settings, int targetMs, int minimumIterations)
{
    QJsonObject row{{QStringLiteral("kdf"), kdf},
                    {QStringLiteral("used_by"), usedBy},
                    {QStringLiteral("parameters"), settings.toJson()}};
    context.beginUnstoppable(1000);
    const Result<PbkdfCost> cost = calibratePbkdf(settings);
    context.endUnstoppable();
    if (!cost) {
        row.insert(QStringLiteral("note"), cost.error().message);
        return row;
    }
    row.insert(QStringLiteral("ms"), msRounded(cost->milliseconds));
    PbkdfSettings target = settings;
    target.iterations = iterationsFor(settings.iterations, cost->milliseconds, targetMs, minimumIterations);
    QJsonObject forTarget = target.toJson();
    forTarget.insert(QStringLiteral("expected_ms"),
                     msRounded(cost->milliseconds * double(target.iterations) / double(settings.iterations)));
    row.insert(QStringLiteral("for_target"), forTarget);
    return row;
}

QJsonObject scryptRow(JobContext &context, int targetMs)
{
    constexpr int kAgeLogN = 18;
    QJsonObject row{{QStringLiteral("kdf"), QStringLiteral("scrypt")},
                    {QStringLiteral("used_by"), benchTr("age passphrase files")},
                    {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("log_n"), kAgeLogN},
                                                               {QStringLiteral("r"), 8},
                                                               {QStringLiteral("p"), 1}}}};
    age::FileKey fileKey;
    context.beginUnstoppable(age::expectedScryptMs(kAgeLogN));
    const qint64 start = monotonicNs();
    (void)age::scryptWrap(fileKey, QByteArrayView("strongroom-calibration"), kAgeLogN);
    const double ms = double(monotonicNs() - start) / 1e6;
    context.endUnstoppable();
    row.insert(QStringLiteral("ms"), msRounded(ms));
    // Each step of the work factor doubles the time; age never goes below 18.
    int logN = kAgeLogN;
    double expected = ms;
    while (logN < age::kMaxScryptLogN && expected * 1.5 < double(targetMs)) {
        ++logN;
        expected *= 2;
    }
    row.insert(
        QStringLiteral("for_target"),
        QJsonObject{{QStringLiteral("log_n"), logN}, {QStringLiteral("expected_ms"), msRounded(expected)}});
    return row;
}

} // namespace

QString KdfBenchJob::title() const
{
    return benchTr("Measure key derivations");
}

QList<JobStep> KdfBenchJob::steps() const
{
    QList<JobStep> steps{{benchTr("PBKDF2 as SQLCipher uses it"), false}};
    if (!m_request.volumeImages.isEmpty())
        steps.append({benchTr("The LUKS key slots"), false});
    steps.append({benchTr("scrypt as age uses it"), false});
    return steps;
}

void KdfBenchJob::run(JobContext &context)
{
    const int target = m_request.targetMs;
    QJsonArray results;
    int step = 0;
    context.startStep(step++, 2, ProgressUnit::Items);
    PbkdfSettings sqlcipher4;
    sqlcipher4.type = QStringLiteral("pbkdf2");
    sqlcipher4.hash = QStringLiteral("sha512");
    sqlcipher4.iterations = 256000;
    results.append(pbkdfRow(context, QStringLiteral("PBKDF2-HMAC-SHA512"),
                            benchTr("SQLCipher 4 databases (open)"), sqlcipher4, target, 1000));
    context.setProgress(1);
    if (context.isCancelled())
        return;
    PbkdfSettings sqlcipher3 = sqlcipher4;
    sqlcipher3.hash = QStringLiteral("sha1");
    sqlcipher3.iterations = 64000;
    results.append(pbkdfRow(context, QStringLiteral("PBKDF2-HMAC-SHA1"),
                            benchTr("SQLCipher 3 databases (open)"), sqlcipher3, target, 1000));
    context.setProgress(2);
    if (context.isCancelled())
        return;

    if (!m_request.volumeImages.isEmpty()) {
        context.startStep(step++, m_request.volumeImages.size(), ProgressUnit::Items);
        for (const QString &image : m_request.volumeImages) {
            const Result<VolumeInfo> info = readVolumeInfo(image);
            if (!info) {
                context.fail(info.error());
                return;
            }
            for (const KeySlotInfo &slot : info->keySlots) {
                if (slot.pbkdf.isEmpty() || slot.iterations <= 0)
                    continue;
                PbkdfSettings settings;
                settings.type = slot.pbkdf;
                settings.iterations = slot.iterations;
                if (settings.isArgon2()) {
                    settings.memoryKib = slot.memoryKib;
                    settings.parallel = std::max(1, slot.parallel);
                }
                QJsonObject row =
                    pbkdfRow(context, slot.pbkdf,
                             benchTr("%1 key slot %2 (unlock)")
                                 .arg(QFileInfo(image).absoluteFilePath())
                                 .arg(slot.slot),
                             settings, target, settings.isArgon2() ? kMinArgonIterations : 1000);
                row.insert(QStringLiteral("volume"), QFileInfo(image).absoluteFilePath());
                row.insert(QStringLiteral("slot"), slot.slot);
                results.append(row);
                if (context.isCancelled())
                    return;
            }
            context.addProgress(1);
        }
    }

    context.startStep(step++);
    results.append(scryptRow(context, target));
    if (context.isCancelled())
        return;
    context.setData({{QStringLiteral("target_ms"), target}, {QStringLiteral("results"), results}});
    context.setOverview(benchTr("What one key derivation costs on this machine, and the settings that take "
                                "about %1 ms here.")
                            .arg(target));
}

} // namespace strongroom::bench

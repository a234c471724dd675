#include "bench/KdfBenchJob.h"

#include "age/AgeCrypto.h"
#include "age/ScryptPassphrase.h"
#include "bench/MonotonicClock.h"
#include "core/JobContext.h"
#include "volumes/PbkdfSettings.h"
#include "volumes/VolumeInfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <libcryptsetup.h>
#include <unistd.h>

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
    double expected = cost->milliseconds * double(target.iterations) / double(settings.iterations);
    // Even the fewest iterations take too long: as libcryptsetup does, spend less memory (argon2's
    // time is about linear in it), never below its minimum of 32 KiB.
    if (settings.isArgon2() && expected > double(targetMs) * 1.05) {
        const int memory = std::max(32, int(double(settings.memoryKib) * double(targetMs) / expected));
        expected *= double(memory) / double(settings.memoryKib);
        target.memoryKib = memory;
        row.insert(
            QStringLiteral("note"),
            QCoreApplication::translate(
                "Benchmark", "even %1 iterations take longer than %2 ms here: less memory for the target")
                .arg(target.iterations)
                .arg(targetMs));
    }
    QJsonObject forTarget = target.toJson();
    forTarget.insert(QStringLiteral("expected_ms"), msRounded(expected));
    row.insert(QStringLiteral("for_target"), forTarget);
    return row;
}

// argon2id as libcryptsetup sets up a new LUKS2 key slot: its default memory and threads, capped at
// half the RAM and the CPU count as it caps them, at the fewest iterations (it adds iterations until
// the slot takes its iter-time, so the time per iteration is what a target turns into iterations).
QJsonObject luksDefaultRow(JobContext &context, int targetMs)
{
    const crypt_pbkdf_type *defaults = crypt_get_pbkdf_default(CRYPT_LUKS2);
    PbkdfSettings settings;
    settings.type = QStringLiteral("argon2id");
    settings.iterations = kMinArgonIterations;
    settings.memoryKib = defaults ? int(defaults->max_memory_kb) : settings.memoryKib;
    settings.parallel = defaults ? int(defaults->parallel_threads) : settings.parallel;
    const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        settings.memoryKib = int(std::min<qint64>(settings.memoryKib, qint64(pages) * pageSize / 1024 / 2));
    settings.parallel = std::max(1, std::min(settings.parallel, QThread::idealThreadCount()));
    const int iterTimeMs = defaults ? int(defaults->time_ms) : 2000;
    QJsonObject row =
        pbkdfRow(context, settings.type,
                 QCoreApplication::translate(
                     "Benchmark", "a new LUKS2 key slot (libcryptsetup's defaults: %1 KiB, %2 threads, "
                                  "iterations for %3 ms)")
                     .arg(settings.memoryKib)
                     .arg(settings.parallel)
                     .arg(iterTimeMs),
                 settings, targetMs, kMinArgonIterations);
    row.insert(QStringLiteral("defaults"),
               QJsonObject{{QStringLiteral("source"), QStringLiteral("libcryptsetup")},
                           {QStringLiteral("iter_time_ms"), iterTimeMs},
                           {QStringLiteral("max_memory_kib"), settings.memoryKib},
                           {QStringLiteral("parallel_threads"), settings.parallel}});
    return row;
}

QJsonObject scryptRow(JobContext &context, int targetMs)
{
    constexpr int kAgeLogN = 18;
    QJsonObject row{
        {QStringLiteral("kdf"), QStringLiteral("scrypt")},
        {QStringLiteral("used_by"), QCoreApplication::translate("Benchmark", "age passphrase files")},
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
    return QCoreApplication::translate("Benchmark", "Measure key derivations");
}

QList<JobStep> KdfBenchJob::steps() const
{
    QList<JobStep> steps{{QCoreApplication::translate("Benchmark", "PBKDF2 as SQLCipher uses it"), false}};
    steps.append({QCoreApplication::translate("Benchmark", "The LUKS key slots"), false});
    steps.append({QCoreApplication::translate("Benchmark", "scrypt as age uses it"), false});
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
                            QCoreApplication::translate("Benchmark", "SQLCipher 4 databases (open)"),
                            sqlcipher4, target, 1000));
    context.setProgress(1);
    if (context.isCancelled())
        return;
    PbkdfSettings sqlcipher3 = sqlcipher4;
    sqlcipher3.hash = QStringLiteral("sha1");
    sqlcipher3.iterations = 64000;
    results.append(pbkdfRow(context, QStringLiteral("PBKDF2-HMAC-SHA1"),
                            QCoreApplication::translate("Benchmark", "SQLCipher 3 databases (open)"),
                            sqlcipher3, target, 1000));
    context.setProgress(2);
    if (context.isCancelled())
        return;

    // The given images must be readable; the console's known volumes may have moved since.
    const bool given = !m_request.volumeImages.isEmpty();
    const QStringList images = given ? m_request.volumeImages : m_request.knownVolumeImages;
    context.startStep(step++, images.size() + 1, ProgressUnit::Items);
    bool argonMeasured = false;
    for (const QString &image : images) {
        const QString absolute = QFileInfo(image).absoluteFilePath();
        const Result<VolumeInfo> info = readVolumeInfo(image);
        if (!info) {
            if (given) {
                context.fail(info.error());
                return;
            }
            context.addDetail(QCoreApplication::translate("Benchmark", "Known volume %1 not measured: %2")
                                  .arg(absolute, info.error().message));
            results.append(
                QJsonObject{{QStringLiteral("kdf"), QStringLiteral("luks")},
                            {QStringLiteral("used_by"),
                             QCoreApplication::translate("Benchmark", "known volume %1").arg(absolute)},
                            {QStringLiteral("volume"), absolute},
                            {QStringLiteral("note"), info.error().message}});
            context.addProgress(1);
            continue;
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
            QJsonObject row = pbkdfRow(context, slot.pbkdf,
                                       QCoreApplication::translate("Benchmark", "%1 key slot %2 (unlock)")
                                           .arg(absolute)
                                           .arg(slot.slot),
                                       settings, target, settings.isArgon2() ? kMinArgonIterations : 1000);
            row.insert(QStringLiteral("volume"), absolute);
            row.insert(QStringLiteral("slot"), slot.slot);
            argonMeasured = argonMeasured || (settings.isArgon2() && row.contains(QLatin1String("ms")));
            results.append(row);
            if (context.isCancelled())
                return;
        }
        context.addProgress(1);
    }
    if (!argonMeasured) {
        results.append(luksDefaultRow(context, target));
        if (context.isCancelled())
            return;
    }
    context.addProgress(1);

    context.startStep(step++);
    results.append(scryptRow(context, target));
    if (context.isCancelled())
        return;
    context.setData({{QStringLiteral("target_ms"), target},
                     {QStringLiteral("volumes_source"), given              ? QStringLiteral("given")
                                                        : images.isEmpty() ? QStringLiteral("none")
                                                                           : QStringLiteral("known")},
                     {QStringLiteral("results"), results}});
    context.setOverview(QCoreApplication::translate(
                            "Benchmark",
                            "What one key derivation costs on this machine, and the settings that take "
                            "about %1 ms here.")
                            .arg(target));
}

} // namespace strongroom::bench

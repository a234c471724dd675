// Benchmark of the conversions: builds (once, cached) a plain and a SQLCipher 3 database of mixed
// tables with the sqlcipher shell, then measures in one run, on the same input files:
//   - the sqlcipher shell doing ATTACH ... KEY ...; SELECT sqlcipher_export(...) (the reference),
//   - Strongroom's encrypt and migrate (ConversionJob): the conversion step alone (its
//     sqlcipher_export copy, key derivations included, as the shell's) and the whole operation
//     (check, copy, fsync, verification of every row, swap),
// and prints the times and the ratios.
// On a shared machine the load of other programs varies from one minute to the next: --repeat N
// runs each pair (shell, then Strongroom) N times and keeps each one's best figures.
// Usage: BenchConversion [--size-mb N] [--cache-dir DIR] [--repeat N]

#include "conversion/ConversionJob.h"
#include "core/JobRunner.h"
#include "support/BenchDatabase.h"
#include "support/BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QtCrypto>
#include <cstdio>
#include <functional>

using namespace strongroom;

namespace {

const QByteArray kPassphrase = "strongroom-bench";
const QByteArray kNewPassphrase = "strongroom-bench-new";

struct Figures
{
    qint64 shellMs = 0;
    qint64 conversionMs = 0; // Strongroom's copy step
    qint64 wholeMs = 0;      // Strongroom's whole job
    qint64 verifyMs = 0;
    bool ok = false;
};

// A fresh copy of the cached input, so every run starts from the same bytes (and a warm page cache).
bool freshInput(const QString &cached, const QString &input)
{
    for (const QString &f : QDir(QFileInfo(input).absolutePath()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(QDir(QFileInfo(input).absolutePath()).filePath(f));
    return QFile::copy(cached, input);
}

qint64 timeShell(const QString &input, const QByteArray &script)
{
    QElapsedTimer timer;
    timer.start();
    if (!bench::runShell(input, script))
        return -1;
    return timer.elapsed();
}

Figures measure(const QString &cached, const QString &workDir, ConversionRequest request,
                const QByteArray &shellScript)
{
    Figures f;
    const QString input = QDir(workDir).filePath(QStringLiteral("input.db"));
    if (!freshInput(cached, input))
        return f;
    const QString shellOut = QDir(workDir).filePath(QStringLiteral("shell-out.db"));
    f.shellMs = timeShell(input, QByteArray(shellScript).replace("%OUT%", QFile::encodeName(shellOut)));
    QFile::remove(shellOut);
    if (f.shellMs < 0)
        return f;

    request.path = input;
    auto job = std::make_shared<ConversionJob>(std::move(request));
    QThreadPool pool;
    QElapsedTimer whole;
    whole.start();
    const JobReport report =
        startDetached(job, &pool, {}, AuditLog(QDir(workDir).filePath(QStringLiteral("../audit.log"))))
            ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; });
    f.wholeMs = whole.elapsed();
    if (report.error) {
        std::fprintf(stderr, "strongroom: %s\n", qPrintable(report.error->message));
        return f;
    }
    f.conversionMs = job->result().copyMs;
    f.verifyMs = job->result().verifyMs;
    f.ok = job->result().verification.passed();
    return f;
}

// The best of `repeat` runs of each side (a run that failed counts as failed).
Figures bestOf(int repeat, const std::function<Figures()> &run)
{
    Figures best = run();
    for (int i = 1; i < repeat && best.ok; ++i) {
        const Figures f = run();
        best.ok = f.ok;
        best.shellMs = std::min(best.shellMs, f.shellMs);
        best.conversionMs = std::min(best.conversionMs, f.conversionMs);
        best.verifyMs = std::min(best.verifyMs, f.verifyMs);
        best.wholeMs = std::min(best.wholeMs, f.wholeMs);
    }
    return best;
}

void print(const char *name, const Figures &f)
{
    std::printf("%s: sqlcipher shell %lld ms; strongroom conversion step %lld ms, whole operation %lld ms "
                "(verification %lld ms)\n",
                name, f.shellMs, f.conversionMs, f.wholeMs, f.verifyMs);
    std::printf(
        "%s: conversion %.2fx the shell's speed (target >= 1.0); whole operation %.2fx the shell's time "
        "(target <= 2.0)\n",
        name, double(f.shellMs) / std::max<qint64>(1, f.conversionMs),
        double(f.wholeMs) / std::max<qint64>(1, f.shellMs));
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addBenchOptions(parser);
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("Runs of each measurement; the best is kept (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.process(app);
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const bench::BenchOptions options = bench::benchOptions(parser);
    const qint64 sizeMb = options.sizeMb;
    const QDir &cache = options.cache;
    cache.mkpath(QStringLiteral("conversion-work"));
    const QString workDir = cache.absoluteFilePath(QStringLiteral("conversion-work"));
    const QString plain = cache.absoluteFilePath(QStringLiteral("conversion-plain-%1mb.db").arg(sizeMb));
    const QString v3 = cache.absoluteFilePath(QStringLiteral("conversion-v3-%1mb.db").arg(sizeMb));

    const QByteArray key = "PRAGMA key = '" + kPassphrase + "';\n";
    const QList<std::pair<QString, QByteArray>> inputs{
        {plain, QByteArray()}, {v3, key + QByteArray("PRAGMA cipher_compatibility = 3;\n")}};
    for (const auto &[file, pragmas] : inputs) {
        if (QFileInfo::exists(file))
            continue;
        std::printf("building %s with the sqlcipher shell...\n", qPrintable(file));
        std::fflush(stdout);
        QElapsedTimer build;
        build.start();
        if (!bench::buildMixedDatabase(file, sizeMb, pragmas))
            return 1;
        std::printf("built in %.1f s\n", build.elapsed() / 1000.0);
    }
    std::printf("inputs: plain %.1f MiB, SQLCipher 3 %.1f MiB\n", QFileInfo(plain).size() / 1048576.0,
                QFileInfo(v3).size() / 1048576.0);
    std::fflush(stdout);

    // Encrypt: plain -> SQLCipher 4 with a passphrase.
    ConversionRequest encrypt;
    encrypt.kind = ConversionKind::Encrypt;
    encrypt.newKey = KeyMaterial(QCA::SecureArray(kPassphrase));
    const Figures enc = bestOf(repeat, [&] {
        return measure(plain, workDir, encrypt,
                       "ATTACH DATABASE '%OUT%' AS enc KEY '" + kPassphrase +
                           "';\nSELECT sqlcipher_export('enc');\nDETACH DATABASE enc;\n");
    });
    print("encrypt", enc);
    std::fflush(stdout);

    // Migrate: SQLCipher 3 -> SQLCipher 4 defaults, same passphrase. Strongroom is given the source's
    // settings as the wizard does after its diagnosis (the shell is told them too).
    ConversionRequest migrate;
    migrate.kind = ConversionKind::Migrate;
    migrate.key = KeyMaterial(QCA::SecureArray(kPassphrase));
    migrate.sourceSettings = CipherSettings::sqlcipher3();
    const Figures mig =
        measure(v3, workDir, migrate,
                key + "PRAGMA cipher_compatibility = 3;\nATTACH DATABASE '%OUT%' AS v4 KEY '" + kPassphrase +
                    "';\nSELECT sqlcipher_export('v4');\nDETACH DATABASE v4;\n");
    print("migrate", mig);

    freshInput(plain, QDir(workDir).filePath(QStringLiteral("input.db")));
    QFile::remove(QDir(workDir).filePath(QStringLiteral("input.db")));
    if (!enc.ok || !mig.ok) {
        std::fprintf(stderr, "a conversion failed or did not verify\n");
        return 1;
    }
    return 0;
}

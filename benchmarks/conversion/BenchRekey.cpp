// Benchmark of a change of key (issue 22): builds (once, cached) a SQLCipher 4 database of mixed
// tables with the sqlcipher shell, then measures in one run, each on a fresh copy of it with a warm
// page cache:
//   - `PRAGMA rekey` in the sqlcipher shell (the tool to beat: in place, unverified),
//   - `cp` of the file and `sync FILE` (the disk's speed: one read, one write, one fsync),
//   - Strongroom's verified rekey (ConversionJob, the job `strongroom-cli db rekey` runs): check,
//     page-by-page re-encryption compared page for page, fsync, SQLCipher's read with the new key,
//     swap keeping the original,
// and prints the times and the ratios against the targets (>= 3x the speed of PRAGMA rekey, within
// 3x of cp + sync). --rounds N repeats the three and keeps each one's best.
// Usage: BenchRekey [--size-mb N] [--cache-dir DIR] [--rounds N]

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
#include <cstdlib>
#include <sys/resource.h>

using namespace strongroom;

namespace {

const QByteArray kPassphrase = "strongroom-bench";

// CPU time (user + system) of this process, or of its finished children, in ms: the work done,
// whatever share of the shared cores it got.
qint64 cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}
const QByteArray kNewPassphrase = "strongroom-bench-new";

// Removes everything in the work folder and copies the cached input there, then reads it once so
// each measurement starts from the same bytes in the page cache.
bool freshInput(const QString &cached, const QString &input)
{
    const QDir dir = QFileInfo(input).absoluteDir();
    for (const QString &f : dir.entryList(QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(f));
    if (!QFile::copy(cached, input))
        return false;
    QFile f(input);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    while (f.read(buffer.data(), buffer.size()) > 0) {
    }
    return true;
}

qint64 runTimed(const QString &program, const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    return timer.elapsed();
}

qint64 pragmaRekey(const QString &cached, const QString &input, qint64 *cpu)
{
    if (!freshInput(cached, input))
        return -1;
    const qint64 cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    if (!bench::runShell(input,
                         "PRAGMA key = '" + kPassphrase + "';\nPRAGMA rekey = '" + kNewPassphrase + "';\n"))
        return -1;
    *cpu = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    return timer.elapsed();
}

qint64 copyAndSync(const QString &cached, const QString &input)
{
    if (!freshInput(cached, input))
        return -1;
    const QString copy = input + QStringLiteral(".copy");
    const qint64 cp = runTimed(QStringLiteral("cp"), {input, copy});
    const qint64 sync = cp < 0 ? -1 : runTimed(QStringLiteral("sync"), {copy});
    return cp < 0 || sync < 0 ? -1 : cp + sync;
}

struct RekeyFigures
{
    qint64 wholeMs = -1;
    qint64 pagesMs = 0;
    qint64 verifyMs = 0;
    qint64 cpuMs = 0;
    QString method;
};

RekeyFigures strongroomRekey(const QString &cached, const QString &input, const QString &auditLog)
{
    RekeyFigures f;
    if (!freshInput(cached, input))
        return f;
    ConversionRequest request;
    request.kind = ConversionKind::Rekey;
    request.path = input;
    request.key = KeyMaterial(QCA::SecureArray(kPassphrase));
    request.newKey = KeyMaterial(QCA::SecureArray(kNewPassphrase));
    auto job = std::make_shared<ConversionJob>(std::move(request));
    QThreadPool pool;
    const qint64 cpuBefore = cpuMs(RUSAGE_SELF);
    QElapsedTimer whole;
    whole.start();
    const JobReport report =
        startDetached(job, &pool, {}, AuditLog(auditLog))
            ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; });
    if (report.error) {
        std::fprintf(stderr, "strongroom: %s\n", qPrintable(report.error->message));
        return f;
    }
    f.wholeMs = whole.elapsed();
    f.cpuMs = cpuMs(RUSAGE_SELF) - cpuBefore;
    f.pagesMs = job->result().copyMs;
    f.verifyMs = job->result().verifyMs;
    f.method = conversionMethodName(job->result().method);
    if (!job->result().verification.passed() ||
        !bench::runShell(input, "PRAGMA key = '" + kNewPassphrase + "';\nSELECT count(*) FROM users;\n"))
        f.wholeMs = -1;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addBenchOptions(parser);
    parser.addOption(
        {QStringLiteral("rounds"),
         QStringLiteral("Rounds of the three measurements; each one's best is kept (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")});
    parser.process(app);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const bench::BenchOptions options = bench::benchOptions(parser);
    const QDir &cache = options.cache;
    cache.mkpath(QStringLiteral("rekey-work"));
    const QString workDir = cache.absoluteFilePath(QStringLiteral("rekey-work"));
    const QString input = QDir(workDir).filePath(QStringLiteral("input.db"));
    const QString cached = cache.absoluteFilePath(QStringLiteral("rekey-v4-%1mb.db").arg(options.sizeMb));
    if (!QFileInfo::exists(cached)) {
        std::printf("building %s with the sqlcipher shell...\n", qPrintable(cached));
        std::fflush(stdout);
        if (!bench::buildMixedDatabase(cached, options.sizeMb, "PRAGMA key = '" + kPassphrase + "';\n"))
            return 1;
    }
    const qint64 bytes = QFileInfo(cached).size();
    std::printf("input: SQLCipher 4, %.1f MiB (%.2f GB), %lld pages of 4 KiB\n", bytes / 1048576.0,
                bytes / 1e9, bytes / 4096);
    std::fflush(stdout);

    qint64 shell = -1, copy = -1;
    RekeyFigures best;
    for (int round = 0; round < rounds; ++round) {
        qint64 shellCpu = 0;
        const qint64 s = pragmaRekey(cached, input, &shellCpu);
        const qint64 c = copyAndSync(cached, input);
        const RekeyFigures r =
            strongroomRekey(cached, input, QDir(workDir).filePath(QStringLiteral("../rekey-audit.log")));
        std::printf(
            "round %d: PRAGMA rekey %lld ms (CPU %lld ms); cp + sync %lld ms; strongroom rekey %lld ms "
            "(CPU %lld ms; method %s: pages %lld ms, verification %lld ms)\n",
            round + 1, s, shellCpu, c, r.wholeMs, r.cpuMs, qPrintable(r.method), r.pagesMs, r.verifyMs);
        std::fflush(stdout);
        if (s < 0 || c < 0 || r.wholeMs < 0)
            return 1;
        shell = shell < 0 ? s : std::min(shell, s);
        copy = copy < 0 ? c : std::min(copy, c);
        if (best.wholeMs < 0 || r.wholeMs < best.wholeMs)
            best = r;
    }
    freshInput(cached, input);
    QFile::remove(input);
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("load average at the end: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    std::printf(
        "rekey: %.2fx the speed of PRAGMA rekey (target >= 3); %.2fx the time of cp + sync (target <= 3)\n",
        double(shell) / double(std::max<qint64>(1, best.wholeMs)),
        double(best.wholeMs) / double(std::max<qint64>(1, copy)));
    return 0;
}

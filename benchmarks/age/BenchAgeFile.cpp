// age files: `strongroom-cli file encrypt` and `file decrypt` against the age program on the same
// input with the same recipient, in the same run, with each side's peak resident memory.
//
//   BenchAgeFile [--size-mb N] [--work-dir DIR] [--rounds R]     (defaults: 1024, build/bench-cache, 2)
//
// Two measures each way: to /dev/null (standard output; the pipeline alone: read, crypto, write) and
// to a file in DIR (Strongroom fsyncs and renames it; age's output gets `sync FILE` after it, timed
// with it, for the same durability). Rounds alternate who
// goes first; the means are compared. The input is read from the page cache by both.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

struct Measured
{
    double seconds = 0;
    double cpuSeconds = 0; // user + system of all threads: what the work costs, whatever the load
    long peakRssKiB = 0;
};

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "BenchAgeFile: %s\n", qPrintable(what));
    std::exit(1);
}

// Runs a program with standard output to `stdoutPath`, timing it and taking its peak RSS from wait4.
Measured measure(const QString &program, const QStringList &args,
                 const QString &stdoutPath = QStringLiteral("/dev/null"))
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(stdoutPath);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        fail(QStringLiteral("cannot start %1").arg(program));
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("%1 %2 failed").arg(program, args.join(QLatin1Char(' '))));
    const auto secondsOf = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return Measured{double(timer.nsecsElapsed()) / 1e9, secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime),
                    usage.ru_maxrss};
}

// A run of age followed by an fsync of its output (coreutils' `sync FILE`): the same durability as
// Strongroom, which fsyncs before it renames.
Measured thenSync(Measured a, const QString &file)
{
    const Measured b = measure(QStringLiteral("sync"), {file});
    a.seconds += b.seconds;
    a.cpuSeconds += b.cpuSeconds;
    a.peakRssKiB = std::max(a.peakRssKiB, b.peakRssKiB);
    return a;
}

QString output(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

// Pseudo-random, incompressible bytes, written once and kept in the work folder.
void makeInput(const QString &path, qint64 sizeMiB)
{
    if (QFileInfo(path).size() == sizeMiB * kMiB)
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1").arg(path));
    QByteArray block(kMiB, Qt::Uninitialized);
    quint64 state = 0x9e3779b97f4a7c15ull;
    for (qint64 i = 0; i < sizeMiB; ++i) {
        auto *words = reinterpret_cast<quint64 *>(block.data());
        for (qsizetype w = 0; w < block.size() / 8; ++w) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words[w] = state;
        }
        f.write(block);
    }
}

struct Pair
{
    Measured age;
    Measured ours;
};

void print(const char *what, const Pair &p, qint64 sizeMiB)
{
    std::printf(
        "%-22s age %5.2f s (%6.1f MiB/s, cpu %5.2f s, peak RSS %4.1f MB)  strongroom %5.2f s (%6.1f MiB/s, "
        "cpu %5.2f s, peak RSS %4.1f MB)  ratio strongroom/age: %.2f (cpu %.2f)\n",
        what, p.age.seconds, double(sizeMiB) / p.age.seconds, p.age.cpuSeconds,
        double(p.age.peakRssKiB) / 1024.0, p.ours.seconds, double(sizeMiB) / p.ours.seconds,
        p.ours.cpuSeconds, double(p.ours.peakRssKiB) / 1024.0, p.age.seconds / p.ours.seconds,
        p.age.cpuSeconds / p.ours.cpuSeconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size-mb"), QStringLiteral("Input size in MiB (default 1024)."),
                      QStringLiteral("N"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("work-dir"),
                      QStringLiteral("Where the files go (default build/bench-cache)."),
                      QStringLiteral("DIR"), QStringLiteral("build/bench-cache")});
    parser.addOption({QStringLiteral("rounds"),
                      QStringLiteral("Rounds, alternating who goes first (default 2)."), QStringLiteral("R"),
                      QStringLiteral("2")});
    parser.process(app);
    const qint64 sizeMiB = parser.value(QStringLiteral("size-mb")).toLongLong();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const QDir dir(parser.value(QStringLiteral("work-dir")));
    QDir().mkpath(dir.path());
    const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/strongroom-cli");
    if (age.isEmpty() || keygen.isEmpty())
        fail(QStringLiteral("the age program is not installed (Debian package age)"));

    const QString input = dir.filePath(QStringLiteral("age-bench-%1.bin").arg(sizeMiB));
    const QString key = dir.filePath(QStringLiteral("age-bench-key.txt"));
    const QString theirs = dir.filePath(QStringLiteral("age-bench-theirs.age"));
    const QString ours = dir.filePath(QStringLiteral("age-bench-ours.age"));
    const QString plain = dir.filePath(QStringLiteral("age-bench-plain.out"));
    makeInput(input, sizeMiB);
    QFile::remove(key);
    output(keygen, {QStringLiteral("-o"), key});
    const QString recipient = output(keygen, {QStringLiteral("-y"), key});
    std::printf("BenchAgeFile: %lld MiB, %d rounds, %s; load average at start: %s\n", sizeMiB, rounds,
                qPrintable(output(age, {QStringLiteral("--version")})),
                qPrintable(output(QStringLiteral("cut"), {QStringLiteral("-d "), QStringLiteral("-f1-3"),
                                                          QStringLiteral("/proc/loadavg")})));
    // Warm the page cache with the input and make each side's ciphertext for the decryption runs.
    measure(QStringLiteral("cat"), {input});
    measure(age, {QStringLiteral("-r"), recipient, QStringLiteral("-o"), theirs, input});
    QFile::remove(ours);
    measure(cli, {QStringLiteral("file"), QStringLiteral("encrypt"), input, QStringLiteral("--recipient"),
                  recipient, QStringLiteral("-o"), ours});

    const auto mean = [rounds](Pair sum) {
        sum.age.seconds /= rounds;
        sum.ours.cpuSeconds /= rounds;
        sum.age.cpuSeconds /= rounds;
        sum.ours.seconds /= rounds;
        return sum;
    };
    const auto accumulate = [](Pair &sum, const Measured &a, const Measured &o) {
        sum.age.seconds += a.seconds;
        sum.age.cpuSeconds += a.cpuSeconds;
        sum.ours.cpuSeconds += o.cpuSeconds;
        sum.ours.seconds += o.seconds;
        sum.age.peakRssKiB = std::max(sum.age.peakRssKiB, a.peakRssKiB);
        sum.ours.peakRssKiB = std::max(sum.ours.peakRssKiB, o.peakRssKiB);
    };
    const auto alternate = [&](int round, auto runAge, auto runOurs) {
        Measured a, o;
        if (round % 2 == 0) {
            a = runAge();
            o = runOurs();
        } else {
            o = runOurs();
            a = runAge();
        }
        return std::make_pair(a, o);
    };

    Pair encNull, decNull, encFile, decFile;
    for (int round = 0; round < rounds; ++round) {
        auto [a1, o1] = alternate(
            round, [&] { return measure(age, {QStringLiteral("-r"), recipient, input}); },
            [&] {
                return measure(cli, {QStringLiteral("file"), QStringLiteral("encrypt"), input,
                                     QStringLiteral("--recipient"), recipient});
            });
        accumulate(encNull, a1, o1);
        auto [a2, o2] = alternate(
            round, [&] { return measure(age, {QStringLiteral("-d"), QStringLiteral("-i"), key, theirs}); },
            [&] {
                return measure(cli, {QStringLiteral("file"), QStringLiteral("decrypt"), ours,
                                     QStringLiteral("--identity"), key});
            });
        accumulate(decNull, a2, o2);
        auto [a3, o3] = alternate(
            round,
            [&] {
                QFile::remove(plain);
                return thenSync(
                    measure(age, {QStringLiteral("-r"), recipient, QStringLiteral("-o"), plain, input}),
                    plain);
            },
            [&] {
                QFile::remove(plain);
                return measure(cli, {QStringLiteral("file"), QStringLiteral("encrypt"), input,
                                     QStringLiteral("--recipient"), recipient, QStringLiteral("-o"), plain});
            });
        accumulate(encFile, a3, o3);
        auto [a4, o4] = alternate(
            round,
            [&] {
                QFile::remove(plain);
                return thenSync(measure(age, {QStringLiteral("-d"), QStringLiteral("-i"), key,
                                              QStringLiteral("-o"), plain, theirs}),
                                plain);
            },
            [&] {
                QFile::remove(plain);
                return measure(cli, {QStringLiteral("file"), QStringLiteral("decrypt"), ours,
                                     QStringLiteral("--identity"), key, QStringLiteral("-o"), plain});
            });
        accumulate(decFile, a4, o4);
    }
    QFile::remove(plain);
    print("encrypt to /dev/null", mean(encNull), sizeMiB);
    print("decrypt to /dev/null", mean(decNull), sizeMiB);
    print("encrypt to a file (+fsync)", mean(encFile), sizeMiB);
    print("decrypt to a file (+fsync)", mean(decFile), sizeMiB);
    std::printf("load average at end: %s\n",
                qPrintable(output(QStringLiteral("cut"), {QStringLiteral("-d "), QStringLiteral("-f1-3"),
                                                          QStringLiteral("/proc/loadavg")})));
    return 0;
}

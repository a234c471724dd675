// In-place encryption of an ext4 image: Strongroom (libcryptsetup's re-encryption engine through
// volumes/InPlaceEncryption) against `cryptsetup reencrypt --encrypt --reduce-device-size` on an
// identical image in the same run, with `dd` write speed of the same disk as the ceiling.
//
//   BenchVolumeEncrypt [--size-mb N] [--work-dir DIR]     (defaults: 1024, build/bench-cache)
#include "core/JobRunner.h"
#include "volumes/InPlaceEncryption.h"
#include "volumes/VolumeCryptJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QThreadPool>
#include <QtCrypto>
#include <cstdio>

using namespace strongroom;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kShiftMiB = 16; // LUKS2 header room, the same for both

int run(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(-1);
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "BenchVolumeEncrypt: %s\n", qPrintable(what));
    std::exit(1);
}

// A fully written (not sparse) ext4 image, so both contenders read and write every block.
void makeImage(const QString &path, qint64 sizeMiB)
{
    QFile::remove(path);
    if (run(QStringLiteral("dd"),
            {QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + path, QStringLiteral("bs=1M"),
             QStringLiteral("count=%1").arg(sizeMiB), QStringLiteral("status=none")}) != 0)
        fail(QStringLiteral("dd could not write %1").arg(path));
    if (run(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), QStringLiteral("-F"), path}) != 0)
        fail(QStringLiteral("mkfs.ext4 failed on %1").arg(path));
}

double ddWriteMiBs(const QString &path, qint64 sizeMiB)
{
    QElapsedTimer t;
    t.start();
    if (run(QStringLiteral("dd"), {QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + path,
                                   QStringLiteral("bs=1M"), QStringLiteral("count=%1").arg(sizeMiB),
                                   QStringLiteral("conv=fdatasync"), QStringLiteral("status=none")}) != 0)
        fail(QStringLiteral("dd failed"));
    const double s = double(t.nsecsElapsed()) / 1e9;
    QFile::remove(path);
    return double(sizeMiB) / s;
}
} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size-mb"), QStringLiteral("Image size in MiB (default 1024)."),
                      QStringLiteral("N"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("work-dir"),
                      QStringLiteral("Where the images go (default build/bench-cache)."),
                      QStringLiteral("DIR"), QStringLiteral("build/bench-cache")});
    parser.process(app);
    const qint64 sizeMiB = parser.value(QStringLiteral("size-mb")).toLongLong();
    if (sizeMiB < 8)
        fail(QStringLiteral("--size-mb must be at least 8"));
    QDir work(parser.value(QStringLiteral("work-dir")));
    if (!work.mkpath(QStringLiteral(".")))
        fail(QStringLiteral("cannot create %1").arg(work.path()));
    const QString ours = work.filePath(QStringLiteral("bench-volume-strongroom.img"));
    const QString theirs = work.filePath(QStringLiteral("bench-volume-cryptsetup.img"));
    const QString keyFile = work.filePath(QStringLiteral("bench-volume.key"));
    {
        QFile k(keyFile);
        if (!k.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write the key file"));
        k.write("benchmark passphrase");
        k.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QTextStream out(stdout);
    out << "In-place encryption of a " << sizeMiB
        << " MiB ext4 image (aes-xts-plain64, 512-bit key, data shift " << kShiftMiB << " MiB), work folder "
        << QDir(work).absolutePath() << Qt::endl;

    const double dd = ddWriteMiBs(work.filePath(QStringLiteral("bench-volume-dd.bin")), sizeMiB);

    inplace::EncryptionParams params;
    params.pbkdf = PbkdfSettings::minimal(QStringLiteral("pbkdf2")); // the KDF is not what is measured
    params.headerBytes = kShiftMiB * kMiB;
    QFile kf(keyFile);
    kf.open(QIODevice::ReadOnly);
    const KeyMaterial key{QCA::SecureArray(kf.readAll())};

    // Each contender starts on a freshly written image with the page cache flushed; the rounds
    // alternate who goes first, so neither profits from the other's write-back.
    const auto strongroomRun = [&] {
        makeImage(ours, sizeMiB);
        run(QStringLiteral("sync"), {});
        QElapsedTimer t;
        t.start();
        // VolumeCryptJob, as `volume encrypt` and the Volumes page run it.
        QThreadPool pool;
        const JobReport report =
            startDetached(
                std::make_shared<VolumeCryptJob>(VolumeCryptJob::Direction::Encrypt, ours, key, params),
                &pool, {}, AuditLog(ours + QStringLiteral(".audit.jsonl")))
                ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; });
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (report.error || !report.data.value(QStringLiteral("finished")).toBool())
            fail(QStringLiteral("Strongroom's encryption failed: %1")
                     .arg(report.error ? report.error->message : QStringLiteral("unfinished")));
        QFile::remove(ours + QStringLiteral(".audit.jsonl"));
        QFile::remove(ours + QStringLiteral(".audit.jsonl.head"));
        QFile::remove(ours);
        return seconds;
    };
    // The same image and the same room for cryptsetup: --reduce-device-size takes twice the data
    // shift off the end of the device, so the file first grows by that much, as Strongroom's does.
    const auto cryptsetupRun = [&] {
        makeImage(theirs, sizeMiB);
        if (run(QStringLiteral("fallocate"),
                {QStringLiteral("-o"), QString::number(sizeMiB * kMiB), QStringLiteral("-l"),
                 QString::number(2 * kShiftMiB * kMiB), theirs}) != 0)
            fail(QStringLiteral("cannot extend %1").arg(theirs));
        run(QStringLiteral("sync"), {});
        QByteArray toolOutput;
        QElapsedTimer t;
        t.start();
        const int rc =
            run(QStringLiteral("cryptsetup"),
                {QStringLiteral("reencrypt"), QStringLiteral("--encrypt"), QStringLiteral("--type"),
                 QStringLiteral("luks2"), QStringLiteral("--reduce-device-size"),
                 QStringLiteral("%1M").arg(2 * kShiftMiB), QStringLiteral("--force-offline-reencrypt"),
                 QStringLiteral("-q"), QStringLiteral("--key-file"), keyFile, QStringLiteral("--pbkdf"),
                 QStringLiteral("pbkdf2"), QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"),
                 theirs},
                &toolOutput);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (rc != 0)
            fail(QStringLiteral("cryptsetup reencrypt failed: %1").arg(QString::fromLocal8Bit(toolOutput)));
        QFile::remove(theirs);
        return seconds;
    };
    double oursSeconds = 0, theirSeconds = 0;
    for (int round = 0; round < 2; ++round) {
        const double a = round == 0 ? strongroomRun() : cryptsetupRun();
        const double b = round == 0 ? cryptsetupRun() : strongroomRun();
        const double oursNow = round == 0 ? a : b, theirsNow = round == 0 ? b : a;
        out << QStringLiteral("round %1 (%2 first): strongroom %3 s, cryptsetup %4 s")
                   .arg(round + 1)
                   .arg(round == 0 ? QStringLiteral("strongroom") : QStringLiteral("cryptsetup"))
                   .arg(oursNow, 0, 'f', 2)
                   .arg(theirsNow, 0, 'f', 2)
            << Qt::endl;
        oursSeconds += oursNow / 2;
        theirSeconds += theirsNow / 2;
    }

    const double oursRate = double(sizeMiB) / oursSeconds, theirRate = double(sizeMiB) / theirSeconds;
    out << QStringLiteral("dd write (limit):      %1 MiB/s").arg(dd, 0, 'f', 1) << Qt::endl
        << QStringLiteral("cryptsetup reencrypt:  %1 MiB/s (mean %2 s)")
               .arg(theirRate, 0, 'f', 1)
               .arg(theirSeconds, 0, 'f', 2)
        << Qt::endl
        << QStringLiteral("strongroom encrypt:    %1 MiB/s (mean %2 s)")
               .arg(oursRate, 0, 'f', 1)
               .arg(oursSeconds, 0, 'f', 2)
        << Qt::endl
        << QStringLiteral("ratio strongroom/cryptsetup: %1 (target >= 0.9); strongroom/dd: %2")
               .arg(oursRate / theirRate, 0, 'f', 2)
               .arg(oursRate / dd, 0, 'f', 2)
        << Qt::endl;
    QFile::remove(keyFile);
    return 0;
}

// Extracting one large file from a LUKS2 image in user space (`strongroom-cli volume cat`: the volume
// key from libcryptsetup, sectors decrypted with libcrypto, ext4 read through libext2fs on
// Strongroom's I/O manager) against e2fsprogs' own user-space reader, `debugfs -R "dump PATH OUT"`,
// on the same file system unencrypted, in the same run. Both write to a file in the same folder
// without fsync; `volume get` (which fsyncs and renames, as every file Strongroom writes) is timed
// too. Every output is compared with the source by SHA-256.
//
//   BenchVolumeExtract [--size-mb N] [--work-dir DIR] [--rounds R]   (defaults: 1024, build/bench-cache, 2)
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <cstdio>
#include <cstring>

namespace {

constexpr qint64 kMiB = 1024 * 1024;

int run(const QString &program, const QStringList &args, const QString &stdoutFile = {},
        QByteArray *output = nullptr)
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    else
        p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(-1);
    if (output)
        *output = stdoutFile.isEmpty() ? p.readAll() : p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "BenchVolumeExtract: %s\n", qPrintable(what));
    std::exit(1);
}

QString tool(const QString &name)
{
    for (const QString &dir :
         {QStringLiteral("/usr/sbin/"), QStringLiteral("/sbin/"), QStringLiteral("/usr/bin/")})
        if (QFileInfo::exists(dir + name))
            return dir + name;
    return name;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

// A file of `sizeMiB` of a pattern with no block of zeros (so neither reader can skip holes).
void makeSource(const QString &path, qint64 sizeMiB)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1").arg(path));
    QByteArray chunk(kMiB, Qt::Uninitialized);
    quint64 state = 0x2545F4914F6CDD1DULL;
    for (qint64 m = 0; m < sizeMiB; ++m) {
        for (int i = 0; i < chunk.size(); i += 8) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            std::memcpy(chunk.data() + i, &state, 8);
        }
        if (f.write(chunk) != chunk.size())
            fail(QStringLiteral("cannot write %1").arg(path));
    }
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size-mb"),
                      QStringLiteral("Size of the extracted file in MiB (default 1024)."),
                      QStringLiteral("N"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("work-dir"),
                      QStringLiteral("Where the images go (default build/bench-cache)."),
                      QStringLiteral("DIR"), QStringLiteral("build/bench-cache")});
    parser.addOption({QStringLiteral("rounds"),
                      QStringLiteral("Timed rounds, alternating who goes first (default 2)."),
                      QStringLiteral("R"), QStringLiteral("2")});
    parser.process(app);
    const qint64 sizeMiB = parser.value(QStringLiteral("size-mb")).toLongLong();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    QDir work(parser.value(QStringLiteral("work-dir")) + QStringLiteral("/extract-%1").arg(sizeMiB));
    work.mkpath(QStringLiteral("tree"));
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/strongroom-cli");
    const QString source = work.filePath(QStringLiteral("tree/big.bin"));
    const QString plain = work.filePath(QStringLiteral("plain.img"));
    const QString encrypted = work.filePath(QStringLiteral("luks2.img"));
    const QString key = work.filePath(QStringLiteral("key"));
    const qint64 fsMiB = sizeMiB + sizeMiB / 16 + 64;

    if (!QFileInfo::exists(encrypted) || !QFileInfo::exists(plain)) {
        std::fprintf(stderr, "Making the %lld MiB file and both images (kept in %s for later runs)...\n",
                     sizeMiB, qPrintable(work.path()));
        makeSource(source, sizeMiB);
        QFile k(key);
        if (!k.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1").arg(key));
        k.write("bench passphrase");
        k.close();
        k.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        for (const auto &[image, extra] : {std::pair{plain, qint64(0)}, std::pair{encrypted, qint64(16)}}) {
            QFile::remove(image);
            QFile f(image);
            if (!f.open(QIODevice::WriteOnly) || !f.resize((fsMiB + extra) * kMiB))
                fail(QStringLiteral("cannot make %1").arg(image));
            f.close();
            QByteArray out;
            if (run(tool(QStringLiteral("mke2fs")),
                    {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"), QStringLiteral("ext4"),
                     QStringLiteral("-d"), work.filePath(QStringLiteral("tree")), image,
                     QStringLiteral("%1M").arg(fsMiB)},
                    {}, &out) != 0)
                fail(QStringLiteral("mke2fs failed: ") + QString::fromLocal8Bit(out));
        }
        QByteArray out;
        if (run(QStringLiteral("cryptsetup"),
                {QStringLiteral("reencrypt"), QStringLiteral("-q"), QStringLiteral("--encrypt"),
                 QStringLiteral("--type"), QStringLiteral("luks2"), QStringLiteral("--reduce-device-size"),
                 QStringLiteral("16M"), QStringLiteral("--key-file"), key, QStringLiteral("--pbkdf"),
                 QStringLiteral("pbkdf2"), QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"),
                 encrypted},
                {}, &out) != 0)
            fail(QStringLiteral("cryptsetup reencrypt failed: ") + QString::fromLocal8Bit(out));
    }
    const QByteArray expected = sha256(source);
    const QString outDebugfs = work.filePath(QStringLiteral("out-debugfs.bin"));
    const QString outCat = work.filePath(QStringLiteral("out-cat.bin"));
    const QString getDir = work.filePath(QStringLiteral("out-get"));

    auto timeDebugfs = [&] {
        QFile::remove(outDebugfs);
        QElapsedTimer t;
        t.start();
        QByteArray out;
        if (run(tool(QStringLiteral("debugfs")),
                {QStringLiteral("-R"), QStringLiteral("dump /big.bin %1").arg(outDebugfs), plain}, {},
                &out) != 0)
            fail(QStringLiteral("debugfs failed: ") + QString::fromLocal8Bit(out));
        const double s = seconds(t);
        if (sha256(outDebugfs) != expected)
            fail(QStringLiteral("debugfs's copy differs from the source"));
        return s;
    };
    auto timeCat = [&] {
        QFile::remove(outCat);
        QElapsedTimer t;
        t.start();
        if (run(cli,
                {QStringLiteral("volume"), QStringLiteral("cat"), encrypted, QStringLiteral("/big.bin"),
                 QStringLiteral("--key-file"), key},
                outCat) != 0)
            fail(QStringLiteral("strongroom-cli volume cat failed"));
        const double s = seconds(t);
        if (sha256(outCat) != expected)
            fail(QStringLiteral("volume cat's copy differs from the source"));
        return s;
    };
    auto timeGet = [&] {
        QDir(getDir).removeRecursively();
        QDir().mkpath(getDir);
        QElapsedTimer t;
        t.start();
        QByteArray out;
        if (run(cli,
                {QStringLiteral("volume"), QStringLiteral("get"), encrypted, QStringLiteral("/big.bin"),
                 QStringLiteral("--to"), getDir, QStringLiteral("--key-file"), key},
                {}, &out) != 0)
            fail(QStringLiteral("strongroom-cli volume get failed: ") + QString::fromLocal8Bit(out));
        const double s = seconds(t);
        if (sha256(getDir + QStringLiteral("/big.bin")) != expected)
            fail(QStringLiteral("volume get's copy differs from the source"));
        return s;
    };

    timeDebugfs(); // warm both images into the page cache: the readers are measured, not the disk
    timeCat();
    double debugfs = 0, cat = 0, get = 0;
    for (int r = 0; r < rounds; ++r) {
        if (r % 2 == 0) {
            debugfs += timeDebugfs();
            cat += timeCat();
        } else {
            cat += timeCat();
            debugfs += timeDebugfs();
        }
        get += timeGet();
    }
    debugfs /= rounds;
    cat /= rounds;
    get /= rounds;
    const double mib = double(sizeMiB);
    std::printf("file: %lld MiB, %d rounds (means)\n", sizeMiB, rounds);
    std::printf("debugfs dump (unencrypted image): %.2f s, %.1f MiB/s\n", debugfs, mib / debugfs);
    std::printf("strongroom-cli volume cat (LUKS2 aes-xts-plain64): %.2f s, %.1f MiB/s\n", cat, mib / cat);
    std::printf("strongroom-cli volume get (with fsync and rename): %.2f s, %.1f MiB/s\n", get, mib / get);
    std::printf("ratio strongroom/debugfs: %.2f (target >= 0.5)\n", debugfs / cat);
    QFile::remove(outDebugfs);
    QFile::remove(outCat);
    QDir(getDir).removeRecursively();
    return 0;
}

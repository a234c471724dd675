// PostgreSQL backups: `strongroom-cli pg backup` and `pg restore` against pg_dump, pg_restore and the
// cron pipeline `pg_dump | gzip | gpg --symmetric`, in one run, on a private server the program starts
// (TemporaryCluster: initdb in a 0700 folder, a Unix socket, no TCP) with two databases: a shop (text
// and JSON columns, sized by --size-mb of custom-format dump) and pgbench's (pgbench -i -s N).
//
//   BenchPgBackup [--size-mb N] [--pgbench-scale S] [--work-dir DIR]    (defaults: 650, 10,
//   build/bench-cache)
//
// Measured, each a separate program run timed from start to exit:
//   pg backup (pg_dump's zstd:1 + age)      vs pg_dump -Fc -Z0 -f /dev/null (the floor)          ≤ 1.3 ×
//   pg backup                               vs pg_dump | gzip | gpg --symmetric AES256            ≥ 3 ×
//   faster, file no larger
//   pg restore --jobs 2                     vs pg_restore -j2 of the same dump unencrypted        ≤ 1.1 ×
//   pg restore --jobs 1                     vs pg_restore of that custom-format file              ≤ 1.1 ×
// ("the same dump": a custom-format file with the payload's compression, pg_dump's zstd:1; a -Z0 file
// is restored as well and printed for information)
// and Strongroom's own peak RSS (VmHWM of the strongroom-cli process, polled; pg_dump and pg_restore
// are children of their own and not counted) ≤ 100 MB. gpg's passphrase reaches it through a pipe on
// file descriptor 3, never argv or the environment. Every restore goes into a new database. Each
// line also gives the CPU seconds (user + system) of both programs with their children (pg_dump,
// pg_restore, the pipeline's processes; not the server's backends), which a loaded machine changes
// less than the wall time.
#include "pgbackup/TemporaryCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using strongroom::pgbackup::TemporaryCluster;

namespace {

struct Measured
{
    double seconds = 0;
    double peakRssMb = 0;  // of the program itself (VmHWM), children not counted
    double cpuSeconds = 0; // user + system of the program and the children it waited for
};

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "BenchPgBackup: %s\n", qPrintable(what));
    std::exit(1);
}

long vmHwmKiB(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

// Runs argv with standard output to `stdoutPath`, standard input from `stdinData` (a pipe) and, when
// `fd3Data` is given, file descriptor 3 reading it from another pipe; times it, polls its VmHWM.
Measured measure(const QStringList &command, const QString &stdoutPath = QStringLiteral("/dev/null"),
                 const QByteArray &stdinData = {}, const QByteArray &fd3Data = {})
{
    QList<QByteArray> storage;
    for (const QString &a : command)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    int in[2], extra[2] = {-1, -1};
    if (::pipe(in) != 0 || (!fd3Data.isEmpty() && ::pipe(extra) != 0))
        fail(QStringLiteral("pipe"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(stdoutPath);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, in[1]);
    if (extra[0] >= 0) {
        posix_spawn_file_actions_adddup2(&actions, extra[0], 3);
        posix_spawn_file_actions_addclose(&actions, extra[1]);
    }
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/tmp/BenchPgBackup.err",
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        fail(QStringLiteral("cannot start %1").arg(command.first()));
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    if (!stdinData.isEmpty() && ::write(in[1], stdinData.constData(), size_t(stdinData.size())) < 0)
        fail(QStringLiteral("cannot write to %1").arg(command.first()));
    ::close(in[1]);
    if (extra[0] >= 0) {
        ::close(extra[0]);
        if (::write(extra[1], fd3Data.constData(), size_t(fd3Data.size())) < 0)
            fail(QStringLiteral("cannot write to %1").arg(command.first()));
        ::close(extra[1]);
    }
    long peak = 0;
    int status = 0;
    struct rusage usage{};
    while (true) {
        peak = std::max(peak, vmHwmKiB(pid));
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        QThread::msleep(20);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QFile err(QStringLiteral("/tmp/BenchPgBackup.err"));
        err.open(QIODevice::ReadOnly);
        fail(QStringLiteral("%1 failed: %2")
                 .arg(command.join(QLatin1Char(' ')), QString::fromLocal8Bit(err.readAll())));
    }
    const auto toSeconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return Measured{seconds, double(peak) / 1024.0, toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime)};
}

QString output(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        fail(
            QStringLiteral("%1 %2: %3")
                .arg(program, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError())));
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    file.open(QIODevice::ReadOnly);
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void report(const char *what, const Measured &theirs, const Measured &ours, const char *target)
{
    std::printf("%-44s reference %7.2f s  strongroom %7.2f s  ratio %.2f  (target %s)  CPU s %.2f vs %.2f\n",
                what, theirs.seconds, ours.seconds, ours.seconds / theirs.seconds, target, theirs.cpuSeconds,
                ours.cpuSeconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size-mb"),
                      QStringLiteral("The shop database's custom-format dump size in MB (default 650)."),
                      QStringLiteral("N"), QStringLiteral("650")});
    parser.addOption({QStringLiteral("pgbench-scale"), QStringLiteral("pgbench -i -s S (default 10)."),
                      QStringLiteral("S"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("work-dir"),
                      QStringLiteral("Where the backups go (default build/bench-cache)."),
                      QStringLiteral("DIR"), QStringLiteral("build/bench-cache")});
    parser.process(app);
    const qint64 sizeMb = std::max<qint64>(1, parser.value(QStringLiteral("size-mb")).toLongLong());
    const int scale = std::max(1, parser.value(QStringLiteral("pgbench-scale")).toInt());
    QDir work(parser.value(QStringLiteral("work-dir")));
    QDir().mkpath(work.filePath(QStringLiteral("pgbench-run")));
    work.setPath(work.filePath(QStringLiteral("pgbench-run")));
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/strongroom-cli");
    const QString bin = QStringLiteral("/usr/lib/postgresql/17/bin/");
    for (const QString &program :
         {QStringLiteral("age-keygen"), QStringLiteral("gpg"), QStringLiteral("gzip")})
        if (QStandardPaths::findExecutable(program).isEmpty())
            fail(program + QStringLiteral(" is not installed"));

    auto started = TemporaryCluster::start(17, {});
    if (!started)
        fail(started.error().message);
    const std::unique_ptr<TemporaryCluster> cluster = std::move(*started);
    const auto conninfo = [&](const QString &db) { return cluster->connection(db).conninfo(); };
    const auto psql = [&](const QString &db, const QString &sql) {
        return output(bin + QStringLiteral("psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                       conninfo(db), QStringLiteral("-c"), sql});
    };
    std::printf(
        "BenchPgBackup: shop %lld MB of dump, pgbench scale %d, PostgreSQL %s; load average at start: %s\n",
        sizeMb, scale, qPrintable(psql(QStringLiteral("postgres"), QStringLiteral("SHOW server_version"))),
        qPrintable(loadAverage()));
    std::fflush(stdout);

    // The shop: about 3,700 orders (JSON items and a text note) and 150 customers per MB of dump (0.65 GB
    // at the default), and 20,000 products.
    QElapsedTimer building;
    building.start();
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE shop"));
    psql(QStringLiteral("shop"),
         QStringLiteral(
             "CREATE TABLE customers (id int PRIMARY KEY, name text, email text, address jsonb);"
             "INSERT INTO customers SELECT i, 'Customer ' || i, 'c' || i || '@example.org',"
             " jsonb_build_object('street', i || ' Main Street', 'city', 'City ' || (i % 500), 'zip', "
             "lpad((i % 99999)::text, 5, '0'))"
             " FROM generate_series(1, %1) i;"
             "CREATE TABLE products (id int PRIMARY KEY, name text, description text, attributes jsonb);"
             "INSERT INTO products SELECT i, 'Product ' || i, repeat(md5(i::text), 4),"
             " jsonb_build_object('colour', i % 12, 'size', i % 7, 'tags', jsonb_build_array('t' || (i % "
             "31), 't' || (i % 17)))"
             " FROM generate_series(1, 20000) i;"
             "CREATE TABLE orders (id bigint PRIMARY KEY, customer int, created timestamptz, items jsonb, "
             "note text);"
             "INSERT INTO orders SELECT i, i % %1 + 1, timestamptz '2025-01-01' + i * interval '13 seconds',"
             " jsonb_build_array(jsonb_build_object('product', i % 20000 + 1, 'qty', i % 5 + 1, 'price', (i "
             "% 9000) / 100.0),"
             "  jsonb_build_object('product', (i * 7) % 20000 + 1, 'qty', 1, 'price', (i % 4000) / 100.0)),"
             " 'Deliver to the back door; ' || md5(i::text) || ' ' || md5((i * 3)::text)"
             " FROM generate_series(1, %2) i;"
             "CREATE INDEX ON orders (customer); ANALYZE;")
             .arg(sizeMb * 150)
             .arg(sizeMb * 3700));
    output(bin + QStringLiteral("pgbench"), {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"),
                                             QString::number(scale), conninfo(QStringLiteral("postgres"))});
    std::printf("databases built in %.0f s: shop %s, pgbench (in postgres) %s\n",
                double(building.elapsed()) / 1000,
                qPrintable(psql(QStringLiteral("shop"),
                                QStringLiteral("SELECT pg_size_pretty(pg_database_size('shop'))"))),
                qPrintable(psql(QStringLiteral("postgres"),
                                QStringLiteral("SELECT pg_size_pretty(pg_database_size('postgres'))"))));

    const QString key = work.filePath(QStringLiteral("key.txt"));
    QFile::remove(key);
    output(QStringLiteral("age-keygen"), {QStringLiteral("-o"), key});
    const QString recipient = output(QStringLiteral("age-keygen"), {QStringLiteral("-y"), key});
    const QString custom = work.filePath(QStringLiteral("shop.dump"));
    const QString cron = work.filePath(QStringLiteral("shop.sql.gz.gpg"));
    const QString gnupg = work.filePath(QStringLiteral("gnupg"));
    QDir().mkpath(gnupg);
    QFile::setPermissions(gnupg, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("GNUPGHOME", QFile::encodeName(gnupg));
    double peakRss = 0;

    const auto backUp = [&](const QString &db) {
        const QString dir = work.filePath(QStringLiteral("backups-") + db);
        QDir(dir).removeRecursively();
        const Measured m =
            measure({cli, QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("--dbname"),
                     conninfo(db), QStringLiteral("--dir"), dir, QStringLiteral("--recipient"), recipient});
        peakRss = std::max(peakRss, m.peakRssMb);
        // STEM.dump.age (pg_dump >= 16 compresses), or STEM.dump.zst.age from an older pg_dump.
        const QStringList dumps = QDir(dir).entryList(
            {QStringLiteral("*.dump.age"), QStringLiteral("*.dump.zst.age")}, QDir::Files);
        if (dumps.isEmpty())
            fail(QStringLiteral("pg backup left no dump in %1").arg(dir));
        return std::make_pair(m, QDir(dir).filePath(dumps.first()));
    };
    for (const QString &db : {QStringLiteral("shop"), QStringLiteral("postgres")}) {
        const Measured floor =
            measure({bin + QStringLiteral("pg_dump"), QStringLiteral("-Fc"), QStringLiteral("-Z0"),
                     QStringLiteral("--no-sync"), QStringLiteral("-f"), QStringLiteral("/dev/null"),
                     QStringLiteral("-d"), conninfo(db)});
        const auto [ours, file] = backUp(db);
        report(qPrintable(QStringLiteral("pg backup %1 vs pg_dump -Fc -Z0 >/dev/null")
                              .arg(db == QLatin1String("shop") ? QStringLiteral("shop")
                                                               : QStringLiteral("pgbench"))),
               floor, ours, "<= 1.3");
        if (db != QLatin1String("shop"))
            continue;
        // The cron job's pipeline, the passphrase on fd 3.
        const Measured pipeline = measure(
            {QStringLiteral("bash"), QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"),
             QStringLiteral(
                 "\"$0\" -d \"$1\" | gzip | gpg --batch --yes --pinentry-mode loopback --passphrase-fd 3 "
                 "--symmetric --cipher-algo AES256 -o \"$2\""),
             bin + QStringLiteral("pg_dump"), conninfo(db), cron},
            QStringLiteral("/dev/null"), {}, "benchmark passphrase\n");
        const qint64 ourSize = QFileInfo(file).size();
        const qint64 cronSize = QFileInfo(cron).size();
        std::printf(
            "%-44s reference %7.2f s  strongroom %7.2f s  speed-up %.2f  (target >= 3)  CPU s %.2f vs "
            "%.2f\n",
            "pg backup vs pg_dump | gzip | gpg AES256", pipeline.seconds, ours.seconds,
            pipeline.seconds / ours.seconds, pipeline.cpuSeconds, ours.cpuSeconds);
        std::printf("%-44s gzip+gpg %lld bytes  strongroom %lld bytes  ratio %.2f  (target <= 1)\n",
                    "file size", cronSize, ourSize, double(ourSize) / double(cronSize));
        std::fflush(stdout);

        // Restores. The target's reference is the same dump unencrypted: a custom-format file with the
        // compression our payload has (pg_dump's zstd:1 for a .dump.age, none for an older .dump.zst.age,
        // whose plain dump was -Z0), so the ratio is what Strongroom adds: the checks before, age, the
        // counts after. An uncompressed -Z0 file is restored too and printed for information: it shows
        // what pg_dump's own compression costs pg_restore (it decompresses on its one thread with --jobs 1).
        const bool zstdInDump = file.endsWith(QLatin1String(".dump.age"));
        const QString same = zstdInDump ? work.filePath(QStringLiteral("shop-zstd1.dump")) : custom;
        measure({bin + QStringLiteral("pg_dump"), QStringLiteral("-Fc"), QStringLiteral("-Z0"),
                 QStringLiteral("-f"), custom, QStringLiteral("-d"), conninfo(db)});
        if (zstdInDump)
            measure({bin + QStringLiteral("pg_dump"), QStringLiteral("-Fc"),
                     QStringLiteral("--compress=zstd:1"), QStringLiteral("-f"), same, QStringLiteral("-d"),
                     conninfo(db)});
        std::printf("shop's custom-format dump: %.0f MB without compression, %.0f MB as restored (%s)\n",
                    double(QFileInfo(custom).size()) / 1e6, double(QFileInfo(same).size()) / 1e6,
                    zstdInDump ? "zstd:1, as pg backup's payload" : "no compression, as pg backup's payload");
        const auto theirsRestore = [&](int jobs, const QString &dump, const QString &target) {
            QStringList theirs{bin + QStringLiteral("pg_restore"), QStringLiteral("-d"), conninfo(target)};
            if (jobs > 1)
                theirs << QStringLiteral("-j%1").arg(jobs);
            else
                theirs << QStringLiteral("--single-transaction");
            return measure(theirs << dump);
        };
        for (const int jobs : {2, 1}) {
            const QString theirsDb = QStringLiteral("restore_theirs_%1").arg(jobs);
            const QString plainDb = QStringLiteral("restore_plain_%1").arg(jobs);
            const QString oursDb = QStringLiteral("restore_ours_%1").arg(jobs);
            // Every target made before the clock starts: the same empty database for each side.
            for (const QString &target : {theirsDb, plainDb, oursDb})
                psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + target);
            const Measured reference = theirsRestore(jobs, same, theirsDb);
            const Measured restored =
                measure({cli, QStringLiteral("pg"), QStringLiteral("restore"), file,
                         QStringLiteral("--dbname"), conninfo(oursDb), QStringLiteral("--jobs"),
                         QString::number(jobs), QStringLiteral("--identity"), key});
            const Measured plain = theirsRestore(jobs, custom, plainDb);
            peakRss = std::max(peakRss, restored.peakRssMb);
            report(jobs > 1 ? "pg restore --jobs 2 vs pg_restore -j2"
                            : "pg restore --jobs 1 vs pg_restore (custom)",
                   reference, restored, "<= 1.1");
            std::printf("%-44s reference %7.2f s  strongroom %7.2f s  ratio %.2f  (information)\n",
                        jobs > 1 ? "  the same against a -Z0 file, -j2" : "  the same against a -Z0 file",
                        plain.seconds, restored.seconds, restored.seconds / plain.seconds);
            std::fflush(stdout);
            for (const QString &target : {theirsDb, plainDb, oursDb})
                psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE ") + target);
        }
        if (same != custom)
            QFile::remove(same);
        QFile::remove(custom);
        QFile::remove(cron);
    }
    std::printf("peak RSS of strongroom-cli: %.1f MB (target <= 100)\n", peakRss);
    std::printf("load average at end: %s\n", qPrintable(loadAverage()));
    work.removeRecursively();
    return 0;
}

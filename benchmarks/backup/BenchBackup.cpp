// Backups of an encrypted database, Strongroom against the reference tools in one run:
//   - `strongroom-cli backup create` (consistent snapshot, fsync, verification by opening with the key,
//     cipher_integrity_check and row counts, catalog entry) against `cp` + fsync of the same file,
//     the sqlcipher shell's `VACUUM INTO` and its `.backup` command;
//   - `strongroom-cli backup restore` (validation, copy, fsync, verify, atomic rename), to a new path
//     and over an existing database (then kept as the pre-restore backup), against `cp` + fsync of
//     the backup.
// The database is built once with the sqlcipher shell and cached. Every contender starts with the
// file in the page cache (it is read once first), so the figures compare work, not cold reads.
// Each Strongroom operation and its reference run in `--rounds` rounds; medians are compared.
//
//   BenchBackup [--size-mb N] [--cache-dir DIR] [--rounds N]    (defaults: 1024, build/bench-cache, 3)
#include "backup/BackupWriter.h"
#include "backup/CreateBackupJob.h"
#include "core/JobRunner.h"
#include "support/BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThreadPool>
#include <QtCrypto>
#include <algorithm>
#include <cstdio>

using strongroom::BackupWriter;

namespace {

const QByteArray kPassphrase = "strongroom-bench";

struct Run
{
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BENCH_KEY"), QString::fromLatin1(kPassphrase));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    p.waitForStarted(-1);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    Run r;
    r.ms = std::max<qint64>(1, timer.elapsed());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

[[noreturn]] void fail(const QString &what, const Run &r = {})
{
    std::fprintf(stderr, "BenchBackup: %s\n%s%s", qPrintable(what), r.out.constData(), r.err.constData());
    std::exit(1);
}

QByteArray keyPragma()
{
    return "PRAGMA key = '" + kPassphrase + "';\n";
}

Run shell(const QString &file, const QByteArray &script)
{
    return run(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), QStringLiteral("-bail"), file},
               keyPragma() + script);
}

// Rows of overflowing blobs and of indexed small records, as an application database holds them.
void buildDatabase(const QString &file, qint64 sizeMb)
{
    const qint64 bytes = sizeMb * 1024 * 1024;
    const qint64 records = std::max<qint64>(100, bytes * 60 / 100 / 330);
    const qint64 blobs = std::max<qint64>(10, bytes * 40 / 100 / 6000);
    const QByteArray script =
        "PRAGMA journal_mode = OFF;\nPRAGMA synchronous = OFF;\nBEGIN;\n"
        "CREATE TABLE records(id INTEGER PRIMARY KEY, kind INTEGER, at TEXT, payload BLOB);\n"
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " +
        QByteArray::number(records) +
        ")\n  INSERT INTO records SELECT x, x % 17, datetime(x, 'unixepoch'), randomblob(260) FROM c;\n"
        "CREATE INDEX records_kind ON records(kind, at);\n"
        "CREATE TABLE attachments(id INTEGER PRIMARY KEY, data BLOB);\n"
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " +
        QByteArray::number(blobs) +
        ")\n  INSERT INTO attachments SELECT x, randomblob(6000) FROM c;\nCOMMIT;\n";
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    if (const Run r = shell(partial, script); r.exitCode != 0)
        fail(QStringLiteral("building the database with the sqlcipher shell failed"), r);
    if (!QFile::rename(partial, file))
        fail(QStringLiteral("cannot rename %1").arg(partial));
}

// cp and then fsync of the copy (coreutils `sync FILE`), as every Strongroom copy is fsynced.
qint64 copyWithFsync(const QString &from, const QString &to)
{
    const Run cp = run(QStringLiteral("cp"), {from, to});
    if (cp.exitCode != 0)
        fail(QStringLiteral("cp failed"), cp);
    const Run sync = run(QStringLiteral("sync"), {to});
    if (sync.exitCode != 0)
        fail(QStringLiteral("sync failed"), sync);
    return cp.ms + sync.ms;
}

// Reads the file once so that it is in the page cache for whoever comes next.
void warm(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    while (f.read(buffer.data(), buffer.size()) > 0) {
    }
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double ratio(qint64 reference, qint64 ours)
{
    return double(reference) / double(std::max<qint64>(1, ours));
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addBenchOptions(parser);
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of each measurement (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const bench::BenchOptions options = bench::benchOptions(parser);
    const qint64 sizeMb = options.sizeMb;
    const QDir &cache = options.cache;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/strongroom-cli");
    const QString db = cache.absoluteFilePath(QStringLiteral("backup-%1mb.db").arg(sizeMb));
    QDir work(cache.absoluteFilePath(QStringLiteral("backup-run")));
    work.removeRecursively();
    work.mkpath(QStringLiteral("."));

    // The CLI's remembered settings and audit log go to the cache, not to the user's home.
    qputenv("XDG_CONFIG_HOME", cache.absoluteFilePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", cache.absoluteFilePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_STATE_HOME", cache.absoluteFilePath(QStringLiteral("state")).toUtf8());

    if (!QFileInfo::exists(db)) {
        std::printf("building %s with the sqlcipher shell...\n", qPrintable(db));
        std::fflush(stdout);
        QElapsedTimer build;
        build.start();
        buildDatabase(db, sizeMb);
        std::printf("built in %.1f s\n", build.elapsed() / 1000.0);
    }
    const double mib = QFileInfo(db).size() / 1048576.0;
    std::printf("database: %s, %.1f MiB\n", qPrintable(db), mib);
    const auto report = [mib](const char *what, qint64 ms) {
        std::printf("%-44s %8lld ms  %7.1f MiB/s\n", what, ms, mib * 1000.0 / double(ms));
        std::fflush(stdout);
    };

    // This machine's disk and page cache vary a lot from minute to minute (cp + fsync of the same
    // file has taken 0.6 to 3.6 s within a quarter of an hour). So every Strongroom operation is run
    // `rounds` times, each right after its reference in the same round, and the medians are compared.
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    QList<qint64> cpMs, createMs, cpRestoreMs, restoreNewMs, restoreOverMs;
    QString backup;
    const QString history = work.filePath(QStringLiteral("history"));
    const auto restore = [&](const QString &target, const char *what, QList<qint64> &times) {
        const Run r = run(cli, {QStringLiteral("backup"), QStringLiteral("restore"), backup,
                                QStringLiteral("--to"), target, QStringLiteral("--key-env"),
                                QStringLiteral("BENCH_KEY"), QStringLiteral("--yes")});
        if (r.exitCode != 0)
            fail(QStringLiteral("%1 failed").arg(QString::fromLatin1(what).trimmed()), r);
        times << r.ms;
        report(what, r.ms);
    };
    for (int round = 1; round <= rounds; ++round) {
        std::printf("round %d of %d\n", round, rounds);
        // 1. The reference copy, then backup create (its verification included).
        warm(db);
        cpMs << copyWithFsync(db, work.filePath(QStringLiteral("cp.db")));
        QFile::remove(work.filePath(QStringLiteral("cp.db")));
        report("  cp + fsync", cpMs.last());
        warm(db);
        const QString roundHistory = round == 1 ? history : work.filePath(QStringLiteral("history-more"));
        const Run create = run(cli, {QStringLiteral("--json"), QStringLiteral("backup"),
                                     QStringLiteral("create"), db, QStringLiteral("--dir"), roundHistory,
                                     QStringLiteral("--key-env"), QStringLiteral("BENCH_KEY")});
        if (create.exitCode != 0)
            fail(QStringLiteral("backup create failed"), create);
        createMs << create.ms;
        report("  strongroom-cli backup create (verified)", create.ms);
        QDir(work.filePath(QStringLiteral("history-more"))).removeRecursively();
        if (round == 1) {
            const QStringList made = QDir(history).entryList({QStringLiteral("*-backup-*.db")}, QDir::Files);
            if (made.size() != 1)
                fail(QStringLiteral("backup create left %1 backups").arg(made.size()), create);
            backup = QDir(history).filePath(made.first());
        }

        // 2. Restore: to a new path (a downloaded backup on a fresh workstation), and over an existing
        // database (kept as the pre-restore backup), against cp + fsync of the backup.
        warm(backup);
        cpRestoreMs << copyWithFsync(backup, work.filePath(QStringLiteral("cp-restore.db")));
        QFile::remove(work.filePath(QStringLiteral("cp-restore.db")));
        report("  cp + fsync of the backup", cpRestoreMs.last());
        warm(backup);
        const QString fresh = work.filePath(QStringLiteral("fresh/restored.db"));
        restore(fresh, "  strongroom-cli backup restore (new path)", restoreNewMs);
        removeDatabase(fresh);
        QDir(work.filePath(QStringLiteral("fresh"))).removeRecursively();

        const QString live = work.filePath(QStringLiteral("live/app.db"));
        work.mkpath(QStringLiteral("live"));
        copyWithFsync(db, live);
        warm(backup);
        warm(live);
        restore(live, "  strongroom-cli backup restore (replace)", restoreOverMs);
        QDir(work.filePath(QStringLiteral("live"))).removeRecursively();
    }

    // Where the time of a backup goes: the same work in process, each phase timed, and the sqlcipher
    // shell's cipher_integrity_check alone (the check every verified backup pays).
    {
        warm(db);
        // CreateBackupJob, as `backup create` and the Backups page run it: each step is a phase.
        const strongroom::BackupRequest request{db,
                                                strongroom::KeyMaterial(QCA::SecureArray(kPassphrase)),
                                                std::nullopt,
                                                work.filePath(QStringLiteral("phases")),
                                                {}};
        QThreadPool pool;
        const strongroom::JobReport written =
            strongroom::startDetached(
                std::make_shared<strongroom::CreateBackupJob>(request), &pool, {},
                strongroom::AuditLog(work.filePath(QStringLiteral("phases-audit.jsonl"))))
                ->waitPolling([](const strongroom::JobProgress &, const QStringList &) {},
                              [] { return false; });
        if (written.error)
            fail(QStringLiteral("the in-process backup failed: ") + written.error->message);
        QStringList parts;
        for (const strongroom::StepReport &step : written.steps)
            parts << QStringLiteral("%1 %2 ms").arg(step.name.toLower()).arg(step.durationMs);
        std::printf("phases of a backup in process: %s\n", qPrintable(parts.join(QStringLiteral(", "))));
        QDir(work.filePath(QStringLiteral("phases"))).removeRecursively();
        QFile::remove(work.filePath(QStringLiteral("phases-audit.jsonl")));
        QFile::remove(work.filePath(QStringLiteral("phases-audit.jsonl.head")));
        warm(db);
        const Run check = shell(db, "PRAGMA cipher_integrity_check;\n");
        std::printf("for scale: the sqlcipher shell's cipher_integrity_check alone: %lld ms\n", check.ms);
        std::fflush(stdout);
    }

    // 3. VACUUM INTO by the sqlcipher shell (the KDF run of its open included, as in backup create),
    // once: it is several times slower than everything else.
    warm(db);
    const QString vacuumed = work.filePath(QStringLiteral("vacuum.db"));
    const Run vacuum = shell(db, "VACUUM INTO '" + vacuumed.toUtf8() + "';\n");
    if (vacuum.exitCode != 0)
        fail(QStringLiteral("VACUUM INTO failed"), vacuum);
    QFile::remove(vacuumed);
    report("sqlcipher shell VACUUM INTO", vacuum.ms);

    // 4. The shell's .backup: SQLite's online backup API, which SQLCipher refuses between an
    // encrypted source and a new (unkeyed) destination. Measured as what it does.
    warm(db);
    const QString shellBackup = work.filePath(QStringLiteral("shell-backup.db"));
    const Run dotBackup = shell(db, ".backup '" + shellBackup.toUtf8() + "'\n");
    const QByteArray dotBackupMessage = dotBackup.err.trimmed();
    const bool refused = dotBackup.exitCode != 0;
    if (refused)
        std::printf("%-44s %8lld ms  refused (exit %d): %s\n", "sqlcipher shell .backup", dotBackup.ms,
                    dotBackup.exitCode, dotBackupMessage.constData());
    else
        report("sqlcipher shell .backup", dotBackup.ms);
    removeDatabase(shellBackup);
    work.removeRecursively();

    std::printf("\nmedians of %d rounds:\n", rounds);
    report("cp + fsync", median(cpMs));
    report("strongroom-cli backup create (verified)", median(createMs));
    report("cp + fsync of the backup", median(cpRestoreMs));
    report("strongroom-cli backup restore (new path)", median(restoreNewMs));
    report("strongroom-cli backup restore (replace)", median(restoreOverMs));
    std::printf("\nratios (reference time / Strongroom time, medians; higher is faster):\n");
    std::printf("backup create vs VACUUM INTO: %.2f (target >= 3)\n", ratio(vacuum.ms, median(createMs)));
    std::printf("backup create vs cp: %.2f (target >= 0.5)\n", ratio(median(cpMs), median(createMs)));
    std::printf("backup create vs shell .backup: %s\n",
                refused ? "the shell refused to back up the encrypted database"
                        : qPrintable(QString::number(ratio(dotBackup.ms, median(createMs)), 'f', 2)));
    std::printf("restore (new path) vs cp: %.2f (target >= 0.5)\n",
                ratio(median(cpRestoreMs), median(restoreNewMs)));
    std::printf("restore (replace, with pre-restore backup) vs cp: %.2f (target >= 0.5)\n",
                ratio(median(cpRestoreMs), median(restoreOverMs)));
    return 0;
}

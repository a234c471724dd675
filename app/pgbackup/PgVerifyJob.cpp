#include "pgbackup/PgVerifyJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "pgbackup/PgBackupCatalog.h"
#include "pgbackup/PgBackupCheck.h"
#include "pgbackup/PgClientTool.h"
#include "pgbackup/PgForeignCheck.h"
#include "pgbackup/PgRestoreJob.h"
#include "pgbackup/TemporaryCluster.h"
#include "pgbackup/ZstdPushDecompressor.h"
#include "postgres/PgSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <unistd.h>

namespace strongroom::pgbackup {

using namespace strongroom::postgres;

namespace {

// pg_restore --list's standard input: fed while it reads, and once it has read what it needs (the
// table of contents comes first) the rest is still decrypted, so every chunk is authenticated, but
// goes nowhere.
class TocReaderInput : public QIODevice
{
public:
    TocReaderInput(QProcess &process, JobContext &context) : m_process(process), m_context(context)
    {
        setOpenMode(QIODevice::WriteOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_process.state() != QProcess::Running)
            return size;
        m_process.write(data, size);
        while (m_process.bytesToWrite() > (4 << 20) && m_process.state() == QProcess::Running &&
               !m_context.isCancelled())
            m_process.waitForBytesWritten(25);
        return size;
    }

private:
    QProcess &m_process;
    JobContext &m_context;
};

} // namespace

QString PgVerifyJob::title() const
{
    return QCoreApplication::translate("PgBackup", "Verify PostgreSQL backup %1")
        .arg(QFileInfo(m_request.file).fileName());
}

bool PgVerifyJob::isForeign() const
{
    return !PgBackupFiles::ofDump(m_request.file) && m_request.level < 3;
}

QList<JobStep> PgVerifyJob::steps() const
{
    if (isForeign())
        return {JobStep{QCoreApplication::translate("PgForeignCheck",
                                                    "Read the whole file: checksum, key, authentication, "
                                                    "compression and archive"),
                        false}};
    if (m_request.level >= 3)
        return {
            JobStep{QCoreApplication::translate("PgBackup", "Check checksums, manifest and key"), false},
            JobStep{m_request.drillServer
                        ? QCoreApplication::translate("PgBackup", "Create the scratch database")
                        : QCoreApplication::translate("PgDrill", "Start a temporary cluster and create the "
                                                                 "scratch database"),
                    false},
            JobStep{QCoreApplication::translate("PgBackup", "Decrypt and restore"), false},
            JobStep{QCoreApplication::translate("PgBackup", "Compare row counts with the manifest"), false},
            JobStep{m_request.drillServer
                        ? QCoreApplication::translate("PgBackup",
                                                      "Drop the scratch database and record the drill")
                        : QCoreApplication::translate("PgDrill", "Stop and remove the temporary cluster and "
                                                                 "record the drill"),
                    false}};
    QList<JobStep> steps{
        JobStep{QCoreApplication::translate("PgBackup", "Check checksums, manifest and key"), false}};
    if (m_request.level == 2)
        steps.append(
            JobStep{QCoreApplication::translate("PgBackup", "Authenticate every chunk and read the table of "
                                                            "contents"),
                    false});
    return steps;
}

Status PgVerifyJob::drill(JobContext &context, QJsonObject &data)
{
    // Removed by the next drill when this process dies before it could drop it.
    const QString scratch =
        QStringLiteral("strongroom_drill_%1_%2")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")))
            .arg(::getpid());
    const bool ownCluster = !m_request.drillServer;
    std::unique_ptr<TemporaryCluster> cluster;
    PgRestoreRequest restore;
    restore.file = m_request.file;
    restore.keys = m_request.keys;
    restore.create = true;
    if (!ownCluster) {
        restore.target = *m_request.drillServer;
        restore.target.setOption(QStringLiteral("dbname"), scratch);
        restore.password = m_request.password;
    } else {
        // Started only once the backup has been checked, for the server version its manifest names.
        restore.prepareTarget = [&](PgConnection &target, const PgBackupManifest &manifest) -> Status {
            const int major = manifest.serverVersion.section(QLatin1Char('.'), 0, 0).toInt();
            context.log(QCoreApplication::translate("PgDrill", "Starting a temporary PostgreSQL %1 cluster.")
                            .arg(major));
            auto started = TemporaryCluster::start(major, workProgress(context).cancelOnly());
            if (!started)
                return started.error();
            cluster = std::move(*started);
            context.log(QCoreApplication::translate("PgDrill", "The temporary cluster runs in %1.")
                            .arg(cluster->folder()));
            target = cluster->connection(scratch);
            return Status::success();
        };
    }
    PgRestoreJob drill(restore);
    QElapsedTimer timer;
    timer.start();
    const Status restored = drill.restoreOnly(context);
    const qint64 durationMs = timer.elapsed();
    context.startStep(4);
    const QString server =
        ownCluster ? (cluster ? cluster->description() : QString()) : m_request.drillServer->displayName();
    if (ownCluster) {
        // The scratch database goes with the cluster.
        if (cluster)
            cluster->stop();
    } else {
        // The scratch database goes in every case, once it may exist.
        PgConnection maintenance = *m_request.drillServer;
        maintenance.setOption(QStringLiteral("dbname"), QStringLiteral("postgres"));
        if (auto admin = PgSession::open(maintenance, m_request.password)) {
            auto dropped = (*admin)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                              .arg((*admin)->quoteIdentifier(scratch)));
            if (!dropped)
                context.addDetail(QCoreApplication::translate("PgBackup",
                                                              "The scratch database %1 could not be "
                                                              "dropped: %2")
                                      .arg(scratch, dropped.error().message));
        }
    }
    data.insert(QStringLiteral("comparison"), drill.comparison());
    if (restored.cancelled() || (restored && context.isCancelled()))
        return Cancelled{};
    const bool equal = restored && !drill.countsDiffer();
    data.insert(QStringLiteral("drill"), QJsonObject{{QStringLiteral("database"), scratch},
                                                     {QStringLiteral("server"), server},
                                                     {QStringLiteral("temporaryCluster"), ownCluster},
                                                     {QStringLiteral("durationMs"), durationMs},
                                                     {QStringLiteral("countsEqual"), equal}});
    // A drill that got as far as comparing is recorded, whatever it found (run() writes it).
    if (!drill.comparison().isEmpty())
        m_drillRecord = PgDrillRecord{m_started, durationMs, equal, server};
    return restored;
}

Status PgVerifyJob::verifyForeign(JobContext &context, QJsonObject &data)
{
    context.startStep(0, QFileInfo(m_request.file).size(), ProgressUnit::Bytes);
    PgForeignCheckOptions options;
    options.progress = workProgress(context);
    auto checked = checkForeignFile(m_request.file, m_request.keys, options);
    if (!checked)
        return checked.error();
    data.insert(QStringLiteral("foreign"), true);
    data.insert(QStringLiteral("format"), checked->format);
    data.insert(QStringLiteral("authenticated"), checked->authenticated);
    data.insert(QStringLiteral("checksumChecked"), checked->checksumChecked);
    data.insert(QStringLiteral("compressionChecked"), checked->compressionChecked);
    data.insert(QStringLiteral("archiveRead"), checked->archiveRead);
    data.insert(QStringLiteral("notes"), QJsonArray::fromStringList(checked->notes));
    for (const QString &note : std::as_const(checked->notes))
        context.addDetail(note);
    return Status::success();
}

Status PgVerifyJob::verify(JobContext &context, QJsonObject &data)
{
    if (isForeign())
        return verifyForeign(context, data);
    if (m_request.level >= 3)
        return drill(context, data);

    auto checked = checkPgBackup(m_request.file, m_request.keys, context, 0);
    if (!checked)
        return checked.error();
    data.insert(QStringLiteral("tables"), int(checked->manifest.rowCounts.size()));
    data.insert(QStringLiteral("rows"), checked->manifest.totalRows());
    if (m_request.level < 2)
        return Status::success();

    context.startStep(1, QFileInfo(checked->files.dump()).size(), ProgressUnit::Bytes);
    const int major = std::max(checked->manifest.serverVersion.section(QLatin1Char('.'), 0, 0).toInt(),
                               checked->manifest.layers().pgRestoreMajor());
    auto pgRestore = PgClientTool::find(QStringLiteral("pg_restore"), major);
    if (!pgRestore)
        return pgRestore.error();
    QProcess lister;
    lister.start(pgRestore->program, {QStringLiteral("--list")});
    if (!lister.waitForStarted(30000))
        return Error(ExitCode::Environment, lister.errorString());
    QFile dump(checked->files.dump());
    if (!dump.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, dump.errorString());
    TocReaderInput input(lister, context);
    // Through our zstd stream only when the manifest says the dump is inside one.
    ZstdPushDecompressor inflate(input);
    QIODevice &sink = checked->manifest.outerZstd() ? static_cast<QIODevice &>(inflate) : input;
    const age::DecryptOutcome decrypted =
        age::decryptFile(dump, &sink, m_request.keys, workProgress(context));
    if (lister.state() == QProcess::Running)
        lister.closeWriteChannel();
    if (decrypted.cancelled || context.isCancelled()) {
        lister.kill();
        lister.waitForFinished();
        return Cancelled{};
    }
    if (decrypted.error) {
        lister.kill();
        lister.waitForFinished();
        return *decrypted.error;
    }
    if (checked->manifest.outerZstd() && !inflate.finished())
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("PgBackup", "%1: the compressed dump ends early.")
                         .arg(m_request.file),
                     QStringLiteral("payload"));
    lister.waitForFinished(60000);
    const QString toc = QString::fromUtf8(lister.readAllStandardOutput());
    if (lister.exitCode() != 0)
        return Error(
            ExitCode::Integrity,
            QCoreApplication::translate("PgBackup", "pg_restore cannot read the dump's table of contents: %1")
                .arg(QString::fromUtf8(lister.readAllStandardError()).trimmed()),
            QStringLiteral("toc"));
    // "3345; 0 16390 TABLE DATA public orders postgres": names are printed as they are, so each
    // manifest table is looked for as "TABLE DATA <schema> <name> ".
    QStringList listed, missing;
    for (auto it = checked->manifest.rowCounts.cbegin(); it != checked->manifest.rowCounts.cend(); ++it) {
        const QString schema = it.key().section(QLatin1Char('.'), 0, 0);
        const QString name = it.key().section(QLatin1Char('.'), 1);
        if (toc.contains(QStringLiteral(" TABLE DATA %1 %2 ").arg(schema, name)))
            listed.append(it.key());
        else
            missing.append(it.key());
    }
    data.insert(QStringLiteral("toc"), QJsonArray::fromStringList(listed));
    if (!missing.isEmpty())
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("PgBackup",
                                                 "The dump's table of contents lacks tables the manifest "
                                                 "counts: %1.")
                         .arg(missing.join(QStringLiteral(", "))),
                     QStringLiteral("toc"));
    return Status::success();
}

bool PgVerifyJob::recordCheck(JobContext &context, const Status &verdict, qint64 durationMs)
{
    if (verdict.cancelled() || isForeign())
        return false; // a foreign file has no catalog entry
    const std::optional<Error> error = verdict ? std::nullopt : std::optional(verdict.error());
    PgCheckRecord check;
    check.time = m_started;
    check.level = m_request.level;
    check.durationMs = durationMs;
    check.checked = PgCheckRecord::checksOfLevel(m_request.level);
    if (!error)
        check.result = QStringLiteral("passed");
    else if (error->kind == QLatin1String("counts-differ"))
        check.result = QStringLiteral("counts-differ");
    else if (error->code == ExitCode::Integrity)
        check.result = QStringLiteral("damaged");
    else
        return false; // about the key, the server or the user's input: not about the backup
    if (error)
        check.message = error->message;
    if (m_drillRecord)
        check.server = m_drillRecord->server;
    const auto files = PgBackupFiles::ofDump(m_request.file);
    if (!files)
        return false;
    PgBackupCatalog catalog(files->folder);
    const Status recorded = catalog.recordCheck(files->stem, check, m_drillRecord);
    if (!recorded) {
        context.addDetail(recorded.error().message);
        return false;
    }
    auto entries = catalog.entries();
    return entries && std::any_of(entries->cbegin(), entries->cend(), [&](const PgBackupEntry &entry) {
               return entry.catalogued && entry.stem == files->stem;
           });
}

void PgVerifyJob::run(JobContext &context)
{
    QJsonObject data{{QStringLiteral("file"), QFileInfo(m_request.file).absoluteFilePath()},
                     {QStringLiteral("level"), m_request.level}};
    m_started = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    Status verdict = verify(context, data);
    // A cancel that arrived after the last check still ends the verify as cancelled, unrecorded.
    if (verdict && context.isCancelled())
        verdict = Cancelled{};
    data.insert(QStringLiteral("recorded"), recordCheck(context, verdict, timer.elapsed()));
    const AuditLog &log = context.audit();
    const QString file = QFileInfo(m_request.file).absoluteFilePath();
    context.setData(data);
    for (const QJsonValue &row : data.value(QStringLiteral("comparison")).toArray())
        context.addDetail(QStringLiteral("%1  %2  %3  %4")
                              .arg(row[QStringLiteral("table")].toString())
                              .arg(row[QStringLiteral("backup")].toInteger())
                              .arg(row[QStringLiteral("restored")].toInteger())
                              .arg(row[QStringLiteral("equal")].toBool() ? QStringLiteral("=")
                                                                         : QStringLiteral("DIFFERS")));
    if (!verdict && !verdict.cancelled()) {
        context.fail(verdict.error());
        log.append(QStringLiteral("pg.verify"), file, QStringLiteral("failed"),
                   {{QStringLiteral("level"), m_request.level},
                    {QStringLiteral("error"), verdict.error().toJson()}});
        return;
    }
    if (verdict.cancelled()) {
        log.append(QStringLiteral("pg.verify"), file, QStringLiteral("cancelled"),
                   {{QStringLiteral("level"), m_request.level}});
        return;
    }
    context.setOverview(
        isForeign()
            ? QCoreApplication::translate("PgForeignCheck",
                                          "%1 (%2): read in full; every check it allows holds. It "
                                          "carries no manifest.")
                  .arg(QFileInfo(m_request.file).fileName(), data.value(QStringLiteral("format")).toString())
        : m_request.level >= 3
            ? QCoreApplication::translate("PgBackup", "%1: the restore drill succeeded; every count "
                                                      "equals the manifest's.")
                  .arg(QFileInfo(m_request.file).fileName())
        : m_request.level == 2
            ? QCoreApplication::translate("PgBackup", "%1: checksums, manifest and key hold, every "
                                                      "chunk authenticates and the table of contents "
                                                      "holds every table.")
                  .arg(QFileInfo(m_request.file).fileName())
            : QCoreApplication::translate("PgBackup", "%1: checksums, manifest and key hold.")
                  .arg(QFileInfo(m_request.file).fileName()));
    log.append(QStringLiteral("pg.verify"), file, QStringLiteral("succeeded"),
               {{QStringLiteral("level"), m_request.level}});
}

} // namespace strongroom::pgbackup

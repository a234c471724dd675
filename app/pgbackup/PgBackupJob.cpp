#include "pgbackup/PgBackupJob.h"

#include "age/HashingWriter.h"
#include "age/PrivateOutput.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "pgbackup/BackupSnapshot.h"
#include "pgbackup/CopyProgressProbe.h"
#include "pgbackup/DumpProgress.h"
#include "pgbackup/PgBackupCatalog.h"
#include "pgbackup/PgClientTool.h"
#include "pgbackup/PgToolProcess.h"
#include "pgbackup/ZstdPullCompressor.h"
#include "postgres/PgPassFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>
#include <unistd.h>

namespace strongroom::pgbackup {

namespace {

enum BackupStep
{
    Snapshot,
    Dump,
    Globals,
    Finish
};

QStringList keyIdsOf(const age::EncryptRequest &request)
{
    QStringList ids;
    for (const auto &recipient : request.recipients)
        ids.append(recipient.keyId());
    for (const auto &recipient : request.hybridRecipients)
        ids.append(recipient.keyId());
    return ids;
}

// A program's output, through zstd when `compress` says so, and age into a new private file at
// `target`; its digest. `progress` is called after each encrypted batch (it sets the step's
// progress in the dump's measure). The temp file is removed on every way out but success.
Result<PgFileDigest> encryptStream(PgToolProcess &tool, bool compress, const QString &target,
                                   const age::EncryptRequest &request, JobContext &context,
                                   const std::function<void()> &progress = {})
{
    QString tempPath;
    auto out = age::createPrivateTemp(target, QStringLiteral("pg-backup"), tempPath);
    if (!out)
        return out.error();
    safefile::TempGuard guard(tempPath);
    std::optional<ZstdPullCompressor> compressed;
    if (compress) {
        compressed.emplace(tool);
        if (!compressed->isOpen())
            return Error(ExitCode::Environment, compressed->errorString());
    }
    QIODevice &input = compressed ? static_cast<QIODevice &>(*compressed) : tool;
    age::HashingWriter hashed(**out);
    // Each batch advances the job's own measure (the dump's progress), not the bytes encrypted.
    const WorkProgress batches = workProgressReportingTo(context, [&progress](qint64, qint64) {
        if (progress)
            progress();
    });
    auto encrypted = age::encryptFile(input, hashed, request, batches);
    if (tool.stopped() || context.isCancelled()) {
        tool.stop();
        return Cancelled{};
    }
    if (!encrypted) {
        tool.stop();
        return encrypted.error();
    }
    if (encrypted->cancelled) {
        tool.stop();
        return Cancelled{};
    }
    if (Status ended = tool.finish(); !ended)
        return ended.error();
    if (Status placed = age::finishPrivateTemp(**out, tempPath, target); !placed)
        return placed.error();
    guard.keep();
    return PgFileDigest{QFileInfo(target).fileName(), hashed.written(), hashed.hex()};
}

} // namespace

QString PgBackupJob::title() const
{
    return QCoreApplication::translate("PgBackup", "Back up PostgreSQL database");
}

QList<JobStep> PgBackupJob::steps() const
{
    return {
        JobStep{QCoreApplication::translate("PgBackup", "Connect and take a snapshot"), false},
        JobStep{QCoreApplication::translate("PgBackup", "Dump, compress and encrypt; count rows"), false},
        JobStep{QCoreApplication::translate("PgBackup", "Dump roles and tablespaces"), false},
        JobStep{QCoreApplication::translate("PgBackup", "Write the manifest, checksums and catalog"), false}};
}

Status PgBackupJob::backUp(JobContext &context)
{
    context.startStep(Snapshot);
    if (Status folder = safefile::makePrivateFolder(m_request.folder); !folder)
        return folder.error();
    const QString conninfo = m_request.connection.conninfo();
    const WorkProgress cancelled = workProgress(context).cancelOnly();
    auto opened = BackupSnapshot::open(m_request.connection, m_request.password, cancelled);
    if (!opened)
        return opened.error();
    BackupSnapshot &snapshot = **opened;
    const int serverMajor = snapshot.session().serverVersionNumber() / 10000;
    auto pgDump = PgClientTool::find(QStringLiteral("pg_dump"), serverMajor);
    if (!pgDump)
        return pgDump.error();
    // The password reaches pg_dump through a private passfile only; without one, the child looks
    // where libpq looks (.pgpass), never in a PGPASSWORD of ours.
    std::unique_ptr<postgres::PgPassFile> passFile;
    if (m_request.password.isSet()) {
        auto created = postgres::PgPassFile::create(m_request.password);
        if (!created)
            return created.error();
        passFile = std::move(*created);
    }
    const QProcessEnvironment childEnvironment =
        passFile ? passFile->environment()
                 : postgres::PgPassFile::withoutPasswords(QProcessEnvironment::systemEnvironment());

    m_manifest.tool = QStringLiteral("strongroom ") + QStringLiteral(STRONGROOM_VERSION);
    m_manifest.pgDumpVersion = pgDump->version;
    m_manifest.serverVersion = snapshot.session().serverVersion();
    m_manifest.database = snapshot.session().database();
    m_manifest.connection = conninfo;
    m_manifest.snapshot = snapshot.id();
    m_manifest.created = QDateTime::currentDateTimeUtc();
    m_manifest.recipientKeyIds = keyIdsOf(m_request.age);
    m_manifest.passphrase = m_request.age.passphrase.has_value();
    m_files = PgBackupFiles::fresh(QFileInfo(m_request.folder).absoluteFilePath(), m_manifest.database,
                                   m_manifest.created);
    context.log(QCoreApplication::translate("PgBackup", "Snapshot %1 of %2 (PostgreSQL %3), %4 tables.")
                    .arg(m_manifest.snapshot, m_manifest.database, m_manifest.serverVersion)
                    .arg(snapshot.tables().size()));
    if (context.isCancelled())
        return Cancelled{};

    // pg_dump >= 16 compresses its own data (zstd:1); an older one writes -Z0 for our zstd stream.
    const PgDumpCompression compression = PgDumpCompression::forPgDump(pgDump->major);
    m_manifest.compression = compression.outer;
    m_manifest.dumpCompression = compression.inDump;
    m_files.dumpSuffix = compression.dumpSuffix();

    // pg_dump's backend is found by a name of its own, for the progress of its COPY.
    const QString applicationName =
        QStringLiteral("strongroom-pg-backup-%1-%2").arg(::getpid()).arg(QDateTime::currentMSecsSinceEpoch());
    postgres::PgConnection dumpConnection = m_request.connection;
    dumpConnection.setOption(QStringLiteral("application_name"), applicationName);
    std::unique_ptr<CopyProgressProbe> probe =
        CopyProgressProbe::open(m_request.connection, m_request.password,
                                snapshot.session().serverVersionNumber(), applicationName, cancelled);
    DumpProgress progress(snapshot.tables());
    context.startStep(Dump, progress.total(), ProgressUnit::Bytes);
    int tablesLogged = 0;
    PgToolProcess *dumpRef = nullptr;
    QElapsedTimer sinceProbe;
    // Called between reads and after each encrypted batch; asks the server at most every 250 ms.
    const auto advance = [&]() {
        if (!dumpRef)
            return;
        if (dumpRef->tablesDumped() > tablesLogged) {
            tablesLogged = dumpRef->tablesDumped();
            progress.tableStarted(dumpRef->currentTable());
            context.log(QCoreApplication::translate("PgBackup", "Table %1 of %2: %3")
                            .arg(tablesLogged)
                            .arg(snapshot.tables().size())
                            .arg(dumpRef->currentTable()));
        }
        if (probe && (!sinceProbe.isValid() || sinceProbe.elapsed() >= 250)) {
            sinceProbe.start();
            if (const auto copy = probe->current(cancelled))
                progress.copied(copy->table, copy->bytes);
        }
        context.setProgress(progress.done());
    };
    PgToolProcess dump([&]() {
        snapshot.poll();
        advance();
        return !context.isCancelled();
    });
    dumpRef = &dump;
    const QStringList dumpArguments{
        QStringLiteral("--dbname=") + dumpConnection.conninfo(),
        QStringLiteral("--snapshot=") + m_manifest.snapshot,
        QStringLiteral("--lock-wait-timeout=%1s").arg(m_request.lockWaitTimeoutSeconds),
        QStringLiteral("--format=custom"),
        compression.pgDumpArgument(),
        QStringLiteral("--verbose"),
        QStringLiteral("--no-password")};
    if (Status started = dump.start(pgDump->program, dumpArguments, childEnvironment); !started)
        return started.error();
    auto payload =
        encryptStream(dump, m_manifest.outerZstd(), m_files.dump(), m_request.age, context, advance);
    if (!payload) {
        snapshot.cancel();
        return payload.error();
    }
    safefile::TempGuard dumpGuard(m_files.dump());
    m_manifest.payload = *payload;
    m_manifest.dumpBytes = dump.bytesOut();
    progress.finished();
    context.setProgress(progress.done());
    probe.reset();
    // The counts usually end before the dump; wait for the rest, still answering cancel.
    while (!snapshot.poll()) {
        if (context.isCancelled()) {
            snapshot.cancel();
            return Cancelled{};
        }
        QThread::msleep(10);
    }
    if (snapshot.error())
        return *snapshot.error();
    m_manifest.rowCounts = snapshot.counts();
    m_manifest.finished = QDateTime::currentDateTimeUtc();

    std::optional<safefile::TempGuard> globalsGuard;
    if (m_request.globals) {
        context.startStep(Globals);
        auto pgDumpAll = PgClientTool::find(QStringLiteral("pg_dumpall"), serverMajor);
        if (!pgDumpAll)
            return pgDumpAll.error();
        PgToolProcess globals([&]() { return !context.isCancelled(); });
        const QStringList arguments{QStringLiteral("--dbname=") + conninfo, QStringLiteral("--globals-only"),
                                    QStringLiteral("--no-password")};
        if (Status started = globals.start(pgDumpAll->program, arguments, childEnvironment); !started)
            return started.error();
        auto digest = encryptStream(globals, true, m_files.globals(), m_request.age, context);
        if (!digest)
            return digest.error();
        globalsGuard.emplace(m_files.globals());
        m_manifest.globals = *digest;
    }
    // The snapshot's transaction ends only now: the dump and every count have used it.
    opened->reset();

    context.startStep(Finish);
    const QByteArray manifestJson = QJsonDocument(m_manifest.toJson()).toJson();
    QBuffer manifestIn;
    manifestIn.setData(manifestJson);
    manifestIn.open(QIODevice::ReadOnly);
    QString manifestTemp;
    auto manifestOut =
        age::createPrivateTemp(m_files.manifest(), QStringLiteral("pg-manifest"), manifestTemp);
    if (!manifestOut)
        return manifestOut.error();
    safefile::TempGuard manifestGuard(manifestTemp);
    age::HashingWriter manifestHashed(**manifestOut);
    auto manifestWritten = age::encryptFile(manifestIn, manifestHashed, m_request.age);
    if (!manifestWritten)
        return manifestWritten.error();
    if (context.isCancelled())
        return Cancelled{};
    if (Status placed = age::finishPrivateTemp(**manifestOut, manifestTemp, m_files.manifest()); !placed)
        return placed.error();
    manifestGuard.keep();
    safefile::TempGuard manifestPlaced(m_files.manifest());
    QList<PgFileDigest> digests{m_manifest.payload,
                                PgFileDigest{QFileInfo(m_files.manifest()).fileName(),
                                             manifestHashed.written(), manifestHashed.hex()}};
    if (m_manifest.globals)
        digests.append(*m_manifest.globals);
    if (Status sums =
            age::writePrivateFile(m_files.checksums(), sha256sumLines(digests), QStringLiteral("pg-sha256"));
        !sums)
        return sums.error();
    safefile::TempGuard checksumsPlaced(m_files.checksums());

    PgBackupEntry entry;
    entry.stem = m_files.stem;
    entry.database = m_manifest.database;
    entry.created = m_manifest.created;
    entry.size = m_manifest.payload.size;
    entry.sha256 = m_manifest.payload.sha256;
    entry.tables = int(m_manifest.rowCounts.size());
    entry.rows = m_manifest.totalRows();
    entry.keyIds = m_manifest.recipientKeyIds;
    entry.passphrase = m_manifest.passphrase;
    entry.globals = m_manifest.globals.has_value();
    if (Status added = PgBackupCatalog(m_files.folder).add(entry); !added)
        return added.error();
    dumpGuard.keep();
    manifestPlaced.keep();
    checksumsPlaced.keep();
    if (globalsGuard)
        globalsGuard->keep();
    return Status::success();
}

void PgBackupJob::run(JobContext &context)
{
    const Status done = backUp(context);
    const AuditLog &log = context.audit();
    const QString target =
        m_files.stem.isEmpty() ? QFileInfo(m_request.folder).absoluteFilePath() : m_files.dump();
    const QJsonObject who{{QStringLiteral("database"), m_manifest.database},
                          {QStringLiteral("connection"), m_manifest.connection}};
    if (!done && !done.cancelled()) {
        context.fail(done.error());
        QJsonObject details = who;
        details.insert(QStringLiteral("error"), done.error().toJson());
        log.append(QStringLiteral("pg.backup"), target, QStringLiteral("failed"), details);
        return;
    }
    if (done.cancelled() || context.isCancelled()) {
        log.append(QStringLiteral("pg.backup"), target, QStringLiteral("cancelled"), who);
        return;
    }
    QJsonObject rows;
    for (auto it = m_manifest.rowCounts.cbegin(); it != m_manifest.rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    QJsonObject data{{QStringLiteral("dump"), m_files.dump()},
                     {QStringLiteral("manifest"), m_files.manifest()},
                     {QStringLiteral("checksums"), m_files.checksums()},
                     {QStringLiteral("database"), m_manifest.database},
                     {QStringLiteral("snapshot"), m_manifest.snapshot},
                     {QStringLiteral("serverVersion"), m_manifest.serverVersion},
                     {QStringLiteral("pgDumpVersion"), m_manifest.pgDumpVersion},
                     {QStringLiteral("compression"), m_manifest.compression},
                     {QStringLiteral("dumpCompression"), m_manifest.dumpCompression},
                     {QStringLiteral("tables"), int(m_manifest.rowCounts.size())},
                     {QStringLiteral("rows"), m_manifest.totalRows()},
                     {QStringLiteral("rowCounts"), rows},
                     {QStringLiteral("dumpBytes"), m_manifest.dumpBytes},
                     {QStringLiteral("bytes"), m_manifest.payload.size},
                     {QStringLiteral("sha256"), m_manifest.payload.sha256}};
    if (m_manifest.globals)
        data.insert(QStringLiteral("globals"), m_files.globals());
    context.setData(data);
    context.setOverview(QCoreApplication::translate("PgBackup", "%1 backed up to %2: %3 tables, %4 rows "
                                                                "(snapshot %5), %6 bytes encrypted.")
                            .arg(m_manifest.database, m_files.dump())
                            .arg(m_manifest.rowCounts.size())
                            .arg(m_manifest.totalRows())
                            .arg(m_manifest.snapshot)
                            .arg(m_manifest.payload.size));
    QJsonObject details = who;
    details.insert(QStringLiteral("snapshot"), m_manifest.snapshot);
    details.insert(QStringLiteral("tables"), int(m_manifest.rowCounts.size()));
    details.insert(QStringLiteral("rows"), m_manifest.totalRows());
    details.insert(QStringLiteral("sha256"), m_manifest.payload.sha256);
    log.append(QStringLiteral("pg.backup"), target, QStringLiteral("succeeded"), details);
}

} // namespace strongroom::pgbackup

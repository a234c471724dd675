#include "pgbackup/PgRestoreJob.h"

#include "age/AgeErrors.h"
#include "age/AgeHeader.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "pgbackup/BackupSnapshot.h"
#include "pgbackup/PgBackupCheck.h"
#include "pgbackup/PgClientTool.h"
#include "pgbackup/PgForeignCheck.h"
#include "pgbackup/PgForeignInput.h"
#include "pgbackup/ZstdPushDecompressor.h"
#include "postgres/PgPassFile.h"
#include "postgres/PgSession.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <csignal>
#include <unistd.h>

namespace strongroom::pgbackup {

using namespace strongroom::postgres;

namespace {

enum RestoreStep
{
    Check,
    Prepare,
    Restore,
    Compare
};

const QString kStagingPrefix = QStringLiteral(".strongroom-tmp-pgrestore-");

// pg_restore's standard input as a device: writes wait (25 ms at a time, answering cancel) while
// more than 4 MiB are queued, so memory stays small whatever the dump's size.
class ProcessInput : public QIODevice
{
public:
    ProcessInput(QProcess &process, JobContext &context) : m_process(process), m_context(context)
    {
        setOpenMode(QIODevice::WriteOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_process.state() != QProcess::Running || m_process.write(data, size) != size) {
            setErrorString(QCoreApplication::translate("PgBackup", "pg_restore stopped reading"));
            return -1;
        }
        while (m_process.bytesToWrite() > (4 << 20)) {
            if (m_context.isCancelled() || m_process.state() != QProcess::Running) {
                setErrorString(QCoreApplication::translate("PgBackup", "pg_restore stopped reading"));
                return -1;
            }
            m_process.waitForBytesWritten(25);
        }
        return size;
    }

private:
    QProcess &m_process;
    JobContext &m_context;
};

Error integrity(const QString &message, const QString &kind)
{
    return Error(ExitCode::Integrity, message, kind);
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(2000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

// Waits for the child, answering cancel every 25 ms.
bool waitFor(QProcess &process, JobContext &context)
{
    while (!process.waitForFinished(25)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (context.isCancelled()) {
            stopProcess(process);
            return false;
        }
    }
    return true;
}

QStringList restoreMessages(QProcess &process)
{
    QStringList lines;
    for (const QByteArray &line : process.readAllStandardError().split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line.trimmed()));
    return lines;
}

} // namespace

QStringList PgRestoreJob::staleStagingFolders(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.strongroom-tmp-pgrestore-(\\d+)-"));
    QStringList stale;
    for (const QString &name : QDir(folder).entryList({kStagingPrefix + QLatin1Char('*')},
                                                      QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const auto match = pattern.match(name);
        const pid_t pid = match.hasMatch() ? pid_t(match.captured(1).toInt()) : 0;
        if (pid <= 0 || (::kill(pid, 0) != 0 && errno != EPERM))
            stale.append(QDir(folder).filePath(name));
    }
    return stale;
}

QString PgRestoreJob::title() const
{
    return QCoreApplication::translate("PgBackup", "Restore PostgreSQL backup %1")
        .arg(QFileInfo(m_request.file).fileName());
}

QList<JobStep> PgRestoreJob::steps() const
{
    return {JobStep{QCoreApplication::translate("PgBackup", "Check checksums, manifest and key"), false},
            JobStep{QCoreApplication::translate("PgBackup", "Prepare the target database"), false},
            JobStep{QCoreApplication::translate("PgBackup", "Decrypt and restore"), true},
            JobStep{QCoreApplication::translate("PgBackup", "Compare row counts with the manifest"), false}};
}

// A library's Result that did not succeed is returned as its error: a cancel keeps its code, so the
// Status is cancelled(), the outcome and not an error.
Status PgRestoreJob::restore(JobContext &context)
{
    const age::DecryptKeys &keys = m_request.keys;
    const WorkProgress progress = workProgress(context);
    // A 0700 folder beside the backup (or where the user said) for plaintext that must be staged.
    const auto makeStaging = [this]() -> Status {
        const QString parent = m_request.stagingParent.isEmpty() ? QFileInfo(m_request.file).absolutePath()
                                                                 : m_request.stagingParent;
        for (const QString &stale : staleStagingFolders(parent))
            QDir(stale).removeRecursively();
        m_staging = QDir(parent).filePath(
            kStagingPrefix +
            QStringLiteral("%1-%2").arg(::getpid()).arg(QDateTime::currentMSecsSinceEpoch()));
        if (!QDir().mkdir(m_staging) ||
            !QFile::setPermissions(m_staging,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate("PgBackup", "Cannot make the staging folder %1.").arg(m_staging));
        return Status::success();
    };

    // 1. The backup, before anything else is touched: a set of ours is checked in full; another
    // format is read once in full first (checkForeignFile: its .sha256, key, every byte
    // authenticated, its compression and archive checked), then with --jobs N decrypted into the
    // staging folder, with --jobs 1 streamed, authenticated again as it goes (PgForeignInput).
    std::optional<PgBackupFiles> files = PgBackupFiles::ofDump(m_request.file);
    std::unique_ptr<PgForeignInput> foreign;
    if (!files) {
        if (!QFileInfo(m_request.file).isFile())
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("PgBackup", "%1: no such file.").arg(m_request.file));
        context.startStep(Check, QFileInfo(m_request.file).size(), ProgressUnit::Bytes);
        const bool stream = m_request.jobs <= 1;
        context.log(QCoreApplication::translate("PgForeignCheck",
                                                "Reading the whole file once to check it before the "
                                                "target is touched."));
        PgForeignCheckOptions checkOptions;
        checkOptions.streamedRestore = stream;
        checkOptions.progress = progress;
        auto checked = checkForeignFile(m_request.file, keys, checkOptions);
        if (!checked)
            return checked.error();
        m_foreignNotes = checked->notes;
        if (!stream)
            if (Status staged = makeStaging(); !staged)
                return staged;
        auto opened = openForeignInput(m_request.file, keys, m_staging, progress, stream);
        if (!opened)
            return opened.error();
        foreign = std::move(*opened);
        m_foreignFormat = foreign->format;
    } else {
        auto checked = checkPgBackup(m_request.file, m_request.keys, context, Check);
        if (!checked)
            return checked.error();
        m_manifest = checked->manifest;
    }
    const qint64 dumpSize = foreign ? foreign->size : QFileInfo(files->dump()).size();
    QFile dump(files ? files->dump() : QString());
    if (files && !dump.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, dump.errorString());

    // 2. The target.
    context.startStep(Prepare);
    const WorkProgress cancelled = progress.cancelOnly();
    if (m_request.prepareTarget)
        if (Status prepared = m_request.prepareTarget(m_request.target, m_manifest); !prepared)
            return prepared;
    const QString database = m_request.target.option(QStringLiteral("dbname"));
    if (m_request.create) {
        if (database.isEmpty())
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("PgBackup", "--create needs the new database's "
                                                                 "name as dbname in --dbname."));
        PgConnection maintenance = m_request.target;
        maintenance.setOption(QStringLiteral("dbname"), QStringLiteral("postgres"));
        auto admin = PgSession::open(maintenance, m_request.password, cancelled);
        if (!admin)
            return admin.error();
        auto exists = (*admin)->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"),
                                     {database}, cancelled);
        if (!exists)
            return exists.error();
        if (exists->value() != QLatin1String("0"))
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("PgBackup",
                                                     "The database %1 exists already; --create makes a new "
                                                     "one. Choose another name (e.g. %1_restored_%2), or "
                                                     "restore into it with --clean --yes.")
                             .arg(database, QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
                         QStringLiteral("target-exists"));
        auto made = (*admin)->exec(QStringLiteral("CREATE DATABASE ") + (*admin)->quoteIdentifier(database),
                                   {}, cancelled);
        if (!made)
            return made.error();
        context.log(QCoreApplication::translate("PgBackup", "Created the database %1.").arg(database));
        m_createdDatabase = database;
    }
    auto session = PgSession::open(m_request.target, m_request.password, cancelled);
    if (!session)
        return session.error();
    {
        auto tables = listTables(**session, cancelled);
        if (!tables)
            return tables.error();
        if (!tables->isEmpty() && !m_request.clean)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("PgBackup",
                                                     "The database %1 is not empty (%2 tables): refusing "
                                                     "to restore into it. Restore into a new database "
                                                     "with --create, or replace its objects with "
                                                     "--clean --yes.")
                             .arg((*session)->database())
                             .arg(tables->size()),
                         QStringLiteral("target-not-empty"));
    }
    const int serverMajor = (*session)->serverVersionNumber() / 10000;
    // A dump pg_dump compressed with zstd needs a pg_restore >= 16, whatever the target's version.
    auto pgRestore =
        PgClientTool::find(QStringLiteral("pg_restore"),
                           std::max(serverMajor, files ? m_manifest.layers().pgRestoreMajor() : 0));
    if (!pgRestore)
        return pgRestore.error();
    std::unique_ptr<PgPassFile> passFile;
    if (m_request.password.isSet()) {
        auto created = PgPassFile::create(m_request.password);
        if (!created)
            return created.error();
        passFile = std::move(*created);
    }
    QStringList arguments{QStringLiteral("--dbname=") + m_request.target.conninfo(),
                          QStringLiteral("--no-password")};
    if (m_request.clean)
        arguments << QStringLiteral("--clean") << QStringLiteral("--if-exists");

    // 3. The restore.
    context.startStep(Restore, dumpSize, ProgressUnit::Bytes);
    QProcess restorer;
    restorer.setProcessEnvironment(
        passFile ? passFile->environment()
                 : PgPassFile::withoutPasswords(QProcessEnvironment::systemEnvironment()));
    restorer.setStandardOutputFile(QProcess::nullDevice());
    if (foreign && !foreign->tarArchive.isEmpty()) {
        // A directory-format dump in a tar archive: extracted into the 0700 staging folder.
        if (m_staging.isEmpty())
            if (Status staged = makeStaging(); !staged)
                return staged;
        context.log(QCoreApplication::translate("PgForeignInput", "Extracting the tar archive into %1.")
                        .arg(m_staging));
        auto extracted =
            extractDirectoryDump(foreign->tarArchive, QDir(m_staging).filePath(QStringLiteral("tar")));
        if (!extracted)
            return extracted.error();
        if (context.isCancelled())
            return Cancelled{};
        arguments << QStringLiteral("--format=directory")
                  << (m_request.jobs > 1 ? QStringLiteral("--jobs=%1").arg(m_request.jobs)
                                         : QStringLiteral("--single-transaction"))
                  << *extracted;
        restorer.start(pgRestore->program, arguments);
        if (!restorer.waitForStarted(30000))
            return Error(ExitCode::Environment, restorer.errorString());
    } else if (foreign) {
        // psql for SQL text (stopping at the first error, all or nothing), pg_restore otherwise.
        QString program = pgRestore->program;
        QStringList foreignArguments = arguments;
        if (!foreign->customFormat) {
            auto psql = PgClientTool::find(QStringLiteral("psql"), serverMajor);
            if (!psql)
                return psql.error();
            program = psql->program;
            foreignArguments = {QStringLiteral("--dbname=") + m_request.target.conninfo(),
                                QStringLiteral("--no-password"),
                                QStringLiteral("-X"),
                                QStringLiteral("-q"),
                                QStringLiteral("-v"),
                                QStringLiteral("ON_ERROR_STOP=1"),
                                QStringLiteral("--single-transaction"),
                                QStringLiteral("-f"),
                                QStringLiteral("-")};
        } else {
            foreignArguments << QStringLiteral("--single-transaction");
        }
        restorer.start(program, foreignArguments);
        if (!restorer.waitForStarted(30000))
            return Error(ExitCode::Environment, restorer.errorString());
        ProcessInput processInput(restorer, context);
        ZstdPushDecompressor zstdInput(processInput);
        QIODevice &input = foreign->zstd ? static_cast<QIODevice &>(zstdInput) : processInput;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        context.startStep(Restore, foreign->size, ProgressUnit::Bytes);
        // The restorer is stopped first (its transaction rolls back); then a streamed decryptor's
        // verdict on the whole file is the better reason, when it has one.
        const auto failed = [&](const Error &error) -> Status {
            stopProcess(restorer);
            if (context.isCancelled())
                return Cancelled{};
            if (Status verdict = foreign->finish(cancelled); !verdict)
                return verdict;
            return error;
        };
        const Error damaged =
            integrity(QCoreApplication::translate("PgBackup", "%1: the compressed content is damaged or "
                                                              "truncated; the restore was rolled back.")
                          .arg(m_request.file),
                      QStringLiteral("payload"));
        while (true) {
            if (context.isCancelled()) {
                stopProcess(restorer);
                return Cancelled{};
            }
            const qint64 n = foreign->device->read(buffer.data(), buffer.size());
            const bool broken =
                n < 0 || (n == 0 && foreign->inflater && foreign->inflater->error() != QFileDevice::NoError);
            if (broken)
                return failed(damaged);
            if (n == 0) {
                if (foreign->zstd && !zstdInput.finished())
                    return failed(damaged);
                // The decryptor has authenticated everything: only now may the restorer see the end.
                if (Status verdict = foreign->finish(cancelled); !verdict) {
                    stopProcess(restorer);
                    return verdict;
                }
                break;
            }
            if (input.write(buffer.constData(), n) != n) {
                if (foreign->zstd)
                    return failed(damaged);
                // The restorer ended early; its messages say why, unless the file was damaged.
                if (Status verdict = foreign->finish(cancelled); !verdict) {
                    stopProcess(restorer);
                    return verdict;
                }
                break;
            }
            context.setProgress(foreign->position());
        }
        restorer.closeWriteChannel();
    } else if (!dump.seek(0)) {
        return Error(ExitCode::Failure, dump.errorString());
    } else if (m_request.jobs <= 1) {
        arguments << QStringLiteral("--single-transaction");
        restorer.start(pgRestore->program, arguments);
        if (!restorer.waitForStarted(30000))
            return Error(ExitCode::Environment, restorer.errorString());
        ProcessInput input(restorer, context);
        // The manifest says whether our zstd stream is around the dump (backups before pg_dump
        // compressed its own data) or age holds the dump itself.
        ZstdPushDecompressor inflate(input);
        QIODevice &sink = m_manifest.outerZstd() ? static_cast<QIODevice &>(inflate) : input;
        const age::DecryptOutcome decrypted = age::decryptFile(dump, &sink, keys, progress);
        if (decrypted.cancelled || context.isCancelled()) {
            stopProcess(restorer);
            return Cancelled{};
        }
        if (decrypted.error) {
            stopProcess(restorer);
            return *decrypted.error;
        }
        if (m_manifest.outerZstd() && !inflate.finished()) {
            stopProcess(restorer);
            return integrity(QCoreApplication::translate("PgBackup", "%1: the compressed dump ends early.")
                                 .arg(files->dump()),
                             QStringLiteral("payload"));
        }
        restorer.closeWriteChannel();
    } else {
        if (Status made = makeStaging(); !made)
            return made;
        const QString staged = QDir(m_staging).filePath(QStringLiteral("dump"));
        const int fd = safefile::openPrivateFile(staged);
        QFile stagedFile;
        if (fd < 0 || !stagedFile.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("PgBackup", "Cannot write into the staging folder %1.")
                             .arg(m_staging));
        {
            // Staged as pg_dump wrote it: with its own compression, 5x smaller than plain.
            ZstdPushDecompressor inflate(stagedFile);
            QIODevice &sink = m_manifest.outerZstd() ? static_cast<QIODevice &>(inflate) : stagedFile;
            const age::DecryptOutcome decrypted = age::decryptFile(dump, &sink, keys, progress);
            if (decrypted.cancelled || context.isCancelled())
                return Cancelled{};
            if (decrypted.error)
                return *decrypted.error;
            if (m_manifest.outerZstd() && !inflate.finished())
                return integrity(
                    QCoreApplication::translate("PgBackup", "%1: the compressed dump ends early.")
                        .arg(files->dump()),
                    QStringLiteral("payload"));
        }
        stagedFile.close();
        arguments << QStringLiteral("--jobs=%1").arg(m_request.jobs) << staged;
        restorer.start(pgRestore->program, arguments);
        if (!restorer.waitForStarted(30000))
            return Error(ExitCode::Environment, restorer.errorString());
    }
    if (!waitFor(restorer, context))
        return Cancelled{};
    m_warnings = restoreMessages(restorer);
    if ((restorer.exitStatus() != QProcess::NormalExit || restorer.exitCode() != 0) &&
        messagesTellDamage(m_warnings))
        return integrity(QCoreApplication::translate("PgForeignCheck",
                                                     "%1: the dump is damaged or truncated (%2); the "
                                                     "restore was rolled back.")
                             .arg(m_request.file, m_warnings.join(QLatin1Char(' '))),
                         QStringLiteral("payload"));
    if (restorer.exitStatus() != QProcess::NormalExit || restorer.exitCode() != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PgBackup", "pg_restore failed (exit %1): %2")
                         .arg(restorer.exitCode())
                         .arg(m_warnings.join(QLatin1Char(' '))));

    // 4. The counts.
    context.startStep(Compare, m_manifest.rowCounts.size());
    if (foreign)
        m_manifest.rowCounts.clear();
    auto restoredTables = listTables(**session, cancelled);
    if (!restoredTables)
        return restoredTables.error();
    QMap<QString, qint64> restored;
    for (const PgTable &table : *restoredTables) {
        auto counted = (*session)->exec(
            QStringLiteral("SELECT count(*) FROM ONLY %1.%2")
                .arg((*session)->quoteIdentifier(table.schema), (*session)->quoteIdentifier(table.name)),
            {}, cancelled);
        if (!counted)
            return counted.error();
        restored.insert(table.qualified(), counted->value().toLongLong());
        context.addProgress(1);
    }
    QStringList names = m_manifest.rowCounts.keys();
    for (const QString &name : restored.keys())
        if (!names.contains(name))
            names.append(name);
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const qint64 backup = m_manifest.rowCounts.value(name, -1);
        const qint64 now = restored.value(name, -1);
        const bool equal = backup == now;
        // Tables that existed in a --clean target and are not in the backup are not the restore's.
        if (backup < 0 && m_request.clean && !foreign)
            continue;
        if (foreign) {
            // No manifest: the counts found are the report.
            m_comparison.append(QJsonObject{{QStringLiteral("table"), name},
                                            {QStringLiteral("backup"), QJsonValue()},
                                            {QStringLiteral("restored"), now}});
            continue;
        }
        m_countsDiffer = m_countsDiffer || !equal;
        m_comparison.append(QJsonObject{{QStringLiteral("table"), name},
                                        {QStringLiteral("backup"), backup},
                                        {QStringLiteral("restored"), now},
                                        {QStringLiteral("equal"), equal}});
    }
    if (m_countsDiffer) {
        QStringList differing;
        for (const QJsonValue &row : std::as_const(m_comparison))
            if (!row[QStringLiteral("equal")].toBool())
                differing.append(QCoreApplication::translate("PgBackup", "%1: %2 in the backup, %3 restored")
                                     .arg(row[QStringLiteral("table")].toString())
                                     .arg(row[QStringLiteral("backup")].toInteger())
                                     .arg(row[QStringLiteral("restored")].toInteger()));
        return integrity(
            QCoreApplication::translate("PgBackup", "The restored row counts differ from the manifest: %1.")
                .arg(differing.join(QStringLiteral("; "))),
            QStringLiteral("counts-differ"));
    }
    return Status::success();
}

Status PgRestoreJob::restoreOnly(JobContext &context)
{
    const Status restored = restore(context);
    if (!m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
    return restored;
}

void PgRestoreJob::dropCreatedDatabase()
{
    if (m_createdDatabase.isEmpty())
        return;
    PgConnection maintenance = m_request.target;
    maintenance.setOption(QStringLiteral("dbname"), QStringLiteral("postgres"));
    if (auto admin = PgSession::open(maintenance, m_request.password))
        (*admin)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                           .arg((*admin)->quoteIdentifier(m_createdDatabase)));
    m_createdDatabase.clear();
}

void PgRestoreJob::run(JobContext &context)
{
    const Status restored = restore(context);
    // A cancel is the outcome (the context has seen it), never an error; only a failure is one.
    std::optional<Error> error;
    if (!restored && !restored.cancelled())
        error = restored.error();
    const bool cancelled = !error && (restored.cancelled() || context.isCancelled());
    // A file without a checksum that fails: the message says that damage could not be ruled out.
    if (error && error->code != ExitCode::Integrity && !m_foreignNotes.isEmpty())
        error->message += QLatin1Char(' ') + m_foreignNotes.join(QLatin1Char(' '));
    // A restore that fails or is cancelled takes back the database it created, so nothing changed;
    // one whose counts differ keeps it, for the admin to look at.
    if ((error && error->kind != QLatin1String("counts-differ")) || cancelled)
        dropCreatedDatabase();
    if (!m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
    const AuditLog &log = context.audit();
    const QString file = QFileInfo(m_request.file).absoluteFilePath();
    QJsonObject data{{QStringLiteral("file"), file},
                     {QStringLiteral("target"), m_request.target.conninfo()},
                     {QStringLiteral("database"), m_manifest.database},
                     {QStringLiteral("snapshot"), m_manifest.snapshot},
                     {QStringLiteral("created"), m_manifest.created.toString(Qt::ISODate)},
                     {QStringLiteral("jobs"), m_request.jobs},
                     {QStringLiteral("tables"), int(m_manifest.rowCounts.size())},
                     {QStringLiteral("rows"), m_manifest.totalRows()},
                     {QStringLiteral("comparison"), m_comparison},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings)}};
    if (!m_staging.isEmpty())
        data.insert(QStringLiteral("staging"), m_staging);
    data.insert(QStringLiteral("format"),
                m_foreignFormat.isEmpty() ? QStringLiteral("strongroom-pg-backup") : m_foreignFormat);
    data.insert(QStringLiteral("manifest"), m_foreignFormat.isEmpty());
    if (!m_foreignFormat.isEmpty())
        data.insert(QStringLiteral("notes"), QJsonArray::fromStringList(m_foreignNotes));
    context.setData(data);
    qint64 rowsFound = 0;
    for (const QJsonValue &row : std::as_const(m_comparison)) {
        rowsFound += row[QStringLiteral("restored")].toInteger();
        const QJsonValue backup = row[QStringLiteral("backup")];
        context.addDetail(
            QStringLiteral("%1  %2  %3  %4")
                .arg(row[QStringLiteral("table")].toString(),
                     backup.isNull() ? QStringLiteral("-") : QString::number(backup.toInteger()))
                .arg(row[QStringLiteral("restored")].toInteger())
                .arg(backup.isNull()                         ? QString()
                     : row[QStringLiteral("equal")].toBool() ? QStringLiteral("=")
                                                             : QStringLiteral("DIFFERS")));
    }
    if (!m_foreignFormat.isEmpty())
        context.addDetail(QCoreApplication::translate("PgBackup",
                                                      "This backup (%1) carries no manifest: the counts "
                                                      "above are what the restore found, with nothing to "
                                                      "compare them with.")
                              .arg(m_foreignFormat));
    if (m_foreignFormat.startsWith(QLatin1String("node-aes-256-gcm")))
        context.addDetail(QCoreApplication::translate("PgBackup",
                                                      "The content's authenticity cannot be proven: the "
                                                      "program that wrote this backup stored no GCM tag; "
                                                      "only its .sha256 checksum was checked."));
    for (const QString &note : std::as_const(m_foreignNotes))
        if (!m_foreignFormat.startsWith(QLatin1String("node-aes-256-gcm")))
            context.addDetail(note);
    for (const QString &warning : std::as_const(m_warnings))
        context.addDetail(QCoreApplication::translate("PgBackup", "pg_restore: %1").arg(warning));
    const QJsonObject details{{QStringLiteral("target"), m_request.target.conninfo()},
                              {QStringLiteral("jobs"), m_request.jobs}};
    if (error) {
        context.fail(*error);
        QJsonObject failed = details;
        failed.insert(QStringLiteral("error"), error->toJson());
        log.append(QStringLiteral("pg.restore"), file, QStringLiteral("failed"), failed);
        return;
    }
    if (cancelled) {
        log.append(QStringLiteral("pg.restore"), file, QStringLiteral("cancelled"), details);
        return;
    }
    if (!m_foreignFormat.isEmpty())
        context.setOverview(
            QCoreApplication::translate("PgBackup", "%1 (%2) restored into %3: %4 tables, %5 rows "
                                                    "found; no manifest to compare them with.")
                .arg(QFileInfo(m_request.file).fileName(), m_foreignFormat, m_request.target.displayName())
                .arg(m_comparison.size())
                .arg(rowsFound));
    else
        context.setOverview(
            QCoreApplication::translate("PgBackup", "%1 restored into %2: %3 tables, %4 rows, every count "
                                                    "equal to the manifest's.")
                .arg(QFileInfo(m_request.file).fileName(), m_request.target.displayName())
                .arg(m_manifest.rowCounts.size())
                .arg(m_manifest.totalRows()));
    QJsonObject succeeded = details;
    succeeded.insert(QStringLiteral("tables"), int(m_manifest.rowCounts.size()));
    succeeded.insert(QStringLiteral("rows"), m_manifest.totalRows());
    log.append(QStringLiteral("pg.restore"), file, QStringLiteral("succeeded"), succeeded);
}

} // namespace strongroom::pgbackup

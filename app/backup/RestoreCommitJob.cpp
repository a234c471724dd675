#include "backup/RestoreCommitJob.h"

#include "backup/BackupWriter.h"
#include "backup/CipherProbe.h"
#include "backup/DatabaseChecks.h"
#include "backup/DatabaseUsers.h"
#include "backup/JobMonitor.h"
#include "core/JobContext.h"
#include "core/SafeFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <sqlite3.h>

namespace strongroom {

namespace {

enum Step
{
    Wait,
    PreRestoreBackup,
    Copy,
    Swap,
    VerifyRestored
};

Error cancelledError()
{
    return Error(ExitCode::Cancelled, QStringLiteral("Cancelled."));
}

} // namespace

RestoreCommitJob::RestoreCommitJob(RestorePlan plan, RestoreKeys keys, int waitSeconds, AuditLog audit)
    : m_plan(std::move(plan)), m_keys(std::move(keys)), m_waitSeconds(waitSeconds), m_audit(std::move(audit))
{
}

QString RestoreCommitJob::title() const
{
    return QStringLiteral("Restore %1 from %2")
        .arg(QFileInfo(m_plan.livePath).fileName(), QFileInfo(m_plan.backupPath).fileName());
}

QList<JobStep> RestoreCommitJob::steps() const
{
    return {JobStep{QStringLiteral("Wait until no other process uses the database"), false},
            JobStep{QStringLiteral("Back up the current database (pre-restore)"), false},
            JobStep{QStringLiteral("Write a verified copy beside the database"), false},
            JobStep{QStringLiteral("Swap in the restored database"), true},
            JobStep{QStringLiteral("Verify the restored database"), false}};
}

Status RestoreCommitJob::waitForExclusiveUse(JobContext &context)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        const DatabaseUsers users = DatabaseUsers::of(m_plan.livePath);
        if (!users.any())
            return Status::success();
        if (waited.elapsed() >= qint64(m_waitSeconds) * 1000)
            return Error(ExitCode::Busy,
                         QStringLiteral(
                             "%1 is in use by %2. Close the application that uses it, or give --wait SECONDS "
                             "to wait for it; nothing was changed.")
                             .arg(m_plan.livePath, users.describe()),
                         QStringLiteral("busy"));
        if (context.isCancelled())
            return cancelledError();
        QThread::msleep(200);
    }
}

Status RestoreCommitJob::writeVerifiedCopy(JobContext &context, const QString &temp)
{
    // A downloaded backup may be restored to a place that does not exist yet.
    if (!QDir().mkpath(QFileInfo(m_plan.livePath).absolutePath()))
        return Error(ExitCode::Failure,
                     QStringLiteral("%1: cannot create the folder for the restored database.").arg(m_plan.livePath));
    if (Status s = safefile::requireFreeSpace(QFileInfo(m_plan.livePath).absolutePath(), m_plan.backup.size,
                                              QStringLiteral("the restored copy"));
        !s)
        return s;
    {
        QFile in(m_plan.backupPath);
        QFile out(temp);
        if (!in.open(QIODevice::ReadOnly))
            return Error(ExitCode::Failure,
                         QStringLiteral("%1: cannot read: %2").arg(in.fileName(), in.errorString()));
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(ExitCode::Failure,
                         QStringLiteral("%1: cannot create: %2").arg(temp, out.errorString()));
        context.setTotal(in.size());
        QByteArray buffer(4 << 20, Qt::Uninitialized);
        qint64 done = 0;
        while (true) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error(ExitCode::Failure,
                             QStringLiteral("%1: read error: %2").arg(in.fileName(), in.errorString()));
            if (n == 0)
                break;
            if (out.write(buffer.constData(), n) != n)
                return Error(ExitCode::Failure,
                             QStringLiteral("%1: write error: %2").arg(temp, out.errorString()));
            done += n;
            context.setProgress(done);
            if (context.isCancelled())
                return cancelledError();
        }
    }
    if (m_plan.rekey) {
        Result<std::unique_ptr<Database>> db =
            Database::open(temp, {Database::Access::ReadWrite, &*m_keys.backup, m_plan.backup.settings, 0});
        if (!db)
            return db.error();
        if (sqlite3_rekey(db.value()->handle(), m_keys.live.data(), m_keys.live.size()) != SQLITE_OK)
            return Error(ExitCode::Failure, QStringLiteral("%1: re-keying the restored copy failed: %2")
                                                .arg(temp, db.value()->lastError()));
    }
    if (Status s = safefile::fsyncFile(temp); !s)
        return s;
    Result<std::unique_ptr<Database>> check =
        Database::open(temp, {Database::Access::ReadOnly, &m_keys.live, m_plan.backup.settings, 0});
    if (!check)
        return check.error();
    if (Status s = cipherIntegrityCheck(*check.value()); !s)
        return s;
    Result<QMap<QString, qint64>> rows = countRows(*check.value());
    if (!rows)
        return rows.error();
    if (rows.value() != m_plan.backup.rowCounts)
        return Error(ExitCode::Integrity,
                     QStringLiteral("%1: the copy of the backup does not hold the backup's rows; "
                                    "nothing was changed.")
                         .arg(temp));
    return Status::success();
}

Status RestoreCommitJob::swapIn(const QString &temp)
{
    const QString live = m_plan.livePath;
    if (m_plan.liveExists) {
        // Opening runs the rollback of a hot journal; the TRUNCATE checkpoint moves every WAL frame
        // into the file. Afterwards the companions hold nothing the old database needs.
        Result<std::unique_ptr<Database>> db =
            Database::open(live, {Database::Access::ReadWrite, &m_keys.live,
                                  m_plan.liveSettings.value_or(CipherSettings{}), 5000});
        if (!db)
            return db.error();
        if (journalMode(*db.value()) == QLatin1String("wal")) {
            Statement checkpoint = db.value()->prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (!checkpoint.step() || checkpoint.int64(0) != 0)
                return Error(ExitCode::Busy,
                             QStringLiteral("%1: could not fold its WAL into the database (another process "
                                            "is using it); nothing was changed.")
                                 .arg(live),
                             QStringLiteral("busy"));
        }
        db.value().reset();
        if (QFileInfo(live + QStringLiteral("-wal")).size() > 0 || DatabaseUsers::of(live).any())
            return Error(ExitCode::Busy,
                         QStringLiteral("%1: another process started using the database; nothing was "
                                        "changed. Try again when it is closed.")
                             .arg(live),
                         QStringLiteral("busy"));
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(live + QLatin1String(suffix));
    }
    return safefile::atomicReplace(temp, live);
}

Status RestoreCommitJob::verifyRestored()
{
    Result<std::unique_ptr<Database>> db = Database::open(
        m_plan.livePath, {Database::Access::ReadOnly, &m_keys.live, m_plan.backup.settings, 5000});
    if (!db)
        return db.error();
    if (Status s = cipherIntegrityCheck(*db.value()); !s)
        return s;
    if (Status s = sqliteIntegrityCheck(*db.value()); !s)
        return s;
    Result<QMap<QString, qint64>> rows = countRows(*db.value());
    if (!rows)
        return rows.error();
    if (rows.value() != m_plan.backup.rowCounts)
        return Error(ExitCode::Integrity,
                     QStringLiteral("%1: the restored database's row counts differ from the backup's.")
                         .arg(m_plan.livePath));
    return Status::success();
}

void RestoreCommitJob::run(JobContext &context)
{
    QString preRestorePath;
    QJsonObject details{{QStringLiteral("backup"), m_plan.backupPath},
                        {QStringLiteral("rekeyed"), m_plan.rekey}};
    const auto failed = [&](const Error &error) {
        if (error.code == ExitCode::Cancelled) {
            m_audit.append(QStringLiteral("backup.restore"), m_plan.livePath, QStringLiteral("cancelled"),
                           details);
            return;
        }
        details.insert(QStringLiteral("error"), error.message);
        m_audit.append(QStringLiteral("backup.restore"), m_plan.livePath, QStringLiteral("failed"), details);
        context.fail(error);
    };

    context.startStep(Wait);
    if (Status s = waitForExclusiveUse(context); !s)
        return failed(s.error());

    context.startStep(PreRestoreBackup, 0, ProgressUnit::Bytes);
    if (m_plan.liveExists) {
        BackupRequest request{m_plan.livePath,
                              m_keys.live,
                              m_plan.liveSettings,
                              m_plan.historyFolder,
                              {BackupRecord::preRestoreTag()}};
        Result<BackupRecord> record = BackupWriter::write(request, jobProgressOnly(context));
        if (!record)
            return failed(record.error());
        preRestorePath = QDir(m_plan.historyFolder).filePath(record->fileName);
        details.insert(QStringLiteral("pre_restore_backup"), preRestorePath);
        context.log(QStringLiteral("Pre-restore backup: %1").arg(preRestorePath));
    }

    context.startStep(Copy, 0, ProgressUnit::Bytes);
    const QString temp = safefile::tempPathFor(m_plan.livePath, QStringLiteral("restore"));
    if (Status s = writeVerifiedCopy(context, temp); !s) {
        safefile::removeTemp(temp);
        return failed(s.error());
    }

    context.startStep(Swap);
    if (Status s = swapIn(temp); !s) {
        safefile::removeTemp(temp);
        return failed(s.error());
    }

    context.startStep(VerifyRestored);
    if (Status s = verifyRestored(); !s)
        return failed(s.error());

    QJsonObject rows;
    for (auto it = m_plan.backup.rowCounts.cbegin(); it != m_plan.backup.rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    m_audit.append(QStringLiteral("backup.restore"), m_plan.livePath, QStringLiteral("succeeded"), details);
    context.setData(QJsonObject{{QStringLiteral("database"), m_plan.livePath},
                                {QStringLiteral("backup"), m_plan.backupPath},
                                {QStringLiteral("pre_restore_backup"),
                                 preRestorePath.isEmpty() ? QJsonValue() : QJsonValue(preRestorePath)},
                                {QStringLiteral("rekeyed"), m_plan.rekey},
                                {QStringLiteral("row_counts"), rows}});
    context.setOverview(
        QStringLiteral("%1 restored from %2 and verified.%3")
            .arg(m_plan.livePath, m_plan.backupPath,
                 preRestorePath.isEmpty()
                     ? QString()
                     : QStringLiteral(" The previous database was saved as %1.").arg(preRestorePath)));
}

} // namespace strongroom

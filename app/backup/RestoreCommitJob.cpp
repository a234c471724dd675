#include "backup/RestoreCommitJob.h"

#include "backup/BackupWriter.h"
#include "backup/CopyOpensWhole.h"
#include "backup/DatabaseUsers.h"
#include "backup/ParallelWork.h"
#include "backup/PreRestoreBackup.h"
#include "backup/SnapshotCopier.h"
#include "core/HelperTask.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "sqlcipher/IntegrityCheck.h"
#include "sqlcipher/PageReencryptor.h"
#include "sqlcipher/PageRekey.h"
#include "sqlcipher/RowCount.h"
#include "sqlcipher/StatementWatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#include <sqlite3.h>
#include <sys/stat.h>
#include <utility>

namespace strongroom {

namespace {

enum Step
{
    Wait,
    KeepCurrent,
    Copy,
    Swap,
    VerifyRestored
};

// Keys that could not be derived only cost the verification a KDF run.
std::optional<PageKeys> optionalKeys(Result<PageKeys> keys)
{
    return keys ? std::optional<PageKeys>(std::move(keys.value())) : std::nullopt;
}

} // namespace

RestoreCommitJob::RestoreCommitJob(RestorePlan plan, RestoreKeys keys, int waitSeconds)
    : m_plan(std::move(plan)), m_keys(std::move(keys)), m_waitSeconds(waitSeconds)
{
}

QString RestoreCommitJob::title() const
{
    return QCoreApplication::translate("RestoreCommitJob", "Restore %1 from %2")
        .arg(QFileInfo(m_plan.livePath).fileName(), QFileInfo(m_plan.backupPath).fileName());
}

QList<JobStep> RestoreCommitJob::steps() const
{
    return {
        JobStep{
            QCoreApplication::translate("RestoreCommitJob", "Wait until no other process uses the database"),
            false},
        JobStep{QCoreApplication::translate("RestoreCommitJob",
                                            "Keep the current database in its history (pre-restore)"),
                false},
        JobStep{QCoreApplication::translate("RestoreCommitJob", "Write a verified copy beside the database"),
                false},
        JobStep{QCoreApplication::translate("RestoreCommitJob", "Swap in the restored database"), true},
        JobStep{QCoreApplication::translate("RestoreCommitJob", "Verify the restored database"), false}};
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
                         QCoreApplication::translate(
                             "RestoreCommitJob",
                             "%1 is in use by %2. Close the application that uses it, or give --wait SECONDS "
                             "to wait for it; nothing was changed.")
                             .arg(m_plan.livePath, users.describe()),
                         QStringLiteral("locked"));
        if (context.isCancelled())
            return Cancelled{};
        QThread::msleep(200);
    }
}

Status RestoreCommitJob::writeVerifiedCopy(JobContext &context, const QString &temp)
{
    if (Result<QStringList> prepared = prepareRestoreFolder(m_plan.livePath, m_plan.backup.size); !prepared)
        return prepared.error();
    const WorkProgress progress = workProgress(context);
    const CipherSettings &settings = m_plan.backup.settings;
    if (m_plan.rekey && PageReencryptor::supports(settings, settings)) {
        // Copied and re-keyed in one pass, page by page (sqlcipher/PageRekey.h), instead of a copy
        // and a PRAGMA rekey that rewrites it.
        context.setTotal(m_plan.backup.size);
        const Result<qint64> pages =
            rekeyPages({m_plan.backupPath, &*m_keys.backup, settings, temp, &m_keys.live, settings,
                        m_plan.backup.size / settings.pageSize},
                       progress.scaled(settings.pageSize));
        if (!pages)
            return pages.cancelled() ? Status(Cancelled{}) : Status(pages.error());
    } else {
        SourceDescriptors backup;
        const int from = backup.open(m_plan.backupPath);
        if (from < 0)
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("RestoreCommitJob", "%1: cannot read it any more.")
                             .arg(m_plan.backupPath));
        context.setTotal(m_plan.backup.size);
        qint64 done = 0;
        if (Status s = copyFileContents(from, temp, progress, done, m_plan.backupPath); !s)
            return s;
        if (m_plan.rekey) {
            Result<std::unique_ptr<Database>> db = Database::open(
                temp, {Database::Access::ReadWrite, &*m_keys.backup, m_plan.backup.settings, 0});
            if (!db)
                return db.error();
            if (sqlite3_rekey(db.value()->handle(), m_keys.live.data(), m_keys.live.size()) != SQLITE_OK)
                return Error(ExitCode::Failure,
                             QCoreApplication::translate("RestoreCommitJob",
                                                         "%1: re-keying the restored copy failed: %2")
                                 .arg(temp, db.value()->lastError()));
        }
    }
    // fsync and the checks side by side. A plain copy must be the validated backup byte for byte,
    // so every check the validation made holds for it; a re-keyed one is checked again.
    ParallelWork work(progress);
    auto synced = work.start([&] { return safefile::fsyncFile(temp); });
    auto sha = work.start([&, m = work.worker()] { return sha256OfFile(temp, m); });
    auto keys = work.start([&] { return restoredKeys(temp); });
    auto checked = work.start([&, m = work.worker()]() -> Status {
        if (!m_plan.rekey)
            return Status::success();
        Result<std::unique_ptr<Database>> check =
            Database::open(temp, {Database::Access::ReadOnly, &m_keys.live, m_plan.backup.settings, 0});
        if (!check)
            return check.error();
        StatementWatch watch(check.value()->handle(), m);
        if (Status s = integritycheck::verifyPages(*check.value(), m_plan.backup.settings); !s)
            return s;
        Result<QMap<QString, qint64>> rows = rowcount::rowsPerTable(*check.value());
        if (!rows)
            return rows.error();
        if (rows.value() != m_plan.backup.rowCounts)
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate("RestoreCommitJob",
                                                     "%1: the re-keyed copy of the backup does not hold the "
                                                     "backup's rows; nothing was changed.")
                             .arg(temp));
        return Status::success();
    });
    work.wait(synced, sha, checked, keys);
    m_restoredKeys = optionalKeys(keys.get());
    const Status syncedStatus = synced.get();
    const Result<QByteArray> copied = sha.get();
    const Status checkedStatus = checked.get();
    if (work.cancelled())
        return Cancelled{};
    if (!syncedStatus)
        return syncedStatus;
    if (!copied)
        return copied.error();
    if (!checkedStatus)
        return checkedStatus;
    if (!m_plan.rekey && copied.value() != m_plan.backup.sha256)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "RestoreCommitJob",
                         "%1: the copy differs from the backup that was checked (%2); nothing was "
                         "changed. Check the disk, and the backup with backup verify.")
                         .arg(temp, m_plan.backupPath));
    m_copySha256 = copied.value();
    struct stat copyStat{};
    if (::stat(QFile::encodeName(temp).constData(), &copyStat) == 0)
        m_copyInode = {copyStat.st_dev, copyStat.st_ino};
    return Status::success();
}

Result<PageKeys> RestoreCommitJob::restoredKeys(const QString &temp) const
{
    // A copy that was not re-keyed has the backup's key and salt: the validation's page keys open
    // it. Otherwise they are derived (a KDF run) from the live key and the copy's salt.
    if (m_plan.backup.keys && !m_plan.rekey)
        return *m_plan.backup.keys;
    return PageKeys::ofFile(temp, m_keys.live, m_plan.backup.settings);
}

Status RestoreCommitJob::adoptStagedCopy(const QString &temp)
{
    // The validation wrote this file from the very bytes it hashed and checked, moments ago; it
    // must still be there, whole. fsync it (its write-back started while it was written) while the
    // keys that open it are derived.
    struct stat copyStat{};
    if (::stat(QFile::encodeName(temp).constData(), &copyStat) != 0 || copyStat.st_size != m_plan.backup.size)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "RestoreCommitJob",
                         "%1: the verified copy of the backup is gone or changed; nothing was changed. "
                         "Run the restore again.")
                         .arg(temp));
    const WorkProgress none;
    ParallelWork work(none);
    auto synced = work.start([&] { return safefile::fsyncFile(temp); });
    auto keys = work.start([&] { return restoredKeys(temp); });
    work.wait(synced, keys);
    m_restoredKeys = optionalKeys(keys.get());
    if (Status s = synced.get(); !s)
        return s;
    m_copySha256 = m_plan.backup.sha256;
    m_copyInode = {copyStat.st_dev, copyStat.st_ino};
    return Status::success();
}

Status RestoreCommitJob::swapIn(const QString &temp)
{
    const QString live = m_plan.livePath;
    if (m_plan.liveExists) {
        // The pre-restore backup folded the WAL or journal into the file it kept; anything in them
        // now was written since, by a process that must not lose it.
        if (QFileInfo(live + QStringLiteral("-wal")).size() > 0 ||
            QFileInfo::exists(live + QStringLiteral("-journal")) || DatabaseUsers::of(live).any())
            return Error(
                ExitCode::Busy,
                QCoreApplication::translate("RestoreCommitJob",
                                            "%1: another process started using the database; nothing was "
                                            "changed. Try again when it is closed.")
                    .arg(live),
                QStringLiteral("locked"));
        QFile::remove(live + QStringLiteral("-shm"));
        QFile::remove(live + QStringLiteral("-wal"));
        // The restored file replaces the database: its owner, group and mode, never wider.
        if (Status s = safefile::copyOwnershipAndMode(live, temp); !s)
            return s;
        return safefile::atomicReplace(temp, live);
    }
    // A database restored where there was none must not replace a file that appeared meanwhile.
    return safefile::placeNew(temp, live);
}

Status RestoreCommitJob::verifyRestored()
{
    // The file now at the database's path must be the verified copy, renamed: the same inode, so
    // its bytes are the ones whose SHA-256 was checked (and whose rows were counted). It must open
    // with the live key, and the page count in its header must match its size.
    struct stat restoredStat{};
    if (::stat(QFile::encodeName(m_plan.livePath).constData(), &restoredStat) != 0 ||
        std::pair(restoredStat.st_dev, restoredStat.st_ino) != m_copyInode)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "RestoreCommitJob", "%1: the restored database is not the copy that was verified.")
                         .arg(m_plan.livePath));
    const KeyMaterial key = m_restoredKeys ? m_restoredKeys->rawKey() : m_keys.live;
    return opensWhole(m_plan.livePath, key, m_plan.backup.settings);
}

void RestoreCommitJob::run(JobContext &context)
{
    QString preRestorePath;
    // The audit line names the file the user gave: the age copy, not its temporary plaintext.
    QJsonObject details{
        {QStringLiteral("backup"), m_plan.ageFile.isEmpty() ? m_plan.backupPath : m_plan.ageFile},
        {QStringLiteral("rekeyed"), m_plan.rekey}};
    // `outcome` is the Status or Result that did not succeed: a cancel is audited, not reported.
    const auto failed = [&](const auto &outcome) {
        if (outcome.cancelled()) {
            context.audit().append(QStringLiteral("backup.restore"), m_plan.livePath,
                                   QStringLiteral("cancelled"), details);
            return;
        }
        const Error &error = outcome.error();
        details.insert(QStringLiteral("error"), error.message);
        context.audit().append(QStringLiteral("backup.restore"), m_plan.livePath, QStringLiteral("failed"),
                               details);
        context.fail(error);
    };

    // A copy staged by the validation goes with this job: swapped in, or removed.
    const auto dropStaged = qScopeGuard([this] {
        if (!m_plan.stagedCopy.isEmpty())
            safefile::removeTemp(m_plan.stagedCopy);
    });
    context.startStep(Wait);
    if (Status s = waitForExclusiveUse(context); !s)
        return failed(s);

    // A copy the validation staged only needs its fsync, which runs while the pre-restore backup is
    // hashed.
    const bool staged = !m_plan.stagedCopy.isEmpty();
    const QString temp =
        staged ? m_plan.stagedCopy : safefile::tempPathFor(m_plan.livePath, QStringLiteral("restore"));
    HelperTask<Status> adopted;
    if (staged)
        adopted = helper::start([this, &temp] { return adoptStagedCopy(temp); });
    const auto joinAdopted = qScopeGuard([&] {
        if (adopted.valid())
            adopted.wait();
    });

    context.startStep(KeepCurrent, 0, ProgressUnit::Bytes);
    std::optional<BackupRecord> preRestore;
    // Until the swap, the database's file is also the pre-restore backup's; a restore that stops
    // short of the swap takes that backup back, so later writes to the database cannot alter it.
    const auto dropPreRestore = qScopeGuard([&] {
        if (preRestore)
            PreRestoreBackup::drop(m_plan, *preRestore);
    });
    if (m_plan.liveExists) {
        Result<BackupRecord> record = PreRestoreBackup::keep(m_plan, m_keys.live, workProgress(context));
        if (!record)
            return failed(record);
        preRestore = record.value();
        preRestorePath = QDir(m_plan.historyFolder).filePath(record->fileName);
        details.insert(QStringLiteral("pre_restore_backup"), preRestorePath);
        context.log(
            QCoreApplication::translate("RestoreCommitJob", "Pre-restore backup: %1").arg(preRestorePath));
    }

    context.startStep(Copy, 0, ProgressUnit::Bytes);
    if (Status s = staged ? adopted.get() : writeVerifiedCopy(context, temp); !s) {
        safefile::removeTemp(temp);
        return failed(s);
    }

    context.startStep(Swap);
    if (Status s = swapIn(temp); !s) {
        safefile::removeTemp(temp);
        return failed(s);
    }

    context.startStep(VerifyRestored);
    if (Status s = verifyRestored(); !s)
        return failed(s);

    QJsonObject rows;
    for (auto it = m_plan.backup.rowCounts.cbegin(); it != m_plan.backup.rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    context.audit().append(QStringLiteral("backup.restore"), m_plan.livePath, QStringLiteral("succeeded"),
                           details);
    context.setData(QJsonObject{{QStringLiteral("database"), m_plan.livePath},
                                {QStringLiteral("backup"), m_plan.backupPath},
                                {QStringLiteral("pre_restore_backup"),
                                 preRestorePath.isEmpty() ? QJsonValue() : QJsonValue(preRestorePath)},
                                {QStringLiteral("rekeyed"), m_plan.rekey},
                                {QStringLiteral("row_counts"), rows}});
    context.setOverview(QCoreApplication::translate("RestoreCommitJob", "%1 restored from %2 and verified.%3")
                            .arg(m_plan.livePath, m_plan.backupPath,
                                 preRestorePath.isEmpty()
                                     ? QString()
                                     : QCoreApplication::translate("RestoreCommitJob",
                                                                   " The previous database was saved as %1.")
                                           .arg(preRestorePath)));
}

} // namespace strongroom

#include "backup/PreRestoreBackup.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupWriter.h"
#include "backup/CatalogSeal.h"
#include "backup/FileStamp.h"
#include "backup/KeyId.h"
#include "backup/ParallelWork.h"
#include "backup/SnapshotCopier.h"
#include "core/SafeFile.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/JournalMode.h"
#include "sqlcipher/RowCount.h"
#include "sqlcipher/StatementWatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace strongroom {

namespace {

// Opening runs the rollback of a hot journal; the TRUNCATE checkpoint moves every WAL frame into the
// file. Afterwards the companions hold nothing the old database needs.
Status foldCompanions(const QString &live, const KeyMaterial &key, const CipherSettings &settings)
{
    const bool wal = QFileInfo(live + QStringLiteral("-wal")).size() > 0;
    if (!wal && !QFileInfo::exists(live + QStringLiteral("-journal")))
        return Status::success();
    Result<std::unique_ptr<Database>> db =
        Database::open(live, {Database::Access::ReadWrite, &key, settings, 5000});
    if (!db)
        return Error(
            db.error().code,
            QCoreApplication::translate(
                "PreRestoreBackup", "%1: could not fold its %2 into the database: %3 Nothing was changed.")
                .arg(live, wal ? QStringLiteral("WAL") : QStringLiteral("journal"), db.error().message),
            db.error().kind);
    if (journalMode(*db.value()) == QLatin1String("wal")) {
        Statement checkpoint = db.value()->prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!checkpoint.step() || checkpoint.int64(0) != 0)
            return Error(ExitCode::Busy,
                         QCoreApplication::translate(
                             "PreRestoreBackup",
                             "%1: could not fold its WAL into the database (another process is "
                             "using it); nothing was changed.")
                             .arg(live),
                         QStringLiteral("locked"));
    }
    return Status::success();
}

// A second name for the database's file in the history folder, or a copy where a link cannot be made.
Status linkOrCopy(const QString &live, const QString &temp, const WorkProgress &progress)
{
    const QByteArray from = QFile::encodeName(live);
    const safefile::LinkOutcome link = safefile::linkOriginal(live, temp);
    if (link == safefile::LinkOutcome::Linked)
        return safefile::fsyncDirectory(QFileInfo(temp).absolutePath());
    if (link == safefile::LinkOutcome::Failed)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PreRestoreBackup", "%1: cannot keep the database there: %2")
                         .arg(temp, QString::fromLocal8Bit(std::strerror(errno))));
    if (Status s = safefile::requireFreeSpace(
            QFileInfo(temp).absolutePath(), QFileInfo(live).size(),
            QCoreApplication::translate("PreRestoreBackup", "the pre-restore backup"));
        !s)
        return s;
    const int fd = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PreRestoreBackup", "%1: cannot read it: %2")
                         .arg(live, QString::fromLocal8Bit(std::strerror(errno))));
    qint64 done = 0;
    Status copied = copyFileContents(fd, temp, progress, done, live);
    ::close(fd);
    if (!copied)
        return copied;
    return safefile::fsyncFile(temp);
}

} // namespace

Result<BackupRecord> PreRestoreBackup::keep(const RestorePlan &plan, const KeyMaterial &liveKey,
                                            const WorkProgress &progress)
{
    const QString live = plan.livePath;
    const CipherSettings settings = plan.liveSettings.value_or(CipherSettings{});
    const KeyMaterial key = plan.liveKeys ? plan.liveKeys->rawKey() : liveKey;
    if (Status s = foldCompanions(live, key, settings); !s)
        return s.error();
    // Nobody uses the file now: unchanged since the validation hashed and counted it (or found it
    // damaged), what it found holds.
    const bool unchanged = plan.liveStamp.isValid() && FileStamp::of(live) == plan.liveStamp;
    if (!safefile::makePrivateFolder(plan.historyFolder))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PreRestoreBackup", "%1: cannot create the history folder.")
                         .arg(plan.historyFolder));

    const QDateTime time = QDateTime::currentDateTimeUtc();
    const QString stem = QFileInfo(live).completeBaseName();
    const QString temp = safefile::tempPathFor(QDir(plan.historyFolder).filePath(backupFileName(stem, time)),
                                               QStringLiteral("backup"));
    safefile::TempGuard guard(temp);
    if (Status s = linkOrCopy(live, temp, progress); !s)
        return s.error();

    ParallelWork work(progress);
    auto sha = work.start([&, m = work.worker(true)]() -> Result<QByteArray> {
        if (unchanged && !plan.liveSha256.isEmpty())
            return plan.liveSha256;
        return sha256OfFile(temp, m);
    });
    auto id = work.start([&]() -> Result<QString> {
        if (!plan.liveKeyId.isEmpty())
            return plan.liveKeyId;
        const Result<QByteArray> salt = BackupCatalog(plan.historyFolder).keyIdSalt();
        return salt ? backupKeyId(liveKey, salt.value()) : Result<QString>(salt.error());
    });
    auto rows = work.start([&, m = work.worker()]() -> Result<QMap<QString, qint64>> {
        if (unchanged && plan.liveProblem.isEmpty())
            return plan.liveRows;
        if (unchanged)
            return Error(ExitCode::Integrity, plan.liveProblem); // counting again would fail again
        Result<std::unique_ptr<Database>> db =
            Database::open(temp, {Database::Access::ReadOnly, &key, settings, 0});
        if (!db)
            return db.error();
        StatementWatch watch(db.value()->handle(), m);
        return rowcount::rowsPerTable(*db.value());
    });
    work.wait(sha, id, rows);
    const Result<QByteArray> hashed = sha.get();
    const Result<QString> keyId = id.get();
    const Result<QMap<QString, qint64>> counted = rows.get();
    if (work.cancelled())
        return Cancelled{};
    if (!hashed)
        return hashed.error();
    if (!keyId)
        return keyId.error();

    BackupRecord record;
    const QString finalPath = freeBackupPath(plan.historyFolder, stem, time);
    record.fileName = QFileInfo(finalPath).fileName();
    record.created = time;
    record.sourcePath = live;
    record.size = QFileInfo(temp).size();
    record.sha256 = QString::fromLatin1(hashed->toHex());
    record.settings = plan.liveSettings;
    record.strongroomVersion = QStringLiteral(STRONGROOM_VERSION);
    record.keyId = keyId.value();
    record.tags = {BackupRecord::preRestoreTag()};
    record.pagesChecked = false;
    if (counted)
        record.rowCounts = counted.value();
    else
        record.tags.append(BackupRecord::damagedTag());
    // Sealed with the live database's page keys (the file is that database's, salt and all), so that a
    // policy told to include pre-restore backups may remove it; pages_checked false keeps a restore
    // from taking the seal's word for its pages.
    if (plan.liveKeys)
        seal(record, *plan.liveKeys);
    if (Status s = safefile::placeNew(temp, finalPath); !s)
        return s.error();
    guard.keep();
    if (Status s = BackupCatalog(plan.historyFolder).add(record); !s) {
        QFile::remove(finalPath);
        return Error(s.error().code,
                     QCoreApplication::translate(
                         "PreRestoreBackup",
                         "Recording the pre-restore backup of %1 in the catalog failed: %2 Nothing "
                         "was changed.")
                         .arg(live, s.error().message));
    }
    return record;
}

void PreRestoreBackup::drop(const RestorePlan &plan, const BackupRecord &record)
{
    // Only while the backup is still the database's own file: after the swap (or for a copy) it is
    // the one way back and stays.
    BackupCatalog catalog(plan.historyFolder);
    const FileStamp kept = FileStamp::of(catalog.pathOf(record));
    const FileStamp live = FileStamp::of(plan.livePath);
    if (!kept.isValid() || kept.device != live.device || kept.inode != live.inode)
        return;
    if (catalog.remove({record.fileName}))
        QFile::remove(catalog.pathOf(record));
}

} // namespace strongroom

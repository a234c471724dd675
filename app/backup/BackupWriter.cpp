#include "backup/BackupWriter.h"

#include "backup/BackupCatalog.h"
#include "backup/CatalogSeal.h"
#include "backup/CheckedRowCount.h"
#include "backup/CopyOpensWhole.h"
#include "backup/FileScan.h"
#include "backup/KeyId.h"
#include "backup/ParallelWork.h"
#include "backup/SnapshotCopier.h"
#include "core/HelperTask.h"
#include "core/SafeFile.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/IntegrityCheck.h"
#include "sqlcipher/JournalMode.h"
#include "sqlcipher/RowCount.h"
#include "sqlcipher/StatementWatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <chrono>
#include <sqlite3.h>
#include <thread>

namespace strongroom {

QString BackupWriter::phaseName(int phase)
{
    switch (phase) {
    case Open:
        return QCoreApplication::translate("BackupWriter", "Open the database");
    case Copy:
        return QCoreApplication::translate("BackupWriter", "Copy a consistent snapshot");
    case Verify:
        return QCoreApplication::translate("BackupWriter", "Verify the backup");
    case Record:
        return QCoreApplication::translate("BackupWriter", "Add it to the history");
    }
    return {};
}

Result<QByteArray> sha256OfFile(const QString &path, const WorkProgress &progress)
{
    Result<FileScan> scan = FileScan::run(path, {}, progress);
    if (!scan)
        return scan.error();
    return scan->sha256;
}

namespace {

// Folds the copied WAL into the copy and leaves it a single rollback-journal file.
Status settleWalCopy(const QString &temp, const KeyMaterial &key, const CipherSettings &settings)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(temp, {Database::Access::ReadWrite, &key, settings, 0});
    if (!db)
        return db.error();
    if (Status s = db.value()->execSingle(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        return s;
    if (journalMode(*db.value()) == QLatin1String("wal")) {
        if (Status s = db.value()->execSingle(QStringLiteral("PRAGMA journal_mode = DELETE")); !s)
            return s;
    }
    return Status::success();
}

// A rollback-journal database under a read transaction cannot change (a writer needs every SHARED
// lock gone), so one read of it can both write the copy and check it: the copy receives exactly the
// blocks that were hashed, and every page's HMAC is checked on the same bytes. The rows are counted
// in the same snapshot meanwhile, from the source's pages (FileScan writes the copy around the page
// cache, so the source's pages are the ones in memory) and without a second HMAC check of each:
// FileScan checks them all. A WAL database's copy is changed afterwards by its checkpoint, so it is
// copied first and read again.
struct CopiedSnapshot
{
    Result<FileScan> scan = FileScan();
    Result<QMap<QString, qint64>> rows = QMap<QString, qint64>();
};

CopiedSnapshot
scanWhileCopying(Database &source, const QString &temp, SourceDescriptors &descriptors, const PageKeys &keys,
                 const CipherSettings &settings,
                 const std::function<Result<std::optional<PageAuthenticator>>()> &authenticator,
                 const WorkProgress &progress)
{
    const SnapshotRead read(source, descriptors);
    if (!read.status())
        return {read.status().error(), QMap<QString, qint64>()};
    progress.startPhase(BackupWriter::Copy, QFileInfo(source.path()).size());
    ParallelWork work(progress);
    auto scan = work.start([&, m = work.worker(true)] {
        return FileScan::run(source.path(), authenticator, m, temp, read.databaseFd());
    });
    auto rows = work.start([&, m = work.worker()]() -> Result<QMap<QString, qint64>> {
        StatementWatch watch(source.handle(), m);
        Result<QMap<QString, qint64>> counted =
            countRowsBesidePageCheck(source, read.databaseFd(), keys, settings, m);
        if (!counted && watch.stopped())
            return Cancelled{};
        return counted;
    });
    work.wait(scan, rows);
    if (work.cancelled())
        return {Cancelled{}, QMap<QString, qint64>()};
    return {scan.get(), rows.get()};
}

} // namespace

namespace {

// The checks of a fresh backup, run side by side once it is written: they read the copy from the
// page cache while fsync writes it out. Cancel is a flag the job's thread sets.
struct Verification
{
    Status synced = Status::success();
    Result<FileScan> scan = FileScan();
    Status intact = Status::success();
    Result<QMap<QString, qint64>> rows = QMap<QString, qint64>();
};

// PRAGMA cipher_integrity_check, for settings Strongroom cannot check pages for itself.
Status checkIntegrity(const QString &path, const KeyMaterial &key, const CipherSettings &settings,
                      const WorkProgress &progress, const QString &databasePath)
{
    Result<OpenedDatabase> check = DatabaseOpener::openWithKey(path, key, KeyedOpen::trying(settings));
    if (!check)
        return Error(
            check.error().code,
            QCoreApplication::translate("BackupWriter", "The new backup of %1 does not open with the key: %2")
                .arg(databasePath, check.error().message));
    StatementWatch watch(check->db->handle(), progress);
    Status s = integritycheck::verifyPages(*check->db, check->settings);
    return !s && watch.stopped() ? Cancelled{} : s;
}

Result<QMap<QString, qint64>> countBackupRows(const QString &path, const KeyMaterial &key,
                                              const CipherSettings &settings, const WorkProgress &progress)
{
    Result<OpenedDatabase> check = DatabaseOpener::openWithKey(path, key, KeyedOpen::trying(settings));
    if (!check)
        return check.error();
    StatementWatch watch(check->db->handle(), progress);
    Result<QMap<QString, qint64>> rows = rowcount::rowsPerTable(*check->db);
    if (!rows && watch.stopped())
        return Cancelled{};
    return rows;
}

} // namespace

namespace {

struct SaltedKeyId
{
    QByteArray salt;
    QString id;
};

} // namespace

Result<BackupRecord> BackupWriter::write(const BackupRequest &request, const WorkProgress &progress)
{
    const QFileInfo source(request.databasePath);
    const QString folder = request.historyFolder.isEmpty() ? defaultHistoryFolder(source.absoluteFilePath())
                                                           : QDir(request.historyFolder).absolutePath();
    progress.startPhase(Open);
    if (!source.isFile())
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("BackupWriter", "%1: no such database. Check the path.")
                         .arg(request.databasePath),
                     QStringLiteral("not-found"));
    if (Status s = safefile::makePrivateFolder(folder); !s)
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("BackupWriter", "%1: cannot create the history folder.").arg(folder));
    const qint64 walSize = QFileInfo(source.absoluteFilePath() + QStringLiteral("-wal")).size();
    if (Status s = safefile::requireFreeSpace(folder, source.size() + walSize,
                                              QCoreApplication::translate("BackupWriter", "the backup"));
        !s)
        return s.error();

    // The key id costs a KDF run of its own: it is derived meanwhile.
    // With the folder's salt, or, for its first backup, a new one that is stored only with the entry:
    // a backup that fails leaves no catalog behind.
    HelperTask<Result<SaltedKeyId>> keyId = helper::start([&key = request.key, folder] {
        const Result<BackupCatalog::Contents> catalog = BackupCatalog(folder).read();
        const Result<QByteArray> salt = catalog && !catalog->keyIdSalt.isEmpty()
                                            ? Result<QByteArray>(catalog->keyIdSalt)
                                            : newKeyIdSalt();
        if (!salt)
            return Result<SaltedKeyId>(salt.error());
        const Result<QString> id = backupKeyId(key, salt.value());
        if (!id)
            return Result<SaltedKeyId>(id.error());
        return Result<SaltedKeyId>(SaltedKeyId{salt.value(), id.value()});
    });

    Result<OpenedDatabase> opened = DatabaseOpener::openWithPageKeys(
        source.absoluteFilePath(), request.key,
        KeyedOpen::trying(request.settings, 30000, Database::Access::ReadWrite));
    if (!opened)
        return opened.error();
    const CipherSettings settings = opened->settings;
    // The copy has the source's salt, so the page keys open it too, without another KDF run.
    const std::optional<PageKeys> pageKeys = opened->keys;
    const KeyMaterial copyKey = pageKeys ? pageKeys->rawKey() : request.key;
    const bool ownPageCheck = pageKeys && PageAuthenticator::supports(settings);
    const QDateTime snapshotTime = QDateTime::currentDateTimeUtc();

    const QString finalPathGuess =
        QDir(folder).filePath(backupFileName(source.completeBaseName(), snapshotTime));
    const QString temp = safefile::tempPathFor(finalPathGuess, QStringLiteral("backup"));
    safefile::TempGuard guard(temp);

    const auto authenticator = [&]() -> Result<std::optional<PageAuthenticator>> {
        if (!ownPageCheck)
            return std::optional<PageAuthenticator>();
        return std::optional<PageAuthenticator>(PageAuthenticator(*pageKeys, settings));
    };
    SourceDescriptors descriptors;
    Result<SnapshotCopy> copy = SnapshotCopy();
    std::optional<CopiedSnapshot> copied;
    if (ownPageCheck && journalMode(*opened->db) != QLatin1String("wal"))
        copied =
            scanWhileCopying(*opened->db, temp, descriptors, *pageKeys, settings, authenticator, progress);
    else
        copy = copySnapshot(*opened->db, temp, descriptors, progress, Copy);
    opened->db.reset();
    descriptors.closeAll();
    if (!copy)
        return copy.error();
    if (copied && !copied->scan)
        return copied->scan.error();

    progress.startPhase(Verify, QFileInfo(temp).size());
    if (copy->wal) {
        if (Status s = settleWalCopy(temp, copyKey, settings); !s)
            return s.error();
    }
    // fsync, one read of the copy for its SHA-256 and every page's HMAC (what cipher_integrity_check
    // checks, spread over the cores) and the row counts of the copy, side by side, unless the copy
    // was written by the read that checked and counted its snapshot: then it only has to open whole.
    ParallelWork work(progress);
    const QString db = request.databasePath;
    auto synced = work.start([&] { return safefile::fsyncFile(temp); });
    auto scanned = work.start([&, m = work.worker(true)]() -> Result<FileScan> {
        if (copied)
            return copied->scan;
        return FileScan::run(temp, authenticator, m);
    });
    auto intact = work.start([&, m = work.worker()] {
        return ownPageCheck ? Status::success() : checkIntegrity(temp, copyKey, settings, m, db);
    });
    auto rows = work.start([&, m = work.worker()]() -> Result<QMap<QString, qint64>> {
        if (!copied)
            return countBackupRows(temp, copyKey, settings, m);
        if (Status s = opensWhole(temp, copyKey, settings); !s)
            return Error(s.error().code,
                         QCoreApplication::translate("BackupWriter", "The new backup of %1 is not whole: %2")
                             .arg(db, s.error().message),
                         s.error().kind);
        return copied->rows;
    });
    work.wait(synced, scanned, intact, rows);
    Verification v{synced.get(), scanned.get(), intact.get(), rows.get()};
    if (work.cancelled())
        return Cancelled{};
    for (const Status *s : {&v.synced, &v.intact})
        if (!*s)
            return s->error();
    if (!v.scan)
        return v.scan.error();
    if (Status s = v.scan->pageStatus(temp); !s)
        return Error(
            s.error().code,
            QCoreApplication::translate("BackupWriter", "The new backup of %1 failed its page check: %2")
                .arg(db, s.error().message),
            s.error().kind);
    if (!v.rows)
        return v.rows.error();

    progress.startPhase(Record);
    const Result<SaltedKeyId> salted = keyId.get();
    if (!salted)
        return salted.error();
    // Stored now that the backup is good; the id is derived again only when another process made
    // the folder's first backup meanwhile, with a salt of its own.
    const Result<QByteArray> folderSalt = BackupCatalog(folder).keyIdSalt(salted->salt);
    if (!folderSalt)
        return folderSalt.error();
    QString keyIdOfRecord = salted->id;
    if (folderSalt.value() != salted->salt) {
        const Result<QString> id = backupKeyId(request.key, folderSalt.value());
        if (!id)
            return id.error();
        keyIdOfRecord = id.value();
    }
    const QString finalPath = freeBackupPath(folder, source.completeBaseName(), snapshotTime);
    // A new backup never replaces a file, not even one that took its name meanwhile.
    if (Status s = safefile::placeNew(temp, finalPath); !s)
        return s.error();
    guard.keep();

    BackupRecord record;
    record.fileName = QFileInfo(finalPath).fileName();
    record.created = snapshotTime;
    record.sourcePath = source.absoluteFilePath();
    record.size = QFileInfo(finalPath).size();
    record.sha256 = QString::fromLatin1(v.scan->sha256.toHex());
    record.settings = settings;
    record.rowCounts = v.rows.value();
    record.strongroomVersion = QStringLiteral(STRONGROOM_VERSION);
    record.keyId = keyIdOfRecord;
    record.tags = request.tags;
    if (pageKeys) {
        // Every page was checked: seal the entry so that a restore can take its word for them.
        seal(record, *pageKeys); // without QCA's HKDF the entry stays unsealed, as before
    }
    if (Status s = BackupCatalog(folder).add(record); !s)
        return Error(s.error().code,
                     QCoreApplication::translate(
                         "BackupWriter", "The backup %1 was written and verified, but recording it in the "
                                         "catalog failed: %2")
                         .arg(finalPath, s.error().message));
    return record;
}

} // namespace strongroom

#include "backup/BackupInspector.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupWriter.h"
#include "backup/CatalogSeal.h"
#include "backup/FileScan.h"
#include "backup/ParallelWork.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/IntegrityCheck.h"
#include "sqlcipher/RowCount.h"
#include "sqlcipher/StatementWatch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <atomic>
#include <future>

namespace strongroom {

QString BackupInspector::phaseName(int phase)
{
    switch (phase) {
    case Checksum:
        return QCoreApplication::translate("BackupInspector", "Checksum against the catalog");
    case Open:
        return QCoreApplication::translate("BackupInspector", "Open with the key");
    case Integrity:
        return QCoreApplication::translate("BackupInspector", "Check integrity");
    }
    return {};
}

QJsonObject BackupInspection::toJson() const
{
    QJsonObject rows;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("file"), path},
                     {QStringLiteral("size"), size},
                     {QStringLiteral("modified"), modified.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("checksum"), checksum == Checksum::Match
                                                      ? QStringLiteral("match")
                                                      : QStringLiteral("no-catalog-entry")},
                     {QStringLiteral("level"), levelReached}};
    if (levelReached >= 2) {
        json.insert(QStringLiteral("cipher_settings"), settings.toJson());
        json.insert(QStringLiteral("profile"), settings.profileName());
    }
    if (levelReached >= 3) {
        json.insert(QStringLiteral("row_counts"), rows);
        json.insert(QStringLiteral("structure_checked"), structureChecked);
        json.insert(QStringLiteral("pages_checked"), !sealed);
        json.insert(QStringLiteral("sealed_entry"), sealed);
    }
    if (catalogEntry)
        json.insert(QStringLiteral("key_id"), catalogEntry->keyId);
    return json;
}

Result<BackupInspection> BackupInspector::inspect(const QString &path, const KeyMaterial *key,
                                                  const WorkProgress &progress, Structure structure,
                                                  const QString &copyTo,
                                                  const std::optional<CipherSettings> &settings)
{
    const QFileInfo info(path);
    BackupInspection result;
    result.path = info.absoluteFilePath();
    result.size = info.size();
    result.modified = info.lastModified().toUTC();

    progress.startPhase(Checksum, info.size());
    if (!info.isFile())
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("BackupInspector", "%1: no such file. Check the path.").arg(path),
            QStringLiteral("not-found"));
    // An entry the catalog refuses (edited settings, a name or time no backup has) is not used, and
    // the file is not checked as if it had none: someone changed the catalog, and should know.
    const Result<std::optional<BackupRecord>> entry =
        BackupCatalog(info.absolutePath()).entryFor(info.fileName());
    if (!entry && entry.error().kind == BackupCatalog::damagedEntryKind())
        return Error(entry.error().code,
                     QCoreApplication::translate(
                         "BackupInspector",
                         "%1: %2 Nothing was checked. Look at who changed the catalog; to check "
                         "the file as one without an entry, remove the entry from %3.")
                         .arg(path, entry.error().message, BackupCatalog(info.absolutePath()).catalogPath()),
                     entry.error().kind);
    if (entry)
        result.catalogEntry = entry.value();
    const auto checksumError = [&] {
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "BackupInspector",
                         "%1: the file changed since it was written: its SHA-256 differs from the one in "
                         "the catalog. It is damaged or was replaced; use another backup.")
                         .arg(path),
                     QStringLiteral("checksum-mismatch"));
    };
    const auto matchesCatalog = [&](const QByteArray &sha) {
        return !result.catalogEntry || QString::fromLatin1(sha.toHex()) == result.catalogEntry->sha256;
    };
    if (!key) {
        result.levelReached = 1;
        if (!result.catalogEntry)
            return result;
        Result<QByteArray> sha = sha256OfFile(result.path, progress);
        if (!sha)
            return sha.error();
        if (!matchesCatalog(sha.value()))
            return checksumError();
        result.sha256 = sha.value();
        result.checksum = BackupInspection::Checksum::Match;
        result.levelReached = 1;
        return result;
    }
    // SQLite opens an empty file as a new, empty database; as a backup it is nothing.
    if (auto refused = DatabaseOpener::refusedBeforeTrying(result.path))
        return *refused;

    // Levels 1 to 3 side by side: one connection derives the page keys (a KDF run) while the file
    // is hashed; then every core checks page HMACs while that connection (opened with the keys,
    // without another KDF run) counts rows and, where asked, runs integrity_check.
    progress.startPhase(Open);
    progress.startPhase(Integrity, info.size());
    const std::optional<CipherSettings> preferred =
        result.catalogEntry ? result.catalogEntry->settings : settings;
    // The connection the key thread opens, shared with the structural checks once it is there.
    std::optional<Result<OpenedDatabase>> opened;
    std::promise<void> openedSignal;
    std::shared_future<void> openedReady = openedSignal.get_future().share();
    std::atomic<bool> signalled = false;
    ParallelWork work(progress);
    QMap<QString, qint64> rows;
    bool structureChecked = false;
    bool vouched = false; // written before openedSignal, read after it
    auto scan = work.start([&, m = work.worker(true)] {
        Result<FileScan> scanned = FileScan::run(
            result.path,
            [&]() -> Result<std::optional<PageAuthenticator>> {
                KeyedOpen how = KeyedOpen::trying(preferred);
                how.userSettings = settings;
                opened = DatabaseOpener::openWithPageKeys(result.path, *key, how);
                // A sealed entry vouches for every page of the bytes its SHA-256 names (checked
                // when the hash is done), so only the hash is left to compute.
                vouched = *opened && (*opened)->keys && structure == Structure::UnlessCatalogued &&
                          result.catalogEntry && result.catalogEntry->pagesChecked &&
                          sealHolds(*result.catalogEntry, *(*opened)->keys);
                signalled = true;
                openedSignal.set_value();
                if (!*opened)
                    return opened->error();
                std::optional<PageAuthenticator> pages;
                if (!vouched && (*opened)->keys && PageAuthenticator::supports((*opened)->settings))
                    pages.emplace(*(*opened)->keys, (*opened)->settings);
                return pages;
            },
            m, copyTo);
        if (!signalled)
            openedSignal.set_value(); // the file could not be read at all
        return scanned;
    });
    auto trees = work.start([&, m = work.worker()]() -> Status {
        openedReady.wait();
        if (!opened || !*opened)
            return Status::success(); // reported from the scan
        Database &db = *(*opened)->db;
        StatementWatch watch(db.handle(), m);
        const auto stopped = [&](const Status &s) { return !s && watch.stopped() ? Status(Cancelled{}) : s; };
        if (vouched) {
            rows = result.catalogEntry->rowCounts; // sealed for these bytes, once the SHA-256 matches
            return Status::success();
        }
        if (!(*opened)->keys || !PageAuthenticator::supports((*opened)->settings)) {
            if (Status s = integritycheck::verifyPages(db, (*opened)->settings); !s)
                return stopped(s);
        }
        if (Status s = integritycheck::verify(db, integritycheck::Kind::Structure); !s)
            return stopped(s);
        structureChecked = true;
        Result<QMap<QString, qint64>> counted = rowcount::rowsPerTable(db);
        if (!counted)
            return stopped(counted.error());
        rows = counted.value();
        return Status::success();
    });
    work.wait(scan, trees);
    Result<FileScan> scanned = scan.get();
    const Status treeCheck = trees.get();
    if (opened && *opened)
        (*opened)->db.reset();
    if (work.cancelled())
        return Cancelled{};
    if (!scanned)
        return scanned.error();
    if (!matchesCatalog(scanned->sha256))
        return checksumError();
    result.sha256 = scanned->sha256;
    if (result.catalogEntry)
        result.checksum = BackupInspection::Checksum::Match;
    result.levelReached = 1;
    if (scanned->authenticatorError)
        return *scanned->authenticatorError; // does not open: wrong key, no database
    result.settings = (*opened)->settings;
    result.keys = (*opened)->keys;
    result.levelReached = 2;
    if (Status s = scanned->pageStatus(result.path); !s)
        return s.error();
    if (!treeCheck)
        return treeCheck.error();
    result.structureChecked = structureChecked;
    result.sealed = vouched;
    result.rowCounts = rows;
    result.levelReached = 3;
    return result;
}

} // namespace strongroom

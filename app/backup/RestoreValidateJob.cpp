#include "backup/RestoreValidateJob.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupWriter.h"
#include "backup/CheckedRowCount.h"
#include "backup/FileStamp.h"
#include "backup/KeyId.h"
#include "core/HelperTask.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/RowCount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <atomic>
#include <chrono>

namespace strongroom {

namespace {

// The live database's file as the pre-restore backup will record it, taken while the backup is
// checked and without opening it as a database (SQLite would leave -wal/-shm files beside a WAL
// database, and a failed validation must leave nothing): its SHA-256, while it has no WAL, and the
// key id. The pre-restore backup, which only links the file, takes them as long as the file stays
// as it was.
struct LiveFingerprint
{
    FileStamp stamp; // invalid: the file has a WAL, or changed while it was hashed
    QByteArray sha256;
    QString keyId;
};

LiveFingerprint fingerprintLive(const QString &path, const KeyMaterial &key, const QString &historyFolder,
                                const WorkProgress &progress)
{
    LiveFingerprint fingerprint;
    const FileStamp before = FileStamp::of(path);
    if (before.isValid() && QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        Result<QByteArray> sha = sha256OfFile(path, progress);
        if (sha && FileStamp::of(path) == before) {
            fingerprint.stamp = before;
            fingerprint.sha256 = sha.value();
        }
    }
    // Only with the history's salt already there: a validation writes nothing (the pre-restore backup
    // makes the salt and the id when the folder has none yet).
    const Result<BackupCatalog::Contents> catalog = BackupCatalog(historyFolder).read();
    if (catalog && !catalog->keyIdSalt.isEmpty()) {
        if (Result<QString> id = backupKeyId(key, catalog->keyIdSalt))
            fingerprint.keyId = id.value();
    }
    return fingerprint;
}

// What a restore must know of the database it replaces: its settings and page keys, and its rows for
// the comparison, counted with every page of the file checked on the way (all cores; SQLite's
// count(*) would read only some pages, single-threaded, and check those). A database that opens
// with the key but has damaged pages is what many restores are run for: it is kept as found
// (PreRestoreBackup) and the problem is shown. One that does not open at all is refused: a wrong key
// and a damaged first page look alike, and a restored database must end up with the key its
// application uses.
Status readLiveDatabase(RestorePlan &plan, const KeyMaterial &liveKey,
                        const std::optional<CipherSettings> &settings, const LiveFingerprint &fingerprint,
                        const WorkProgress &work)
{
    plan.liveKeyId = fingerprint.keyId;
    // A backup of this very database shares its salt: without a re-key its page keys are the live
    // database's too.
    const PageKeys *backupKeys = !plan.rekey && plan.backup.keys ? &*plan.backup.keys : nullptr;
    KeyedOpen how = KeyedOpen::trying(backupKeys ? std::optional(plan.backup.settings) : settings, 5000);
    how.sameSalt = backupKeys;
    Result<OpenedDatabase> live = DatabaseOpener::openWithPageKeys(plan.livePath, liveKey, how);
    if (!live) {
        Error e = live.error();
        if (e.code == ExitCode::WrongKey)
            e.message = QCoreApplication::translate(
                            "RestoreValidateJob",
                            "%1: the live key does not open the database to be replaced; give the key "
                            "of the live database (and the backup's with "
                            "--backup-key-env/--backup-key-file). If that database is damaged "
                            "beyond opening, move it aside and restore to the same path.")
                            .arg(plan.livePath);
        return e;
    }
    plan.liveSettings = live->settings;
    plan.liveKeys = live->keys;
    SourceDescriptors descriptors;
    Result<QMap<QString, qint64>> rows =
        live->keys ? countRowsCheckingEveryPage(*live->db, descriptors, *live->keys, live->settings, work)
                   : rowcount::rowsPerTable(*live->db);
    live->db.reset();
    descriptors.closeAll();
    if (!rows && rows.error().code != ExitCode::Integrity)
        return rows.error();
    if (rows)
        plan.liveRows = rows.value();
    else
        plan.liveProblem = rows.error().message;
    // Without a WAL the file alone holds what was counted (or found damaged) and hashed: while it
    // stays as it was, so do the counts and the hash.
    if (fingerprint.stamp.isValid() && FileStamp::of(plan.livePath) == fingerprint.stamp &&
        QFileInfo(plan.livePath + QStringLiteral("-wal")).size() == 0) {
        plan.liveStamp = fingerprint.stamp;
        plan.liveSha256 = fingerprint.sha256;
    }
    return Status::success();
}

} // namespace

RestoreValidateJob::RestoreValidateJob(QString backupPath, QString livePath, RestoreKeys keys,
                                       QString historyFolder, bool fullCheck, bool stageCopy)
    : m_backupPath(std::move(backupPath)), m_livePath(std::move(livePath)), m_keys(std::move(keys)),
      m_historyFolder(std::move(historyFolder)), m_fullCheck(fullCheck), m_stageCopy(stageCopy)
{
}

QString RestoreValidateJob::title() const
{
    return QCoreApplication::translate("RestoreValidateJob", "Check %1 before restoring it")
        .arg(QFileInfo(m_backupPath).fileName());
}

QList<JobStep> RestoreValidateJob::steps() const
{
    QList<JobStep> steps;
    for (int phase = 0; phase < BackupInspector::PhaseCount; ++phase)
        steps.append(JobStep{BackupInspector::phaseName(phase), false});
    steps.append(
        JobStep{QCoreApplication::translate("RestoreValidateJob", "Compare with the live database"), false});
    return steps;
}

void RestoreValidateJob::run(JobContext &context)
{
    const QString livePath = QFileInfo(m_livePath).absoluteFilePath();
    QString staged;
    // Folders made for the copy are removed again if the validation fails: it leaves nothing behind.
    QStringList madeFolders;
    auto dropStaged = qScopeGuard([&] {
        if (!staged.isEmpty())
            safefile::removeTemp(staged);
        for (const QString &made : std::as_const(madeFolders))
            QDir().rmdir(made);
    });
    if (m_stageCopy && !m_keys.rekeyNeeded() && QFileInfo(m_backupPath).absoluteFilePath() != livePath) {
        Result<QStringList> prepared = prepareRestoreFolder(livePath, QFileInfo(m_backupPath).size());
        if (!prepared) {
            context.fail(prepared.error());
            return;
        }
        madeFolders = prepared.value();
        staged = safefile::tempPathFor(livePath, QStringLiteral("restore"));
    }
    // The database to be replaced is hashed on a thread of its own meanwhile.
    const bool liveExists = QFileInfo(livePath).isFile();
    const QString historyFolder =
        m_historyFolder.isEmpty() ? defaultHistoryFolder(livePath) : QDir(m_historyFolder).absolutePath();
    std::atomic<bool> liveStopped = false;
    const WorkProgress liveWork = WorkProgress::cancelledWhen([&liveStopped] { return liveStopped.load(); });
    HelperTask<LiveFingerprint> fingerprinting = helper::start([&] {
        return liveExists ? fingerprintLive(livePath, m_keys.live, historyFolder, liveWork)
                          : LiveFingerprint();
    });
    Result<BackupInspection> inspection = BackupInspector::inspect(
        m_backupPath, &m_keys.forBackup(), workProgressWithPhases(context, 0),
        m_fullCheck ? BackupInspector::Structure::Always : BackupInspector::Structure::UnlessCatalogued,
        staged, m_settings);
    if (!inspection)
        liveStopped = true;
    while (fingerprinting.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        if (context.isCancelled())
            liveStopped = true;
    }
    const LiveFingerprint fingerprint = fingerprinting.get();
    if (!inspection) {
        if (!inspection.cancelled())
            context.fail(inspection.error());
        return;
    }
    if (context.isCancelled())
        return;
    context.startStep(BackupInspector::PhaseCount);
    RestorePlan plan;
    plan.livePath = livePath;
    plan.liveExists = liveExists;
    plan.backupPath = inspection->path;
    plan.historyFolder = historyFolder;
    plan.backup = inspection.value();
    plan.rekey = m_keys.rekeyNeeded();
    if (plan.backupPath == plan.livePath) {
        context.fail(Error(ExitCode::Usage,
                           QCoreApplication::translate("RestoreValidateJob",
                                                       "%1: the backup and the database are the same file.")
                               .arg(plan.livePath)));
        return;
    }
    if (plan.liveExists) {
        if (Status s = readLiveDatabase(plan, m_keys.live, m_settings, fingerprint, workProgress(context));
            !s) {
            if (!s.cancelled())
                context.fail(s.error());
            return;
        }
    }
    const QFileInfo liveInfo(plan.livePath);
    BackupComparison::Side liveSide{plan.livePath, liveInfo.size(), liveInfo.lastModified().toUTC(),
                                    plan.liveExists};
    BackupComparison::Side backupSide{
        plan.backupPath, plan.backup.size,
        plan.backup.catalogEntry ? plan.backup.catalogEntry->created : plan.backup.modified, true};
    plan.comparison =
        BackupComparison::fromCounts(liveSide, plan.liveRows, backupSide, plan.backup.rowCounts);
    plan.stagedCopy = staged;
    m_plan = plan;
    dropStaged.dismiss();
    context.setData(plan.toJson());
    const QString checks =
        plan.backup.sealed
            ? QCoreApplication::translate(
                  "RestoreValidateJob",
                  "Its SHA-256 matches its sealed entry in the history's catalog, which vouches "
                  "for every page and its row counts (--full-check checks them again, with "
                  "SQLite's integrity_check).")
        : plan.backup.structureChecked
            ? QCoreApplication::translate("RestoreValidateJob",
                                          "Every page's HMAC and SQLite's integrity_check passed.")
            : QCoreApplication::translate("RestoreValidateJob", "Every page's HMAC passed.");
    const QString liveProblem =
        plan.liveProblem.isEmpty()
            ? QString()
            : QCoreApplication::translate(
                  "RestoreValidateJob",
                  "\nThe current database cannot be read completely (%1). It will be kept as "
                  "found in the pre-restore backup.")
                  .arg(plan.liveProblem);
    context.setOverview(
        QCoreApplication::translate("RestoreValidateJob", "%1 is a valid backup (%2 settings%3). %4\n%5%6")
            .arg(plan.backupPath, plan.backup.settings.profileName(),
                 plan.rekey ? QCoreApplication::translate("RestoreValidateJob",
                                                          ", made with another key: it will be re-keyed")
                            : QString(),
                 checks, plan.comparison.toText(), liveProblem));
}

} // namespace strongroom

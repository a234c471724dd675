#pragma once

#include "backup/BackupRecord.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace strongroom {

// The catalog of a history folder: a JSON file beside the backups recording what each one is
// (time, source, size, SHA-256, cipher settings, row counts, version, key id, tags, seal) and the
// folder's key-id salt. Writes go through a temp file, fsync and rename under a lock file, so two
// processes adding backups at once lose no entry and a crash never leaves half a catalog.
// The file is as editable as any other in the folder: each entry is checked as it is read
// (BackupRecord::fromJson), and one that fails is refused, kept in the file as it was (it is
// evidence) and never used: its file is listed as a "damaged catalog entry", kept by every policy,
// and verify, compare and restore stop on it (Integrity, kind damagedEntryKind()).
// A full check of one of the folder's backups (level 3 with the key: it opens, every page's HMAC
// and integrity_check pass, or its sealed entry vouches for them) as `backup verify`, the console's
// Verify and scheduled drills record it: a restore drill by hand counts for `status` and the audit.
// Not sealed: like the schedules' run reports, it says when a check ran, not what a file holds.
struct BackupDrill
{
    QString fileName;
    QDateTime time; // UTC
};

class BackupCatalog
{
public:
    explicit BackupCatalog(QString folder);

    static QString catalogFileName() { return QStringLiteral("strongroom-backups.json"); }
    static QString damagedEntryKind() { return QStringLiteral("damaged-entry"); }
    QString folder() const { return m_folder; }
    QString catalogPath() const;
    QString pathOf(const BackupRecord &record) const;

    // An entry the catalog holds but refused, as it is stored.
    struct RefusedEntry
    {
        QString fileName;
        Error reason; // BackupRecord::fromJson's
        QJsonObject stored;
    };
    struct Contents
    {
        QList<BackupRecord> entries;
        QList<RefusedEntry> refused;
        QByteArray keyIdSalt;      // empty until the first key id of the folder is made
        QList<BackupDrill> drills; // oldest first, the newest kMaxDrills; kept when a backup is removed
    };
    static constexpr int kMaxDrills = 50;
    // What the catalog holds (an absent catalog is an empty one).
    Result<Contents> read() const;
    // The accepted entries.
    Result<QList<BackupRecord>> entries() const;
    // The accepted entry of `fileName`, or none; an Integrity error (kind damagedEntryKind()) when
    // its entry was refused.
    Result<std::optional<BackupRecord>> entryFor(const QString &fileName) const;
    // Adds or replaces (by file name) an entry.
    Status add(const BackupRecord &record);
    Status remove(const QStringList &fileNames);
    // Records a successful full check of `fileName` at `time`.
    Status recordDrill(const QString &fileName, const QDateTime &time);
    // The newest recorded full check; invalid when none (or the catalog cannot be read).
    QDateTime newestDrill() const;
    // The folder's random salt for key ids (KeyId.h), made and stored on first use: `proposed` then,
    // when given (a salt the caller already derived an id with), else new random bytes. Another
    // process may have stored its own first: compare the result with `proposed`.
    Result<QByteArray> keyIdSalt(const QByteArray &proposed = {}) const;

    // What is in the folder, newest first: the entries whose file exists, plus files without an
    // entry (catalogued == false; with `refusal` set where their entry was refused).
    Result<QList<BackupRecord>> list() const;

private:
    Status save(const Contents &contents) const;
    // Runs `change` on the contents under the lock file and saves them.
    Status update(const std::function<void(Contents &)> &change) const;

    QString m_folder;
};

// The newest backup of a database in its history folder (default: "backups/" beside it), for the
// dashboard's "last backup" card.
struct LastBackup
{
    QDateTime time;
    QString path;
};
std::optional<LastBackup> lastBackupOf(const QString &databasePath, const QString &historyFolder = {});

} // namespace strongroom

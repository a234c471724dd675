#pragma once

#include "backup/RetentionPolicy.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace strongroom::pgbackup {

// A restore drill's outcome (pg verify --level 3), kept with the backup it tested.
struct PgDrillRecord
{
    QDateTime time;
    qint64 durationMs = 0;
    bool countsEqual = false;
    QString server; // "temporary cluster" or the conninfo named, without a password
};

// One `pg verify` of a backup at any level, kept with the backup it checked, so the last check of
// each backup outlives the process that ran it (pg backup list, the console's history).
struct PgCheckRecord
{
    QDateTime time;
    int level = 1;
    qint64 durationMs = 0;
    QString result;      // "passed", "damaged" (exit 4) or "counts-differ" (a drill's comparison)
    QStringList checked; // what the level checks: "checksums", "manifest", "age-header", "chunks",
                         // "table-of-contents", "restore", "row-counts"
    QString message;     // why it failed, as reported then; empty when it passed
    QString server;      // level 3: the drill's server, as in PgDrillRecord

    QJsonObject toJson() const;
    static PgCheckRecord fromJson(const QJsonObject &json);
    // What level `level` checks (the `checked` list).
    static QStringList checksOfLevel(int level);
};

// One PostgreSQL backup in a folder's catalog `strongroom-pg-backups.json`: what `pg backup list`
// shows without a key. The manifest (encrypted) holds the rest; nothing here is trusted by a
// restore, which checks the files themselves.
struct PgBackupEntry
{
    QString stem; // see PgBackupFiles
    QString database;
    QDateTime created;
    qint64 size = 0; // of the dump file
    QString sha256;  // of the dump file
    int tables = 0;
    qint64 rows = 0;
    QStringList keyIds;
    bool passphrase = false;
    bool globals = false;
    QList<PgDrillRecord> drills;
    // Every verify, oldest first; drills of a catalog written before checks were kept (or by such a
    // version since) appear here too, as level-3 checks.
    QList<PgCheckRecord> checks;
    bool catalogued = true; // false: a dump file found in the folder without an entry

    QJsonObject toJson() const;
    static std::optional<PgBackupEntry> fromJson(const QJsonObject &json);
};

class PgBackupCatalog
{
public:
    explicit PgBackupCatalog(QString folder) : m_folder(std::move(folder)) {}
    static QString fileName() { return QStringLiteral("strongroom-pg-backups.json"); }
    QString path() const;

    // The entries, newest first, plus dump files of the folder that have none (catalogued false).
    Result<QList<PgBackupEntry>> entries() const;
    Status add(const PgBackupEntry &entry);
    Status remove(const QStringList &stems);
    // Appends `check` (and `drill`, for a level-3 check that got as far as comparing) to the entry of
    // `stem`; a stem without an entry changes nothing (no catalog file is made for it).
    Status recordCheck(const QString &stem, const PgCheckRecord &check,
                       const std::optional<PgDrillRecord> &drill = std::nullopt);

private:
    // Read, change, write back atomically, under a lock file, so concurrent backups lose no entry.
    // `change` returns false when it changed nothing: then nothing is written.
    Status update(const std::function<bool(QList<QJsonObject> &)> &change);
    QString m_folder;
};

// Retention over a folder's backups with restic's rules (app/backup/RetentionPolicy): only
// catalogued entries take part; files without an entry are kept. The default preset for PostgreSQL
// is 7 daily, 4 weekly, 12 monthly.
struct PgRetentionDecision
{
    PgBackupEntry entry;
    bool keep = true;
    QStringList reasons;
};
RetentionPolicy defaultPgRetention();
QList<PgRetentionDecision> applyPgRetention(const RetentionPolicy &policy,
                                            const QList<PgBackupEntry> &entries);

} // namespace strongroom::pgbackup

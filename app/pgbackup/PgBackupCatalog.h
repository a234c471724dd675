#pragma once

#include "backup/RetentionPolicy.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace strongroom::pgbackup {

// A restore drill's outcome (pg verify --level 3), kept with the backup it tested.
struct PgDrillRecord
{
    QDateTime time;
    qint64 durationMs = 0;
    bool countsEqual = false;
    QString server; // "temporary cluster" or the conninfo named, without a password
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
    Status recordDrill(const QString &stem, const PgDrillRecord &drill);

private:
    // Read, change, write back atomically, under a lock file, so concurrent backups lose no entry.
    Status update(const std::function<void(QList<QJsonObject> &)> &change);
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

#pragma once

#include "core/Result.h"
#include "sqlcipher/CipherSettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace strongroom {

// One backup in a history folder, as its catalog entry records it. A file found in the folder
// without an entry (copied in by hand, downloaded) is a record with catalogued == false: only its
// name, size and time are known and it is "not yet verified".
struct BackupRecord
{
    QString fileName;   // inside the history folder
    QDateTime created;  // UTC
    QString sourcePath; // the database it was taken from
    qint64 size = 0;
    QString sha256;
    std::optional<CipherSettings> settings;
    QMap<QString, qint64> rowCounts; // per table
    QString strongroomVersion;
    QString keyId;
    QStringList tags; // "pre-restore", "damaged"
    bool catalogued = true;
    // False for a pre-restore backup kept as it was found: its bytes are the replaced database's,
    // hashed but not checked page by page (a restore is often run because that database is damaged).
    bool pagesChecked = true;
    QString seal;        // see CatalogSeal; empty: unsealed (older entries)
    int sealVersion = 0; // of the seal; only currentSealVersion counts
    // CatalogSeal's version: 2 covers every field of the entry; 1 (before) left some out.
    static constexpr int currentSealVersion = 2;
    // For a file whose catalog entry was refused (catalogued == false): why, e.g. a cipher setting
    // that does not validate or a name that is no backup name.
    QString refusal;

    static QString preRestoreTag() { return QStringLiteral("pre-restore"); }
    // The database it keeps could not be read completely when it was taken.
    static QString damagedTag() { return QStringLiteral("damaged"); }
    // Pre-restore backups are the way back from a restore; pruning leaves them unless told otherwise.
    bool isProtected() const { return tags.contains(preRestoreTag()); }
    qint64 totalRows() const;
    // Row counts to show: a catalogued entry whose database could be read completely.
    bool rowsKnown() const { return catalogued && !tags.contains(damagedTag()); }
    // Carries a seal of the current version (CatalogSeal: over every field). Whether it holds takes the
    // key; a policy removes only sealed entries, and only they are shown as verified.
    bool isSealed() const;
    QString verifiedState() const
    {
        if (!catalogued)
            return refusal.isEmpty() ? QStringLiteral("not yet verified")
                                     : QStringLiteral("damaged catalog entry");
        if (!pagesChecked)
            return QStringLiteral("kept as found");
        return isSealed() ? QStringLiteral("verified") : QStringLiteral("unsealed");
    }

    QJsonObject toJson() const;
    // An entry as the catalog stores it, refused with Integrity (4), kind "damaged-entry", saying
    // why: a name that is not a backup name in that folder (backupFileName, "-N" allowed), a time
    // that is not one or lies more than a day ahead, cipher settings that do not validate.
    static Result<BackupRecord> fromJson(const QJsonObject &json);
};

// "STEM-backup-YYYYMMDD-HHMMSS.db" (UTC).
QString backupFileName(const QString &stem, const QDateTime &utc);
// backupFileName in `folder`, or with "-2", "-3"… before ".db" when that name is taken: the path.
QString freeBackupPath(const QString &folder, const QString &stem, const QDateTime &utc);
// The time in a name made by backupFileName, or an invalid QDateTime.
QDateTime timeFromBackupFileName(const QString &fileName);
// A name backupFileName or freeBackupPath makes, "STEM-backup-YYYYMMDD-HHMMSS[-N].db", and nothing
// else: no "/", not "." or "..". Only such names are taken from a catalog or adopted into one.
bool isBackupFileName(const QString &fileName);
// The default history folder: "backups/" beside the database.
QString defaultHistoryFolder(const QString &databasePath);

} // namespace strongroom

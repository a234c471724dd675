#pragma once

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
    QString seal; // see CatalogSeal; empty: unsealed (older entries, pre-restore backups)

    static QString preRestoreTag() { return QStringLiteral("pre-restore"); }
    // The database it keeps could not be read completely when it was taken.
    static QString damagedTag() { return QStringLiteral("damaged"); }
    // Pre-restore backups are the way back from a restore; pruning leaves them unless told otherwise.
    bool isProtected() const { return tags.contains(preRestoreTag()); }
    qint64 totalRows() const;
    // Row counts to show: a catalogued entry whose database could be read completely.
    bool rowsKnown() const { return catalogued && !tags.contains(damagedTag()); }
    QString verifiedState() const
    {
        if (!catalogued)
            return QStringLiteral("not yet verified");
        return pagesChecked ? QStringLiteral("verified") : QStringLiteral("kept as found");
    }

    QJsonObject toJson() const;
    static std::optional<BackupRecord> fromJson(const QJsonObject &json);
};

// "STEM-backup-YYYYMMDD-HHMMSS.db" (UTC).
QString backupFileName(const QString &stem, const QDateTime &utc);
// backupFileName in `folder`, or with "-2", "-3"… before ".db" when that name is taken: the path.
QString freeBackupPath(const QString &folder, const QString &stem, const QDateTime &utc);
// The time in a name made by backupFileName, or an invalid QDateTime.
QDateTime timeFromBackupFileName(const QString &fileName);
// The default history folder: "backups/" beside the database.
QString defaultHistoryFolder(const QString &databasePath);

} // namespace strongroom

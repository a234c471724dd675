#pragma once

#include "backup/BackupRecord.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace strongroom {

// The catalog of a history folder: a JSON file beside the backups recording what each one is
// (time, source, size, SHA-256, cipher settings, row counts, version, key id, tags). Writes go
// through a temp file, fsync and rename under a lock file, so two processes adding backups at once
// lose no entry and a crash never leaves half a catalog.
class BackupCatalog
{
public:
    explicit BackupCatalog(QString folder);

    static QString catalogFileName() { return QStringLiteral("strongroom-backups.json"); }
    QString folder() const { return m_folder; }
    QString catalogPath() const;
    QString pathOf(const BackupRecord &record) const;

    // The recorded entries (an absent catalog is an empty one).
    Result<QList<BackupRecord>> entries() const;
    // Adds or replaces (by file name) an entry.
    Status add(const BackupRecord &record);
    Status remove(const QStringList &fileNames);

    // What is in the folder, newest first: the entries whose file exists, plus files without an
    // entry (catalogued == false).
    Result<QList<BackupRecord>> list() const;

private:
    Status save(const QList<BackupRecord> &records) const;

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

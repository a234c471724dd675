#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace strongroom::keylistsettings {

// The places the console remembers, read from its settings (organisation and application
// "strongroom", as ui/main.cpp sets them) so that `key list` finds the same keys as the Keys page:
// the history folders of the recent databases (ui/RecentFiles, "backups/" beside each), the images
// of the Volumes page (ui/volumes/KnownVolumes) and the rotation period ("keys/rotationDays").
QStringList historyFolders();
QStringList volumeImages();
// The conninfo of each PostgreSQL connection the Databases section keeps (ui/postgres/PgSavedConnections,
// "postgres/connections"); never a password.
QStringList pgConnections();
// The backup folder Back Up Now remembers for each PostgreSQL connection (ui/postgres/PgBackupPreferences,
// "postgres-backups/<conninfo>/folder"), and whether it prunes the folder after each backup.
struct PgBackupFolderSetting
{
    QString conninfo;
    QString folder;
    bool retention = true;
};
QList<PgBackupFolderSetting> pgBackupFolders();

constexpr int kDefaultRotationDays = 180;
int rotationDays();
void setRotationDays(int days);
// Rotation periods of single keys (`key set-rotation`, "keys/rotation/<key id>"), besides the global one.
QHash<QString, int> keyRotationDays();
// 0 removes the key's own period, so the global one applies again.
void setKeyRotationDays(const QString &keyId, int days);

// Where the recovery copy of a key is kept, as an admin recorded it (`key record-recovery`, the Keys
// page), and when: "keys/recovery/<key id>/where" and ".../recorded". Words about a place, never the
// key itself; the audit's keys.recovery check passes on it.
struct RecoveryRecord
{
    QString where;
    QDateTime recorded;
};
QHash<QString, RecoveryRecord> recoveryRecords();
// An empty `where` removes the record.
void setRecoveryRecord(const QString &keyId, const RecoveryRecord &record);

} // namespace strongroom::keylistsettings

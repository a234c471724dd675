#pragma once

#include "core/AuditLog.h"
#include "keylist/KnownKey.h"
#include "keys/KeyMaterial.h"
#include "securityaudit/SecurityCheck.h"
#include "sqlcipher/CipherSettings.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace strongroom::filechecks {

// The checks on one thing found on disk. Each returns its lines, passing ones included, so the
// report shows what was checked and not only what failed.

// Encrypted at all; with a key, KDF iterations >= 256,000 and page HMACs on.
// `custom`: settings tried after the standard profiles (a database made with its own kdf_iter).
QList<SecurityCheck> sqlcipherFile(const QString &path, const KeyMaterial *key,
                                   const std::optional<CipherSettings> &custom = std::nullopt);
// A key file: mode 0600 (nothing for group or others) and owned by this user.
SecurityCheck keyFile(const QString &path);
// .env and config files in the database's folder and its parents that assign a key-like name
// (SECRET_KEY_DB=, DB_PASSWORD: ...): named with the line, the value never shown. `seen` keeps a
// config file from being reported twice for two databases.
QList<SecurityCheck> keysInConfigFiles(const QString &databasePath, QSet<QString> &seen);
// A history folder: backups encrypted, not readable by others, the last backup's age, retention set,
// the last successful drill's age (drills::newestDrill: the drill schedules' run reports in
// `scheduleFolder` and the full checks the folder's catalog records; older than
// watchsettings::drillMaxAgeDays(), as for `status`, warns).
QList<SecurityCheck> backupFolder(const QString &folder, const QString &scheduleFolder, const QDateTime &now);
// A folder of PostgreSQL backups (`pg backup`, it holds strongroom-pg-backups.json), with the same
// checks: every backup file age-encrypted and no plain dump beside them, none readable by others,
// the newest backup's age, retention set (a PostgreSQL backup schedule with --keep-*, or the
// console's Back Up Now pruning it: `consoleRetention`), and the newest successful restore drill
// (pg verify --level 3, as the catalog records it, or a drill schedule's run) not older than the
// drill age of `status`; a newest drill whose counts differed fails.
QList<SecurityCheck> pgBackupFolder(const QString &folder, const QString &scheduleFolder,
                                    bool consoleRetention, const QDateTime &now);
// A LUKS image: each active slot's PBKDF strong enough here (PBKDF2 at least 1 s, argon2 at least
// 256 MiB), a slot named recovery, no unnamed extra slots.
QList<SecurityCheck> luksImage(const QString &image);
bool isLuksImage(const QString &path);
// A LUKS image's header backup, from the audit log (volume header-backup lines): missing, its file
// gone, or older than the last change of a key slot (add, change, remove, retune, restore), after
// which restoring it would bring back the old slots, removed keys included.
SecurityCheck luksHeaderBackup(const QString &image, const AuditLog &log);
// A recovery copy recorded for a backup key: an age identity's recovery sheet (key generate writes
// IDENTITY.recovery.txt beside it) or, for any key, where its copy is kept as the admin recorded it
// (`key record-recovery`, KnownKey::recoveryWhere); a SQLCipher key without such a record warns.
// LUKS slots are judged per image (luks.recovery-slot); other kinds need none here.
std::optional<SecurityCheck> recoveryKey(const KnownKey &key);

} // namespace strongroom::filechecks

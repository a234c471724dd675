#pragma once

#include "backup/BackupComparison.h"
#include "backup/BackupInspector.h"
#include "backup/FileStamp.h"
#include "keys/KeyMaterial.h"

#include <optional>

namespace strongroom {

// The keys of a restore: the live database's key, and the backup's when it was made with another
// one (the restored database is then re-keyed to the live key).
struct RestoreKeys
{
    KeyMaterial live;
    std::optional<KeyMaterial> backup;

    const KeyMaterial &forBackup() const { return backup ? *backup : live; }
    bool rekeyNeeded() const;
};

// What validation established and the commit relies on; shown to the user between the two.
struct RestorePlan
{
    QString backupPath;
    QString livePath;
    QString historyFolder; // where the pre-restore backup goes
    BackupInspection backup;
    bool liveExists = false;
    std::optional<CipherSettings> liveSettings;
    std::optional<PageKeys> liveKeys; // open the live database without a KDF run
    QMap<QString, qint64> liveRows;   // as counted by the validation
    QString liveProblem;              // it opened but could not be read completely: why
    FileStamp liveStamp;              // of the file as the validation counted it (invalid: read it again)
    QByteArray liveSha256;            // of that file, when it was hashed unchanged
    QString liveKeyId;                // of the live key
    BackupComparison comparison;
    bool rekey = false;
    // A verified copy of the backup already written beside the database by the validation
    // (RestoreValidateJob's stageCopy), or empty: the commit then copies the backup itself.
    QString stagedCopy;
    // The age copy (.db.age) that backupPath, a temp, was decrypted from; empty for a plain backup.
    QString ageFile;

    QJsonObject toJson() const;
};

// Makes the folder of the database to restore (a downloaded backup may be restored to a place that
// does not exist yet) and checks that it has room for a copy of `copySize` bytes. Returns the
// folders it made, deepest first, so a failed restore can remove them again (it removes them
// itself when there is no room).
Result<QStringList> prepareRestoreFolder(const QString &livePath, qint64 copySize);

} // namespace strongroom

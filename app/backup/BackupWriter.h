#pragma once

#include "backup/BackupRecord.h"
#include "core/Result.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"

#include <optional>

namespace strongroom {

struct BackupRequest
{
    QString databasePath;
    KeyMaterial key;
    std::optional<CipherSettings> settings; // tried first; else the standard profiles
    QString historyFolder;                  // empty: "backups/" beside the database
    QStringList tags;
};

// Writes one backup into a history folder: a consistent snapshot to a temp name, checkpointed into
// a single self-contained file (rollback-journal mode, so read-only media and any SQLCipher tool
// open it), fsynced, verified (opens with the key, cipher_integrity_check, row counts), renamed to
// STEM-backup-YYYYMMDD-HHMMSS.db and recorded in the catalog. A failure or cancel leaves nothing.
class BackupWriter
{
public:
    enum Phase
    {
        Open,
        Copy,
        Verify,
        Record,
        PhaseCount
    };
    static QString phaseName(int phase);

    static Result<BackupRecord> write(const BackupRequest &request, const WorkProgress &progress);
};

// SHA-256 of a file as raw bytes, with byte progress.
Result<QByteArray> sha256OfFile(const QString &path, const WorkProgress &progress);

} // namespace strongroom

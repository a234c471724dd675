#pragma once

#include "backup/BackupRecord.h"
#include "backup/RestorePlan.h"
#include "core/Result.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"

namespace strongroom {

// Keeps the database a restore is about to replace in its history, exactly as it was found.
// Its WAL or hot journal is folded into the file first, so the file alone is the database. The
// history then gets a hard link to that file: the swap renames the restored copy over the database's
// name and leaves the old file to the link alone, so nothing is copied. Where the history folder is
// on another file system, the file is copied and fsynced instead.
// The entry records the file's SHA-256, row counts (the validation's when the file has not changed
// since) and key id, tagged pre-restore; it is "kept as found": not checked page by page, because
// restores are often run exactly because that database is damaged. Such a database is kept too,
// tagged damaged, with whatever rows could be counted.
// Call it when no other process uses the database (DatabaseUsers).
class PreRestoreBackup
{
public:
    static Result<BackupRecord> keep(const RestorePlan &plan, const KeyMaterial &liveKey,
                                     const WorkProgress &progress);
    // Undoes keep() for a restore that stopped before its swap: the database, unchanged, then shares
    // its file with no backup that its next writes would alter. Does nothing once the swap is done.
    static void drop(const RestorePlan &plan, const BackupRecord &record);
};

} // namespace strongroom

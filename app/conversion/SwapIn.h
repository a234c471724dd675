#pragma once

#include "core/CrashPoint.h"
#include "core/Result.h"

#include <QString>

namespace strongroom {

struct SwapOutcome
{
    QString keptOriginal;    // the original, under its new name
    QString keptOriginalWal; // its -wal, when it had one
};

// Puts the verified file `temp` in place of `path` and keeps the original as `keptPath`:
//  0. give temp the original's owner, group and mode (safefile::copyOwnershipAndMode),
//  1. hard-link path -> keptPath (the original now has two names; nothing else changed),
//  2. move path-wal -> keptPath-wal and drop path-shm, so the original's log can never be applied
//     to the new file, and fsync the folder,
//  3. rename temp -> path and fsync the folder: the single commit point.
// A kill before 3 leaves the original in place (and a second name for it); a kill after 3 leaves
// the new file in place and the original complete under keptPath. A folder without hard links
// (FAT, some network shares) falls back to renaming the original away first.
Result<SwapOutcome> swapInKeepingOriginal(const QString &temp, const QString &path, const QString &keptPath);

} // namespace strongroom

#pragma once

#include "backup/BackupInspector.h"
#include "backup/BackupRecord.h"
#include "core/Result.h"
#include "keys/KeyMaterial.h"

namespace strongroom {

// Brings a file that `backup verify` checked completely into its folder's catalog, sealed, so that
// backups written by other tools (a folder of VACUUM INTO copies) come under retention like
// Strongroom's own. Only a file that
// - has no entry in that catalog (an entry, refused or not, is never replaced),
// - carries a backup's name (isBackupFileName: the name gives the entry's time, which must not lie
//   more than a day ahead),
// - passed level 3 with every page's HMAC checked by Strongroom and integrity_check run (so its page
//   keys are known to seal with, and its row counts were counted),
// is adopted; its entry says what was checked: size, SHA-256, settings, counted rows, the key id, no
// source (unknown). Errors: Unsupported (6), kind "not-adoptable", saying which condition failed;
// the catalog's own errors.
Result<BackupRecord> adoptVerifiedFile(const BackupInspection &inspection, const KeyMaterial &key);

} // namespace strongroom

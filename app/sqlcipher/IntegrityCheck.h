#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/Database.h"

#include <QStringList>

namespace strongroom {

// The one way Strongroom runs SQLite's and SQLCipher's integrity checks (db check, the
// conversions' verification, backups and restores). `work` is asked on the calling thread while the
// check runs (a StatementWatch): integrity_check stops within a fraction of a second of a cancel.
// SQLCipher's cipher_integrity_check reads every page in one call that asks nothing; it ends on its
// own, so it is declared to `work` as unstoppable for about ciphercheck::expectedMs() of the file,
// and a cancel asked meanwhile makes it Cancelled as soon as it returns (PageAuthenticator checks the
// same HMACs with a cancel, where the page keys are at hand).
namespace integritycheck {

enum class Kind
{
    CipherPages, // PRAGMA cipher_integrity_check: every page's HMAC
    Structure,   // PRAGMA integrity_check: the b-trees and indexes
};

// The problems the check reports, one line each ("ok" and "*** in database main ***" left out):
// empty when the file passes. Cancelled when the work was cancelled; an Error when the check
// itself fails before it reports anything (Integrity for a file SQLite finds corrupt or cannot
// read, Busy, Failure).
Result<QStringList> problems(Database &db, Kind kind, const WorkProgress &work = {});

// problems() as a Status: Integrity (kind "damaged") naming the first three problems.
Status verify(Database &db, Kind kind, const WorkProgress &work = {});

// Every page read and checked: CipherPages where pages carry an HMAC. SQLCipher 1 pages carry none
// (the PRAGMA then only says so), so Structure stands in: it reads and decrypts every page in use.
Status verifyPages(Database &db, const CipherSettings &settings, const WorkProgress &work = {});

} // namespace integritycheck
} // namespace strongroom

#pragma once

#include "core/Error.h"
#include "sqlcipher/Database.h"

namespace strongroom {

// A statement of the engines (integrity checks, row counts) that ended with SQLite result `rc`
// while doing `what`: Integrity (4) where SQLite finds the file corrupt or cannot read it, Busy (5)
// where another connection holds it, Failure (1) otherwise; the message names the file and
// SQLite's words.
Error statementError(const Database &db, int rc, const QString &what);

} // namespace strongroom

#include "sqlcipher/StatementError.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace strongroom {

Error statementError(const Database &db, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    const ExitCode code = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR)
                              ? ExitCode::Integrity
                          : (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) ? ExitCode::Busy
                                                                                 : ExitCode::Failure;
    return Error(code, QCoreApplication::translate("DatabaseChecks", "%1: %2 failed: %3")
                           .arg(db.path(), what, db.lastError()));
}

} // namespace strongroom

#pragma once

#include "sqlcipher/Database.h"

#include <QString>

namespace strongroom {

// "PRAGMA journal_mode" of the connection, lower-case ("delete", "wal", ...).
inline QString journalMode(Database &db)
{
    return db.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower();
}

} // namespace strongroom

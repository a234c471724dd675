#include "sqlcipher/ReadSnapshot.h"

#include "sqlcipher/Database.h"

#include <sqlite3.h>

namespace strongroom {

ReadSnapshot::ReadSnapshot(Database &db) : m_db(db)
{
    m_status = m_db.exec(QStringLiteral("BEGIN; SELECT count(*) FROM sqlite_schema;"));
    // A BEGIN whose read failed is still open: end it, so the connection is as it was.
    if (!m_status && sqlite3_get_autocommit(m_db.handle()) == 0)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_status)
        m_db.exec(QStringLiteral("COMMIT"));
}

} // namespace strongroom

#pragma once

#include "core/Result.h"

namespace strongroom {

class Database;

// The one way Strongroom holds a read snapshot of a database: a read transaction on `db` while
// alive. BEGIN alone takes no lock, so a first read follows it: the SHARED lock of a
// rollback-journal database then keeps every writer from committing, and a WAL database's read mark
// pins the snapshot (checkpoints leave the pages it still needs). Ends with COMMIT (nothing was
// written). Backups copy inside one (SnapshotRead); a conversion holds one where it cannot have
// the write lock (SourceLock).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // Whether the snapshot is held; the error of BEGIN or the read otherwise (Busy, ...).
    const Status &status() const { return m_status; }

private:
    Database &m_db;
    Status m_status;
};

} // namespace strongroom

#pragma once

#include "backup/WorkMonitor.h"
#include "core/Result.h"
#include "sqlcipher/Database.h"

#include <QString>

namespace strongroom {

// Copies the pages of an open database, still encrypted, as one committed state while other
// processes keep writing. The copy runs inside a read transaction of `source`, reading through
// SQLite's own file handles (opening and closing another descriptor on the file would drop the
// process's POSIX locks):
// - rollback journal: the transaction's SHARED lock keeps every writer from committing, so the
//   main file alone is consistent;
// - WAL: the database file and then the -wal are copied. The read mark keeps checkpoints from
//   copying frames newer than the snapshot into the database file and keeps the WAL from being
//   restarted, so every page changed in the database file during the copy is also in the copied
//   WAL; recovery of the copy stops at the last whole commit. The copy is therefore a committed
//   state at least as new as the snapshot. The caller checkpoints it (see BackupWriter).
struct SnapshotCopy
{
    qint64 bytes = 0;
    bool wal = false;  // target + "-wal" was written too
    QByteArray sha256; // of the main file as copied (final unless wal)
};

Result<SnapshotCopy> copySnapshot(Database &source, const QString &target, const WorkMonitor &monitor,
                                  int copyPhase);

} // namespace strongroom

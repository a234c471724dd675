#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/ReadSnapshot.h"

#include <QList>
#include <QString>
#include <optional>

namespace strongroom {

// Descriptors of the source files opened for the copy. POSIX locks belong to the process, and
// closing any descriptor of a file drops the locks SQLite holds on it, so these stay open until
// the caller has closed its SQLite connection to the source (in WAL mode the connection keeps a
// shared lock on the database file while it is open).
class SourceDescriptors
{
public:
    SourceDescriptors() = default;
    ~SourceDescriptors();
    SourceDescriptors(const SourceDescriptors &) = delete;
    SourceDescriptors &operator=(const SourceDescriptors &) = delete;
    int open(const QString &path); // -1 when it cannot be opened
    void closeAll();

private:
    QList<int> m_fds;
};

// Copies the pages of an open database, still encrypted, as one committed state while other
// processes keep writing. The copy runs inside a read transaction of `source`:
// - rollback journal: the transaction's SHARED lock keeps every writer from committing, so the
//   main file alone is consistent;
// - WAL: the database file and then the -wal are copied. The read mark keeps checkpoints from
//   copying frames newer than the snapshot into the database file and keeps the WAL from being
//   restarted, so every page changed in the database file during the copy is also in the copied
//   WAL; recovery of the copy stops at the last whole commit. The copy is therefore a committed
//   state at least as new as the snapshot. The caller checkpoints it (see BackupWriter).
// The bytes are copied inside the kernel (copy_file_range, as cp does), falling back to read and
// write where the file systems do not support it.
struct SnapshotCopy
{
    qint64 bytes = 0;
    bool wal = false; // target + "-wal" was written too
};

// A ReadSnapshot of `source` while alive, with its database file's descriptor opened into
// `descriptors` first, so no lock SQLite takes is dropped meanwhile. Every snapshot is taken inside
// one.
class SnapshotRead
{
public:
    SnapshotRead(Database &source, SourceDescriptors &descriptors);
    ~SnapshotRead();
    SnapshotRead(const SnapshotRead &) = delete;
    SnapshotRead &operator=(const SnapshotRead &) = delete;
    const Status &status() const { return m_status; }
    int databaseFd() const { return m_fd; } // the database file, read-only

private:
    int m_fd = -1;
    Status m_status;
    std::optional<ReadSnapshot> m_snapshot;
};

// Copies all of `from` into a new file `target` (created, not overwritten), in the kernel where it
// can; `done` counts the bytes for the progress.
Status copyFileContents(int from, const QString &target, const WorkProgress &progress, qint64 &done,
                        const QString &what);

Result<SnapshotCopy> copySnapshot(Database &source, const QString &target, SourceDescriptors &descriptors,
                                  const WorkProgress &progress, int copyPhase);

} // namespace strongroom

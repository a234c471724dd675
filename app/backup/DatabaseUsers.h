#pragma once

#include <QList>
#include <QString>
#include <sys/types.h>

namespace strongroom {

// Which other processes hold a database: any process with the file open (from /proc/PID/fd), and
// any process holding SQLite's locks on it (the lock bytes of the file, the -shm's "DMS" byte that
// every open WAL connection keeps). Restore refuses to replace a file someone still holds.
// Call it while this process has no SQLite connection of its own to that file: POSIX locks are
// per process, and closing the descriptor this check opens would drop them.
struct DatabaseUsers
{
    QList<pid_t> pids;
    bool locked = false; // a lock is held (the holder may be invisible in /proc to this user)

    bool any() const { return locked || !pids.isEmpty(); }
    QString describe() const;

    static DatabaseUsers of(const QString &databasePath);
};

} // namespace strongroom

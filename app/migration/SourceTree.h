#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <sys/stat.h>

namespace strongroom::migration {

// One entry of the folder being migrated, as lstat(2) sees it. Paths are bytes, as the kernel
// stores them (names need not be UTF-8), relative to the folder: "" is the folder itself.
struct SourceEntry
{
    QByteArray path;
    struct stat st{};
};

// The folder being migrated, read from the disk: every entry, parents before their children.
struct SourceScan
{
    QList<SourceEntry> entries;
    qint64 fileBytes = 0;      // apparent sizes of the regular files, each inode once
    qint64 allocatedBytes = 0; // what their copy takes in 4 KiB blocks, each inode once (holes free)
    qint64 inodes = 0;         // distinct inodes
    QStringList unreadable;    // entries this user cannot read (the first 20)
};

// Walks `folder` without following symlinks. A mount point inside the folder is refused (its files
// belong to another file system, which mke2fs -d would copy as if they were the folder's).
// strerror(errno) in the locale's words.
QString errnoText(int error);

Result<SourceScan> scanSource(const QString &folder, const WorkProgress &progress);

// Whether `folder` is a PostgreSQL data directory (PG_VERSION) and whether a server runs on it: the
// postmaster that postmaster.pid names, when that process exists and is a postgres.
struct PostgresState
{
    QString version; // PG_VERSION's text; "" when the folder is not a data directory
    qint64 livePid = 0;
    bool isDataDirectory() const { return !version.isEmpty(); }
    // How to stop the server: the Debian service name when the folder is /var/lib/postgresql/V/NAME.
    QString howToStop(const QString &folder) const;
};
PostgresState postgresState(const QString &folder);

// The size of an ext4 holding the scanned tree with `headroomPercent` more room for its data: the
// blocks, inode tables and bitmaps, the journal, in whole MiB. `inodes` gets the inode count to ask
// mke2fs for (the tree's with the same headroom; mke2fs's default when that is larger).
qint64 fileSystemBytesFor(const SourceScan &scan, int headroomPercent, qint64 *inodes = nullptr);

} // namespace strongroom::migration

#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>

namespace strongroom {

// The committed frames of a database's -wal file, as SQLite's own recovery finds them: frames whose
// salts match the WAL header and whose running checksum holds, up to the last commit frame. Lets a
// reader that reads the database file page by page see the pages a connection sees, without
// checkpointing (which would write to the original). Valid while no other connection can append to
// or restart the WAL, i.e. while the caller holds the database's write lock (SourceLock).
//
// Format (sqlite.org/fileformat2.html, "The WAL File Format"): a 32-byte header, then frames of a
// 24-byte header and one page. Frames of a page encrypted by SQLCipher are its encrypted page.
struct WalFrames
{
    // Page number -> offset in the -wal of the newest committed frame's page bytes.
    QHash<qint64, qint64> pageOffsets;
    // The database's size in pages after the last commit in the WAL; 0 when the WAL has none.
    qint64 databasePages = 0;

    // No file, an empty file or one with no valid header: no frames. Errors only when it cannot be read.
    static Result<WalFrames> read(const QString &walPath, int pageSize);
};

} // namespace strongroom

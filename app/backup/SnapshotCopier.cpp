#include "backup/SnapshotCopier.h"

#include "backup/DatabaseChecks.h"

#include <QFile>
#include <QtCrypto>
#include <sqlite3.h>

namespace strongroom {

namespace {

constexpr qint64 kChunk = 4 << 20;

sqlite3_file *fileOf(Database &db, int op)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db.handle(), "main", op, &file) != SQLITE_OK || !file || !file->pMethods)
        return nullptr;
    return file;
}

qint64 sizeOf(sqlite3_file *file)
{
    sqlite3_int64 size = 0;
    return file && file->pMethods->xFileSize(file, &size) == SQLITE_OK ? qint64(size) : 0;
}

// Appends `size` bytes of `from` to `to`; stops early (returns false) on a cancel.
Status copyBytes(sqlite3_file *from, qint64 size, QFile &to, QCA::Hash *hash, const WorkMonitor &monitor,
                 qint64 &done, const QString &what)
{
    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    for (qint64 offset = 0; offset < size;) {
        const int n = int(std::min(kChunk, size - offset));
        const int rc = from->pMethods->xRead(from, buffer.data(), n, offset);
        // A short read means the file shrank under a checkpoint: the rest is not part of the state.
        if (rc == SQLITE_IOERR_SHORT_READ)
            return Status::success();
        if (rc != SQLITE_OK)
            return Error(ExitCode::Failure,
                         QStringLiteral("%1: read error while copying (SQLite code %2).").arg(what).arg(rc));
        if (to.write(buffer.constData(), n) != n)
            return Error(ExitCode::Failure,
                         QStringLiteral("%1: write error: %2").arg(to.fileName(), to.errorString()));
        if (hash)
            hash->update(buffer.constData(), n);
        offset += n;
        done += n;
        if (!monitor.keepGoing(done))
            return Error(ExitCode::Cancelled, QStringLiteral("Cancelled."));
    }
    return Status::success();
}

} // namespace

Result<SnapshotCopy> copySnapshot(Database &source, const QString &target, const WorkMonitor &monitor,
                                  int copyPhase)
{
    SnapshotCopy copy;
    copy.wal = journalMode(source) == QLatin1String("wal");
    // BEGIN + a read: the read transaction (and its locks or WAL read mark) the copy relies on.
    if (Status s = source.exec(QStringLiteral("BEGIN; SELECT count(*) FROM sqlite_schema;")); !s)
        return s.error();
    struct EndRead
    {
        Database &db;
        ~EndRead() { db.exec(QStringLiteral("COMMIT")); }
    } endRead{source};

    sqlite3_file *main = fileOf(source, SQLITE_FCNTL_FILE_POINTER);
    sqlite3_file *wal = copy.wal ? fileOf(source, SQLITE_FCNTL_JOURNAL_POINTER) : nullptr;
    if (!main)
        return Error(ExitCode::Failure,
                     QStringLiteral("%1: SQLite gave no handle to copy from.").arg(source.path()));
    const qint64 mainSize = sizeOf(main);
    monitor.startPhase(copyPhase, mainSize + sizeOf(wal));

    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error(ExitCode::Failure,
                     QStringLiteral("%1: cannot create the backup file: %2").arg(target, out.errorString()));
    QCA::Hash hash(QStringLiteral("sha256"));
    qint64 done = 0;
    if (Status s = copyBytes(main, mainSize, out, &hash, monitor, done, source.path()); !s)
        return s.error();
    out.close();
    copy.sha256 = hash.final().toByteArray();
    if (copy.wal) {
        // Taken after the main file: it holds every frame a concurrent checkpoint could have
        // written into the part already copied.
        QFile walOut(target + QStringLiteral("-wal"));
        if (!walOut.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(
                ExitCode::Failure,
                QStringLiteral("%1: cannot create: %2").arg(walOut.fileName(), walOut.errorString()));
        if (wal) {
            if (Status s = copyBytes(wal, sizeOf(wal), walOut, nullptr, monitor, done,
                                     source.path() + QStringLiteral("-wal"));
                !s)
                return s.error();
        }
    }
    copy.bytes = done;
    return copy;
}

} // namespace strongroom

#include "migration/SourceTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <unistd.h>

namespace strongroom::migration {

namespace {

constexpr qint64 kBlock = 4096;
constexpr qint64 kMiB = 1024 * 1024;

qint64 roundUp(qint64 value, qint64 unit)
{
    return (value + unit - 1) / unit * unit;
}

// The ext4 journal mke2fs makes for a file system of `bytes` in 4 KiB blocks (ext2fs's table).
qint64 journalBytes(qint64 bytes)
{
    const qint64 blocks = bytes / kBlock;
    if (blocks < 32768)
        return 4 * kMiB;
    if (blocks < 256 * 1024)
        return 16 * kMiB;
    if (blocks < 512 * 1024)
        return 32 * kMiB;
    if (blocks < 4096 * 1024)
        return 64 * kMiB;
    if (blocks < 8192 * 1024)
        return 128 * kMiB;
    if (blocks < 16384 * 1024)
        return 256 * kMiB;
    if (blocks < 32768 * 1024)
        return 512 * kMiB;
    return 1024 * kMiB;
}

} // namespace

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<SourceScan> scanSource(const QString &folder, const WorkProgress &progress)
{
    SourceScan scan;
    const QByteArray root = QFile::encodeName(QFileInfo(folder).absoluteFilePath());
    SourceEntry top;
    if (::lstat(root.constData(), &top.st) != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("MigrationSource", "%1: %2").arg(folder, errnoText(errno)),
                     QStringLiteral("not-found"));
    if (!S_ISDIR(top.st.st_mode))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("MigrationSource", "%1 is not a folder.").arg(folder));
    QSet<std::pair<quint64, quint64>> seen;
    // Depth first, parents before children; a stack of folders still to read.
    QList<QByteArray> pending{QByteArray()};
    scan.entries.append(top);
    while (!pending.isEmpty()) {
        if (progress.cancelled())
            return Cancelled{};
        const QByteArray relative = pending.takeLast();
        const QByteArray absolute = relative.isEmpty() ? root : root + '/' + relative;
        DIR *dir = ::opendir(absolute.constData());
        if (!dir) {
            if (scan.unreadable.size() < 20)
                scan.unreadable.append(QFile::decodeName(absolute) + QStringLiteral(": ") + errnoText(errno));
            continue;
        }
        QList<QByteArray> names;
        while (dirent *d = ::readdir(dir)) {
            const QByteArray name(d->d_name);
            if (name != "." && name != "..")
                names.append(name);
        }
        ::closedir(dir);
        std::sort(names.begin(), names.end());
        QList<QByteArray> subfolders;
        for (const QByteArray &name : std::as_const(names)) {
            SourceEntry entry;
            entry.path = relative.isEmpty() ? name : relative + '/' + name;
            const QByteArray path = root + '/' + entry.path;
            if (::lstat(path.constData(), &entry.st) != 0) {
                if (scan.unreadable.size() < 20)
                    scan.unreadable.append(QFile::decodeName(path) + QStringLiteral(": ") + errnoText(errno));
                continue;
            }
            if (entry.st.st_dev != top.st.st_dev)
                return Error(ExitCode::Unsupported,
                             QCoreApplication::translate(
                                 "MigrationSource",
                                 "%1 is a mount point inside %2; a folder that spans file systems is "
                                 "not migrated. Unmount it or migrate it on its own.")
                                 .arg(QFile::decodeName(path), folder),
                             QStringLiteral("refused"));
            const mode_t type = entry.st.st_mode & S_IFMT;
            if ((type == S_IFREG && ::access(path.constData(), R_OK) != 0) ||
                (type == S_IFDIR && ::access(path.constData(), R_OK | X_OK) != 0)) {
                if (scan.unreadable.size() < 20)
                    scan.unreadable.append(QFile::decodeName(path) + QStringLiteral(": ") + errnoText(errno));
            }
            const auto id = std::make_pair(quint64(entry.st.st_dev), quint64(entry.st.st_ino));
            if (!seen.contains(id)) {
                seen.insert(id);
                ++scan.inodes;
                if (type == S_IFREG) {
                    scan.fileBytes += entry.st.st_size;
                    // Holes take nothing; a tail packed inline elsewhere still takes a block here.
                    qint64 allocated = roundUp(qint64(entry.st.st_blocks) * 512, kBlock);
                    if (allocated == 0 && entry.st.st_size > 0)
                        allocated = roundUp(entry.st.st_size, kBlock);
                    scan.allocatedBytes += allocated;
                } else if (type == S_IFDIR) {
                    scan.allocatedBytes += roundUp(qMax<qint64>(entry.st.st_size, kBlock), kBlock);
                } else if (type == S_IFLNK) {
                    scan.allocatedBytes += kBlock;
                }
            }
            scan.entries.append(entry);
            if (type == S_IFDIR)
                subfolders.append(entry.path);
        }
        // Reversed onto the stack so folders are read in name order.
        for (auto it = subfolders.crbegin(); it != subfolders.crend(); ++it)
            pending.append(*it);
    }
    return scan;
}

QString PostgresState::howToStop(const QString &folder) const
{
    const QStringList parts = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()).split(QLatin1Char('/'));
    // /var/lib/postgresql/17/main is the cluster "17/main" of Debian's postgresql-common.
    if (parts.size() == 6 && parts[1] == QLatin1String("var") && parts[2] == QLatin1String("lib") &&
        parts[3] == QLatin1String("postgresql"))
        return QStringLiteral("systemctl stop postgresql@%1-%2").arg(parts[4], parts[5]);
    return QStringLiteral("pg_ctl stop -D %1 -m fast").arg(folder);
}

PostgresState postgresState(const QString &folder)
{
    PostgresState state;
    QFile version(QDir(folder).filePath(QStringLiteral("PG_VERSION")));
    if (version.open(QIODevice::ReadOnly))
        state.version = QString::fromLatin1(version.readAll()).trimmed();
    QFile pidFile(QDir(folder).filePath(QStringLiteral("postmaster.pid")));
    if (!pidFile.open(QIODevice::ReadOnly))
        return state;
    const qint64 pid = QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong();
    if (pid <= 0)
        return state;
    const bool exists = ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
    if (!exists)
        return state; // a stale file left by a crash: the server does not run
    // A reused PID belongs to another program; an unreadable command line counts as a postgres.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (cmdline.open(QIODevice::ReadOnly)) {
        const QByteArray text = cmdline.readAll();
        if (!text.isEmpty() && !text.contains("postgres") && !text.contains("postmaster"))
            return state;
    }
    state.livePid = pid;
    return state;
}

qint64 fileSystemBytesFor(const SourceScan &scan, int headroomPercent, qint64 *inodes)
{
    const qint64 data = scan.allocatedBytes + scan.allocatedBytes * headroomPercent / 100;
    // mke2fs -T default: one 256-byte inode per 16 KiB; more when the tree has many small files.
    const qint64 wantedInodes = scan.inodes + scan.inodes * headroomPercent / 100 + 1024;
    qint64 bytes = data + data / 32 + 8 * kMiB; // bitmaps, group descriptors, directories' slack
    const qint64 inodeCount = qMax(wantedInodes, bytes / 16384);
    bytes += inodeCount * 256;
    bytes += journalBytes(bytes);
    if (inodes)
        *inodes = inodeCount;
    return roundUp(bytes, kMiB);
}

} // namespace strongroom::migration

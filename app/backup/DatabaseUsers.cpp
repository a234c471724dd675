#include "backup/DatabaseUsers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom {

namespace {

// SQLite's lock bytes (os_unix.c): PENDING at 1 GiB, then RESERVED and the SHARED range.
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kLockRange = 2 + 510;
// The WAL index's dead-man switch byte, held shared by every open WAL connection.
constexpr off_t kShmDmsByte = 120 + 8;

bool lockHeld(const QString &path, off_t start, off_t length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock probe{};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = start;
    probe.l_len = length;
    const bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

QList<pid_t> processesWithOpen(const QString &path)
{
    struct stat target{};
    QList<pid_t> pids;
    if (::stat(QFile::encodeName(path).constData(), &target) != 0)
        return pids;
    const pid_t self = ::getpid();
    const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : procs) {
        bool isPid = false;
        const pid_t pid = pid_t(name.toInt(&isPid));
        if (!isPid || pid == self)
            continue;
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        const QStringList fds = QDir(fdDir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            struct stat st{};
            if (::stat(QFile::encodeName(fdDir + QLatin1Char('/') + fd).constData(), &st) == 0 &&
                st.st_dev == target.st_dev && st.st_ino == target.st_ino) {
                pids.append(pid);
                break;
            }
        }
    }
    return pids;
}

} // namespace

QString DatabaseUsers::describe() const
{
    QStringList ids;
    for (pid_t pid : pids)
        ids.append(QString::number(pid));
    if (!ids.isEmpty())
        return QCoreApplication::translate("DatabaseUsers", "process(es) %1")
            .arg(ids.join(QStringLiteral(", ")));
    return locked ? QCoreApplication::translate("DatabaseUsers", "another process (it holds a lock)")
                  : QStringLiteral("nobody");
}

DatabaseUsers DatabaseUsers::of(const QString &databasePath)
{
    DatabaseUsers users;
    if (!QFile::exists(databasePath))
        return users;
    users.pids = processesWithOpen(databasePath);
    users.locked = lockHeld(databasePath, kPendingByte, kLockRange) ||
                   (QFile::exists(databasePath + QStringLiteral("-shm")) &&
                    lockHeld(databasePath + QStringLiteral("-shm"), kShmDmsByte, 1));
    return users;
}

} // namespace strongroom

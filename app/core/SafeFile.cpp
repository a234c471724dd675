#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <stdio.h> // renameat2, RENAME_NOREPLACE
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace strongroom::safefile {

namespace {
const QString kPrefix = QStringLiteral(".strongroom-tmp-");

Status fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: cannot open to flush: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: flushing to disk failed: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(err))));
    return Status::success();
}

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}
} // namespace

QString tempPathFor(const QString &finalPath, const QString &operation)
{
    const QFileInfo info(finalPath);
    const QString name = kPrefix + operation + QLatin1Char('-') + QString::number(::getpid()) +
                         QLatin1Char('-') + QString::number(QRandomGenerator::global()->generate(), 36) +
                         QLatin1Char('-') + info.fileName();
    return info.absoluteDir().filePath(name);
}

bool isStrongroomTemp(const QString &fileName)
{
    return QFileInfo(fileName).fileName().startsWith(kPrefix);
}

QStringList staleTemps(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.strongroom-tmp-[a-z-]+-(\\d+)-"));
    QStringList stale;
    const QStringList names =
        QDir(folder).entryList({kPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const auto m = pattern.match(name);
        const pid_t pid = m.hasMatch() ? pid_t(m.captured(1).toInt()) : 0;
        const bool running = pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
        if (!running)
            stale.append(QDir(folder).filePath(name));
    }
    return stale;
}

void removeTemp(const QString &tempPath)
{
    if (tempPath.isEmpty()) // nothing was staged
        return;
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(tempPath + QLatin1String(suffix));
}

int openPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    // 0600 exactly, whatever the umask of a program that did not call hardenProcess.
    if (fd >= 0 && ::fchmod(fd, 0600) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(QFile::encodeName(path).constData());
        errno = err;
        return -1;
    }
    return fd;
}

Status createPrivateFile(const QString &path)
{
    const int fd = openPrivateFile(path);
    if (fd < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: cannot create the file: %2")
                         .arg(path, systemError(errno)));
    ::close(fd);
    return Status::success();
}

Status makePrivateFolder(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return Status::success();
    if (Status parent = makePrivateFolder(QFileInfo(absolute).absolutePath()); !parent)
        return parent;
    if (::mkdir(QFile::encodeName(absolute).constData(), 0700) != 0 && errno != EEXIST)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: cannot create the folder: %2")
                         .arg(absolute, systemError(errno)));
    return Status::success();
}

Status copyOwnershipAndMode(const QString &original, const QString &replacement)
{
    struct stat from{};
    if (::stat(QFile::encodeName(original).constData(), &from) != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: cannot read the original's permissions: %2")
                         .arg(original, systemError(errno)));
    const QByteArray target = QFile::encodeName(replacement);
    mode_t mode = from.st_mode & 0777;
    struct stat now{};
    if (::stat(target.constData(), &now) != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: cannot read the new file's permissions: %2")
                         .arg(replacement, systemError(errno)));
    if (now.st_uid != from.st_uid || now.st_gid != from.st_gid) {
        // Root can give both; an owner can give a group it belongs to. Otherwise the new file stays
        // ours and must not open the original's group bits to our group.
        if (::chown(target.constData(), from.st_uid, from.st_gid) != 0 &&
            ::chown(target.constData(), uid_t(-1), from.st_gid) != 0)
            mode &= ~mode_t(S_IRWXG);
    }
    if (::chmod(target.constData(), mode) != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: cannot set the new file's permissions: %2")
                         .arg(replacement, systemError(errno)));
    return Status::success();
}

Status fsyncFile(const QString &path)
{
    return fsyncPath(path, O_RDONLY);
}

Status fsyncDirectory(const QString &folder)
{
    return fsyncPath(folder, O_RDONLY | O_DIRECTORY);
}

Status atomicReplace(const QString &from, const QString &to)
{
    return atomicReplace(QFile::encodeName(from), QFile::encodeName(to));
}

Status placeNew(const QString &from, const QString &to)
{
    return placeNew(QFile::encodeName(from), QFile::encodeName(to));
}

namespace {
// fsync of the folder holding `path`, named by bytes.
Status fsyncParent(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    const QByteArray folder = slash < 0    ? QByteArrayLiteral(".")
                              : slash == 0 ? QByteArrayLiteral("/")
                                           : path.left(slash);
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int err = errno;
        if (fd >= 0)
            ::close(fd);
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: flushing to disk failed: %2")
                         .arg(QFile::decodeName(folder), systemError(err)));
    }
    ::close(fd);
    return Status::success();
}
} // namespace

Status atomicReplace(const QByteArray &from, const QByteArray &to)
{
    if (::rename(from.constData(), to.constData()) != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SafeFile", "%1: cannot move the new file into place: %2")
                         .arg(QFile::decodeName(to), QString::fromLocal8Bit(std::strerror(errno))));
    return fsyncParent(to);
}

Status placeNew(const QByteArray &source, const QByteArray &target)
{
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) != 0) {
        int err = errno;
        // File systems without RENAME_NOREPLACE: link() also refuses an existing name.
        if (err == EINVAL || err == ENOSYS || err == ENOTSUP) {
            if (::link(source.constData(), target.constData()) == 0) {
                ::unlink(source.constData());
                err = 0;
            } else {
                err = errno;
            }
        }
        if (err != 0)
            return Error(
                ExitCode::Failure,
                err == EEXIST
                    ? QCoreApplication::translate("SafeFile", "%1 already exists; it was left as it is.")
                          .arg(QFile::decodeName(target))
                    : QCoreApplication::translate("SafeFile", "%1: cannot move the new file into place: %2")
                          .arg(QFile::decodeName(target), systemError(err)));
    }
    return fsyncParent(target);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &operation,
                           const QString &what)
{
    const QString temp = tempPathFor(path, operation);
    TempGuard guard(temp);
    QFile file;
    const int fd = openPrivateFile(temp);
    if (fd < 0 || !file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle) ||
        file.write(bytes) != bytes.size()) {
        const QString why = fd < 0 ? systemError(errno) : file.errorString();
        if (fd >= 0 && !file.isOpen())
            ::close(fd);
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("SafeFile", "%1: cannot write the %2: %3").arg(path, what, why));
    }
    file.close();
    if (QFileInfo::exists(path))
        if (Status s = copyOwnershipAndMode(path, temp); !s)
            return s;
    if (Status s = fsyncFile(temp); !s)
        return s;
    if (Status s = atomicReplace(temp, path); !s)
        return s;
    guard.keep();
    return Status::success();
}

qint64 freeBytes(const QString &folder)
{
    struct statvfs st{};
    if (::statvfs(QFile::encodeName(folder).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

Status requireFreeSpace(const QString &folder, qint64 needed, const QString &forWhat)
{
    const qint64 free = freeBytes(folder);
    if (free >= 0 && free < needed) {
        const QLocale c = QLocale::c();
        return Error(ExitCode::Failure,
                     QCoreApplication::translate(
                         "SafeFile",
                         "%1: not enough free space for %2: %3 needed, %4 free. Free some space in that "
                         "folder and try again; nothing was changed.")
                         .arg(folder, forWhat, c.formattedDataSize(needed, 1, QLocale::DataSizeIecFormat),
                              c.formattedDataSize(free, 1, QLocale::DataSizeIecFormat)),
                     QStringLiteral("disk-full"));
    }
    return Status::success();
}

LinkOutcome linkOriginal(const QString &path, const QString &secondName)
{
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(secondName).constData()) == 0)
        return LinkOutcome::Linked;
    const int err = errno;
    return err == EXDEV || err == EPERM || err == EMLINK || err == ENOTSUP || err == EOPNOTSUPP
               ? LinkOutcome::NotHere
               : LinkOutcome::Failed;
}

QString keptOriginalPath(const QString &path, const QString &operation)
{
    return path + QStringLiteral(".before-") + operation + QLatin1Char('-') +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace strongroom::safefile

#include "volumes/RootMount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <blkid/blkid.h>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace strongroom::rootmount {

namespace {
QString errnoString(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// /proc/self/mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescapeMountPath(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int value = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(value));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}
} // namespace

DirectoryFd::~DirectoryFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

DirectoryFd &DirectoryFd::operator=(DirectoryFd &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

unsigned long mountFlags(bool readOnly)
{
    const unsigned long flags = MS_NOSUID | MS_NODEV | MS_NOEXEC;
    return readOnly ? flags | MS_RDONLY : flags;
}

QString mountOptionsText(bool readOnly)
{
    return readOnly ? QStringLiteral("nosuid,nodev,noexec,ro") : QStringLiteral("nosuid,nodev,noexec");
}

Result<DirectoryFd> openEmptyMountPoint(const QString &path)
{
    if (!QDir::isAbsolutePath(path))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("RootMount", "The mount point must be an absolute path: %1")
                         .arg(path));
    open_how how{};
    how.flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC; // RESOLVE_NO_SYMLINKS covers the last component too
    how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = int(::syscall(SYS_openat2, AT_FDCWD, encoded.constData(), &how, sizeof how));
    if (fd < 0) {
        const int err = errno;
        if (err == ELOOP)
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate(
                    "RootMount",
                    "%1: the mount point or a folder above it is a symbolic link; give the real path.")
                    .arg(path),
                QStringLiteral("symlink"));
        if (err == ENOTDIR)
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate("RootMount", "%1: the mount point is not a folder.").arg(path));
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("RootMount", "%1: cannot open the mount point: %2")
                         .arg(path, errnoString(err)));
    }
    DirectoryFd directory(fd);
    // Read the entries through a duplicate: closedir() closes the descriptor it was given.
    const int listFd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    DIR *dir = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
    if (!dir) {
        const int err = errno;
        if (listFd >= 0)
            ::close(listFd);
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("RootMount", "%1: cannot list the mount point: %2")
                         .arg(path, errnoString(err)));
    }
    bool empty = true;
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0) {
            empty = false;
            break;
        }
    }
    ::closedir(dir);
    if (!empty)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate(
                         "RootMount",
                         "%1: the mount point is not empty; mounting on it would hide what it holds. Use an "
                         "empty folder.")
                         .arg(path),
                     QStringLiteral("not-empty"));
    return directory;
}

Result<QString> fileSystemType(const QString &device)
{
    const QByteArray encoded = QFile::encodeName(device);
    blkid_probe probe = ::blkid_new_probe_from_filename(encoded.constData());
    if (!probe)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("RootMount", "%1: cannot read it to find its file system.")
                         .arg(device));
    ::blkid_probe_enable_superblocks(probe, 1);
    ::blkid_probe_set_superblocks_flags(probe, BLKID_SUBLKS_TYPE | BLKID_SUBLKS_USAGE);
    QString type;
    const char *value = nullptr;
    const char *usage = nullptr;
    if (::blkid_do_safeprobe(probe) == 0 &&
        ::blkid_probe_lookup_value(probe, "USAGE", &usage, nullptr) == 0 &&
        std::strcmp(usage, "filesystem") == 0 &&
        ::blkid_probe_lookup_value(probe, "TYPE", &value, nullptr) == 0)
        type = QString::fromLatin1(value);
    ::blkid_free_probe(probe);
    if (type.isEmpty())
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate("RootMount", "%1 holds no file system that can be mounted.")
                         .arg(device),
                     QStringLiteral("no-filesystem"));
    return type;
}

Status mountOn(const QString &device, const DirectoryFd &mountPoint, const QString &path, bool readOnly)
{
    auto type = fileSystemType(device);
    if (!type)
        return type.error();
    const QByteArray source = QFile::encodeName(device);
    const QByteArray target = "/proc/self/fd/" + QByteArray::number(mountPoint.get());
    const QByteArray fsType = type->toLatin1();
    if (::mount(source.constData(), target.constData(), fsType.constData(), mountFlags(readOnly), nullptr) !=
        0) {
        const int err = errno;
        return Error(err == EBUSY ? ExitCode::Busy : ExitCode::Failure,
                     QCoreApplication::translate("RootMount", "Mounting %1 (%2) on %3 failed: %4")
                         .arg(device, *type, path, errnoString(err)));
    }
    return Status::success();
}

Result<QStringList> unmountDevice(const QString &device)
{
    struct stat st{};
    if (::stat(QFile::encodeName(device).constData(), &st) != 0 || !S_ISBLK(st.st_mode))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("RootMount", "%1 is not open.").arg(device));
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountInfo.open(QIODevice::ReadOnly))
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("RootMount", "Cannot read /proc/self/mountinfo."));
    const QByteArray wanted =
        QByteArray::number(major(st.st_rdev)) + ':' + QByteArray::number(minor(st.st_rdev));
    QStringList folders;
    for (const QByteArray &line : mountInfo.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && fields[2] == wanted)
            folders.prepend(unescapeMountPath(fields[4])); // newest first: stacked mounts come off in order
    }
    for (const QString &folder : std::as_const(folders)) {
        if (::umount2(QFile::encodeName(folder).constData(), UMOUNT_NOFOLLOW) != 0) {
            const int err = errno;
            return Error(err == EBUSY ? ExitCode::Busy : ExitCode::Failure,
                         QCoreApplication::translate("RootMount", "Unmounting %1 failed: %2")
                             .arg(folder, errnoString(err)));
        }
    }
    return folders;
}

} // namespace strongroom::rootmount

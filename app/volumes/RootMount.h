#pragma once

#include "core/Result.h"

#include <QString>

namespace strongroom::rootmount {

// Mounting an opened volume in-process, for strongroom-cli run as root on a server without udisks2.
// The volume's contents are not trusted (its owner may have put a setuid shell or device nodes on
// it), and the mount point comes from a command line, so:
//   1. the mount point is opened with openat2(RESOLVE_NO_SYMLINKS): no component may be a symbolic
//      link, so nobody can swap a folder of theirs for /etc or /usr/bin;
//   2. it must be an empty folder, so mounting hides nothing;
//   3. the mount goes through that descriptor (/proc/self/fd/N), never through the path again;
//   4. with nosuid,nodev,noexec and the file system type read from the device (never "auto").

// A directory descriptor that closes itself.
class DirectoryFd
{
public:
    explicit DirectoryFd(int fd = -1) : m_fd(fd) {}
    ~DirectoryFd();
    DirectoryFd(DirectoryFd &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    DirectoryFd &operator=(DirectoryFd &&other) noexcept;
    DirectoryFd(const DirectoryFd &) = delete;
    DirectoryFd &operator=(const DirectoryFd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// The mount(2) flags every in-process mount gets: MS_NOSUID | MS_NODEV | MS_NOEXEC, and MS_RDONLY
// when asked.
unsigned long mountFlags(bool readOnly);
// The same as mount options text ("nosuid,nodev,noexec[,ro]"), for messages and the audit line.
QString mountOptionsText(bool readOnly);

// Step 1 and 2: `path` (absolute) opened as a folder without following any symbolic link, and
// refused unless it is empty.
Result<DirectoryFd> openEmptyMountPoint(const QString &path);

// The file system on `device` as libblkid reads it from the superblock ("ext4", "xfs", ...).
Result<QString> fileSystemType(const QString &device);

// Step 3 and 4: mounts `device` on the folder `mountPoint` (from openEmptyMountPoint()).
Status mountOn(const QString &device, const DirectoryFd &mountPoint, const QString &path, bool readOnly);

// Unmounts every mount of `device` (found in /proc/self/mountinfo by its device number), without
// following symbolic links. Returns the folders it unmounted.
Result<QStringList> unmountDevice(const QString &device);

} // namespace strongroom::rootmount

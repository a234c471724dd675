#include "migration/TreeCopier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace strongroom::migration {

namespace {

constexpr qint64 kChunk = 1024 * 1024;

class Copier
{
public:
    Copier(const QByteArray &source, const QByteArray &target, const CopyOptions &options)
        : m_source(source), m_target(target), m_options(options), m_root(::geteuid() == 0)
    {
    }

    Result<CopyResult> run(const SourceScan &scan);

private:
    bool cancelled() const { return m_options.progress.cancelled(); }
    QByteArray from(const QByteArray &path) const
    {
        return path.isEmpty() ? m_source : m_source + '/' + path;
    }
    QByteArray to(const QByteArray &path) const { return path.isEmpty() ? m_target : m_target + '/' + path; }
    Error failed(const QByteArray &path, const QString &what, int error) const;

    Status copyEntry(const SourceEntry &entry);
    Status copyData(const SourceEntry &entry, int in, int out);
    Status copyFile(const SourceEntry &entry);
    Status copyXattrs(const SourceEntry &entry, int fd);
    // Owner, attributes, mode and times, in that order: chown clears the set-id bits, and setting an
    // ACL rewrites the group bits of the mode (to the ACL's mask, which chmod then sets back).
    Status finish(const SourceEntry &entry, int fd);

    QByteArray m_source;
    QByteArray m_target;
    const CopyOptions &m_options;
    bool m_root;
    CopyResult m_result;
    QHash<std::pair<quint64, quint64>, QByteArray> m_linked; // source (dev, inode) -> first copy
};

Error Copier::failed(const QByteArray &path, const QString &what, int error) const
{
    return Error(ExitCode::Failure, QCoreApplication::translate("TreeCopier", "Cannot copy %1 to %2 (%3): %4")
                                        .arg(QFile::decodeName(from(path)), QFile::decodeName(to(path)), what,
                                             errnoText(error)));
}

Result<CopyResult> Copier::run(const SourceScan &scan)
{
    struct stat top{};
    if (::stat(m_target.constData(), &top) != 0 || !S_ISDIR(top.st_mode))
        return Error(ExitCode::Failure, QCoreApplication::translate("TreeCopier", "%1 is not a folder.")
                                            .arg(QFile::decodeName(m_target)));
    QList<const SourceEntry *> folders;
    for (const SourceEntry &entry : scan.entries) {
        if (cancelled())
            return Cancelled{};
        const mode_t type = entry.st.st_mode & S_IFMT;
        if (type == S_IFDIR) {
            if (!entry.path.isEmpty() && ::mkdir(to(entry.path).constData(), 0700) != 0)
                return failed(entry.path, QStringLiteral("mkdir"), errno);
            folders.append(&entry); // their metadata once their entries are in
            ++m_result.folders;
            continue;
        }
        const auto id = std::make_pair(quint64(entry.st.st_dev), quint64(entry.st.st_ino));
        if (entry.st.st_nlink > 1) {
            if (const auto first = m_linked.constFind(id); first != m_linked.constEnd()) {
                if (::link(first->constData(), to(entry.path).constData()) != 0)
                    return failed(entry.path, QStringLiteral("link"), errno);
                ++m_result.hardLinks;
                continue;
            }
            m_linked.insert(id, to(entry.path));
        }
        Status copied = Status::success();
        if (type == S_IFREG) {
            copied = copyFile(entry);
        } else if (type == S_IFLNK) {
            QByteArray target(qMax<qint64>(entry.st.st_size, 1) + 1, Qt::Uninitialized);
            const ssize_t n =
                ::readlink(from(entry.path).constData(), target.data(), std::size_t(target.size()));
            if (n < 0)
                return failed(entry.path, QStringLiteral("readlink"), errno);
            target.truncate(n);
            if (::symlink(target.constData(), to(entry.path).constData()) != 0)
                return failed(entry.path, QStringLiteral("symlink"), errno);
            copied = finish(entry, -1);
            ++m_result.symlinks;
        } else {
            // FIFOs and sockets: anyone may make them; character and block devices need root.
            if (::mknod(to(entry.path).constData(), type | 0600, entry.st.st_rdev) != 0)
                return failed(entry.path, QStringLiteral("mknod"), errno);
            copied = finish(entry, -1);
            ++m_result.specials;
        }
        if (!copied)
            return copied.error();
    }
    // Deepest first: the scan lists parents before children, so reversed, a folder's times are set
    // after everything inside it was written.
    for (auto it = folders.crbegin(); it != folders.crend(); ++it) {
        if (cancelled())
            return Cancelled{};
        const int fd = ::open(to((*it)->path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return failed((*it)->path, QStringLiteral("open"), errno);
        const Status done = finish(**it, fd);
        ::close(fd);
        if (!done)
            return done.error();
    }
    // One flush for the whole tree rather than one per file.
    if (const int fd = ::open(m_target.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        const int rc = ::syncfs(fd);
        const int error = errno;
        ::close(fd);
        if (rc != 0)
            return failed({}, QStringLiteral("syncfs"), error);
    }
    return m_result;
}

Status Copier::copyFile(const SourceEntry &entry)
{
    int in = ::open(from(entry.path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOATIME);
    if (in < 0 && errno == EPERM) // O_NOATIME is only for the file's owner
        in = ::open(from(entry.path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0)
        return failed(entry.path, QStringLiteral("open"), errno);
    const int out =
        ::open(to(entry.path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (out < 0) {
        const int error = errno;
        ::close(in);
        return failed(entry.path, QStringLiteral("create"), error);
    }
    Status done = copyData(entry, in, out);
    ::close(in);
    if (done)
        done = finish(entry, out);
    ::close(out);
    if (done)
        ++m_result.files;
    return done;
}

Status Copier::copyData(const SourceEntry &entry, int in, int out)
{
    const qint64 size = entry.st.st_size;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 position = 0;
    while (position < size) {
        // The next run of data; holes between runs stay holes in the copy.
        off_t dataStart = ::lseek(in, off_t(position), SEEK_DATA);
        if (dataStart < 0 && errno == ENXIO)
            break; // only a hole up to the end
        off_t dataEnd = dataStart >= 0 ? ::lseek(in, dataStart, SEEK_HOLE) : off_t(-1);
        if (dataStart < 0 || dataEnd < 0) {
            if (errno != EINVAL)
                return failed(entry.path, QStringLiteral("lseek"), errno);
            dataStart = off_t(position); // a file system without SEEK_DATA: all data
            dataEnd = off_t(size);
        }
        for (qint64 at = dataStart; at < qint64(dataEnd) && at < size;) {
            if (cancelled())
                return Cancelled{};
            const qint64 want = qMin<qint64>(kChunk, qMin<qint64>(qint64(dataEnd), size) - at);
            const ssize_t n = ::pread(in, buffer.data(), std::size_t(want), off_t(at));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return failed(entry.path, QStringLiteral("read"), errno);
            if (n == 0)
                return failed(entry.path, QStringLiteral("read"), EIO); // shrank while being copied
            for (ssize_t written = 0; written < n;) {
                const ssize_t w = ::pwrite(out, buffer.constData() + written, std::size_t(n - written),
                                           off_t(at + written));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w < 0)
                    return failed(entry.path, QStringLiteral("write"), errno);
                written += w;
            }
            at += n;
            m_result.bytes += n;
            m_options.progress.report(m_result.bytes);
        }
        position = qint64(dataEnd);
    }
    if (::ftruncate(out, off_t(size)) != 0)
        return failed(entry.path, QStringLiteral("ftruncate"), errno);
    return Status::success();
}

Status Copier::copyXattrs(const SourceEntry &entry, int fd)
{
    const QByteArray source = from(entry.path), target = to(entry.path);
    const ssize_t size = ::llistxattr(source.constData(), nullptr, 0);
    if (size < 0 && (errno == ENOTSUP || errno == ENODATA))
        return Status::success();
    if (size < 0)
        return failed(entry.path, QStringLiteral("llistxattr"), errno);
    QByteArray names(size, Qt::Uninitialized);
    const ssize_t got = ::llistxattr(source.constData(), names.data(), std::size_t(names.size()));
    for (ssize_t i = 0; i < got;) {
        const QByteArray name(names.constData() + i);
        i += name.size() + 1;
        const ssize_t length = ::lgetxattr(source.constData(), name.constData(), nullptr, 0);
        if (length < 0)
            return failed(entry.path, QStringLiteral("lgetxattr %1").arg(QString::fromLatin1(name)), errno);
        QByteArray value(length, Qt::Uninitialized);
        const ssize_t read =
            ::lgetxattr(source.constData(), name.constData(), value.data(), std::size_t(value.size()));
        if (read < 0)
            return failed(entry.path, QStringLiteral("lgetxattr %1").arg(QString::fromLatin1(name)), errno);
        value.truncate(read);
        const int rc =
            fd >= 0 ? ::fsetxattr(fd, name.constData(), value.constData(), std::size_t(value.size()), 0)
                    : ::lsetxattr(target.constData(), name.constData(), value.constData(),
                                  std::size_t(value.size()), 0);
        if (rc != 0)
            return failed(entry.path, QStringLiteral("setxattr %1").arg(QString::fromLatin1(name)), errno);
        ++m_result.xattrs;
    }
    return Status::success();
}

Status Copier::finish(const SourceEntry &entry, int fd)
{
    const struct stat &st = entry.st;
    const QByteArray target = to(entry.path);
    const bool link = S_ISLNK(st.st_mode);
    struct stat now{};
    if ((fd >= 0 ? ::fstat(fd, &now) : ::lstat(target.constData(), &now)) != 0)
        return failed(entry.path, QStringLiteral("stat"), errno);
    if (now.st_uid != st.st_uid || now.st_gid != st.st_gid) {
        if (!m_root && st.st_uid != ::geteuid())
            return Error(ExitCode::Failure,
                         QCoreApplication::translate(
                             "TreeCopier", "%1 belongs to user %2, and only root can give a copy "
                                           "another owner. Run as root, or use the user-space build.")
                             .arg(QFile::decodeName(from(entry.path)))
                             .arg(st.st_uid),
                         QStringLiteral("refused"));
        const int rc =
            fd >= 0 ? ::fchown(fd, st.st_uid, st.st_gid) : ::lchown(target.constData(), st.st_uid, st.st_gid);
        if (rc != 0)
            return failed(entry.path, QStringLiteral("chown %1:%2").arg(st.st_uid).arg(st.st_gid), errno);
    }
    if (auto s = copyXattrs(entry, fd); !s)
        return s;
    if (!link) {
        const int rc =
            fd >= 0 ? ::fchmod(fd, st.st_mode & 07777) : ::chmod(target.constData(), st.st_mode & 07777);
        if (rc != 0)
            return failed(entry.path,
                          QStringLiteral("chmod %1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')), errno);
    }
    const timespec times[2] = {st.st_atim, st.st_mtim};
    const int rc = fd >= 0 ? ::futimens(fd, times)
                           : ::utimensat(AT_FDCWD, target.constData(), times, AT_SYMLINK_NOFOLLOW);
    if (rc != 0)
        return failed(entry.path, QStringLiteral("utimensat"), errno);
    return Status::success();
}

} // namespace

Result<CopyResult> copyTree(const QString &folder, const SourceScan &scan, const QString &target,
                            const CopyOptions &options)
{
    if (scan.entries.isEmpty())
        return CopyResult{};
    Copier copier(QFile::encodeName(QFileInfo(folder).absoluteFilePath()),
                  QFile::encodeName(QFileInfo(target).absoluteFilePath()), options);
    return copier.run(scan);
}

} // namespace strongroom::migration

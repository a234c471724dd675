#include "migration/TreeVerifier.h"

#include "core/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace strongroom::migration {

namespace {

QString shown(const QByteArray &path)
{
    return path.isEmpty() ? QStringLiteral("/") : QStringLiteral("/") + QFile::decodeName(path);
}

QMap<QByteArray, QByteArray> sourceXattrs(const QByteArray &path)
{
    QMap<QByteArray, QByteArray> out;
    const ssize_t size = ::llistxattr(path.constData(), nullptr, 0);
    if (size <= 0)
        return out;
    QByteArray names(size, Qt::Uninitialized);
    const ssize_t got = ::llistxattr(path.constData(), names.data(), std::size_t(names.size()));
    for (ssize_t i = 0; i < got;) {
        const QByteArray name(names.constData() + i);
        i += name.size() + 1;
        const ssize_t length = ::lgetxattr(path.constData(), name.constData(), nullptr, 0);
        if (length < 0)
            continue;
        QByteArray value(length, Qt::Uninitialized);
        const ssize_t read =
            ::lgetxattr(path.constData(), name.constData(), value.data(), std::size_t(value.size()));
        out.insert(name, value.left(qMax<ssize_t>(read, 0)));
    }
    return out;
}

// A POSIX ACL xattr with the id of its entries that name nobody (owner, owning group, mask, other)
// set to ACL_UNDEFINED_ID: the kernel hands those out as 0xffffffff, libext2fs as 0, and both mean
// the same ACL. Any other attribute is returned as it is.
QByteArray comparable(const QByteArray &name, QByteArray value)
{
    if ((name != "system.posix_acl_access" && name != "system.posix_acl_default") || value.size() < 4 ||
        (value.size() - 4) % 8 != 0)
        return value;
    constexpr quint16 kUser = 0x02, kGroup = 0x08;
    for (qsizetype at = 4; at < value.size(); at += 8) {
        const quint16 tag = quint16(quint8(value[at]) | quint8(value[at + 1]) << 8);
        if (tag != kUser && tag != kGroup)
            for (int i = 4; i < 8; ++i)
                value[at + i] = char(0xff);
    }
    return value;
}

// SHA-256 of a source file, read without touching its access time where the kernel allows it.
Result<QByteArray> sourceDigest(const QByteArray &path, const VerifyOptions &options, qint64 &hashed)
{
    int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOATIME);
    if (fd < 0 && errno == EPERM)
        fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("TreeVerifier", "Cannot read %1: %2")
                         .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno))));
    Sha256Stream hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (options.progress.cancelled()) {
            ::close(fd);
            return Cancelled{};
        }
        const ssize_t n = ::read(fd, buffer.data(), std::size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("TreeVerifier", "Cannot read %1: %2")
                             .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(error))));
        }
        if (n == 0)
            break;
        hash.update(QByteArrayView(buffer.constData(), n));
        hashed += n;
        options.progress.report(hashed);
    }
    ::close(fd);
    return hash.finalHex();
}

} // namespace

Result<VerifyResult> verifyTree(ExtFileSystem &fs, const QString &folder, const SourceScan &scan,
                                const VerifyOptions &options)
{
    VerifyResult result;
    const QByteArray root = QFile::encodeName(QFileInfo(folder).absoluteFilePath());
    auto differ = [&result](const QByteArray &path, const QString &what) {
        ++result.differenceCount;
        if (result.differences.size() < 200)
            result.differences.append(shown(path) + QStringLiteral(": ") + what);
    };
    // The source's names per folder, to find entries the volume has and the folder has not.
    QHash<QByteArray, QSet<QByteArray>> sourceChildren;
    for (const SourceEntry &entry : scan.entries) {
        if (entry.path.isEmpty())
            continue;
        const qsizetype slash = entry.path.lastIndexOf('/');
        sourceChildren[slash < 0 ? QByteArray() : entry.path.left(slash)].insert(
            slash < 0 ? entry.path : entry.path.mid(slash + 1));
    }
    QHash<QByteArray, quint32> inodeOf{{QByteArray(), quint32(EXT2_ROOT_INO)}};
    QHash<std::pair<quint64, quint64>, quint32> linkGroups; // source (dev, inode) -> volume inode
    QSet<quint32> hashedInodes;
    qint64 hashed = 0;
    for (const SourceEntry &entry : scan.entries) {
        if (options.progress.cancelled())
            return Cancelled{};
        ++result.entries;
        const auto found = inodeOf.constFind(entry.path);
        if (found == inodeOf.constEnd()) {
            differ(entry.path, QCoreApplication::translate("TreeVerifier", "missing in the volume"));
            continue;
        }
        const quint32 ino = *found;
        auto stat = fs.stat(ino);
        if (!stat) {
            differ(entry.path, stat.error().message);
            continue;
        }
        const ExtInode &inode = *stat;
        const struct stat &st = entry.st;
        const QByteArray sourcePath = entry.path.isEmpty() ? root : root + '/' + entry.path;
        if ((inode.mode & S_IFMT) != (st.st_mode & S_IFMT)) {
            differ(entry.path,
                   QCoreApplication::translate("TreeVerifier", "type differs (folder: %1, volume: %2)")
                       .arg(st.st_mode & S_IFMT, 0, 8)
                       .arg(inode.typeName()));
            continue;
        }
        if ((inode.mode & 07777) != (st.st_mode & 07777))
            differ(entry.path,
                   QCoreApplication::translate("TreeVerifier", "mode differs (folder: %1, volume: %2)")
                       .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))
                       .arg(inode.mode & 07777, 4, 8, QLatin1Char('0')));
        if (inode.uid != st.st_uid || inode.gid != st.st_gid)
            differ(entry.path,
                   QCoreApplication::translate("TreeVerifier", "owner differs (folder: %1:%2, volume: %3:%4)")
                       .arg(st.st_uid)
                       .arg(st.st_gid)
                       .arg(inode.uid)
                       .arg(inode.gid));
        if (inode.mtime != st.st_mtim.tv_sec || inode.mtimeNs != quint32(st.st_mtim.tv_nsec))
            differ(entry.path, QCoreApplication::translate(
                                   "TreeVerifier", "modification time differs (folder: %1.%2, volume: %3.%4)")
                                   .arg(qint64(st.st_mtim.tv_sec))
                                   .arg(qint64(st.st_mtim.tv_nsec), 9, 10, QLatin1Char('0'))
                                   .arg(inode.mtime)
                                   .arg(qint64(inode.mtimeNs), 9, 10, QLatin1Char('0')));
        if (!S_ISDIR(st.st_mode) && inode.links != st.st_nlink)
            differ(entry.path,
                   QCoreApplication::translate("TreeVerifier", "link count differs (folder: %1, volume: %2)")
                       .arg(st.st_nlink)
                       .arg(inode.links));
        if ((S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) && inode.size != st.st_size)
            differ(entry.path,
                   QCoreApplication::translate("TreeVerifier", "size differs (folder: %1, volume: %2)")
                       .arg(st.st_size)
                       .arg(inode.size));
        if (st.st_nlink > 1 && !S_ISDIR(st.st_mode)) {
            const auto id = std::make_pair(quint64(st.st_dev), quint64(st.st_ino));
            const auto group = linkGroups.constFind(id);
            if (group == linkGroups.constEnd())
                linkGroups.insert(id, ino);
            else if (*group != ino)
                differ(entry.path,
                       QCoreApplication::translate(
                           "TreeVerifier", "is a hard link in the folder but a separate file in the volume"));
        }
        // Extended attributes: every one the folder shows to this user.
        QMap<QByteArray, QByteArray> volumeXattrs;
        if (auto list = fs.xattrs(ino)) {
            for (const auto &[name, value] : *list)
                if (name != "system.data") // where ext4 keeps inline data, not an attribute
                    volumeXattrs.insert(name, value);
        }
        const QMap<QByteArray, QByteArray> folderXattrs = sourceXattrs(sourcePath);
        for (auto it = folderXattrs.cbegin(); it != folderXattrs.cend(); ++it)
            if (!volumeXattrs.contains(it.key()))
                differ(entry.path, QCoreApplication::translate("TreeVerifier",
                                                               "extended attribute %1 missing in the volume")
                                       .arg(QString::fromLatin1(it.key())));
            else if (comparable(it.key(), volumeXattrs.value(it.key())) != comparable(it.key(), it.value()))
                differ(entry.path,
                       QCoreApplication::translate("TreeVerifier", "extended attribute %1 differs")
                           .arg(QString::fromLatin1(it.key())));
        for (auto it = volumeXattrs.cbegin(); it != volumeXattrs.cend(); ++it)
            if (!folderXattrs.contains(it.key()))
                differ(entry.path,
                       QCoreApplication::translate("TreeVerifier", "extended attribute %1 only in the volume")
                           .arg(QString::fromLatin1(it.key())));

        if (S_ISLNK(st.st_mode)) {
            QByteArray target(qMax<qint64>(st.st_size, 1) + 1, Qt::Uninitialized);
            const ssize_t n = ::readlink(sourcePath.constData(), target.data(), std::size_t(target.size()));
            target.truncate(qMax<ssize_t>(n, 0));
            auto volumeTarget = fs.readLink(ino);
            if (!volumeTarget || *volumeTarget != target)
                differ(entry.path, QCoreApplication::translate("TreeVerifier", "symlink target differs"));
        } else if (S_ISREG(st.st_mode) && options.hashContents && !hashedInodes.contains(ino)) {
            hashedInodes.insert(ino);
            auto folderDigest = sourceDigest(sourcePath, options, hashed);
            if (folderDigest.cancelled())
                return Cancelled{};
            if (!folderDigest) {
                differ(entry.path, folderDigest.error().message);
                continue;
            }
            Sha256Stream hash;
            const Status read = fs.read(ino, [&](const char *data, qint64 size) {
                hash.update(QByteArrayView(data, size));
                return !options.progress.cancelled();
            });
            if (read.cancelled())
                return Cancelled{};
            if (!read)
                differ(entry.path, read.error().message);
            else if (hash.finalHex() != *folderDigest)
                differ(entry.path, QCoreApplication::translate("TreeVerifier", "contents differ (SHA-256)"));
        } else if (S_ISDIR(st.st_mode)) {
            auto entries = fs.list(ino);
            if (!entries) {
                differ(entry.path, entries.error().message);
                continue;
            }
            const QSet<QByteArray> names = sourceChildren.value(entry.path);
            for (const ExtDirEntry &child : *entries) {
                const QByteArray childPath =
                    entry.path.isEmpty() ? child.name : entry.path + '/' + child.name;
                if (!names.contains(child.name)) {
                    if (!(entry.path.isEmpty() && child.name == "lost+found"))
                        differ(childPath, QCoreApplication::translate("TreeVerifier", "only in the volume"));
                    continue;
                }
                inodeOf.insert(childPath, child.ino);
            }
        }
    }
    result.bytesHashed = hashed;
    return result;
}

} // namespace strongroom::migration

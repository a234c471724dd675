#include "uservolume/ExtFileSystem.h"

#include "uservolume/Ext2IoManager.h"

#include <QCoreApplication>
#include <QFile>
#include <cstddef>
#include <cstring>
#include <et/com_err.h>
#include <ext2fs/ext2_err.h>
#include <mutex>
#include <sys/stat.h>

namespace strongroom {

namespace {

void loadErrorTexts()
{
    static std::once_flag once;
    std::call_once(once, [] { initialize_ext2_error_table(); });
}

// ext4 keeps nanoseconds and two more bits of seconds in i_Xtime_extra when the inode is large.
void splitTime(quint32 seconds, quint32 extra, bool hasExtra, qint64 &outSeconds, quint32 &outNs)
{
    outSeconds = qint64(qint32(seconds));
    outNs = 0;
    if (!hasExtra)
        return;
    outSeconds += qint64(extra & 3) << 32;
    outNs = extra >> 2;
}

bool startsWith(const QByteArray &bytes, qint64 at, const char *magic)
{
    const qint64 n = qint64(std::strlen(magic));
    return bytes.size() >= at + n && std::memcmp(bytes.constData() + at, magic, std::size_t(n)) == 0;
}

} // namespace

bool ExtInode::isDirectory() const
{
    return S_ISDIR(mode);
}

bool ExtInode::isRegular() const
{
    return S_ISREG(mode);
}

bool ExtInode::isSymlink() const
{
    return S_ISLNK(mode);
}

QString ExtInode::typeName() const
{
    switch (mode & S_IFMT) {
    case S_IFREG:
        return QStringLiteral("file");
    case S_IFDIR:
        return QStringLiteral("directory");
    case S_IFLNK:
        return QStringLiteral("symlink");
    case S_IFIFO:
        return QStringLiteral("fifo");
    case S_IFSOCK:
        return QStringLiteral("socket");
    case S_IFCHR:
        return QStringLiteral("char-device");
    case S_IFBLK:
        return QStringLiteral("block-device");
    default:
        return QStringLiteral("unknown");
    }
}

QString fileSystemTypeFromMagic(DecryptedImage &image)
{
    const qint64 length = std::min<qint64>(image.size(), 128 * 1024);
    QByteArray start(length, '\0');
    if (!image.read(0, length, start.data()))
        return {};
    if (start.size() > 0x439 && quint8(start[0x438]) == 0x53 && quint8(start[0x439]) == 0xEF)
        return QStringLiteral("ext4");
    if (startsWith(start, 0, "XFSB"))
        return QStringLiteral("xfs");
    if (startsWith(start, 0x10040, "_BHRfS_M"))
        return QStringLiteral("btrfs");
    if (startsWith(start, 0, "LUKS\xba\xbe"))
        return QCoreApplication::translate("ExtFileSystem", "LUKS (a volume inside the volume)");
    if (startsWith(start, 3, "NTFS    "))
        return QStringLiteral("ntfs");
    if (startsWith(start, 3, "EXFAT   "))
        return QStringLiteral("exfat");
    if (startsWith(start, 82, "FAT32   ") || startsWith(start, 54, "FAT12   ") ||
        startsWith(start, 54, "FAT16   "))
        return QStringLiteral("vfat");
    if (startsWith(start, 0, "hsqs"))
        return QStringLiteral("squashfs");
    if (startsWith(start, 0x8001, "CD001"))
        return QStringLiteral("iso9660");
    if (startsWith(start, 4086, "SWAPSPACE2"))
        return QStringLiteral("swap");
    if (startsWith(start, 0x10034, "ReIsEr"))
        return QStringLiteral("reiserfs");
    if (startsWith(start, 0, "\x10\x20\xf5\xf2"))
        return QStringLiteral("f2fs");
    if (start.count('\0') == start.size())
        return QStringLiteral("empty");
    return {};
}

ExtFileSystem::~ExtFileSystem()
{
    if (m_fs)
        ext2fs_close_free(&m_fs);
}

Result<std::unique_ptr<ExtFileSystem>> ExtFileSystem::open(std::unique_ptr<DecryptedImage> image,
                                                           bool ignoreChecksums)
{
    loadErrorTexts();
    const QString type = fileSystemTypeFromMagic(*image);
    if (type == QLatin1String("empty"))
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate(
                         "ExtFileSystem", "%1: the volume holds no file system (its first bytes are zeros).")
                         .arg(image->image()));
    if (type.isEmpty())
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate(
                "ExtFileSystem",
                "%1: the volume holds no file system Strongroom recognises; it reads ext2, ext3 and ext4.")
                .arg(image->image()));
    if (type != QLatin1String("ext4"))
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate(
                         "ExtFileSystem",
                         "%1: the volume holds a %2 file system; Strongroom reads ext2, ext3 and ext4 only. "
                         "Open it with cryptsetup open and mount it instead.")
                         .arg(image->image(), type));
    std::unique_ptr<ExtFileSystem> fs(new ExtFileSystem);
    fs->m_image = std::move(image);
    int flags = EXT2_FLAG_64BITS | EXT2_FLAG_SKIP_MMP;
    if (ignoreChecksums)
        flags |= EXT2_FLAG_IGNORE_CSUM_ERRORS;
    const QByteArray name = QFile::encodeName(fs->m_image->image());
    errcode_t rc = 0;
    {
        ext2io::OpeningImage handoff(*fs->m_image);
        rc = ext2fs_open2(name.constData(), nullptr, flags, 0, 0, ext2io::manager(), &fs->m_fs);
    }
    if (rc) {
        fs->m_fs = nullptr;
        return fs->error(rc, QCoreApplication::translate("ExtFileSystem", "opening the ext file system"));
    }
    return fs;
}

qint64 ExtFileSystem::blockSize() const
{
    return m_fs->blocksize;
}

Error ExtFileSystem::error(errcode_t rc, const QString &what, ExitCode code) const
{
    loadErrorTexts();
    return Error(code, QCoreApplication::translate("ExtFileSystem", "%1: %2: %3")
                           .arg(m_image->image(), what, QString::fromLocal8Bit(error_message(rc))));
}

Result<quint32> ExtFileSystem::lookup(const QByteArray &path) const
{
    ext2_ino_t ino = 0;
    const QByteArray name = path.isEmpty() ? QByteArrayLiteral("/") : path;
    const errcode_t rc = ext2fs_namei(m_fs, EXT2_ROOT_INO, EXT2_ROOT_INO, name.constData(), &ino);
    if (rc == EXT2_ET_FILE_NOT_FOUND || rc == EXT2_ET_NO_DIRECTORY)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("ExtFileSystem", "%1: there is no %2 in the volume.")
                         .arg(m_image->image(), QFile::decodeName(name)),
                     QStringLiteral("not-found"));
    if (rc)
        return error(
            rc, QCoreApplication::translate("ExtFileSystem", "looking up %1").arg(QFile::decodeName(name)));
    return quint32(ino);
}

Result<ExtInode> ExtFileSystem::stat(quint32 ino) const
{
    ext2_inode_large inode{};
    const errcode_t rc =
        ext2fs_read_inode_full(m_fs, ino, reinterpret_cast<ext2_inode *>(&inode), sizeof inode);
    if (rc)
        return error(rc, QCoreApplication::translate("ExtFileSystem", "reading inode %1").arg(ino));
    ExtInode out;
    out.ino = ino;
    out.mode = inode.i_mode;
    out.uid = inode_uid(inode);
    out.gid = inode_gid(inode);
    out.links = inode.i_links_count;
    out.size = qint64(EXT2_I_SIZE(&inode));
    out.allocatedBytes = qint64(ext2fs_get_stat_i_blocks(m_fs, reinterpret_cast<ext2_inode *>(&inode))) * 512;
    const bool large = EXT2_INODE_SIZE(m_fs->super) > EXT2_GOOD_OLD_INODE_SIZE;
    auto has = [&](std::size_t fieldEnd) {
        return large && EXT2_GOOD_OLD_INODE_SIZE + std::size_t(inode.i_extra_isize) >= fieldEnd;
    };
    splitTime(inode.i_atime, inode.i_atime_extra, has(offsetof(ext2_inode_large, i_atime_extra) + 4),
              out.atime, out.atimeNs);
    splitTime(inode.i_mtime, inode.i_mtime_extra, has(offsetof(ext2_inode_large, i_mtime_extra) + 4),
              out.mtime, out.mtimeNs);
    splitTime(inode.i_ctime, inode.i_ctime_extra, has(offsetof(ext2_inode_large, i_ctime_extra) + 4),
              out.ctime, out.ctimeNs);
    return out;
}

Result<QList<ExtDirEntry>> ExtFileSystem::list(quint32 directory) const
{
    QList<ExtDirEntry> entries;
    auto collect = [](ext2_ino_t, int entry, ext2_dir_entry *dirent, int, int, char *, void *data) -> int {
        if (entry == DIRENT_DOT_FILE || entry == DIRENT_DOT_DOT_FILE)
            return 0;
        auto *out = static_cast<QList<ExtDirEntry> *>(data);
        out->append({QByteArray(dirent->name, ext2fs_dirent_name_len(dirent)), dirent->inode});
        return 0;
    };
    const errcode_t rc = ext2fs_dir_iterate2(m_fs, directory, 0, nullptr, collect, &entries);
    if (rc == EXT2_ET_NO_DIRECTORY)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("ExtFileSystem", "%1: inode %2 is not a directory.")
                         .arg(m_image->image())
                         .arg(directory));
    if (rc)
        return error(
            rc, QCoreApplication::translate("ExtFileSystem", "reading directory inode %1").arg(directory));
    return entries;
}

Result<QByteArray> ExtFileSystem::readLink(quint32 ino) const
{
    ext2_inode inode{};
    if (const errcode_t rc = ext2fs_read_inode(m_fs, ino, &inode))
        return error(rc, QCoreApplication::translate("ExtFileSystem", "reading inode %1").arg(ino));
    if (!LINUX_S_ISLNK(inode.i_mode))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("ExtFileSystem", "%1: inode %2 is not a symbolic link.")
                         .arg(m_image->image())
                         .arg(ino));
    const qint64 size = qint64(EXT2_I_SIZE(&inode));
    if (size <= 0 || size > 65536)
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("ExtFileSystem",
                                                 "%1: symbolic link inode %2 has an impossible length %3.")
                         .arg(m_image->image())
                         .arg(ino)
                         .arg(size));
    // A fast symlink keeps its target in the block pointers themselves.
    if (ext2fs_is_fast_symlink(&inode))
        return QByteArray(reinterpret_cast<const char *>(inode.i_block),
                          int(std::min<qint64>(size, sizeof inode.i_block)));
    QByteArray target;
    const Status read = this->read(ino, [&](const char *data, qint64 n) {
        target.append(data, n);
        return true;
    });
    if (!read)
        return read.error();
    target.truncate(int(size));
    return target;
}

Result<QList<std::pair<QByteArray, QByteArray>>> ExtFileSystem::xattrs(quint32 ino) const
{
    ext2_xattr_handle *handle = nullptr;
    if (const errcode_t rc = ext2fs_xattrs_open(m_fs, ino, &handle))
        return error(
            rc, QCoreApplication::translate("ExtFileSystem", "reading the extended attributes of inode %1")
                    .arg(ino));
    QList<std::pair<QByteArray, QByteArray>> out;
    errcode_t rc = ext2fs_xattrs_read(handle);
    if (!rc) {
        auto collect = [](char *name, char *value, size_t length, void *data) -> int {
            static_cast<QList<std::pair<QByteArray, QByteArray>> *>(data)->append(
                {QByteArray(name), QByteArray(value, qsizetype(length))});
            return 0;
        };
        rc = ext2fs_xattrs_iterate(handle, collect, &out);
    }
    // The iteration hands out what the disk holds; POSIX ACLs are kept there in ext4's own short form,
    // and only ext2fs_xattr_get turns them into the xattr form the kernel and setxattr speak.
    for (auto &[name, value] : out) {
        if (rc || (name != "system.posix_acl_access" && name != "system.posix_acl_default"))
            continue;
        void *converted = nullptr;
        size_t length = 0;
        rc = ext2fs_xattr_get(handle, name.constData(), &converted, &length);
        if (!rc)
            value = QByteArray(static_cast<const char *>(converted), qsizetype(length));
        ext2fs_free_mem(&converted);
    }
    ext2fs_xattrs_close(&handle);
    if (rc)
        return error(
            rc, QCoreApplication::translate("ExtFileSystem", "reading the extended attributes of inode %1")
                    .arg(ino));
    return out;
}

Status ExtFileSystem::read(quint32 ino, const std::function<bool(const char *, qint64)> &sink) const
{
    ext2_file_t file = nullptr;
    if (const errcode_t rc = ext2fs_file_open(m_fs, ino, 0, &file))
        return error(rc, QCoreApplication::translate("ExtFileSystem", "opening inode %1").arg(ino));
    constexpr unsigned int kPiece = 1024 * 1024;
    QByteArray buffer(kPiece, Qt::Uninitialized);
    Status result;
    for (;;) {
        unsigned int got = 0;
        if (const errcode_t rc = ext2fs_file_read(file, buffer.data(), kPiece, &got)) {
            result = error(rc, QCoreApplication::translate("ExtFileSystem", "reading inode %1").arg(ino));
            break;
        }
        if (got == 0)
            break;
        if (!sink(buffer.constData(), got)) {
            result = Cancelled{QCoreApplication::translate("ExtFileSystem", "Cancelled.")};
            break;
        }
    }
    ext2fs_file_close(file);
    buffer.fill('\0');
    return result;
}

} // namespace strongroom

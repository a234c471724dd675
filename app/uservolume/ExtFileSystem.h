#pragma once

#include "core/Result.h"
#include "uservolume/DecryptedImage.h"

#include <QByteArray>
#include <QList>
#include <ext2fs/ext2fs.h>
#include <functional>
#include <memory>
#include <utility>

namespace strongroom {

// One inode's metadata, as stat(2) would give it.
struct ExtInode
{
    quint32 ino = 0;
    quint32 mode = 0; // type and permission bits (S_IFREG | 0644, ...)
    quint32 uid = 0;
    quint32 gid = 0;
    quint32 links = 0;
    qint64 size = 0;
    qint64 allocatedBytes = 0;
    qint64 atime = 0, mtime = 0, ctime = 0;
    quint32 atimeNs = 0, mtimeNs = 0, ctimeNs = 0;

    bool isDirectory() const;
    bool isRegular() const;
    bool isSymlink() const;
    // "file", "directory", "symlink", "fifo", "socket", "char-device", "block-device"
    QString typeName() const;
};

struct ExtDirEntry
{
    QByteArray name; // bytes as stored: ext4 names need not be UTF-8
    quint32 ino = 0;
};

// An ext2/3/4 file system read through libext2fs from a DecryptedImage, read-only (no journal
// replay, every write refused by the I/O manager). Names and paths are bytes, as the file system
// stores them. Not thread-safe: each job opens its own.
class ExtFileSystem
{
public:
    ~ExtFileSystem();
    ExtFileSystem(const ExtFileSystem &) = delete;
    ExtFileSystem &operator=(const ExtFileSystem &) = delete;

    // Exit 6 naming the file system when the volume holds another kind (from its magic), exit 4
    // when an ext superblock is there but libext2fs refuses it. `ignoreChecksums` opens a damaged
    // file system anyway, for the checker.
    static Result<std::unique_ptr<ExtFileSystem>> open(std::unique_ptr<DecryptedImage> image,
                                                       bool ignoreChecksums = false);

    ext2_filsys handle() const { return m_fs; }
    DecryptedImage &image() const { return *m_image; }
    qint64 blockSize() const;

    // The inode at `path` ("/", "/etc/fstab", "etc/fstab"); symlinks on the way are followed, the
    // last component is not. Exit 1 (not-found) when there is no such entry.
    Result<quint32> lookup(const QByteArray &path) const;
    Result<ExtInode> stat(quint32 ino) const;
    // The entries of a directory without "." and "..", in the order stored.
    Result<QList<ExtDirEntry>> list(quint32 directory) const;
    Result<QByteArray> readLink(quint32 ino) const;
    Result<QList<std::pair<QByteArray, QByteArray>>> xattrs(quint32 ino) const;
    // The file's bytes in order, holes as zeros, in pieces of up to 1 MiB; `sink` returns false to stop
    // (the read then ends Cancelled).
    Status read(quint32 ino, const std::function<bool(const char *data, qint64 size)> &sink) const;

    // libext2fs's words for an error code, prefixed with what we tried.
    Error error(errcode_t rc, const QString &what, ExitCode code = ExitCode::Integrity) const;

private:
    ExtFileSystem() = default;
    std::unique_ptr<DecryptedImage> m_image;
    ext2_filsys m_fs = nullptr;
};

// The kind of file system at the start of a volume, from its magic number ("ext4", "xfs", "btrfs",
// "vfat", ...); "empty" when the first 64 KiB are zeros, "" when nothing known is there.
QString fileSystemTypeFromMagic(DecryptedImage &image);

} // namespace strongroom

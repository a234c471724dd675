#include "migration/PlainImageBuilder.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <ext2fs/ext2fs.h>
#include <fcntl.h>
#include <mutex>
#include <unistd.h>

namespace strongroom::migration {

namespace {

QString findMke2fs()
{
    for (const QString &dir : {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
        if (QFileInfo::exists(dir + QStringLiteral("/mke2fs")))
            return dir + QStringLiteral("/mke2fs");
    return QStandardPaths::findExecutable(QStringLiteral("mke2fs"));
}

Status allocate(const QString &path, qint64 size)
{
    const int fd = safefile::openPrivateFile(path);
    if (fd < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PlainImageBuilder", "%1: cannot create: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    // Sparse: the preflight checked the free space, and preallocating would zero every page on
    // tmpfs, which cannot be cancelled; the encryption writes every block soon anyway.
    const int rc = ::ftruncate(fd, size) == 0 ? 0 : errno;
    ::close(fd);
    if (rc != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PlainImageBuilder", "%1: cannot allocate %2 bytes: %3")
                         .arg(path)
                         .arg(size)
                         .arg(QString::fromLocal8Bit(std::strerror(rc))));
    return Status::success();
}

// ext4 keeps nanoseconds and two more bits of the seconds in the large inode's *_extra fields.
quint32 extraTime(qint64 seconds, long ns)
{
    return quint32(((seconds - qint64(qint32(seconds))) >> 32) & 3) | quint32(ns) << 2;
}

Status putBackTimes(const QString &image, const SourceScan &scan, const WorkProgress &progress)
{
    // libext2fs's words for its error codes (else error_message() says "Unknown code ext2 ...").
    static std::once_flag errorTexts;
    std::call_once(errorTexts, [] { initialize_ext2_error_table(); });
    ext2_filsys fs = nullptr;
    const QByteArray name = QFile::encodeName(image);
    if (const errcode_t rc =
            ext2fs_open(name.constData(), EXT2_FLAG_RW | EXT2_FLAG_64BITS, 0, 0, unix_io_manager, &fs))
        return Error(ExitCode::Failure, QCoreApplication::translate(
                                            "PlainImageBuilder", "Cannot open the new file system in %1: %2")
                                            .arg(image, QString::fromLocal8Bit(error_message(rc))));
    const int inodeSize = EXT2_INODE_SIZE(fs->super);
    errcode_t rc = 0;
    QByteArray failedPath;
    for (const SourceEntry &entry : scan.entries) {
        if (progress.cancelled()) {
            ext2fs_close_free(&fs);
            return Cancelled{};
        }
        ext2_ino_t ino = EXT2_ROOT_INO;
        if (!entry.path.isEmpty() &&
            (rc = ext2fs_namei(fs, EXT2_ROOT_INO, EXT2_ROOT_INO, entry.path.constData(), &ino))) {
            failedPath = entry.path;
            break;
        }
        ext2_inode_large inode{};
        if ((rc = ext2fs_read_inode_full(fs, ino, reinterpret_cast<ext2_inode *>(&inode), sizeof inode))) {
            failedPath = entry.path;
            break;
        }
        inode.i_atime = quint32(entry.st.st_atim.tv_sec);
        inode.i_mtime = quint32(entry.st.st_mtim.tv_sec);
        const bool hasExtra =
            inodeSize > EXT2_GOOD_OLD_INODE_SIZE && EXT2_GOOD_OLD_INODE_SIZE + inode.i_extra_isize >=
                                                        int(offsetof(ext2_inode_large, i_atime_extra) + 4);
        if (hasExtra) {
            inode.i_atime_extra = extraTime(entry.st.st_atim.tv_sec, entry.st.st_atim.tv_nsec);
            inode.i_mtime_extra = extraTime(entry.st.st_mtim.tv_sec, entry.st.st_mtim.tv_nsec);
        }
        if ((rc = ext2fs_write_inode_full(fs, ino, reinterpret_cast<ext2_inode *>(&inode), sizeof inode))) {
            failedPath = entry.path;
            break;
        }
    }
    const errcode_t closed = ext2fs_close_free(&fs);
    if (rc || closed)
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("PlainImageBuilder",
                                        "Cannot set the times of \"%1\" in the new file system: %2")
                .arg(QFile::decodeName(failedPath), QString::fromLocal8Bit(error_message(rc ? rc : closed))));
    return Status::success();
}

} // namespace

Status runMke2fs(const QStringList &args, const QString &target, const WorkProgress &progress)
{
    const QString mke2fs = findMke2fs();
    if (mke2fs.isEmpty())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("PlainImageBuilder",
                                                 "mke2fs is not installed: apt install e2fsprogs."));
    QProcess process;
    process.start(mke2fs, args);
    if (!process.waitForStarted())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("PlainImageBuilder", "Cannot run %1: %2")
                         .arg(mke2fs, process.errorString()));
    while (!process.waitForFinished(50)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (progress.cancelled()) {
            process.kill();
            process.waitForFinished(-1);
            return Cancelled{};
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PlainImageBuilder", "mke2fs -d failed on %1: %2")
                         .arg(target, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return Status::success();
}

Status buildPlainImage(const PlainImageRequest &request, const SourceScan &scan, const WorkProgress &progress)
{
    if (auto s = allocate(request.image, request.imageBytes); !s)
        return s;
    const struct stat &top = scan.entries.first().st;
    QStringList args{
        QStringLiteral("-q"),
        QStringLiteral("-F"),
        QStringLiteral("-t"),
        QStringLiteral("ext4"),
        QStringLiteral("-T"),
        QStringLiteral("default"), // 4 KiB blocks and 256-byte inodes (nanosecond times) at any size
        QStringLiteral("-m"),
        QStringLiteral("0"), // the headroom is for the folder's owner, not reserved for root
        QStringLiteral("-N"),
        QString::number(request.inodes),
        QStringLiteral("-E"),
        QStringLiteral("root_owner=%1:%2,root_perms=%3")
            .arg(top.st_uid)
            .arg(top.st_gid)
            .arg(top.st_mode & 07777, 0, 8),
        QStringLiteral("-d"),
        request.folder};
    if (!request.label.isEmpty())
        args << QStringLiteral("-L") << request.label.left(16);
    args << request.image << QStringLiteral("%1k").arg(request.fsBytes / 1024);
    if (auto s = runMke2fs(args, request.image, progress); !s)
        return s;
    return putBackTimes(request.image, scan, progress);
}

} // namespace strongroom::migration

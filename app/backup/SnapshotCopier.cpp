#include "backup/SnapshotCopier.h"

#include "core/FileCopy.h"
#include "core/SafeFile.h"
#include "sqlcipher/JournalMode.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom {

namespace {

constexpr qint64 kChunk = 64 << 20; // progress and cancel between chunks

qint64 sizeOf(int fd)
{
    struct stat st{};
    return fd >= 0 && ::fstat(fd, &st) == 0 ? qint64(st.st_size) : 0;
}

// Appends `size` bytes of `from` (from offset 0) to `to`. A source that ends early shrank under
// a checkpoint: the rest is not part of the state.
Status copyBytes(int from, qint64 size, int to, const WorkProgress &progress, qint64 &done,
                 const QString &what, const QString &target)
{
    for (qint64 copied = 0; copied < size;) {
        const qint64 want = std::min(kChunk, size - copied);
        const qint64 n = filecopy::copyRange(from, copied, to, -1, want);
        if (n < 0)
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("SnapshotCopier", "%1: error while copying to %2: %3")
                             .arg(what, target, QString::fromLocal8Bit(std::strerror(errno))));
        copied += n;
        done += n;
        if (n < want)
            break;
        if (!progress.keepGoing(done))
            return Cancelled{};
    }
    return Status::success();
}

} // namespace

Status copyFileContents(int from, const QString &target, const WorkProgress &progress, qint64 &done,
                        const QString &what)
{
    const int to = safefile::openPrivateFile(target);
    if (to < 0)
        return Error(ExitCode::Failure, QCoreApplication::translate("SnapshotCopier", "%1: cannot create: %2")
                                            .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    Status s = copyBytes(from, sizeOf(from), to, progress, done, what, target);
    if (::close(to) != 0 && s)
        s = Error(ExitCode::Failure, QCoreApplication::translate("SnapshotCopier", "%1: write error: %2")
                                         .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    return s;
}

SourceDescriptors::~SourceDescriptors()
{
    closeAll();
}

int SourceDescriptors::open(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0)
        m_fds.append(fd);
    return fd;
}

void SourceDescriptors::closeAll()
{
    for (int fd : std::as_const(m_fds))
        ::close(fd);
    m_fds.clear();
}

SnapshotRead::SnapshotRead(Database &source, SourceDescriptors &descriptors)
    : m_fd(descriptors.open(source.path()))
{
    if (m_fd < 0) {
        m_status =
            Error(ExitCode::Failure, QCoreApplication::translate("SnapshotCopier", "%1: cannot read: %2")
                                         .arg(source.path(), QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    m_snapshot.emplace(source);
    m_status = m_snapshot->status();
}

SnapshotRead::~SnapshotRead() = default;

Result<SnapshotCopy> copySnapshot(Database &source, const QString &target, SourceDescriptors &descriptors,
                                  const WorkProgress &progress, int copyPhase)
{
    SnapshotCopy copy;
    copy.wal = journalMode(source) == QLatin1String("wal");
    // Opened before the read transaction and closed by the caller after the connection (see
    // SourceDescriptors), so no lock SQLite takes is dropped meanwhile.
    const int wal = copy.wal ? descriptors.open(source.path() + QStringLiteral("-wal")) : -1;
    const SnapshotRead read(source, descriptors);
    if (!read.status())
        return read.status().error();
    const int main = read.databaseFd();

    progress.startPhase(copyPhase, sizeOf(main) + sizeOf(wal));
    qint64 done = 0;
    if (Status s = copyFileContents(main, target, progress, done, source.path()); !s)
        return s.error();
    if (copy.wal) {
        // Taken after the main file: it holds every frame a concurrent checkpoint could have
        // written into the part already copied. No -wal (yet) is an empty one.
        if (wal >= 0) {
            if (Status s = copyFileContents(wal, target + QStringLiteral("-wal"), progress, done,
                                            source.path() + QStringLiteral("-wal"));
                !s)
                return s.error();
        }
    }
    copy.bytes = done;
    return copy;
}

} // namespace strongroom

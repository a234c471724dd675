#include "backup/FileScan.h"

#include "backup/FileStamp.h"
#include "core/CrashPoint.h"
#include "core/FileCopy.h"
#include "core/HelperTask.h"
#include "core/MappedRead.h"
#include "core/SafeFile.h"
#include "core/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace strongroom {

namespace {

constexpr qint64 kHashStep = 8 << 20;
constexpr int kFailuresKept = 100;

// Shared by the threads of one scan.
struct ScanState
{
    const uchar *data = nullptr;
    qint64 size = 0;
    std::atomic<qint64> nextSlice = 0;
    std::atomic<qint64> hashed = 0;
    std::atomic<qint64> authenticated = 0;
    std::atomic<bool> stop = false;
    std::atomic<bool> truncated = false; // a read of the map met a page the file no longer has

    // Runs one read of the map; a SIGBUS (the file was truncated meanwhile) stops the scan.
    bool guarded(const std::function<void()> &read)
    {
        if (mappedread::guarded(data, size, read))
            return true;
        truncated = true;
        stop = true;
        return false;
    }
};

QByteArray sha256OfMapped(ScanState &state)
{
    Sha256Stream hash;
    for (qint64 at = 0; at < state.size && !state.stop.load(); at += kHashStep) {
        const qint64 n = std::min(kHashStep, state.size - at);
        if (!state.guarded([&] { hash.update(QByteArrayView(state.data + at, n)); }))
            return {};
        state.hashed = at + n;
    }
    return hash.finalBytes();
}

// Writes a block of the mapped source to the same place in the copy. With `direct` the copy is open
// with O_DIRECT: the bytes go from the source's cached pages to the disk, with no copy in the kernel
// and no second gigabyte of cache to allocate; map and offsets are page-aligned, and the last block is
// rounded up to whole pages (the map reads zeros past the end of the file; the copy is cut back to
// size afterwards). Otherwise filecopy::copyRange copies inside the kernel (as cp does, and several
// times faster here than writing from user memory), or through a buffer where the file systems cannot.
// False with errno set; EINVAL with `direct` where the file system refuses such writes.
bool copyBlock(int from, int to, const uchar *mapped, qint64 size, qint64 offset, bool direct)
{
    static const qint64 page = ::sysconf(_SC_PAGESIZE);
    const qint64 length = direct ? (size + page - 1) / page * page : size;
    if (!direct) {
        const qint64 n = filecopy::copyRange(from, offset, to, offset, length);
        if (n >= 0 && n < length)
            errno = ENODATA; // the source ended early: it was truncated
        return n == length;
    }
    for (qint64 done = 0; done < length;) {
        const ssize_t n = ::pwrite(to, mapped + done, size_t(length - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            errno = ENODATA; // the source ended early: it was truncated
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Copies the file block by block, around the page cache where the file system allows it, else
// inside the kernel.
void copyAll(ScanState &state, int sourceFd, int copyFd, std::atomic<int> &copyErrno,
             std::atomic<qint64> &written)
{
    const int flags = ::fcntl(copyFd, F_GETFL);
    bool direct = flags >= 0 && ::fcntl(copyFd, F_SETFL, flags | O_DIRECT) == 0;
    for (qint64 at = 0; at < state.size && !state.stop.load(); at += kHashStep) {
        const qint64 n = std::min(kHashStep, state.size - at);
        bool copied = copyBlock(sourceFd, copyFd, state.data + at, n, at, direct);
        if (!copied && direct && errno == EINVAL) {
            direct = false;
            ::fcntl(copyFd, F_SETFL, flags);
            copied = copyBlock(sourceFd, copyFd, state.data + at, n, at, direct);
        }
        if (!copied) {
            copyErrno = errno;
            state.stop = true;
            return;
        }
        written = at + n;
    }
    if (::ftruncate(copyFd, state.size) != 0) {
        copyErrno = errno;
        state.stop = true;
    }
}

} // namespace

Result<FileScan> FileScan::run(const QString &path,
                               const std::function<Result<std::optional<PageAuthenticator>>()> &authenticator,
                               const WorkProgress &progress, const QString &copyTo, int openFd)
{
    QFile file(path);
    if (!(openFd >= 0 ? file.open(openFd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)
                      : file.open(QIODevice::ReadOnly)))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("FileScan", "%1: cannot read: %2").arg(path, file.errorString()));
    // Taken with the size the map gets: any change from here on shows.
    const FileStamp before = FileStamp::of(file.handle());
    ScanState state;
    state.size = file.size();
    if (state.size > 0) {
        state.data = file.map(0, state.size);
        if (!state.data)
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate("FileScan", "%1: cannot map: %2").arg(path, file.errorString()));
        madvise(const_cast<uchar *>(state.data), size_t(state.size), MADV_WILLNEED);
    }
    // Before the map goes (here or when `file` closes): the zero pages of a truncation with it.
    const auto forgetMap = qScopeGuard([&state] {
        if (state.data)
            mappedread::forget(state.data, state.size);
    });
    pausePointForTests("file-scan-mapped");

    int copyFd = -1;
    if (!copyTo.isEmpty()) {
        copyFd = safefile::openPrivateFile(copyTo);
        if (copyFd < 0)
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("FileScan", "%1: cannot create the copy: %2")
                             .arg(copyTo, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const auto closeCopy = qScopeGuard([copyFd] {
        if (copyFd >= 0)
            ::close(copyFd);
    });
    std::atomic<int> copyErrno = 0;

    // The keys first (a KDF run) on one thread, the hash on another; then every thread on pages.
    HelperTask<Result<std::optional<PageAuthenticator>>> made =
        helper::start([&] { return authenticator ? authenticator() : std::optional<PageAuthenticator>(); });
    // Write-back of the copy runs behind the writing on a thread of its own: starting it can block
    // on the disk's queue, which must not hold up the hashing.
    std::atomic<qint64> written = 0;
    std::atomic<bool> writingDone = false;
    HelperTask<void> flusher;
    if (copyFd >= 0)
        flusher = helper::start([copyFd, &written, &writingDone] {
            qint64 flushed = 0;
            while (true) {
                const bool last = writingDone.load();
                const qint64 upTo = written.load();
                if (upTo > flushed) {
                    ::sync_file_range(copyFd, flushed, upTo - flushed, SYNC_FILE_RANGE_WRITE);
                    flushed = upTo;
                } else if (last) {
                    return;
                } else {
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
            }
        });
    const auto stopFlusher = qScopeGuard([&] {
        writingDone = true;
        if (flusher.valid())
            flusher.wait();
    });
    // The copy is made on a thread of its own beside the hashing, block by block (copyAll).
    // The file must not change meanwhile (checked below), so the copy holds the bytes that were hashed.
    const int sourceFd = file.handle();
    HelperTask<void> copier;
    if (copyFd >= 0)
        copier = helper::start([&state, sourceFd, copyFd, &copyErrno, &written] {
            copyAll(state, sourceFd, copyFd, copyErrno, written);
        });
    // Shared: the page workers wait on it from their own threads. libcrypto's digest directly: QCA
    // copies every block it is given into memory of its own (1 GiB here: 0.77-0.87 s through QCA,
    // 0.64-0.65 s directly, same run).
    const std::shared_future<QByteArray> hash =
        helper::start([&state] { return sha256OfMapped(state); }).share();

    const auto ready = [](const auto &f) {
        return f.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
    };
    std::optional<PageAuthenticator> pages;
    std::vector<HelperTask<QList<qint64>>> workers;
    bool authenticatorTaken = false;
    FileScan scan;
    qint64 pageCount = 0;
    const int threads = std::max(1, QThread::idealThreadCount());
    while (true) {
        if (!authenticatorTaken && ready(made)) {
            authenticatorTaken = true;
            Result<std::optional<PageAuthenticator>> result = made.get();
            if (!result) {
                scan.authenticatorError = result.error();
                // A copy of a file that does not open with the key is of no use: stop writing it.
                if (copyFd >= 0)
                    state.stop = true;
            } else if (result.value()) {
                pages = std::move(result.value());
                pageCount = state.size / pages->pageSize();
                scan.partialPage = state.size % pages->pageSize() != 0;
                // The hashing thread is busy; the others start on pages now and it joins them when done.
                for (int i = 0; i < threads; ++i) {
                    const bool waitForHash = i == 0 && threads > 1;
                    workers.push_back(helper::start([&state, &pages, pageCount, hash, waitForHash] {
                        if (waitForHash)
                            hash.wait();
                        QList<qint64> failing;
                        state.guarded([&] {
                            failing = pages->failingPagesInSlices(state.data, pageCount, state.nextSlice,
                                                                  state.stop, state.authenticated);
                        });
                        return failing;
                    }));
                }
            }
        }
        const bool workersDone = std::all_of(workers.begin(), workers.end(), ready);
        if (authenticatorTaken && ready(hash) && workersDone && (!copier.valid() || ready(copier)))
            break;
        const qint64 read =
            copier.valid() ? std::min(state.hashed.load(), written.load()) : state.hashed.load();
        const qint64 done = pageCount > 0 ? (read + state.authenticated.load()) / 2 : read;
        if (!progress.keepGoing(done))
            state.stop = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    scan.sha256 = hash.get();
    for (auto &worker : workers)
        scan.failingPages += worker.get();
    if (state.data) {
        mappedread::forget(state.data, state.size);
        file.unmap(const_cast<uchar *>(state.data));
        state.data = nullptr;
    }
    if (state.truncated.load())
        return mappedread::truncatedError(path);
    // Before a failed copy: a source that shrank makes the copy fail too, and the cause comes first.
    if (copyFd >= 0 && !(FileStamp::of(sourceFd) == before))
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "FileScan",
                         "%1: the file changed while it was read; nothing was changed. Try again when "
                         "nothing writes to it.")
                         .arg(path),
                     QStringLiteral("changed"));
    if (copyErrno.load() != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("FileScan", "%1: writing the copy failed: %2")
                         .arg(copyTo, QString::fromLocal8Bit(std::strerror(copyErrno.load()))));
    if (scan.authenticatorError && copyFd >= 0)
        return *scan.authenticatorError;
    if (state.stop.load())
        return Cancelled{};
    if (scan.sha256.isEmpty())
        return Error(
            ExitCode::Environment,
            QCoreApplication::translate("FileScan", "%1: libcrypto could not compute a SHA-256.").arg(path));
    std::sort(scan.failingPages.begin(), scan.failingPages.end());
    if (scan.failingPages.size() > kFailuresKept)
        scan.failingPages.resize(kFailuresKept);
    return scan;
}

Status FileScan::pageStatus(const QString &path) const
{
    if (!partialPage && failingPages.isEmpty())
        return Status::success();
    QStringList problems;
    if (partialPage)
        problems.append(QCoreApplication::translate("FileScan", "the file ends in the middle of a page"));
    for (qint64 page : failingPages.mid(0, 3))
        problems.append(
            QCoreApplication::translate("FileScan", "HMAC verification failed for page %1").arg(page));
    return Error(
        ExitCode::Integrity,
        QCoreApplication::translate("FileScan", "%1: the file is damaged (%2%3). Use another backup.")
            .arg(path, problems.join(QStringLiteral("; ")),
                 failingPages.size() > 3
                     ? QCoreApplication::translate("FileScan", "; %1 failing pages in all")
                           .arg(failingPages.size())
                     : QString()),
        QStringLiteral("damaged"));
}

} // namespace strongroom

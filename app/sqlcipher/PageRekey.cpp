#include "sqlcipher/PageRekey.h"

#include "core/SafeFile.h"
#include "sqlcipher/PageReencryptor.h"
#include "sqlcipher/WalFrames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>
#include <vector>

namespace strongroom {

namespace {

// 1 MiB of 4 KiB pages: a slice takes a few milliseconds, so a cancel is seen well within 200 ms.
constexpr qint64 kPagesPerRekeySlice = 256;
constexpr int kDirectAlignment = 4096;

bool readFully(int fd, uchar *into, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, into, size_t(size), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        into += n;
        size -= n;
        offset += n;
    }
    return true;
}

int writeFully(int fd, const uchar *from, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, from, size_t(size), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : ENOSPC;
        from += n;
        size -= n;
        offset += n;
    }
    return 0;
}

// What every worker reads from and writes to; each slice is one read, one re-encryption, one write.
struct Files
{
    int source = -1;
    qint64 sourcePages = 0; // whole pages in the database file
    int wal = -1;
    const WalFrames *walFrames = nullptr;
    int target = -1;
    bool direct = false; // target opened O_DIRECT: writes skip the page cache
    QString sourcePath;
    QString targetPath;
    qint64 lockPage = 0;
};

Status rekeySlice(const Files &files, const PageReencryptor &pages, qint64 first, qint64 last,
                  std::vector<uchar> &in, uchar *out)
{
    const qint64 pageSize = pages.pageSize();
    const qint64 count = last - first + 1;
    const qint64 inFile = std::clamp<qint64>(files.sourcePages - first + 1, 0, count);
    if (inFile > 0 && !readFully(files.source, in.data(), inFile * pageSize, (first - 1) * pageSize))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PageRekey", "%1: cannot read: %2")
                         .arg(files.sourcePath, QString::fromLocal8Bit(std::strerror(errno))));
    std::fill(in.begin() + inFile * pageSize, in.begin() + count * pageSize, uchar(0));
    for (qint64 page = first; page <= last; ++page) {
        const qint64 offset = files.walFrames->pageOffsets.value(page, -1);
        uchar *at = in.data() + (page - first) * pageSize;
        if (offset >= 0) {
            if (!readFully(files.wal, at, pageSize, offset))
                return Error(ExitCode::Failure,
                             QCoreApplication::translate("PageRekey", "%1-wal: cannot read: %2")
                                 .arg(files.sourcePath, QString::fromLocal8Bit(std::strerror(errno))));
        } else if (page > files.sourcePages && page != files.lockPage) {
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate(
                             "PageRekey",
                             "%1: page %2 is missing: the file ends before it and its -wal does not hold it. "
                             "Nothing was changed.")
                             .arg(files.sourcePath)
                             .arg(page),
                         QStringLiteral("damaged-page"));
        }
    }
    if (Status s = pages.reencrypt(in.data(), out, first, last); !s)
        return Error(s.error().code,
                     QCoreApplication::translate("PageRekey", "%1: %2 Nothing was changed.")
                         .arg(files.sourcePath, s.error().message),
                     s.error().kind);
    int err = writeFully(files.target, out, count * pageSize, (first - 1) * pageSize);
    if (err == EINVAL && files.direct) {
        // A device that wants larger blocks than our pages: write through the page cache after all.
        ::fcntl(files.target, F_SETFL, ::fcntl(files.target, F_GETFL) & ~O_DIRECT);
        err = writeFully(files.target, out, count * pageSize, (first - 1) * pageSize);
    }
    if (err) {
        if (err == ENOSPC || err == EDQUOT)
            return Error(
                ExitCode::Failure,
                QCoreApplication::translate(
                    "PageRekey",
                    "%1: the disk filled up while writing the new file. The partial copy was "
                    "removed and the original is unchanged; free space in that folder and try again.")
                    .arg(QFileInfo(files.targetPath).absolutePath()),
                QStringLiteral("disk-full"));
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PageRekey", "%1: cannot write: %2")
                         .arg(files.targetPath, QString::fromLocal8Bit(std::strerror(err))));
    }
    // Start writing the slice back to disk now, so the fsync that follows the copy finds little
    // left to do; errors show up in that fsync.
    ::sync_file_range(files.target, off_t((first - 1) * pageSize), off_t(count * pageSize),
                      SYNC_FILE_RANGE_WRITE);
    return Status::success();
}

// Both page keys. Each passphrase KDF run takes about a quarter of a second at SQLCipher 4's cost,
// so the old one runs on a second thread while this one derives the new.
Result<std::pair<PageKeys, PageKeys>> deriveBoth(const PageRekeyRequest &r)
{
    const Result<QByteArray> fileSalt = PageKeys::readSalt(r.sourcePath);
    if (!fileSalt)
        return fileSalt.error();
    std::optional<Result<PageKeys>> oldKeys;
    std::optional<Result<PageKeys>> newKeys;
    const auto deriveOld = [&] {
        oldKeys.emplace(PageKeys::derive(*r.sourceKey, fileSalt.value(), r.sourceSettings));
    };
    if (r.sourceKey->kind() == KeyKind::Raw) {
        // A raw key may bring the salt the file was made with; the new keys are derived with it. The new
        // file keeps that salt, unless the new key is raw with a salt of its own.
        deriveOld();
        if (!*oldKeys)
            return oldKeys->error();
        newKeys.emplace(PageKeys::derive(*r.targetKey, oldKeys->value().salt, r.targetSettings));
    } else {
        std::thread oldSide(deriveOld);
        newKeys.emplace(PageKeys::derive(*r.targetKey, fileSalt.value(), r.targetSettings));
        oldSide.join();
    }
    if (!*oldKeys)
        return oldKeys->error();
    if (!*newKeys)
        return newKeys->error();
    return std::pair(oldKeys->value(), newKeys->value());
}

} // namespace

Result<qint64> rekeyPages(const PageRekeyRequest &request, const WorkProgress &progress)
{
    Q_ASSERT(request.sourceKey && request.targetKey);
    auto keys = deriveBoth(request);
    if (!keys)
        return keys.error();
    const PageReencryptor pages(keys->first, keys->second, request.targetSettings);
    const int pageSize = pages.pageSize();

    QFile source(request.sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, QCoreApplication::translate("PageRekey", "%1: cannot read: %2")
                                            .arg(request.sourcePath, source.errorString()));
    const QString walPath = request.sourcePath + QStringLiteral("-wal");
    const Result<WalFrames> walFrames = WalFrames::read(walPath, pageSize);
    if (!walFrames)
        return walFrames.error();
    QFile wal(walPath);
    if (!walFrames->pageOffsets.isEmpty() && !wal.open(QIODevice::ReadOnly))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("PageRekey", "%1: cannot read: %2").arg(walPath, wal.errorString()));
    // Created private (SafeFile: 0600, O_EXCL, no symlink followed): the new file holds the same data
    // as the original, and takes the original's mode only when it is swapped in.
    QFile target(request.targetPath);
    const int targetFd = safefile::openPrivateFile(request.targetPath);
    if (targetFd < 0 || !target.open(targetFd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        const QString why =
            targetFd < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : target.errorString();
        if (targetFd >= 0)
            ::close(targetFd);
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("PageRekey", "%1: cannot create the new file: %2")
                         .arg(request.targetPath, why));
    }

    Files files;
    files.source = source.handle();
    files.sourcePages = source.size() / pageSize;
    files.wal = wal.isOpen() ? wal.handle() : -1;
    files.walFrames = &walFrames.value();
    files.target = target.handle();
    // Written once and not read again but for a few pages, the new file bypasses the page cache:
    // copying 1 GB into it cost more than a third of the CPU time here, and the fsync after the copy
    // then has little to flush. Only for pages that are whole 4 KiB blocks (O_DIRECT's alignment); a
    // file system without O_DIRECT (tmpfs) keeps the cache.
    if (pageSize % kDirectAlignment == 0) {
        const int flags = ::fcntl(files.target, F_GETFL);
        files.direct = flags >= 0 && ::fcntl(files.target, F_SETFL, flags | O_DIRECT) == 0;
    }
    files.sourcePath = request.sourcePath;
    files.targetPath = request.targetPath;
    files.lockPage = PageLayout(request.sourceSettings).lockPage();

    // The slice loop of PageAuthenticator::failingPagesInSlices: every worker takes the next slice
    // until none is left or one of them fails or the user cancels.
    const qint64 pageCount = request.pageCount;
    std::atomic<qint64> next = 0;
    std::atomic<qint64> done = 0;
    std::atomic<bool> stop = false;
    std::atomic<int> running = 0;
    std::mutex errorMutex;
    std::optional<Error> firstError;
    qint64 firstErrorPage = 0;
    const auto work = [&] {
        std::vector<uchar> in(size_t(kPagesPerRekeySlice * pageSize));
        const std::unique_ptr<uchar, decltype(&std::free)> out(
            static_cast<uchar *>(std::aligned_alloc(kDirectAlignment, in.size())), &std::free);
        if (!out) {
            const std::lock_guard lock(errorMutex);
            firstError = Error(ExitCode::Failure, QCoreApplication::translate("PageRekey", "Out of memory."));
            firstErrorPage = 0;
            stop = true;
            --running;
            return;
        }
        while (!stop.load()) {
            const qint64 first = next.fetch_add(kPagesPerRekeySlice) + 1;
            if (first > pageCount)
                break;
            const qint64 last = std::min(pageCount, first + kPagesPerRekeySlice - 1);
            if (Status s = rekeySlice(files, pages, first, last, in, out.get()); !s) {
                const std::lock_guard lock(errorMutex);
                // The lowest failing slice wins, so the page named does not depend on the timing.
                if (!firstError || first < firstErrorPage) {
                    firstError = s.error();
                    firstErrorPage = first;
                }
                stop = true;
                break;
            }
            done += last - first + 1;
        }
        --running;
    };
    const int threads = std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> workers;
    running = threads;
    for (int i = 0; i < threads; ++i)
        workers.emplace_back(work);
    bool cancelled = false;
    while (running.load() > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        progress.report(done.load(), pageCount);
        if (!cancelled && progress.cancelled()) {
            cancelled = true;
            stop = true;
        }
    }
    for (std::thread &worker : workers)
        worker.join();
    if (firstError)
        return *firstError;
    if (cancelled)
        return Cancelled{QCoreApplication::translate(
            "PageRekey", "Cancelled while re-encrypting; the original is unchanged.")};
    return pageCount;
}

} // namespace strongroom

#include "core/FileCopy.h"

#include <QByteArray>
#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace strongroom::filecopy {

namespace {

// Errors that mean "not between these files", after which the buffered copy does the work.
bool kernelCannotCopy(int error)
{
    return error == EXDEV || error == ENOSYS || error == EOPNOTSUPP || error == EINVAL;
}

ssize_t writeAll(int to, qint64 toOffset, const char *data, ssize_t size)
{
    for (ssize_t written = 0; written < size;) {
        const ssize_t n = toOffset < 0
                              ? ::write(to, data + written, size_t(size - written))
                              : ::pwrite(to, data + written, size_t(size - written), toOffset + written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        written += n;
    }
    return size;
}

} // namespace

qint64 copyRange(int from, qint64 fromOffset, int to, qint64 toOffset, qint64 size)
{
    bool kernelCopy = true;
    QByteArray buffer;
    qint64 done = 0;
    while (done < size) {
        ssize_t n = -1;
        if (kernelCopy) {
            loff_t in = fromOffset + done;
            loff_t out = toOffset + done;
            n = ::copy_file_range(from, &in, to, toOffset < 0 ? nullptr : &out, size_t(size - done), 0);
            if (n < 0 && kernelCannotCopy(errno)) {
                kernelCopy = false;
                continue;
            }
        } else {
            if (buffer.isEmpty())
                buffer.resize(4 << 20);
            n = ::pread(from, buffer.data(), size_t(std::min<qint64>(size - done, buffer.size())),
                        fromOffset + done);
            if (n > 0 && writeAll(to, toOffset < 0 ? -1 : toOffset + done, buffer.constData(), n) < 0)
                return -1;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break; // the source ended early
        done += n;
    }
    return done;
}

} // namespace strongroom::filecopy

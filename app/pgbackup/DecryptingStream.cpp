#include "pgbackup/DecryptingStream.h"

#include <QCoreApplication>
#include <cerrno>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace strongroom::pgbackup {

namespace {

constexpr qsizetype kHoldBack = 1 << 20;

// The decryptor's output: everything but the last kHoldBack bytes goes to the socket at once;
// release() sends those once the decryptor has succeeded. A reader that went away fails the write
// (EPIPE, no SIGPIPE).
class HeldBackWriter : public QIODevice
{
public:
    explicit HeldBackWriter(int fd) : m_fd(fd) { setOpenMode(QIODevice::WriteOnly); }
    bool isSequential() const override { return true; }
    bool release()
    {
        const bool sent = send(m_held.constData(), m_held.size());
        m_held.clear();
        return sent;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_held.append(data, size);
        const qsizetype excess = m_held.size() - kHoldBack;
        if (excess > 0) {
            if (!send(m_held.constData(), excess)) {
                setErrorString(QCoreApplication::translate("PgDrill", "The restore stopped reading."));
                return -1;
            }
            m_held.remove(0, excess);
        }
        return size;
    }

private:
    bool send(const char *data, qint64 size)
    {
        while (size > 0) {
            const ssize_t n = ::send(m_fd, data, size_t(size), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            data += n;
            size -= n;
        }
        return true;
    }

    int m_fd;
    QByteArray m_held;
};

} // namespace

DecryptingStream::DecryptingStream(Decrypt decrypt, std::function<bool()> cancelled)
    : m_isCancelled(std::move(cancelled))
{
    int fds[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        m_outcome =
            Error(ExitCode::Failure, QCoreApplication::translate("PgDrill", "Cannot make a socket pair: %1")
                                         .arg(qt_error_string(errno)));
        m_eof = true;
        open(QIODevice::ReadOnly);
        return;
    }
    m_readFd = fds[0];
    m_writeFd = fds[1];
    open(QIODevice::ReadOnly);
    const int writeFd = m_writeFd;
    std::atomic<bool> *stop = &m_stop;
    m_task = helper::start([decrypt = std::move(decrypt), writeFd, stop]() -> std::optional<Error> {
        HeldBackWriter out(writeFd);
        const std::function<bool()> stopped = [stop] { return stop->load(); };
        std::optional<Error> error = decrypt(out, stopped);
        if (!error && !stopped())
            out.release();
        // The end of the stream for the reader, with or without the held-back tail.
        ::shutdown(writeFd, SHUT_WR);
        return error;
    });
}

DecryptingStream::~DecryptingStream()
{
    stopWriter();
    if (m_task.valid())
        m_task.wait();
    if (m_readFd >= 0)
        ::close(m_readFd);
    if (m_writeFd >= 0)
        ::close(m_writeFd);
}

void DecryptingStream::stopWriter()
{
    m_stop = true;
    // A writer blocked in send() gets EPIPE.
    if (m_readFd >= 0)
        ::shutdown(m_readFd, SHUT_RDWR);
}

bool DecryptingStream::atEnd() const
{
    return m_eof && QIODevice::bytesAvailable() == 0;
}

qint64 DecryptingStream::readData(char *data, qint64 maxSize)
{
    qint64 got = 0;
    while (got < maxSize && !m_eof) {
        if (m_isCancelled && m_isCancelled()) {
            m_cancelled = true;
            stopWriter();
            setErrorString(QCoreApplication::translate("PgDrill", "Cancelled."));
            return -1;
        }
        pollfd ready{m_readFd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, 25);
        if (polled < 0 && errno != EINTR)
            return -1;
        if (polled <= 0)
            continue;
        const ssize_t n = ::read(m_readFd, data + got, size_t(maxSize - got));
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return -1;
        }
        if (n == 0)
            m_eof = true;
        got += n;
        m_bytesRead += n;
    }
    return got;
}

std::optional<Error> DecryptingStream::finish()
{
    if (m_outcome)
        return *m_outcome;
    // A decryptor stopped before the reader saw the end fails for that reason alone: not reported.
    const bool stoppedEarly = !m_eof;
    if (stoppedEarly)
        stopWriter();
    const std::optional<Error> outcome = m_task.valid() ? m_task.get() : std::nullopt;
    m_outcome = stoppedEarly ? std::nullopt : outcome;
    return *m_outcome;
}

std::optional<Error> DecryptingStream::drainAndFinish()
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (!m_eof && !m_outcome) {
        // Straight from the socket: what a device on top of this one buffered is not needed.
        if (readData(buffer.data(), buffer.size()) < 0)
            break;
    }
    return finish();
}

} // namespace strongroom::pgbackup

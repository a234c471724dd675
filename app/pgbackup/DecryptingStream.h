#pragma once

#include "core/Error.h"
#include "core/HelperTask.h"

#include <QIODevice>
#include <atomic>
#include <functional>
#include <optional>

namespace strongroom::pgbackup {

// The plaintext of an encrypted backup as a device read on the job's thread while a helper thread
// decrypts into one end of a private socket pair: nothing decrypted reaches the disk. The decryptors
// (gpg's MDC, age's last chunk, a Node set's checksum) can tell a damaged file only at its end, so
// the writer holds back the last 1 MiB until the decryptor has succeeded: a reader that must see
// the whole dump before it commits (pg_restore or psql with --single-transaction) cannot commit an
// unauthenticated one. Reads block until they are filled or the stream ends, answering `cancelled`
// every 25 ms (a cancel fails the read). finish() gives the decryptor's outcome; the destructor
// stops it (a write to the closed socket fails, its progress callback says stop) and waits for it.
class DecryptingStream : public QIODevice
{
public:
    // Decrypts everything into `out`; returns the failure (WrongKey, Integrity, ...). `stopped`
    // is for the decryptor's progress callback: true once the reader has gone.
    using Decrypt = std::function<std::optional<Error>(QIODevice &out, const std::function<bool()> &stopped)>;

    DecryptingStream(Decrypt decrypt, std::function<bool()> cancelled);
    ~DecryptingStream() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesRead() const { return m_bytesRead; }
    bool wasCancelled() const { return m_cancelled; }

    // Stops the decryptor unless the stream was read to its end, and waits for it: nullopt when it
    // succeeded (or was stopped), else its error.
    std::optional<Error> finish();
    // Reads the rest of the stream to nowhere (the decryptor authenticates all of it), then finish().
    std::optional<Error> drainAndFinish();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void stopWriter();

    int m_readFd = -1;
    int m_writeFd = -1;
    std::function<bool()> m_isCancelled;
    std::atomic<bool> m_stop{false};
    HelperTask<std::optional<Error>> m_task;
    std::optional<std::optional<Error>> m_outcome;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_cancelled = false;
};

} // namespace strongroom::pgbackup

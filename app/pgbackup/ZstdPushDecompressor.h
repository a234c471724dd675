#pragma once

#include <KFilterBase>
#include <QByteArray>
#include <QIODevice>
#include <memory>

namespace strongroom::pgbackup {

// zstd decompression as a device written to: every write is inflated and passed on to `target`
// at once, so a decryptor that writes its plaintext (the age payload stream) feeds pg_restore or a
// staging file without a compressed copy anywhere. KArchive's zstd filter does the work. Data after
// the end of the frame is refused (a write fails), and finished() says whether the frame ended.
class ZstdPushDecompressor : public QIODevice
{
public:
    explicit ZstdPushDecompressor(QIODevice &target);
    ~ZstdPushDecompressor() override;

    bool isSequential() const override { return true; }
    bool finished() const { return m_ended; }
    qint64 plainBytes() const { return m_plainBytes; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    std::unique_ptr<KFilterBase> m_filter;
    QByteArray m_output;
    bool m_initialized = false;
    bool m_ended = false;
    qint64 m_plainBytes = 0;
};

} // namespace strongroom::pgbackup

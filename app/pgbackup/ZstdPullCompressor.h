#pragma once

#include <KFilterBase>
#include <QByteArray>
#include <QIODevice>
#include <memory>

namespace strongroom::pgbackup {

// zstd compression as a device read from, not written to: each read pulls plain bytes from `source`
// and hands out the compressed frame as it grows, so a writer that reads its input (the age payload
// stream) can encrypt a compressed pipe without a thread or a buffer of its own. KArchive's zstd
// filter does the compressing (its KCompressionDevice only compresses what is written into it).
// Reads of `source` returning 0 end the frame; a negative one is passed on as a read error.
class ZstdPullCompressor : public QIODevice
{
public:
    explicit ZstdPullCompressor(QIODevice &source);
    ~ZstdPullCompressor() override;

    bool isSequential() const override { return true; }
    // Plain bytes read from the source so far.
    qint64 plainBytes() const { return m_plainBytes; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_source;
    std::unique_ptr<KFilterBase> m_filter;
    QByteArray m_input;
    bool m_initialized = false;
    bool m_sourceEnded = false;
    bool m_frameEnded = false;
    qint64 m_plainBytes = 0;
};

} // namespace strongroom::pgbackup

#include "pgbackup/ZstdPushDecompressor.h"

#include <KCompressionDevice>
#include <QCoreApplication>

namespace strongroom::pgbackup {

ZstdPushDecompressor::ZstdPushDecompressor(QIODevice &target)
    : m_target(target), m_filter(KCompressionDevice::filterForCompressionType(KCompressionDevice::Zstd)),
      m_output(1 << 20, Qt::Uninitialized)
{
    if (m_filter && m_filter->init(QIODevice::ReadOnly)) {
        m_initialized = true;
        setOpenMode(QIODevice::WriteOnly);
    } else {
        setErrorString(QCoreApplication::translate("PgBackup", "zstd decompression is not available."));
    }
}

ZstdPushDecompressor::~ZstdPushDecompressor()
{
    if (m_initialized)
        m_filter->terminate();
}

qint64 ZstdPushDecompressor::writeData(const char *data, qint64 size)
{
    if (size > 0 && m_ended) {
        setErrorString(QCoreApplication::translate("PgBackup", "data follows the end of the zstd frame"));
        return -1;
    }
    m_filter->setInBuffer(data, uint(size));
    while (true) {
        m_filter->setOutBuffer(m_output.data(), uint(m_output.size()));
        const KFilterBase::Result result = m_filter->uncompress();
        if (result == KFilterBase::Error) {
            setErrorString(QCoreApplication::translate("PgBackup", "the zstd stream is damaged"));
            return -1;
        }
        const qint64 produced = m_output.size() - m_filter->outBufferAvailable();
        if (produced > 0) {
            if (m_target.write(m_output.constData(), produced) != produced) {
                setErrorString(m_target.errorString());
                return -1;
            }
            m_plainBytes += produced;
        }
        if (result == KFilterBase::End) {
            m_ended = true;
            if (m_filter->inBufferAvailable() > 0) {
                setErrorString(
                    QCoreApplication::translate("PgBackup", "data follows the end of the zstd frame"));
                return -1;
            }
            return size;
        }
        if (m_filter->inBufferAvailable() == 0 && produced < m_output.size())
            return size;
    }
}

} // namespace strongroom::pgbackup

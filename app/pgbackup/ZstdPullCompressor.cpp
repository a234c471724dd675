#include "pgbackup/ZstdPullCompressor.h"

#include <KCompressionDevice>
#include <QCoreApplication>

namespace strongroom::pgbackup {

namespace {
// Large enough that the filter is called rarely, small enough to stay far below the memory budget.
constexpr qint64 kInputBlock = 1 << 20;
} // namespace

ZstdPullCompressor::ZstdPullCompressor(QIODevice &source)
    : m_source(source), m_filter(KCompressionDevice::filterForCompressionType(KCompressionDevice::Zstd)),
      m_input(kInputBlock, Qt::Uninitialized)
{
    if (m_filter && m_filter->init(QIODevice::WriteOnly)) {
        m_initialized = true;
        setOpenMode(QIODevice::ReadOnly);
    } else
        setErrorString(QCoreApplication::translate("PgBackup", "zstd compression is not available."));
}

ZstdPullCompressor::~ZstdPullCompressor()
{
    if (m_initialized)
        m_filter->terminate();
}

qint64 ZstdPullCompressor::readData(char *data, qint64 maxSize)
{
    if (m_frameEnded || maxSize <= 0)
        return 0;
    const uint room = uint(std::min<qint64>(maxSize, std::numeric_limits<int>::max()));
    m_filter->setOutBuffer(data, room);
    while (true) {
        if (m_filter->inBufferEmpty() && !m_sourceEnded) {
            const qint64 n = m_source.read(m_input.data(), m_input.size());
            if (n < 0) {
                setErrorString(m_source.errorString());
                return -1;
            }
            if (n == 0)
                m_sourceEnded = true;
            m_plainBytes += n;
            m_filter->setInBuffer(m_input.constData(), uint(n));
        }
        const KFilterBase::Result result = m_filter->compress(m_sourceEnded);
        if (result == KFilterBase::Error) {
            setErrorString(QCoreApplication::translate("PgBackup", "zstd compression failed."));
            return -1;
        }
        const qint64 produced = qint64(room) - m_filter->outBufferAvailable();
        if (result == KFilterBase::End)
            m_frameEnded = true;
        if (produced > 0 || m_frameEnded)
            return produced;
    }
}

} // namespace strongroom::pgbackup

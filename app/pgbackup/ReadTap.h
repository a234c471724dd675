#pragma once

#include <QByteArray>
#include <QIODevice>

namespace strongroom::pgbackup {

// Reads another device through, counting the bytes and keeping the last eight: what a gzip
// stream's trailer is checked with (its length modulo 2^32 in the last four bytes), as KArchive's
// gzip reader ends a stream cut short without an error.
class ReadTap : public QIODevice
{
public:
    explicit ReadTap(QIODevice &source) : m_source(source)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_source.atEnd(); }
    qint64 count() const { return m_count; }
    QByteArray tail() const { return m_tail; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_source.read(data, maxSize);
        if (n > 0) {
            m_count += n;
            m_tail.append(data + std::max<qint64>(0, n - 8), std::min<qint64>(n, 8));
            m_tail = m_tail.right(8);
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_source;
    qint64 m_count = 0;
    QByteArray m_tail;
};

} // namespace strongroom::pgbackup

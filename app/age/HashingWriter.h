#pragma once

#include "age/AgeCrypto.h"

#include <QIODevice>

namespace strongroom::age {

// Passes every write on to `target` and hashes it on the way, so a file's checksum sidecar (and a
// manifest's digest) needs no second read of what was just written.
class HashingWriter : public QIODevice
{
public:
    explicit HashingWriter(QIODevice &target) : m_target(target) { setOpenMode(QIODevice::WriteOnly); }
    bool isSequential() const override { return true; }
    // Lower-case hex of everything written; call once.
    QString hex() { return QString::fromLatin1(m_hash.finalHex()); }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 n = m_target.write(data, size);
        if (n > 0) {
            m_hash.update(QByteArrayView(data, n));
            m_written += n;
        }
        if (n < 0)
            setErrorString(m_target.errorString());
        return n;
    }

private:
    QIODevice &m_target;
    Sha256Stream m_hash;
    qint64 m_written = 0;
};

} // namespace strongroom::age

#include "sqlcipher/WalFrames.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace strongroom {

namespace {

constexpr int kWalHeaderSize = 32;
constexpr int kWalFrameHeaderSize = 24;
constexpr quint32 kMagicLittleEndianChecksums = 0x377f0682;
constexpr quint32 kMagicBigEndianChecksums = 0x377f0683;

quint32 walBigEndian32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

// SQLite's walChecksumBytes: a Fibonacci-weighted sum over 32-bit words, continued from (s1, s2).
void walChecksum(const char *bytes, qsizetype size, bool bigEndianWords, quint32 &s1, quint32 &s2)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 a =
            bigEndianWords ? qFromBigEndian<quint32>(bytes + i) : qFromLittleEndian<quint32>(bytes + i);
        const quint32 b = bigEndianWords ? qFromBigEndian<quint32>(bytes + i + 4)
                                         : qFromLittleEndian<quint32>(bytes + i + 4);
        s1 += a + s2;
        s2 += b + s1;
    }
}

} // namespace

Result<WalFrames> WalFrames::read(const QString &walPath, int pageSize)
{
    WalFrames frames;
    QFile file(walPath);
    if (!file.exists())
        return frames;
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("WalFrames", "%1: cannot read: %2").arg(walPath, file.errorString()));
    const QByteArray header = file.read(kWalHeaderSize);
    if (header.size() < kWalHeaderSize)
        return frames;
    const quint32 magic = walBigEndian32(header.constData());
    if (magic != kMagicLittleEndianChecksums && magic != kMagicBigEndianChecksums)
        return frames;
    if (int(walBigEndian32(header.constData() + 8)) != pageSize)
        return frames; // a WAL of another page size is not this database's; SQLite ignores it too
    const bool bigEndianWords = magic == kMagicBigEndianChecksums;
    quint32 s1 = 0;
    quint32 s2 = 0;
    walChecksum(header.constData(), 24, bigEndianWords, s1, s2);
    if (s1 != walBigEndian32(header.constData() + 24) || s2 != walBigEndian32(header.constData() + 28))
        return frames;
    const QByteArray salts = header.mid(16, 8);

    QHash<qint64, qint64> uncommitted;
    QByteArray frame(kWalFrameHeaderSize + pageSize, Qt::Uninitialized);
    qint64 offset = kWalHeaderSize;
    while (file.read(frame.data(), frame.size()) == frame.size()) {
        const char *h = frame.constData();
        const quint32 page = walBigEndian32(h);
        const quint32 sizeAfterCommit = walBigEndian32(h + 4);
        if (page == 0 || QByteArrayView(h + 8, 8) != QByteArrayView(salts))
            break;
        walChecksum(h, 8, bigEndianWords, s1, s2);
        walChecksum(h + kWalFrameHeaderSize, pageSize, bigEndianWords, s1, s2);
        if (s1 != walBigEndian32(h + 16) || s2 != walBigEndian32(h + 20))
            break;
        uncommitted.insert(page, offset + kWalFrameHeaderSize);
        if (sizeAfterCommit != 0) {
            frames.pageOffsets.insert(uncommitted);
            uncommitted.clear();
            frames.databasePages = sizeAfterCommit;
        }
        offset += frame.size();
    }
    if (file.error() != QFileDevice::NoError)
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("WalFrames", "%1: cannot read: %2").arg(walPath, file.errorString()));
    return frames;
}

} // namespace strongroom

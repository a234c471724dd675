#include "sqlcipher/PageAuthenticator.h"

#include <cstring>

namespace strongroom {

namespace {

constexpr int kIvSize = 16;
constexpr int kBlockSize = 16;
// SQLite never writes the page that holds the byte at 1 GiB (its file locks live there), so the
// page has no HMAC; SQLCipher's own check skips it too.
constexpr qint64 kPendingByte = 0x40000000;

int hmacSizeOf(const QString &algorithm)
{
    if (algorithm == QLatin1String("HMAC_SHA1"))
        return 20;
    if (algorithm == QLatin1String("HMAC_SHA256"))
        return 32;
    if (algorithm == QLatin1String("HMAC_SHA512"))
        return 64;
    return 0;
}

} // namespace

PageAuthenticator::PageAuthenticator(const PageKeys &keys, const CipherSettings &settings)
    : m_key(keys.hmac), m_algorithm(QStringLiteral("hmac(%1)").arg(settings.hmacAlgorithm.mid(5).toLower())),
      m_pageSize(settings.pageSize), m_hmacSize(hmacSizeOf(settings.hmacAlgorithm))
{
    m_reserve = (kIvSize + m_hmacSize + kBlockSize - 1) / kBlockSize * kBlockSize;
}

bool PageAuthenticator::supports(const CipherSettings &settings)
{
    return settings.useHmac && settings.plaintextHeaderSize == 0 && hmacSizeOf(settings.hmacAlgorithm) > 0 &&
           settings.pageSize >= 512 && (settings.pageSize & (settings.pageSize - 1)) == 0 &&
           QCA::isSupported(
               qPrintable(QStringLiteral("hmac(%1)").arg(settings.hmacAlgorithm.mid(5).toLower())));
}

QList<qint64> PageAuthenticator::failingPages(const uchar *file, qint64 firstPage, qint64 lastPage) const
{
    QCA::MessageAuthenticationCode mac(m_algorithm, m_key);
    QList<qint64> failing;
    const int authenticated = m_pageSize - m_reserve + kIvSize; // ciphertext and IV
    const qint64 lockPage = kPendingByte / m_pageSize + 1;
    for (qint64 page = firstPage; page <= lastPage; ++page) {
        if (page == lockPage)
            continue;
        const auto *bytes = reinterpret_cast<const char *>(file + (page - 1) * m_pageSize);
        const int start = page == 1 ? PageKeys::saltSize : 0;
        const quint32 number = quint32(page);
        const char pageNumber[4] = {char(number & 0xff), char(number >> 8 & 0xff), char(number >> 16 & 0xff),
                                    char(number >> 24 & 0xff)};
        mac.clear();
        mac.update(QByteArray::fromRawData(bytes + start, authenticated - start));
        mac.update(QByteArray::fromRawData(pageNumber, 4));
        const QCA::MemoryRegion computed = mac.final();
        if (computed.size() < m_hmacSize ||
            std::memcmp(computed.constData(), bytes + authenticated, m_hmacSize) != 0)
            failing.append(page);
    }
    return failing;
}

} // namespace strongroom

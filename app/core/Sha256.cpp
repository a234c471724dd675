#include "core/Sha256.h"

#include <QIODevice>
#include <cstdlib>
#include <openssl/evp.h>

namespace strongroom {

Sha256Stream::Sha256Stream() : m_ctx(EVP_MD_CTX_new())
{
    // Only an allocation failure or a libcrypto without SHA-256 gets here: nothing sensible can follow.
    if (!m_ctx || EVP_DigestInit_ex2(m_ctx, EVP_sha256(), nullptr) != 1)
        std::abort();
}

Sha256Stream::~Sha256Stream()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256Stream::update(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_ctx, data.data(), std::size_t(data.size()));
}

QByteArray Sha256Stream::finalBytes()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QByteArray Sha256Stream::finalHex()
{
    return finalBytes().toHex();
}

QByteArray sha256(QByteArrayView data)
{
    Sha256Stream hash;
    hash.update(data);
    return hash.finalBytes();
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

Result<QByteArray> sha256HexOf(QIODevice &device, const WorkProgress &work)
{
    Sha256Stream hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n = 0, done = 0;
    while ((n = device.read(buffer.data(), buffer.size())) > 0) {
        hash.update(QByteArrayView(buffer.constData(), n));
        done += n;
        if (!work.keepGoing(done))
            return Cancelled{};
    }
    if (n < 0)
        return Error(ExitCode::Failure, device.errorString());
    return hash.finalHex();
}

} // namespace strongroom

#include "keys/Pbkdf2.h"

#include <QCoreApplication>
#include <openssl/evp.h>

namespace strongroom {

Result<QCA::SecureArray> pbkdf2(const QString &hash, const char *secret, int secretSize,
                                const QByteArray &salt, int iterations, int length)
{
    const EVP_MD *md = hash == QLatin1String("sha512")   ? EVP_sha512()
                       : hash == QLatin1String("sha256") ? EVP_sha256()
                       : hash == QLatin1String("sha1")   ? EVP_sha1()
                                                         : nullptr;
    if (!md || iterations < 1 || length < 1)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("Pbkdf2", "PBKDF2 with %1 is not supported.").arg(hash));
    QCA::SecureArray out(length, 0);
    if (PKCS5_PBKDF2_HMAC(secret, secretSize, reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, md, length,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("Pbkdf2", "Deriving a key failed (OpenSSL PBKDF2)."));
    return out;
}

} // namespace strongroom

#include "backup/KeyId.h"

#include <openssl/evp.h>

namespace strongroom {

namespace {
constexpr int kIterations = 256000;
constexpr int kKeptBytes = 6;
const char kSalt[] = "strongroom key id v1";
} // namespace

Result<QString> backupKeyId(const KeyMaterial &key)
{
    if (key.isEmpty())
        return Error(ExitCode::Usage, QStringLiteral("A key id needs a key."));
    // QCA's OpenSSL provider offers PBKDF2 with SHA-1 only, so this one call goes to libcrypto.
    unsigned char derived[kKeptBytes] = {};
    if (PKCS5_PBKDF2_HMAC(key.data(), key.size(), reinterpret_cast<const unsigned char *>(kSalt),
                          int(sizeof kSalt - 1), kIterations, EVP_sha512(), kKeptBytes, derived) != 1)
        return Error(ExitCode::Failure, QStringLiteral("Deriving the key id failed (OpenSSL PBKDF2)."));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(derived), kKeptBytes).toHex());
}

} // namespace strongroom

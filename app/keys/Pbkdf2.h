#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QtCrypto>

namespace strongroom {

// PBKDF2 with HMAC-SHA1, -SHA256 or -SHA512 (`hash` is "sha1", "sha256" or "sha512"). QCA's OpenSSL
// provider offers PBKDF2 with SHA-1 only, and SQLCipher 4 and the key id need SHA-512, so this one
// derivation goes to libcrypto.
Result<QCA::SecureArray> pbkdf2(const QString &hash, const char *secret, int secretSize,
                                const QByteArray &salt, int iterations, int length);

} // namespace strongroom

#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QByteArray>
#include <QtCrypto>

namespace strongroom {

// The two keys SQLCipher derives from a key and a file's salt: the page encryption key (the slow
// KDF for a passphrase, the key itself for a raw key) and the page HMAC key (the encryption key
// through PBKDF2 with 2 iterations over the salt XOR 0x3a). Deriving them once lets every later
// connection to the same file open with a raw key and salt, without running the KDF again, and
// lets Strongroom check page HMACs itself (PageAuthenticator).
struct PageKeys
{
    static constexpr int saltSize = 16;

    QCA::SecureArray encryption;
    QCA::SecureArray hmac;
    QByteArray salt;

    // The file's salt: its first 16 bytes (SQLCipher keeps no plaintext header by default).
    static Result<QByteArray> readSalt(const QString &path);
    // Errors: Usage when the settings keep a plaintext header (the salt is then not in the file).
    static Result<PageKeys> derive(const KeyMaterial &key, const QByteArray &salt,
                                   const CipherSettings &settings);

    // readSalt and derive in one.
    static Result<PageKeys> ofFile(const QString &path, const KeyMaterial &key,
                                   const CipherSettings &settings);

    // x'<key><salt>': opens the file with these settings without a KDF run.
    KeyMaterial rawKey() const;
};

} // namespace strongroom

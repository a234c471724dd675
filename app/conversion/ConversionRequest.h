#pragma once

#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QString>
#include <optional>

namespace strongroom {

// The four ways Strongroom rewrites a database into a new file.
enum class ConversionKind
{
    Encrypt, // plain SQLite -> SQLCipher
    Decrypt, // SQLCipher -> plain SQLite
    Rekey,   // SQLCipher -> SQLCipher, new key, same settings
    Migrate, // SQLCipher -> SQLCipher, new settings (SQLCipher 1-3 or custom -> 4), same or new key
};

// "encrypt", "decrypt", "rekey", "migrate": the CLI verb, the audit action suffix and the word in
// temp names and in "NAME.before-<word>-YYYYMMDD-HHMMSS".
QString conversionKindName(ConversionKind kind);

// What the user asked for. Keys are held here only as long as the request lives.
struct ConversionRequest
{
    ConversionKind kind = ConversionKind::Encrypt;
    QString path;

    // The current key (null for a plain source) and, when known, the settings that open the file;
    // without them the standard profiles are tried (SQLCipher 4, 3, 2, 1).
    std::optional<KeyMaterial> key;
    std::optional<CipherSettings> sourceSettings;

    // The key of the result: required for encrypt and rekey, optional for migrate (same key when
    // absent), ignored for decrypt.
    std::optional<KeyMaterial> newKey;
    // The settings of the result for encrypt and migrate; rekey keeps the source's.
    CipherSettings targetSettings = CipherSettings::sqlcipher4();

    // Delete the kept original once the new file is verified and in place.
    bool removeOriginal = false;
};

} // namespace strongroom

#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace strongroom {

// The settings that decide how SQLCipher turns a key into page keys and lays out pages. They are not
// stored in the file (an encrypted file has no readable header), so opening means knowing them.
// They come from catalogs, the CLI, the GUI and remembered settings, and end up in PRAGMA statements:
// validate() is the one gate every source passes, and pragmas() formats only what passed it.
struct CipherSettings
{
    int pageSize = 4096;
    int kdfIter = 256000;
    QString hmacAlgorithm = QStringLiteral("HMAC_SHA512");       // HMAC_SHA1, HMAC_SHA256, HMAC_SHA512
    QString kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA512"); // PBKDF2_HMAC_SHA1/256/512
    bool useHmac = true;                                         // false only for SQLCipher 1
    int plaintextHeaderSize = 0;

    // The defaults of each major version, as PRAGMA cipher_compatibility sets them.
    static CipherSettings sqlcipher4();
    static CipherSettings sqlcipher3();
    static CipherSettings sqlcipher2();
    static CipherSettings sqlcipher1();
    // The standard profiles in the order they are tried: 4, 3, 2, 1.
    static QList<CipherSettings> standardProfiles();

    // The only algorithm names SQLCipher is ever given, strongest first.
    static const QStringList &hmacAlgorithms(); // HMAC_SHA512, HMAC_SHA256, HMAC_SHA1
    static const QStringList &kdfAlgorithms();  // PBKDF2_HMAC_SHA512, PBKDF2_HMAC_SHA256, PBKDF2_HMAC_SHA1

    // Every field within what SQLCipher supports: algorithms from the lists above, the page size a
    // power of two from 512 to 65536, kdf_iter from 1 to 10,000,000, the plaintext header 0 or a
    // multiple of 16 up to 100. Else Unsupported (6), kind "invalid-settings", naming the field as
    // the catalog and --json name it (page_size, kdf_iter, hmac_algorithm, ...).
    Status validate() const;

    // "sqlcipher-4" ... "sqlcipher-1" when the settings equal a version's defaults, else "custom".
    QString profileName() const;
    // The PRAGMA statements that select these settings, one statement each, to run right after the
    // key (for the attached database `schema` when given). Numbers are formatted from the validated
    // integers and names taken from the allowlists, never from the strings given: settings that do not
    // validate() give validate()'s error.
    Result<QStringList> pragmas(const QString &schema = {}) const;

    QJsonObject toJson() const; // page_size, kdf_iter, hmac_algorithm, kdf_algorithm, plaintext_header_size
    // Reads what toJson() wrote and validates it: a missing field, a field of the wrong type or a
    // value validate() refuses gives an Unsupported (6) error naming the field.
    static Result<CipherSettings> fromJson(const QJsonObject &json);

    bool operator==(const CipherSettings &other) const = default;
};

} // namespace strongroom

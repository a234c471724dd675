#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace strongroom {

// The settings that decide how SQLCipher turns a key into page keys and lays out pages. They are not
// stored in the file (an encrypted file has no readable header), so opening means knowing them.
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

    // "sqlcipher-4" ... "sqlcipher-1" when the settings equal a version's defaults, else "custom".
    QString profileName() const;
    // The PRAGMA statements that select these settings, to run right after the key.
    QStringList pragmas() const;

    QJsonObject toJson() const; // page_size, kdf_iter, hmac_algorithm, kdf_algorithm, plaintext_header_size
    static std::optional<CipherSettings> fromJson(const QJsonObject &json);

    bool operator==(const CipherSettings &other) const = default;
};

} // namespace strongroom

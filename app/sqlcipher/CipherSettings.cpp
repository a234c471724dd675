#include "sqlcipher/CipherSettings.h"

namespace strongroom {

CipherSettings CipherSettings::sqlcipher4()
{
    return {};
}

CipherSettings CipherSettings::sqlcipher3()
{
    return {1024, 64000, QStringLiteral("HMAC_SHA1"), QStringLiteral("PBKDF2_HMAC_SHA1"), true, 0};
}

CipherSettings CipherSettings::sqlcipher2()
{
    return {1024, 4000, QStringLiteral("HMAC_SHA1"), QStringLiteral("PBKDF2_HMAC_SHA1"), true, 0};
}

CipherSettings CipherSettings::sqlcipher1()
{
    return {1024, 4000, QStringLiteral("HMAC_SHA1"), QStringLiteral("PBKDF2_HMAC_SHA1"), false, 0};
}

QList<CipherSettings> CipherSettings::standardProfiles()
{
    return {sqlcipher4(), sqlcipher3(), sqlcipher2(), sqlcipher1()};
}

QString CipherSettings::profileName() const
{
    if (*this == sqlcipher4())
        return QStringLiteral("sqlcipher-4");
    if (*this == sqlcipher3())
        return QStringLiteral("sqlcipher-3");
    if (*this == sqlcipher2())
        return QStringLiteral("sqlcipher-2");
    if (*this == sqlcipher1())
        return QStringLiteral("sqlcipher-1");
    return QStringLiteral("custom");
}

QStringList CipherSettings::pragmas() const
{
    // Explicit values rather than cipher_compatibility, so custom settings and profiles take one path.
    return {QStringLiteral("PRAGMA cipher_page_size = %1").arg(pageSize),
            QStringLiteral("PRAGMA kdf_iter = %1").arg(kdfIter),
            QStringLiteral("PRAGMA cipher_use_hmac = %1")
                .arg(useHmac ? QStringLiteral("ON") : QStringLiteral("OFF")),
            QStringLiteral("PRAGMA cipher_hmac_algorithm = %1").arg(hmacAlgorithm),
            QStringLiteral("PRAGMA cipher_kdf_algorithm = %1").arg(kdfAlgorithm),
            QStringLiteral("PRAGMA cipher_plaintext_header_size = %1").arg(plaintextHeaderSize)};
}

QJsonObject CipherSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("page_size"), pageSize},
                       {QStringLiteral("kdf_iter"), kdfIter},
                       {QStringLiteral("hmac_algorithm"), useHmac ? QJsonValue(hmacAlgorithm) : QJsonValue()},
                       {QStringLiteral("kdf_algorithm"), kdfAlgorithm},
                       {QStringLiteral("plaintext_header_size"), plaintextHeaderSize}};
}

std::optional<CipherSettings> CipherSettings::fromJson(const QJsonObject &json)
{
    if (!json.contains(QStringLiteral("page_size")) || !json.contains(QStringLiteral("kdf_iter")))
        return std::nullopt;
    CipherSettings s;
    s.pageSize = json.value(QStringLiteral("page_size")).toInt();
    s.kdfIter = json.value(QStringLiteral("kdf_iter")).toInt();
    s.useHmac = !json.value(QStringLiteral("hmac_algorithm")).isNull();
    s.hmacAlgorithm = json.value(QStringLiteral("hmac_algorithm")).toString(QStringLiteral("HMAC_SHA1"));
    s.kdfAlgorithm = json.value(QStringLiteral("kdf_algorithm")).toString();
    s.plaintextHeaderSize = json.value(QStringLiteral("plaintext_header_size")).toInt();
    return s;
}

} // namespace strongroom

#include "sqlcipher/CipherSettings.h"

#include "sqlcipher/Database.h"

#include <QCoreApplication>
#include <climits>
#include <cmath>
#include <utility>

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

const QStringList &CipherSettings::hmacAlgorithms()
{
    static const QStringList names{QStringLiteral("HMAC_SHA512"), QStringLiteral("HMAC_SHA256"),
                                   QStringLiteral("HMAC_SHA1")};
    return names;
}

const QStringList &CipherSettings::kdfAlgorithms()
{
    static const QStringList names{QStringLiteral("PBKDF2_HMAC_SHA512"), QStringLiteral("PBKDF2_HMAC_SHA256"),
                                   QStringLiteral("PBKDF2_HMAC_SHA1")};
    return names;
}

namespace {

Error invalid(const char *field, const QString &what)
{
    return Error(ExitCode::Unsupported,
                 QCoreApplication::translate("CipherSettings", "Invalid cipher setting %1: %2")
                     .arg(QLatin1String(field), what),
                 QStringLiteral("invalid-settings"));
}

// A name as given, for a message: it may come from an edited file, so no control characters reach a
// terminal, and no more than 80 characters.
QString shown(const QString &name)
{
    QString out = name.left(80);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    }
    return out + (name.size() > 80 ? QStringLiteral("…") : QString());
}

QString allowed(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

Status CipherSettings::validate() const
{
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return invalid("page_size", QCoreApplication::translate("CipherSettings",
                                                                "%1 is not a power of two from 512 to 65536.")
                                        .arg(pageSize));
    if (kdfIter < 1 || kdfIter > 10000000)
        return invalid(
            "kdf_iter",
            QCoreApplication::translate("CipherSettings", "%1 is not from 1 to 10,000,000.").arg(kdfIter));
    if (!hmacAlgorithms().contains(hmacAlgorithm))
        return invalid("hmac_algorithm",
                       QCoreApplication::translate("CipherSettings", "\"%1\" is not one of %2.")
                           .arg(shown(hmacAlgorithm), allowed(hmacAlgorithms())));
    if (!kdfAlgorithms().contains(kdfAlgorithm))
        return invalid("kdf_algorithm",
                       QCoreApplication::translate("CipherSettings", "\"%1\" is not one of %2.")
                           .arg(shown(kdfAlgorithm), allowed(kdfAlgorithms())));
    if (plaintextHeaderSize < 0 || plaintextHeaderSize > 100 || plaintextHeaderSize % 16 != 0)
        return invalid(
            "plaintext_header_size",
            QCoreApplication::translate("CipherSettings", "%1 is not 0 or a multiple of 16 up to 100.")
                .arg(plaintextHeaderSize));
    return Status::success();
}

Result<QStringList> CipherSettings::pragmas(const QString &schema) const
{
    if (Status s = validate(); !s)
        return s.error();
    // Explicit values rather than cipher_compatibility, so custom settings and profiles take one path.
    // The names come from the allowlists themselves: nothing of the given strings reaches the SQL.
    const QString hmac = hmacAlgorithms().at(hmacAlgorithms().indexOf(hmacAlgorithm));
    const QString kdf = kdfAlgorithms().at(kdfAlgorithms().indexOf(kdfAlgorithm));
    const QString p = schema.isEmpty() ? QStringLiteral("PRAGMA ")
                                       : QStringLiteral("PRAGMA %1.").arg(quoteIdentifier(schema));
    return QStringList{p + QStringLiteral("cipher_page_size = %1").arg(pageSize),
                       p + QStringLiteral("kdf_iter = %1").arg(kdfIter),
                       p + QStringLiteral("cipher_use_hmac = %1")
                               .arg(useHmac ? QStringLiteral("ON") : QStringLiteral("OFF")),
                       p + QStringLiteral("cipher_hmac_algorithm = %1").arg(hmac),
                       p + QStringLiteral("cipher_kdf_algorithm = %1").arg(kdf),
                       p + QStringLiteral("cipher_plaintext_header_size = %1").arg(plaintextHeaderSize)};
}

QJsonObject CipherSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("page_size"), pageSize},
                       {QStringLiteral("kdf_iter"), kdfIter},
                       {QStringLiteral("hmac_algorithm"), useHmac ? QJsonValue(hmacAlgorithm) : QJsonValue()},
                       {QStringLiteral("kdf_algorithm"), kdfAlgorithm},
                       {QStringLiteral("plaintext_header_size"), plaintextHeaderSize}};
}

Result<CipherSettings> CipherSettings::fromJson(const QJsonObject &json)
{
    CipherSettings s;
    // Whole numbers only: a string or a fraction is refused rather than read as 0 or rounded.
    const auto integer = [&json](const char *field, int &into) -> Status {
        const QJsonValue v = json.value(QLatin1String(field));
        if (v.isUndefined() && qstrcmp(field, "plaintext_header_size") == 0) {
            into = 0; // written before the field existed
            return Status::success();
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < INT_MIN || d > INT_MAX || d != std::trunc(d))
            return invalid(field,
                           QCoreApplication::translate("CipherSettings", "missing, or not a whole number."));
        into = int(d);
        return Status::success();
    };
    for (const auto &[field, into] : {std::pair{"page_size", &s.pageSize}, std::pair{"kdf_iter", &s.kdfIter},
                                      std::pair{"plaintext_header_size", &s.plaintextHeaderSize}}) {
        if (Status st = integer(field, *into); !st)
            return st.error();
    }
    // A null hmac_algorithm is SQLCipher 1 (no page HMAC); SQLCipher then takes the SHA-1 default.
    const QJsonValue hmac = json.value(QStringLiteral("hmac_algorithm"));
    if (!hmac.isNull() && !hmac.isString())
        return invalid("hmac_algorithm",
                       QCoreApplication::translate("CipherSettings", "missing, or not a name."));
    s.useHmac = !hmac.isNull();
    s.hmacAlgorithm = s.useHmac ? hmac.toString() : QStringLiteral("HMAC_SHA1");
    const QJsonValue kdf = json.value(QStringLiteral("kdf_algorithm"));
    if (!kdf.isString())
        return invalid("kdf_algorithm",
                       QCoreApplication::translate("CipherSettings", "missing, or not a name."));
    s.kdfAlgorithm = kdf.toString();
    if (Status st = s.validate(); !st)
        return st.error();
    return s;
}

} // namespace strongroom

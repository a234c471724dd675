#include "backup/KeyId.h"

#include "core/SecureRandom.h"
#include "keys/Pbkdf2.h"

#include <QCoreApplication>

namespace strongroom {

namespace {
constexpr int kIterations = 256000;
constexpr int kKeptBytes = 6;
const char kFixedSalt[] = "strongroom key id v1";
const char kSaltPrefix[] = "strongroom key id v2";
const QString kVersion2 = QStringLiteral("v2-");

Result<QString> derive(const KeyMaterial &key, const QByteArray &salt)
{
    if (key.isEmpty())
        return Error(ExitCode::Usage, QCoreApplication::translate("KeyId", "A key id needs a key."));
    const Result<QCA::SecureArray> derived =
        pbkdf2(QStringLiteral("sha512"), key.data(), key.size(), salt, kIterations, kKeptBytes);
    if (!derived)
        return derived.error();
    return QString::fromLatin1(derived->toByteArray().toHex());
}

} // namespace

Result<QByteArray> newKeyIdSalt()
{
    QByteArray salt(keyIdSaltSize, Qt::Uninitialized);
    securerandom::fill(salt.data(), size_t(salt.size()));
    return salt;
}

Result<QString> backupKeyId(const KeyMaterial &key, const QByteArray &catalogSalt)
{
    if (catalogSalt.size() < keyIdSaltSize)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("KeyId", "A key id needs the catalog's salt."));
    Result<QString> id = derive(key, QByteArray(kSaltPrefix, sizeof kSaltPrefix - 1) + catalogSalt);
    if (!id)
        return id.error();
    return QString(kVersion2 + id.value());
}

Result<bool> keyIdMatches(const KeyMaterial &key, const QString &id, const QByteArray &catalogSalt)
{
    const bool version2 = id.startsWith(kVersion2);
    const Result<QString> expected =
        version2 ? backupKeyId(key, catalogSalt) : derive(key, QByteArray(kFixedSalt, sizeof kFixedSalt - 1));
    if (!expected)
        return expected.error();
    return expected.value() == id;
}

} // namespace strongroom

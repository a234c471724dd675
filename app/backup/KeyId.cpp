#include "backup/KeyId.h"

#include "keys/Pbkdf2.h"

#include <cerrno>
#include <cstring>
#include <sys/random.h>

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
        return Error(ExitCode::Usage, QStringLiteral("A key id needs a key."));
    const Result<QCA::SecureArray> derived =
        pbkdf2(QStringLiteral("sha512"), key.data(), key.size(), salt, kIterations, kKeptBytes);
    if (!derived)
        return derived.error();
    return QString::fromLatin1(derived->toByteArray().toHex());
}

} // namespace

Result<QByteArray> newKeyIdSalt()
{
    // The one place here that needs random bytes; the lead folds it into app/core's random source.
    QByteArray salt(keyIdSaltSize, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < salt.size()) {
        const ssize_t n = getrandom(salt.data() + filled, size_t(salt.size() - filled), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return Error(ExitCode::Environment,
                         QStringLiteral("The kernel gave no random bytes (getrandom: %1).")
                             .arg(QString::fromLocal8Bit(strerror(errno))));
        filled += n;
    }
    return salt;
}

Result<QString> backupKeyId(const KeyMaterial &key, const QByteArray &catalogSalt)
{
    if (catalogSalt.size() < keyIdSaltSize)
        return Error(ExitCode::Failure, QStringLiteral("A key id needs the catalog's salt."));
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

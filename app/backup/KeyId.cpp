#include "backup/KeyId.h"

#include "keys/Pbkdf2.h"

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
    const Result<QCA::SecureArray> derived =
        pbkdf2(QStringLiteral("sha512"), key.data(), key.size(), QByteArray(kSalt, sizeof kSalt - 1),
               kIterations, kKeptBytes);
    if (!derived)
        return derived.error();
    return QString::fromLatin1(derived->toByteArray().toHex());
}

} // namespace strongroom

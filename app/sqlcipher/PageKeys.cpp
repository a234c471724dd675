#include "sqlcipher/PageKeys.h"

#include "keys/Pbkdf2.h"

#include <QCoreApplication>
#include <QFile>

namespace strongroom {

namespace {

constexpr int kKeySize = 32;
constexpr int kHmacKdfIterations = 2;
constexpr char kHmacSaltMask = 0x3a;

QString kdfHash(const CipherSettings &settings)
{
    return settings.kdfAlgorithm.section(QLatin1Char('_'), -1).toLower(); // PBKDF2_HMAC_SHA512 -> sha512
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

void appendHex(QCA::SecureArray &out, int &at, const char *bytes, int size)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[at++] = digits[b >> 4];
        out[at++] = digits[b & 15];
    }
}

} // namespace

Result<QByteArray> PageKeys::readSalt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate("PageKeys", "%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray salt = file.read(PageKeys::saltSize);
    if (salt.size() != PageKeys::saltSize)
        return Error(ExitCode::Unsupported,
                     QCoreApplication::translate("PageKeys", "%1: too short to be a database.").arg(path),
                     QStringLiteral("not-a-database"));
    return salt;
}

Result<PageKeys> PageKeys::derive(const KeyMaterial &key, const QByteArray &salt,
                                  const CipherSettings &settings)
{
    if (settings.plaintextHeaderSize != 0 || salt.size() != PageKeys::saltSize)
        return Error(
            ExitCode::Usage,
            QCoreApplication::translate("PageKeys", "These cipher settings keep the salt outside the file."));
    PageKeys keys;
    keys.salt = salt;
    if (key.kind() == KeyKind::Raw) {
        // x'<64 hex>' or x'<96 hex>' (key and salt): the key is used as it is.
        const char *hex = key.data() + 2;
        keys.encryption = QCA::SecureArray(kKeySize, 0);
        for (int i = 0; i < kKeySize; ++i)
            keys.encryption[i] = char(hexValue(hex[2 * i]) << 4 | hexValue(hex[2 * i + 1]));
        if (key.size() == 96 + 3) {
            for (int i = 0; i < PageKeys::saltSize; ++i)
                keys.salt[i] = char(hexValue(hex[64 + 2 * i]) << 4 | hexValue(hex[64 + 2 * i + 1]));
        }
    } else {
        Result<QCA::SecureArray> derived =
            pbkdf2(kdfHash(settings), key.data(), key.size(), salt, settings.kdfIter, kKeySize);
        if (!derived)
            return derived.error();
        keys.encryption = derived.value();
    }
    QByteArray hmacSalt = keys.salt;
    for (char &c : hmacSalt)
        c ^= kHmacSaltMask;
    Result<QCA::SecureArray> hmac = pbkdf2(kdfHash(settings), keys.encryption.constData(), kKeySize, hmacSalt,
                                           kHmacKdfIterations, kKeySize);
    if (!hmac)
        return hmac.error();
    keys.hmac = hmac.value();
    return keys;
}

Result<PageKeys> PageKeys::ofFile(const QString &path, const KeyMaterial &key, const CipherSettings &settings)
{
    const Result<QByteArray> salt = readSalt(path);
    if (!salt)
        return salt.error();
    return derive(key, salt.value(), settings);
}

KeyMaterial PageKeys::rawKey() const
{
    QCA::SecureArray spec(3 + 2 * (kKeySize + PageKeys::saltSize), 0);
    int at = 0;
    spec[at++] = 'x';
    spec[at++] = '\'';
    appendHex(spec, at, encryption.constData(), kKeySize);
    appendHex(spec, at, salt.constData(), PageKeys::saltSize);
    spec[at++] = '\'';
    return KeyMaterial(spec);
}

} // namespace strongroom

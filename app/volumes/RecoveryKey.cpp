#include "volumes/RecoveryKey.h"

#include "core/SecureRandom.h"

namespace strongroom::recoverykey {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
constexpr int kGroups = 8;
constexpr int kGroupLength = 5;
} // namespace

int groupCount()
{
    return kGroups;
}

QCA::SecureArray generate()
{
    // 8 groups x 5 characters x 5 bits = 200 bits = 25 random bytes.
    const QCA::SecureArray random = securerandom::bytes(25);
    QCA::SecureArray key(kGroups * kGroupLength + kGroups - 1);
    int bit = 0, out = 0;
    for (int i = 0; i < kGroups * kGroupLength; ++i, bit += 5) {
        if (i > 0 && i % kGroupLength == 0)
            key[out++] = '-';
        const int byte = bit / 8, shift = bit % 8;
        unsigned value = (static_cast<unsigned char>(random[byte]) << 8);
        if (byte + 1 < random.size())
            value |= static_cast<unsigned char>(random[byte + 1]);
        key[out++] = kAlphabet[(value >> (11 - shift)) & 0x1f];
    }
    return key;
}

QString group(const QCA::SecureArray &key, int index)
{
    const int start = index * (kGroupLength + 1);
    if (index < 0 || start + kGroupLength > key.size())
        return {};
    return QString::fromLatin1(key.constData() + start, kGroupLength);
}

} // namespace strongroom::recoverykey

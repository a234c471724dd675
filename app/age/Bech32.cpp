#include "age/Bech32.h"

#include <vector>

namespace strongroom::age {

namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

quint32 polymod(const std::vector<quint8> &values)
{
    static constexpr quint32 generator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 checksum = 1;
    for (const quint8 v : values) {
        const quint32 top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1)
                checksum ^= generator[i];
    }
    return checksum;
}

std::vector<quint8> expandHrp(const QByteArray &hrp)
{
    std::vector<quint8> out;
    for (const char c : hrp)
        out.push_back(quint8(c) >> 5);
    out.push_back(0);
    for (const char c : hrp)
        out.push_back(quint8(c) & 31);
    return out;
}

// Regroups bits (8 -> 5 when encoding, 5 -> 8 when decoding); decoding refuses leftover bits that are
// more than padding or not zero.
std::optional<std::vector<quint8>> regroup(const quint8 *data, std::size_t size, int from, int to, bool pad)
{
    std::vector<quint8> out;
    quint32 accumulator = 0;
    int bits = 0;
    const quint32 mask = (1u << to) - 1;
    for (std::size_t i = 0; i < size; ++i) {
        accumulator = (accumulator << from) | data[i];
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push_back(quint8((accumulator >> bits) & mask));
        }
    }
    if (pad) {
        if (bits > 0)
            out.push_back(quint8((accumulator << (to - bits)) & mask));
    } else if (bits >= from || ((accumulator << (to - bits)) & mask) != 0) {
        return std::nullopt;
    }
    return out;
}

} // namespace

QString encodeBech32(const QString &hrp, QByteArrayView data)
{
    const bool upper = hrp == hrp.toUpper() && hrp != hrp.toLower();
    const QByteArray lowHrp = hrp.toLower().toLatin1();
    const auto five =
        *regroup(reinterpret_cast<const quint8 *>(data.data()), std::size_t(data.size()), 8, 5, true);
    std::vector<quint8> values = expandHrp(lowHrp);
    values.insert(values.end(), five.begin(), five.end());
    values.insert(values.end(), 6, 0);
    const quint32 checksum = polymod(values) ^ 1;
    QByteArray out = lowHrp + '1';
    for (const quint8 v : five)
        out.append(kCharset[v]);
    for (int i = 0; i < 6; ++i)
        out.append(kCharset[(checksum >> (5 * (5 - i))) & 31]);
    return upper ? QString::fromLatin1(out).toUpper() : QString::fromLatin1(out);
}

std::optional<Bech32Decoded> decodeBech32(const QString &text)
{
    // Printable ASCII only, checked before toLatin1(), which turns any other character into '?'.
    for (const QChar c : text)
        if (c.unicode() < 33 || c.unicode() > 126)
            return std::nullopt;
    const QByteArray raw = text.toLatin1();
    if (raw.isEmpty())
        return std::nullopt;
    bool hasLower = false, hasUpper = false;
    for (const char c : raw) {
        if (c < 33 || c > 126)
            return std::nullopt;
        hasLower |= (c >= 'a' && c <= 'z');
        hasUpper |= (c >= 'A' && c <= 'Z');
    }
    if (hasLower && hasUpper)
        return std::nullopt;
    const QByteArray lower = raw.toLower();
    const qsizetype separator = lower.lastIndexOf('1');
    if (separator < 1 || separator + 7 > lower.size())
        return std::nullopt;
    const QByteArray hrp = lower.left(separator);
    std::vector<quint8> values;
    for (qsizetype i = separator + 1; i < lower.size(); ++i) {
        const char *at = std::strchr(kCharset, lower[i]);
        if (!at || lower[i] == '\0')
            return std::nullopt;
        values.push_back(quint8(at - kCharset));
    }
    std::vector<quint8> check = expandHrp(hrp);
    check.insert(check.end(), values.begin(), values.end());
    if (polymod(check) != 1)
        return std::nullopt;
    values.resize(values.size() - 6);
    const auto bytes = regroup(values.data(), values.size(), 5, 8, false);
    if (!bytes)
        return std::nullopt;
    return Bech32Decoded{QString::fromLatin1(hrp),
                         QByteArray(reinterpret_cast<const char *>(bytes->data()), qsizetype(bytes->size()))};
}

} // namespace strongroom::age

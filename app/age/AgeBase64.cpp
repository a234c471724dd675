#include "age/AgeBase64.h"

namespace strongroom::age {

namespace {

int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

QByteArray encodeBase64Raw(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decodeBase64Raw(QByteArrayView text)
{
    // A length of 1 mod 4 cannot come from any byte string.
    if (text.size() % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    quint32 accumulator = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        accumulator = (accumulator << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((accumulator >> bits) & 0xff));
        }
    }
    // Canonical: the bits left over after the last whole byte are zero.
    if (bits > 0 && (accumulator & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> decodeBase64Padded(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=')
        ++padding;
    const QByteArrayView body = text.first(text.size() - padding);
    // A third '=' or a padding character inside the text is not canonical; decodeBase64Raw refuses both.
    return decodeBase64Raw(body);
}

} // namespace strongroom::age

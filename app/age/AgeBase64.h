#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace strongroom::age {

// The base64 of the age header: standard alphabet, no '=' padding, and only canonical encodings
// accepted (the unused low bits of the last character must be zero). QByteArray::fromBase64 is
// lenient on all three counts, which the spec forbids.
QByteArray encodeBase64Raw(QByteArrayView data);
std::optional<QByteArray> decodeBase64Raw(QByteArrayView text);

// Standard base64 with padding, canonical, for the ASCII armor (RFC 7468): length a multiple of 4,
// '=' only at the end, unused bits zero.
std::optional<QByteArray> decodeBase64Padded(QByteArrayView text);

} // namespace strongroom::age

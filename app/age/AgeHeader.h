#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <array>
#include <cstdint>

class QIODevice;

namespace strongroom::age {

// The textual header of an age v1 file (C2SP age, "Header"):
//
//   age-encryption.org/v1\n
//   -> TYPE ARG...\n            one or more stanzas: arguments of VCHARs separated by single spaces,
//   BODY (64 columns)\n         then the body in unpadded canonical base64, 64 columns a line,
//   BODY (< 64 columns)\n       ended by a shorter line, which may be empty
//   --- MAC\n                   HMAC-SHA-256 over every byte up to and including "---"
//
// LF only: a CR anywhere is an error, as is any line that is not one of these. The MAC is checked
// against the bytes exactly as read, never against a re-encoding.
struct Stanza
{
    QList<QByteArray> arguments; // arguments[0] is the type ("X25519", "scrypt", ...)
    QByteArray body;

    QByteArray type() const { return arguments.value(0); }
};

struct Header
{
    QList<Stanza> stanzas;
    QByteArray macInput; // the exact header bytes the MAC covers
    std::array<std::uint8_t, 32> mac{};
};

constexpr char kVersionLine[] = "age-encryption.org/v1";
constexpr char kVersionPrefix[] = "age-encryption.org/";

// Reads the header from `in`, leaving it positioned at the first byte of the payload. Fails with
// AgeFailure::Header for anything the spec does not allow (NotAgeFile when the first line is not an
// age version line at all).
Result<Header> readHeader(QIODevice &in);

// The header's bytes up to and including "---", for the MAC, and the finished header with the MAC line.
QByteArray encodeHeaderWithoutMac(const QList<Stanza> &stanzas);
QByteArray encodeHeader(const QList<Stanza> &stanzas, const std::array<std::uint8_t, 32> &mac);

} // namespace strongroom::age

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace strongroom::age {

// Bech32 (BIP 173) as age uses it: no length limit on the data part, all upper or all lower case,
// the checksum computed over the lower-case form. Recipients are "age1...", identities
// "AGE-SECRET-KEY-1..." (the encoder writes what it is given; callers upper-case identities).
QString encodeBech32(const QString &hrp, QByteArrayView data);

struct Bech32Decoded
{
    QString hrp; // in lower case
    QByteArray data;
};
std::optional<Bech32Decoded> decodeBech32(const QString &text);

} // namespace strongroom::age

#pragma once

#include <QString>
#include <QtCrypto>

namespace strongroom {

// A recovery key for a second key slot: 200 random bits from QCA's generator, written as eight
// groups of five characters from an alphabet without look-alikes (Crockford's base32), e.g.
// "7KQ2M-ZX4PA-...". The whole text, dashes included, is the slot's passphrase.
namespace recoverykey {

QCA::SecureArray generate();
// "Group 3 of 8", for the wizard's "type part of it back" check.
QString group(const QCA::SecureArray &key, int index);
int groupCount();

} // namespace recoverykey
} // namespace strongroom

#pragma once

#include "age/AgeCrypto.h"
#include "age/AgeHeader.h"

#include <QByteArrayView>
#include <QString>

namespace strongroom::age {

// The scrypt recipient type (C2SP age, "The scrypt recipient type"): the file key wrapped under a
// key derived from a passphrase. Such a stanza must be the only one in its header.

// The highest work factor read (2^22: about 4 GiB of memory and several seconds); age itself writes 18.
constexpr int kMaxScryptLogN = 22;

// The work factor whose derivation takes about `target` milliseconds on this machine, measured once
// at a small factor and scaled (each step up doubles the time); never below 18, age's own default.
int calibratedScryptLogN(int targetMilliseconds = 1000);

// About how long a derivation at `logN` takes here, in ms: one at a small factor is timed and scaled
// (the time doubles with each step). For the "cannot be stopped; ends in about N s" displays.
qint64 expectedScryptMs(int logN);
// The work factor a stanza names (checked by checkScryptStanza first), or -1.
int scryptLogNOf(const Stanza &stanza);

// A stanza "-> scrypt <salt> <logN>" wrapping the file key.
Stanza scryptWrap(const FileKey &fileKey, QByteArrayView passphrase, int logN);

// The structural rules of a scrypt stanza, checked before the (costly) derivation: three arguments,
// a canonical 16-byte salt, a work factor of digits without a leading zero, at most kMaxScryptLogN,
// a 32-byte body. Returns what is wrong, or empty.
QString checkScryptStanza(const Stanza &stanza);

// Derives and opens; false when the passphrase does not open it.
bool scryptUnwrap(const Stanza &stanza, QByteArrayView passphrase, FileKey &fileKey);

} // namespace strongroom::age

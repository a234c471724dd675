#pragma once

#include "keys/KeyMaterial.h"
#include "sqlcipher/CipherSettings.h"

#include <QString>

namespace strongroom {

// Whether a key and settings decrypt the start of a file's page 1 to what SQLite demands of a
// database header: the page size of the settings, a read version of 1 or 2, and the payload
// fractions 64/32/32.
//
// Without page HMACs (SQLCipher 1) nothing stops a wrong key before SQLite reads the garbage it
// decrypts as the header. About one wrong key in 500 makes SQLite read "WAL" there, and even a
// read-only connection then creates -wal and -shm files beside the user's database. Checking the
// first block here keeps such a key away from SQLite. A garbage block passes with a chance near 2^-33.
//
// True also when it cannot tell (a short or unreadable file, a salt kept outside the file, an HMAC
// it does not know): SQLite then gives the verdict.
bool decryptsToAPageOneHeader(const QString &path, const KeyMaterial &key, const CipherSettings &settings);

} // namespace strongroom

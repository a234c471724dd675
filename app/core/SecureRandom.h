#pragma once

#include <QtCrypto>
#include <cstddef>

namespace strongroom {

// The one source of random bytes for keys, passphrases, recovery keys and salts: the kernel's
// getrandom(2). Not QCA::Random, whose provider chain ends in std::rand() when no plugin loads, so
// a missing plugin would silently weaken every key. There is no fallback: if the kernel cannot give
// random bytes the process stops (qFatal) rather than hand out a weak key.
namespace securerandom {

// Fills `count` bytes at `buffer`: for values that are not secret once made (IVs, nonces) or that
// live in a buffer the caller already protects.
void fill(void *buffer, size_t count);
// `count` random bytes in secure (locked, wiped) memory.
QCA::SecureArray bytes(int count);
// A value in [0, bound), without modulo bias. `bound` must be > 0.
quint32 uniform(quint32 bound);

} // namespace securerandom
} // namespace strongroom

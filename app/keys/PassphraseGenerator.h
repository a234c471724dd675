#pragma once

#include "keys/KeyMaterial.h"

#include <QStringList>

namespace strongroom {

// New keys from the kernel's random source (core/SecureRandom, never QCA::Random): word passphrases drawn
// uniformly from the shipped BIP-39 English list (2048 words, 11 bits each) and raw keys as SQLCipher
// reads them (x'<64 hex>', 256 bits). The result is built in secure memory and never kept here.
class PassphraseGenerator
{
public:
    static constexpr int kMinimumWords = 8;

    PassphraseGenerator();

    // The word list (loaded once per generator from the Qt resource); empty if the resource is missing.
    const QStringList &words() const { return m_words; }

    // `count` words (at least kMinimumWords) separated by single spaces.
    KeyMaterial words(int count) const;
    // x'<64 lower-case hex digits>' from 32 random bytes.
    static KeyMaterial rawKey();

    // The entropy of a generated passphrase of `count` words from this list, in bits.
    double entropyBits(int count) const;

    // A uniformly distributed integer in [0, bound) (rejection sampling, so no modulo bias).
    static quint32 uniform(quint32 bound);

private:
    QStringList m_words;
};

} // namespace strongroom

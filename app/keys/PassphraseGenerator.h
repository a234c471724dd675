#pragma once

#include <QStringList>
#include <QtCrypto>

namespace strongroom {

// Diceware-style passphrases: words drawn with QCA's random generator from the BIP-39 English list
// (2048 words, so 11 bits each), joined by dashes, e.g. "orbit-velvet-lunch-acid-rescue-mule".
// The list ships as a Qt resource of strongroom-keys; a GUI or the CLI can both use this.
class PassphraseGenerator
{
public:
    PassphraseGenerator();

    QCA::SecureArray generate(int words) const;
    static double bitsPerWord() { return 11.0; }
    int wordCount() const { return int(m_words.size()); }
    // Enough words for `bits` of entropy (at least 4).
    static int wordsFor(double bits);

private:
    QStringList m_words;
};

} // namespace strongroom

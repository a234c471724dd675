#pragma once

#include <QString>
#include <QStringList>

namespace strongroom {

// A conservative estimate of how hard a passphrase is to guess, for the strength meter. It assumes
// the attacker knows how it was made: a phrase made only of words from the generator's list counts
// 11 bits a word whatever its length; anything else counts the character classes used, with runs,
// repeats and keyboard or alphabet sequences counted as one character. A raw key is 256 bits.
struct PassphraseStrength
{
    enum class Level
    {
        Empty,
        VeryWeak, // < 40 bits: an offline attack on a single GPU finds it
        Weak,     // < 60 bits
        Good,     // < 80 bits
        Strong,   // >= 80 bits
    };

    double bits = 0;
    Level level = Level::Empty;

    static PassphraseStrength estimate(const QString &passphrase, const QStringList &wordList);
    static Level levelFor(double bits);
};

} // namespace strongroom

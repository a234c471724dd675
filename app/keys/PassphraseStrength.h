#pragma once

#include <QString>

namespace strongroom {

// A conservative estimate of how hard a passphrase is to guess, for strength meters. Words of
// Strongroom's generator count 11 bits each; other text counts by the character classes it uses,
// with repeats and runs discounted. Never stored, never logged.
struct PassphraseStrength
{
    enum class Rating
    {
        Empty,
        Weak,
        Fair,
        Good,
        Strong
    };
    double bits = 0;
    Rating rating = Rating::Empty;

    static PassphraseStrength estimate(const QString &passphrase);
};

} // namespace strongroom

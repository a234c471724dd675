#include "keys/PassphraseStrength.h"

#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace strongroom {

namespace {
PassphraseStrength::Rating rate(double bits)
{
    if (bits <= 0)
        return PassphraseStrength::Rating::Empty;
    if (bits < 40)
        return PassphraseStrength::Rating::Weak;
    if (bits < 60)
        return PassphraseStrength::Rating::Fair;
    if (bits < 80)
        return PassphraseStrength::Rating::Good;
    return PassphraseStrength::Rating::Strong;
}

// Size of the alphabet the text draws from, by character class.
int alphabetSize(const QString &text)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : text) {
        if (c.unicode() > 127)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
}
} // namespace

PassphraseStrength PassphraseStrength::estimate(const QString &passphrase)
{
    PassphraseStrength s;
    if (passphrase.isEmpty())
        return s;
    // A generated phrase: lower-case words joined by dashes.
    static const QRegularExpression words(QStringLiteral("^[a-z]{3,8}(-[a-z]{3,8}){3,}$"));
    if (words.match(passphrase).hasMatch()) {
        s.bits = 11.0 * double(passphrase.count(QLatin1Char('-')) + 1);
    } else {
        // Characters that repeat the one before or continue a run ("aaaa", "1234") add little.
        double effective = 0;
        for (qsizetype i = 0; i < passphrase.size(); ++i) {
            const bool predictable =
                i > 0 && std::abs(passphrase.at(i).unicode() - passphrase.at(i - 1).unicode()) <= 1;
            effective += predictable ? 0.25 : 1.0;
        }
        const double distinct = double(QSet<QChar>(passphrase.begin(), passphrase.end()).size());
        double perChar = std::log2(double(qMax(2, alphabetSize(passphrase))));
        // Mostly letters and spaces reads as words of a language: about 2.5 bits a character.
        qsizetype wordish = 0;
        for (const QChar c : passphrase)
            wordish += (c.isLetter() || c == QLatin1Char(' ')) ? 1 : 0;
        if (wordish * 10 >= passphrase.size() * 9)
            perChar = std::min(perChar, 2.5);
        s.bits = std::min(effective, distinct * 2.0) * perChar;
    }
    s.rating = rate(s.bits);
    return s;
}

} // namespace strongroom

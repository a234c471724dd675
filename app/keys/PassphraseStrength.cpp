#include "keys/PassphraseStrength.h"

#include "keys/KeyMaterial.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace strongroom {

namespace {

// Characters that continue the previous one by a fixed step ("abc", "321", "aaa") add almost nothing.
bool continuesSequence(QChar previous, QChar current, int &step)
{
    const int delta = current.unicode() - previous.unicode();
    const bool sequence = std::abs(delta) <= 1 && delta == step;
    step = delta;
    return sequence;
}

double characterBits(const QString &text)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : text) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    if (pool == 0)
        return 0;
    double effective = 0;
    int step = 1000;
    for (int i = 0; i < text.size(); ++i) {
        if (i > 0 && continuesSequence(text[i - 1], text[i], step))
            effective += 0.25;
        else
            effective += 1;
    }
    // Few distinct characters means a pattern, not randomness.
    const int distinct = int(QSet<QChar>(text.begin(), text.end()).size());
    effective = std::min(effective, distinct * 2.0);
    return effective * std::log2(double(pool));
}

} // namespace

PassphraseStrength::Level PassphraseStrength::levelFor(double bits)
{
    if (bits <= 0)
        return Level::Empty;
    if (bits < 40)
        return Level::VeryWeak;
    if (bits < 60)
        return Level::Weak;
    if (bits < 80)
        return Level::Good;
    return Level::Strong;
}

PassphraseStrength PassphraseStrength::estimate(const QString &passphrase, const QStringList &wordList)
{
    PassphraseStrength s;
    if (passphrase.isEmpty())
        return s;
    const QByteArray utf8 = passphrase.toUtf8();
    if (KeyMaterial::looksRaw(QCA::SecureArray(utf8))) {
        s.bits = 256;
    } else {
        static const QRegularExpression separators(QStringLiteral("[\\s\\-_.]+"));
        const QStringList parts = passphrase.toLower().split(separators, Qt::SkipEmptyParts);
        bool allListed = !wordList.isEmpty() && parts.size() > 1;
        for (const QString &part : parts)
            allListed = allListed && std::binary_search(wordList.begin(), wordList.end(), part);
        s.bits = allListed ? parts.size() * std::log2(double(wordList.size())) : characterBits(passphrase);
    }
    s.level = levelFor(s.bits);
    return s;
}

} // namespace strongroom

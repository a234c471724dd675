#include "keys/PassphraseGenerator.h"

#include "core/SecureRandom.h"

#include <QFile>
#include <algorithm>
#include <cmath>

namespace strongroom {

namespace {

QStringList loadWordList()
{
    QFile file(QStringLiteral(":/wordlists/bip39-english.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words;
    while (!file.atEnd()) {
        const QString word = QString::fromUtf8(file.readLine()).trimmed();
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

} // namespace

PassphraseGenerator::PassphraseGenerator() : m_words(loadWordList()) {}

quint32 PassphraseGenerator::uniform(quint32 bound)
{
    return securerandom::uniform(bound);
}

KeyMaterial PassphraseGenerator::words(int count) const
{
    count = std::max(count, kMinimumWords);
    QCA::SecureArray phrase;
    if (m_words.isEmpty())
        return KeyMaterial();
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            phrase.append(QCA::SecureArray(QByteArray(" ")));
        phrase.append(QCA::SecureArray(m_words.at(int(uniform(quint32(m_words.size())))).toUtf8()));
    }
    return KeyMaterial(phrase);
}

KeyMaterial PassphraseGenerator::rawKey()
{
    static const char digits[] = "0123456789abcdef";
    const QCA::SecureArray bytes = securerandom::bytes(32);
    QCA::SecureArray text(2 + 64 + 1);
    char *out = text.data();
    out[0] = 'x';
    out[1] = '\'';
    for (int i = 0; i < 32; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[2 + 2 * i] = digits[byte >> 4];
        out[3 + 2 * i] = digits[byte & 0x0f];
    }
    out[66] = '\'';
    return KeyMaterial(text);
}

double PassphraseGenerator::entropyBits(int count) const
{
    return m_words.isEmpty() ? 0.0 : count * std::log2(double(m_words.size()));
}

} // namespace strongroom

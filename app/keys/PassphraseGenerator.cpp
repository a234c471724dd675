#include "keys/PassphraseGenerator.h"

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
    Q_ASSERT(bound > 0);
    // The largest multiple of `bound` that fits in 32 bits; values at or above it would favour the
    // low results, so they are drawn again.
    const quint64 limit = (quint64(1) << 32) - ((quint64(1) << 32) % bound);
    for (;;) {
        const QCA::SecureArray bytes = QCA::Random::randomArray(4);
        const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
        const quint32 value = quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
        if (value < limit)
            return value % bound;
    }
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
    const QCA::SecureArray bytes = QCA::Random::randomArray(32);
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

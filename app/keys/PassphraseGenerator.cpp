#include "keys/PassphraseGenerator.h"

#include <QFile>
#include <cmath>

namespace strongroom {

PassphraseGenerator::PassphraseGenerator()
{
    QFile list(QStringLiteral(":/wordlists/bip39-english.txt"));
    if (list.open(QIODevice::ReadOnly))
        m_words = QString::fromLatin1(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QCA::SecureArray PassphraseGenerator::generate(int words) const
{
    QCA::SecureArray phrase;
    if (m_words.size() != 2048)
        return phrase;
    for (int i = 0; i < words; ++i) {
        // Two random bytes, 11 bits used: every word exactly equally likely.
        const QCA::SecureArray random = QCA::Random::randomArray(2);
        const int index = ((quint8(random[0]) << 8) | quint8(random[1])) & 0x7ff;
        if (i > 0)
            phrase.append(QCA::SecureArray(QByteArray("-")));
        phrase.append(QCA::SecureArray(m_words.at(index).toLatin1()));
    }
    return phrase;
}

int PassphraseGenerator::wordsFor(double bits)
{
    return qMax(4, int(std::ceil(bits / bitsPerWord())));
}

} // namespace strongroom

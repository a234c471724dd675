#include "core/ControlCharacters.h"

namespace strongroom {

namespace {

bool needsEscape(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return true;
    // Format characters: zero-width marks, direction embeddings, overrides and isolates.
    return QChar::category(c) == QChar::Other_Format;
}

} // namespace

QString escapeControlCharacters(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        if (!needsEscape(c)) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        switch (c) {
        case U'\t':
            out += QStringLiteral("\\t");
            break;
        case U'\n':
            out += QStringLiteral("\\n");
            break;
        case U'\r':
            out += QStringLiteral("\\r");
            break;
        default:
            out += c < 0x100
                       ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                       : QStringLiteral("\\u{%1}").arg(
                             QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        }
    }
    return out;
}

} // namespace strongroom

#include "age/TextQrCode.h"

#include "age/AgeCrypto.h"

#include <qrencode.h>

namespace strongroom::age {

QString textQrCode(QByteArrayView data)
{
    QRcode *code = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.data()),
                                     0, QR_ECLEVEL_M);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int width = code->width;
    const auto dark = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= width)
            return false;
        return (code->data[y * width + x] & 1) != 0;
    };
    // Dark modules print as spaces on a light background, so the code reads on a dark terminal too;
    // each character is the upper module over the lower one.
    QString out;
    for (int y = -quiet; y < width + quiet; y += 2) {
        for (int x = -quiet; x < width + quiet; ++x) {
            const bool top = dark(x, y), bottom = dark(x, y + 1);
            out += top && bottom ? QChar(u' ')
                   : top         ? QChar(u'\u2584')
                   : bottom      ? QChar(u'\u2580')
                                 : QChar(u'\u2588');
        }
        out += QLatin1Char('\n');
    }
    wipeBytes(code->data, std::size_t(width) * std::size_t(width));
    QRcode_free(code);
    return out;
}

QList<QList<bool>> qrCodeModules(QByteArrayView data)
{
    QRcode *code = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.data()),
                                     0, QR_ECLEVEL_M);
    if (!code)
        return {};
    QList<QList<bool>> rows;
    for (int y = 0; y < code->width; ++y) {
        QList<bool> row;
        for (int x = 0; x < code->width; ++x)
            row.append((code->data[y * code->width + x] & 1) != 0);
        rows.append(row);
    }
    wipeBytes(code->data, std::size_t(code->width) * std::size_t(code->width));
    QRcode_free(code);
    return rows;
}

} // namespace strongroom::age

#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace strongroom::age {

// A QR code (libqrencode, error correction M) drawn with Unicode half blocks, two modules a
// character, with the quiet zone the standard asks for: printable on a text recovery sheet and
// readable by a phone from the screen. Empty when the data is too long for a QR code.
QString textQrCode(QByteArrayView data);

// The same code as rows of modules (true: dark), without the quiet zone, for drawing it as an
// image (the console's PDF recovery sheet). Empty when the data is too long for a QR code.
QList<QList<bool>> qrCodeModules(QByteArrayView data);

} // namespace strongroom::age

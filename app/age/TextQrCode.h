#pragma once

#include <QByteArrayView>
#include <QString>

namespace strongroom::age {

// A QR code (libqrencode, error correction M) drawn with Unicode half blocks, two modules a
// character, with the quiet zone the standard asks for: printable on a text recovery sheet and
// readable by a phone from the screen. Empty when the data is too long for a QR code.
QString textQrCode(QByteArrayView data);

} // namespace strongroom::age

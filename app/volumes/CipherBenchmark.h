#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom {

// One line of `volume benchmark`: a cipher's encryption and decryption speed, and where it was
// measured. libcryptsetup's own benchmark goes through the kernel crypto API (AF_ALG); where that
// is missing the same ciphers are measured with OpenSSL in user space and labelled so, since the
// kernel's dm-crypt speed can differ.
struct CipherSpeed {
    QString cipher; // "aes-xts"
    int keySizeBits = 0;
    double encryptMiBs = 0;
    double decryptMiBs = 0;
    QString source;     // "kernel (libcryptsetup)", "user space (OpenSSL)", "unavailable"
    QString note;       // why unavailable
    QJsonObject toJson() const;
};

// The cipher list of `cryptsetup benchmark`.
QList<CipherSpeed> benchmarkCiphers(bool kernelCryptoApi);

} // namespace strongroom

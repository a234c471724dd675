#pragma once

#include "core/WorkProgress.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom {

// One line of `volume benchmark`: a cipher's encryption and decryption speed, and where it was
// measured. libcryptsetup's own benchmark goes through the kernel crypto API (AF_ALG); where that
// is missing the same ciphers are measured with OpenSSL in user space and labelled so, since the
// kernel's dm-crypt speed can differ.
struct CipherSpeed
{
    QString cipher; // "aes-xts"
    int keySizeBits = 0;
    double encryptMiBs = 0;
    double decryptMiBs = 0;
    QString source; // "kernel (libcryptsetup)", "user space (OpenSSL)", "unavailable"
    QString note;   // why unavailable
    QJsonObject toJson() const;
};

// The cipher list of `cryptsetup benchmark`.
QList<CipherSpeed> benchmarkCiphers(bool kernelCryptoApi);

// MiB/s of one direction of an OpenSSL cipher ("AES-256-XTS", "ChaCha20-Poly1305", ...) in user
// space, `unitBytes` at a time, each unit with its own IV as dm-crypt's sectors and SQLCipher's
// pages have, for at least `minNs` (stopping early, with what was measured, once `work` is
// cancelled). -1 when OpenSSL lacks the cipher. Shared by `volume benchmark` and `bench crypto`. With
// `perCpuSecond` the bytes are divided by the thread's CPU time instead of the elapsed time, as
// `openssl speed` does, so a loaded machine does not halve the figure.
double opensslCipherSpeed(const char *name, int keyBytes, bool encrypt, size_t unitBytes, qint64 minNs,
                          const WorkProgress &work = {}, bool perCpuSecond = false);

} // namespace strongroom

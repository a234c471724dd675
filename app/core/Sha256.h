#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;
struct evp_md_ctx_st;

namespace strongroom {

// The one SHA-256 of Strongroom: libcrypto's, which uses the CPU's SHA extensions where present.
// Every file checksum, audit chain link, fingerprint and key id goes through here.

// SHA-256 of a stream, fed as it passes.
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream &) = delete;
    Sha256Stream &operator=(const Sha256Stream &) = delete;
    void update(QByteArrayView data);
    // The 32-byte digest; call one of the two finals, once.
    QByteArray finalBytes();
    // Lower-case hex.
    QByteArray finalHex();

private:
    evp_md_ctx_st *m_ctx;
};

// SHA-256 of a byte string: the digest, and as lower-case hex.
QByteArray sha256(QByteArrayView data);
QString sha256Hex(QByteArrayView data);

// SHA-256 of what `device` gives from where it stands to its end, read 1 MiB at a time, as lower-case
// hex: the one loop that hashes a file. `work` hears the bytes read so far and is asked after each
// block; Cancelled once it says stop; a failed read is an Error (Failure, with the device's reason).
Result<QByteArray> sha256HexOf(QIODevice &device, const WorkProgress &work = {});

} // namespace strongroom

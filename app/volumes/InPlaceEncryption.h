#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "keys/KeyMaterial.h"
#include "volumes/PbkdfSettings.h"

#include <QString>

namespace strongroom {

// Offline, in-place LUKS2 encryption and decryption of an image file with libcryptsetup's
// re-encryption engine. It needs neither device-mapper nor a loop device: libcryptsetup reads and
// writes the file directly and encrypts in user space. Both directions are resumable: the LUKS2
// metadata records how far they got, so running them again after a crash or Ctrl-C continues.
//
// Encryption works like `cryptsetup reencrypt --encrypt --reduce-device-size 2×headerBytes`: the
// header takes the first `headerBytes`, the data moves up by as much, and libcryptsetup needs
// another `headerBytes` at the end as room for the first chunk it moves. By default the file grows
// by both so no byte of it is lost; the plain size is recorded in the header so that decryption
// shifts the data back and shrinks the file to exactly its old size.
namespace inplace {

struct EncryptionParams
{
    QString cipher = QStringLiteral("aes-xts-plain64");
    int keySizeBits = 512;
    int sectorSize = 512;
    QString label;
    PbkdfSettings pbkdf;
    QString slotName = QStringLiteral("operational");
    qint64 headerBytes = 16 * 1024 * 1024;
    // false: the image's last 2 × headerBytes hold nothing (a file system made that much smaller)
    // and become the room instead, so the file keeps its size.
    bool growImage = true;
};

// Bytes in-place encryption needs beyond the plain data (header and moving room).
inline qint64 encryptionRoom(const EncryptionParams &params)
{
    return 2 * params.headerBytes;
}

enum class State
{
    Plain,
    Luks,
    Encrypting,
    Decrypting,
    Crashed
};
struct Inspection
{
    State state = State::Plain;
    QString header; // the detached header that holds an unfinished decryption, else empty
    QString describe() const;
};
Result<Inspection> inspect(const QString &image);

// Where an unfinished decryption keeps the header (beside the image, until decryption ends).
QString decryptionHeaderPath(const QString &image);
// Where encryption journals the header it is about to write onto the image (beside the image, from
// just before that write until the image's header is proven).
QString encryptionHeaderPath(const QString &image);

struct Outcome
{
    bool resumed = false;
    bool finished = false; // false when stopped by a cancel (resumable)
    int slot = -1;
    quint64 bytes = 0;
};

// Encrypts a plain image (or resumes an unfinished encryption with the same key). Bytes done and
// the total are reported after each chunk; a cancel stops cleanly after it (resumable).
Result<Outcome> encrypt(const QString &image, const KeyMaterial &key, const EncryptionParams &params,
                        const WorkProgress &progress);
// Decrypts a LUKS2 image (or resumes an unfinished decryption), reporting and stopping as encrypt().
Result<Outcome> decrypt(const QString &image, const KeyMaterial &key, const WorkProgress &progress);

} // namespace inplace
} // namespace strongroom

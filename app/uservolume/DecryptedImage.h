#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"
#include "uservolume/SectorCipher.h"

#include <QByteArray>
#include <QString>
#include <list>
#include <memory>
#include <unordered_map>

namespace strongroom {

// The plaintext of a LUKS image's data segment, read and decrypted in user space: no device-mapper,
// no root. The volume key comes from libcryptsetup (crypt_volume_key_get, nothing mapped); the data
// offset, sector size and cipher from the header, which may be detached. Decrypted chunks are kept
// in a small LRU cache, since libext2fs reads the same metadata blocks again and again.
// Not thread-safe: each reader (job) opens its own.
class DecryptedImage
{
public:
    ~DecryptedImage();
    DecryptedImage(const DecryptedImage &) = delete;
    DecryptedImage &operator=(const DecryptedImage &) = delete;

    // Exit 3 when the key opens no key slot, 6 when the file is not LUKS or the cipher is not one we
    // read, 7 when the image cannot be read.
    static Result<std::unique_ptr<DecryptedImage>> open(const QString &image, const QString &header,
                                                        const KeyMaterial &key);

    QString image() const { return m_image; }
    qint64 size() const { return m_size; }
    qint64 dataOffset() const { return m_offset; }
    int sectorSize() const { return m_cipher->sectorSize(); }
    QString cipherName() const { return m_cipherName; }
    int keySlot() const { return m_slot; }

    // Copies `length` plaintext bytes at `offset` (from the start of the data segment) into `out`.
    // Reads past the end give exit 4 (the file system claims more than the image holds).
    Status read(qint64 offset, qint64 length, char *out);

    // Counters for the benchmark and the tests.
    qint64 chunksDecrypted() const { return m_chunksDecrypted; }

private:
    DecryptedImage() = default;
    Result<const QByteArray *> chunk(qint64 index);

    static constexpr qint64 kChunkSize = 256 * 1024;
    static constexpr std::size_t kCachedChunks = 32;

    QString m_image;
    QString m_cipherName;
    int m_fd = -1;
    int m_slot = -1;
    qint64 m_offset = 0;
    qint64 m_size = 0;
    std::unique_ptr<SectorCipher> m_cipher;
    std::list<qint64> m_lru; // most recent first
    std::unordered_map<qint64, std::pair<QByteArray, std::list<qint64>::iterator>> m_cache;
    qint64 m_chunksDecrypted = 0;
};

} // namespace strongroom

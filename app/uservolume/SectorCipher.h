#pragma once

#include "core/Result.h"

#include <QString>
#include <QtCrypto>
#include <cstdint>
#include <memory>

struct evp_cipher_ctx_st;

namespace strongroom {

// Decrypts dm-crypt sectors in user space with libcrypto, for the ciphers cryptsetup uses by default
// and by common choice: aes-xts-plain64 (LUKS2 and LUKS1) and aes-cbc-essiv:sha256 (older LUKS1).
// The IV of a sector is its number counted from the start of the data segment: in 512-byte units,
// or in units of the sector size where the volume says so (LUKS2 counts large sectors whole, as
// dm-crypt's iv_large_sectors does). Not thread-safe: one per reader.
class SectorCipher
{
public:
    ~SectorCipher();
    SectorCipher(const SectorCipher &) = delete;
    SectorCipher &operator=(const SectorCipher &) = delete;

    // `cipher` and `mode` as libcryptsetup names them ("aes", "xts-plain64"); any other: exit 6
    // naming it. `key` is the volume key; the contexts keep their own copy, freed with cleansing.
    static Result<std::unique_ptr<SectorCipher>> create(const QString &cipher, const QString &mode,
                                                        const QCA::SecureArray &key, int sectorSize,
                                                        bool largeSectorIvs);

    int sectorSize() const { return m_sectorSize; }
    // Decrypts whole sectors in place; `firstSector` counts sectors of sectorSize() from the start
    // of the data segment. False when libcrypto refuses (never with valid sizes).
    bool decrypt(unsigned char *data, std::size_t length, std::uint64_t firstSector);

private:
    enum class Kind
    {
        XtsPlain64,
        CbcEssiv
    };
    SectorCipher() = default;
    bool ivFor(std::uint64_t sector, unsigned char iv[16]);

    Kind m_kind = Kind::XtsPlain64;
    int m_sectorSize = 512;
    bool m_largeIvs = false;
    evp_cipher_ctx_st *m_data = nullptr;  // the sector cipher, keyed once
    evp_cipher_ctx_st *m_essiv = nullptr; // ESSIV: AES-256-ECB keyed with SHA-256 of the volume key
};

} // namespace strongroom

#pragma once

#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/PageKeys.h"

#include <QtGlobal>
#include <array>

namespace strongroom {

// Where SQLCipher keeps what in each page of a file: the ciphertext, then the IV, then the HMAC,
// padded to the AES block (the reserve); page 1 starts with the salt. Strongroom reads pages itself
// (PageAuthenticator, EncryptedRowCounter) only for the layouts readable() accepts.
struct PageLayout
{
    static constexpr int ivSize = 16;
    static constexpr int aesBlockSize = 16;
    // SQLite never writes the page that holds the byte at 1 GiB (its file locks live there): the
    // page has no HMAC, and no b-tree points to it.
    static constexpr qint64 pendingByte = 0x40000000;

    explicit PageLayout(const CipherSettings &settings)
        : pageSize(settings.pageSize), hmacSize(settings.useHmac ? hmacSizeOf(settings.hmacAlgorithm) : 0),
          reserve((ivSize + hmacSize + aesBlockSize - 1) / aesBlockSize * aesBlockSize),
          readable(settings.plaintextHeaderSize == 0 && hmacSize > 0 && pageSize >= 512 &&
                   (pageSize & (pageSize - 1)) == 0)
    {
    }

    int pageSize;
    int hmacSize; // 0: no HMAC (SQLCipher 1), or one Strongroom does not know
    int reserve;  // IV and HMAC, rounded up to the AES block
    // HMAC on, the salt in the file (SQLCipher 2 to 4, custom page sizes or iteration counts).
    bool readable;

    int ciphertextSize() const { return pageSize - reserve; } // the IV follows it
    int authenticatedSize() const { return ciphertextSize() + ivSize; }
    qint64 lockPage() const { return pendingByte / pageSize + 1; }
    // The first byte of a page's ciphertext: page 1's salt is neither encrypted nor authenticated.
    static int firstByte(qint64 page) { return page == 1 ? PageKeys::saltSize : 0; }
    // The page number as the HMAC covers it: 4 bytes, little-endian.
    static std::array<unsigned char, 4> numberBytes(qint64 page)
    {
        const quint32 n = quint32(page);
        return {uchar(n & 0xff), uchar(n >> 8 & 0xff), uchar(n >> 16 & 0xff), uchar(n >> 24 & 0xff)};
    }

private:
    static int hmacSizeOf(const QString &algorithm)
    {
        if (algorithm == QLatin1String("HMAC_SHA1"))
            return 20;
        if (algorithm == QLatin1String("HMAC_SHA256"))
            return 32;
        if (algorithm == QLatin1String("HMAC_SHA512"))
            return 64;
        return 0;
    }
};

} // namespace strongroom

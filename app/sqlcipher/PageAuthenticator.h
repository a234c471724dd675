#pragma once

#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/PageKeys.h"

#include <QList>
#include <QtCrypto>

namespace strongroom {

// Checks the HMAC SQLCipher keeps at the end of every page, as PRAGMA cipher_integrity_check does,
// but on bytes the caller has already read (a memory map), so a file can be checked on several
// threads at once and read only once for its checksum and its pages. A page passes when its stored
// HMAC equals HMAC(hmac key, ciphertext || IV || page number, 4 bytes little-endian).
class PageAuthenticator
{
public:
    // How many pages one thread checks at a time: eight (HMAC-SHA512 on CPUs with AVX-512, see
    // HmacSha512x8; otherwise one) or always one, as libcrypto does it.
    enum class Lanes
    {
        Widest,
        One
    };
    PageAuthenticator(const PageKeys &keys, const CipherSettings &settings, Lanes lanes = Lanes::Widest);

    // Settings this class can check: HMAC on, the salt in the file (SQLCipher 2 to 4 and custom
    // page sizes or iteration counts). Others are checked with PRAGMA cipher_integrity_check.
    static bool supports(const CipherSettings &settings);

    int pageSize() const { return m_pageSize; }
    // Pages firstPage..lastPage (1-based, inclusive) of a file whose bytes start at `file`; returns
    // the numbers of the pages whose HMAC does not match. Safe to call from several threads.
    QList<qint64> failingPages(const uchar *file, qint64 firstPage, qint64 lastPage) const;

private:
    QList<qint64> failingPagesOneByOne(const uchar *file, qint64 firstPage, qint64 lastPage) const;
    QList<qint64> failingPagesEightByEight(const uchar *file, qint64 firstPage, qint64 lastPage) const;
    bool eightLanes() const;

    QCA::SecureArray m_key;
    Lanes m_lanes;
    QByteArray m_digest; // "SHA512", ...
    int m_pageSize;
    int m_hmacSize;
    int m_reserve; // IV and HMAC, rounded up to the AES block
};

} // namespace strongroom

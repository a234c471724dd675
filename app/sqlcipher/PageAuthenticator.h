#pragma once

#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/PageKeys.h"
#include "sqlcipher/PageLayout.h"

#include <QList>
#include <QtCrypto>
#include <atomic>
#include <functional>

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

    int pageSize() const { return m_layout.pageSize; }
    // Pages firstPage..lastPage (1-based, inclusive) of a file whose bytes start at `file`; returns
    // the numbers of the pages whose HMAC does not match. Safe to call from several threads.
    QList<qint64> failingPages(const uchar *file, qint64 firstPage, qint64 lastPage) const;
    // The same for pages firstPage..lastPage read into a buffer of their own: `pages` holds firstPage.
    QList<qint64> failingPagesIn(const uchar *pages, qint64 firstPage, qint64 lastPage) const;
    // Writes the HMAC of each of the pages firstPage..lastPage in `pages` (as failingPagesIn) into its
    // reserve; their ciphertext and IV must be in place. False when libcrypto cannot compute one.
    bool sign(uchar *pages, qint64 firstPage, qint64 lastPage) const;
    // For threads that check the `pageCount` pages of one file together: each takes slices of pages
    // from `next` (0 before the first slice) until none is left or `stop` is set, and adds the bytes it
    // checked to `checkedBytes`; returns the failing pages of its slices.
    QList<qint64> failingPagesInSlices(const uchar *file, qint64 pageCount, std::atomic<qint64> &next,
                                       const std::atomic<bool> &stop,
                                       std::atomic<qint64> &checkedBytes) const;

private:
    // Called with each page's number and computed HMAC (hmacSize bytes), the lock page skipped.
    using MacSink = std::function<void(qint64 page, const uchar *mac)>;
    // `pages` holds page `bufferPage`; the HMACs of firstPage..lastPage go to `sink`.
    bool forEachMac(const uchar *pages, qint64 firstPage, qint64 lastPage, const MacSink &sink) const;
    bool macsOneByOne(const uchar *pages, qint64 bufferPage, qint64 firstPage, qint64 lastPage,
                      const MacSink &sink) const;
    void macsEightByEight(const uchar *pages, qint64 bufferPage, qint64 firstPage, qint64 lastPage,
                          const MacSink &sink) const;
    bool eightLanes() const;

    QCA::SecureArray m_key;
    Lanes m_lanes;
    QByteArray m_digest; // "SHA512", ...
    PageLayout m_layout;
};

} // namespace strongroom

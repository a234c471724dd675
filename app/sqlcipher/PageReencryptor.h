#pragma once

#include "core/Result.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/PageAuthenticator.h"
#include "sqlcipher/PageKeys.h"
#include "sqlcipher/PageLayout.h"

namespace strongroom {

// Moves SQLCipher pages from one pair of page keys to another without SQLite, for a change of key or
// KDF that leaves every page's layout as it is (same page size, HMAC and reserve, salt in the file).
// Each page is done the way SQLCipher 4 writes one: its HMAC checked with the old HMAC key, decrypted
// (AES-256-CBC, the IV after the ciphertext), encrypted with the new key and a fresh random reserve
// (IV first), signed with the new HMAC key over ciphertext || IV || page number, and decrypted again
// to compare with the plaintext it came from. Page 1 keeps its first 16 bytes for the new salt; the
// page holding the byte at 1 GiB (never written by SQLite, see PageLayout) is copied as it is.
class PageReencryptor
{
public:
    // Both layouts readable (PageLayout::readable) and equal: only keys and the KDF differ.
    static bool supports(const CipherSettings &from, const CipherSettings &to);

    PageReencryptor(const PageKeys &from, const PageKeys &to, const CipherSettings &settings);
    ~PageReencryptor();
    PageReencryptor(const PageReencryptor &) = delete;
    PageReencryptor &operator=(const PageReencryptor &) = delete;

    int pageSize() const { return m_layout.pageSize; }

    // Pages firstPage..lastPage: `source` holds them as read, encrypted with the old keys; `target`
    // (as large) gets them encrypted with the new. Safe to call from several threads at once.
    // Errors: Integrity naming the first page whose HMAC fails with the old key ("damaged-page") or
    // that does not decrypt back to its plaintext; Environment when libcrypto fails.
    Status reencrypt(const uchar *source, uchar *target, qint64 firstPage, qint64 lastPage) const;

private:
    PageLayout m_layout;
    PageAuthenticator m_oldMacs;
    PageAuthenticator m_newMacs;
    QCA::SecureArray m_oldKey;
    QCA::SecureArray m_newKey;
    QByteArray m_newSalt;
};

} // namespace strongroom

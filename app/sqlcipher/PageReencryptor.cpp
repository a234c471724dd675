#include "sqlcipher/PageReencryptor.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <vector>

namespace strongroom {

namespace {

// The one source of the pages' IVs (and the rest of their reserve, which SQLCipher also fills with
// random bytes): libcrypto's DRBG, the generator SQLCipher draws its own IVs from.
bool fillWithRandomBytes(uchar *bytes, int size)
{
    return RAND_bytes(bytes, size) == 1;
}

Error libcryptoFailed()
{
    return Error(ExitCode::Environment,
                 QCoreApplication::translate("PageReencryptor", "libcrypto failed to re-encrypt a page."));
}

// One AES-256-CBC context per direction, keyed once; the IV is set per page.
class CbcContext
{
public:
    CbcContext(const QCA::SecureArray &key, bool encrypt) : m_context(EVP_CIPHER_CTX_new())
    {
        const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
        m_ok = m_context && key.size() == 32 &&
               EVP_CipherInit_ex(m_context, EVP_aes_256_cbc(), nullptr, k, nullptr, encrypt ? 1 : 0) == 1 &&
               EVP_CIPHER_CTX_set_padding(m_context, 0) == 1;
    }
    ~CbcContext() { EVP_CIPHER_CTX_free(m_context); }
    CbcContext(const CbcContext &) = delete;
    CbcContext &operator=(const CbcContext &) = delete;

    bool ok() const { return m_ok; }
    // `size` bytes, a multiple of the AES block.
    bool run(const uchar *iv, const uchar *in, uchar *out, int size)
    {
        int written = 0;
        return EVP_CipherInit_ex(m_context, nullptr, nullptr, nullptr, iv, -1) == 1 &&
               EVP_CipherUpdate(m_context, out, &written, in, size) == 1 && written == size;
    }

private:
    EVP_CIPHER_CTX *m_context;
    bool m_ok = false;
};

} // namespace

bool PageReencryptor::supports(const CipherSettings &from, const CipherSettings &to)
{
    const PageLayout a(from);
    const PageLayout b(to);
    return a.readable && b.readable && a.pageSize == b.pageSize && a.hmacSize == b.hmacSize &&
           a.reserve == b.reserve && from.hmacAlgorithm == to.hmacAlgorithm;
}

PageReencryptor::PageReencryptor(const PageKeys &from, const PageKeys &to, const CipherSettings &settings)
    : m_layout(settings), m_oldMacs(from, settings), m_newMacs(to, settings), m_oldKey(from.encryption),
      m_newKey(to.encryption), m_newSalt(to.salt)
{
}

PageReencryptor::~PageReencryptor() = default;

Status PageReencryptor::reencrypt(const uchar *source, uchar *target, qint64 firstPage, qint64 lastPage) const
{
    const QList<qint64> failing = m_oldMacs.failingPagesIn(source, firstPage, lastPage);
    if (!failing.isEmpty())
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "PageReencryptor", "Page %1 fails its HMAC check with the current key: the file "
                                            "is damaged there.")
                         .arg(failing.first()),
                     QStringLiteral("damaged-page"));

    const int pageSize = m_layout.pageSize;
    const int ciphertextEnd = m_layout.ciphertextSize(); // the IV starts here
    std::vector<uchar> plain(size_t(pageSize), 0);
    std::vector<uchar> again(size_t(pageSize), 0);
    const auto wipe = qScopeGuard([&] {
        OPENSSL_cleanse(plain.data(), plain.size());
        OPENSSL_cleanse(again.data(), again.size());
    });
    CbcContext decryptOld(m_oldKey, false);
    CbcContext encryptNew(m_newKey, true);
    CbcContext decryptNew(m_newKey, false);
    if (!decryptOld.ok() || !encryptNew.ok() || !decryptNew.ok())
        return libcryptoFailed();

    // The reserves of all the slice's pages in one draw rather than one per page.
    std::vector<uchar> reserves(size_t((lastPage - firstPage + 1) * m_layout.reserve));
    if (!fillWithRandomBytes(reserves.data(), int(reserves.size())))
        return libcryptoFailed();
    const qint64 lockPage = m_layout.lockPage();
    for (qint64 page = firstPage; page <= lastPage; ++page) {
        const uchar *in = source + (page - firstPage) * pageSize;
        uchar *out = target + (page - firstPage) * pageSize;
        if (page == lockPage) {
            std::memcpy(out, in, size_t(pageSize));
            continue;
        }
        const int start = PageLayout::firstByte(page);
        const int length = ciphertextEnd - start;
        if (page == 1)
            std::memcpy(out, m_newSalt.constData(), PageKeys::saltSize);
        std::memcpy(out + ciphertextEnd, reserves.data() + (page - firstPage) * m_layout.reserve,
                    size_t(m_layout.reserve));
        if (!decryptOld.run(in + ciphertextEnd, in + start, plain.data(), length) ||
            !encryptNew.run(out + ciphertextEnd, plain.data(), out + start, length) ||
            !decryptNew.run(out + ciphertextEnd, out + start, again.data(), length))
            return libcryptoFailed();
        if (std::memcmp(plain.data(), again.data(), size_t(length)) != 0)
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate("PageReencryptor",
                                                     "Page %1 did not decrypt back to its content after "
                                                     "re-encryption.")
                             .arg(page));
    }
    if (!m_newMacs.sign(target, firstPage, lastPage))
        return libcryptoFailed();
    return Status::success();
}

} // namespace strongroom

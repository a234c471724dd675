#include "sqlcipher/PageReencryptor.h"

#include "core/SecureRandom.h"
#include "sqlcipher/AesCbcEncrypt8.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <array>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <optional>
#include <vector>

namespace strongroom {

namespace {

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
    constexpr int lanes = AesCbcEncrypt8::lanes;
    // The plaintext of up to eight pages waiting to be encrypted together, and one decrypted again.
    std::vector<uchar> plain(size_t(lanes * pageSize), 0);
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
    std::optional<AesCbcEncrypt8> encryptEight;
    if (AesCbcEncrypt8::available())
        encryptEight.emplace(m_newKey);

    // The reserves of all the slice's pages in one draw rather than one per page.
    std::vector<uchar> reserves(size_t((lastPage - firstPage + 1) * m_layout.reserve));
    // IVs (and the rest of the reserve, which SQLCipher also fills with random bytes) from the one
    // random source, getrandom(2).
    securerandom::fill(reserves.data(), reserves.size());
    const auto outOf = [&](qint64 page) { return target + (page - firstPage) * pageSize; };
    // Decrypts the page written with the new key with libcrypto and compares it with its plaintext.
    const auto verify = [&](qint64 page, const uchar *plaintext) -> std::optional<Error> {
        const int start = PageLayout::firstByte(page);
        const int length = ciphertextEnd - start;
        if (!decryptNew.run(outOf(page) + ciphertextEnd, outOf(page) + start, again.data(), length))
            return libcryptoFailed();
        if (std::memcmp(plaintext, again.data(), size_t(length)) != 0)
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate("PageReencryptor",
                                                     "Page %1 did not decrypt back to its content after "
                                                     "re-encryption.")
                             .arg(page));
        return std::nullopt;
    };
    std::array<qint64, lanes> waiting{};
    int filled = 0;
    const auto encryptWaiting = [&]() -> std::optional<Error> {
        std::array<const uchar *, lanes> in{};
        std::array<const uchar *, lanes> iv{};
        std::array<uchar *, lanes> out{};
        for (int l = 0; l < lanes; ++l) { // unused lanes repeat the first
            const int from = l < filled ? l : 0;
            in[l] = plain.data() + from * pageSize;
            out[l] = outOf(waiting[size_t(from)]);
            iv[l] = out[l] + ciphertextEnd;
        }
        encryptEight->encrypt(in, iv, out, size_t(ciphertextEnd));
        for (int l = 0; l < filled; ++l) {
            if (std::optional<Error> e = verify(waiting[size_t(l)], in[l]))
                return e;
        }
        filled = 0;
        return std::nullopt;
    };

    const qint64 lockPage = m_layout.lockPage();
    for (qint64 page = firstPage; page <= lastPage; ++page) {
        const uchar *in = source + (page - firstPage) * pageSize;
        uchar *out = outOf(page);
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
        // Page 1, shorter by its salt, goes alone, as every page does without AES-NI.
        const bool alone = !encryptEight || page == 1;
        uchar *plaintext = plain.data() + (alone ? 0 : filled) * pageSize;
        if (alone && filled > 0) {
            if (std::optional<Error> e = encryptWaiting())
                return *e;
        }
        if (!decryptOld.run(in + ciphertextEnd, in + start, plaintext, length))
            return libcryptoFailed();
        if (alone) {
            if (!encryptNew.run(out + ciphertextEnd, plaintext, out + start, length))
                return libcryptoFailed();
            if (std::optional<Error> e = verify(page, plaintext))
                return *e;
        } else {
            waiting[size_t(filled)] = page;
            if (++filled == lanes) {
                if (std::optional<Error> e = encryptWaiting())
                    return *e;
            }
        }
    }
    if (filled > 0) {
        if (std::optional<Error> e = encryptWaiting())
            return *e;
    }
    if (!m_newMacs.sign(target, firstPage, lastPage))
        return libcryptoFailed();
    return Status::success();
}

} // namespace strongroom

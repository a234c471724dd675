#include "uservolume/SectorCipher.h"

#include <QCoreApplication>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace strongroom {

namespace {
Error unsupported(const QString &cipher, const QString &mode)
{
    return Error(ExitCode::Unsupported,
                 QCoreApplication::translate(
                     "SectorCipher", "The volume uses the cipher %1-%2, which Strongroom cannot read without "
                                     "device-mapper (it reads aes-xts-plain64 and aes-cbc-essiv:sha256). "
                                     "Open it with cryptsetup open instead.")
                     .arg(cipher, mode));
}
} // namespace

SectorCipher::~SectorCipher()
{
    EVP_CIPHER_CTX_free(m_data);
    EVP_CIPHER_CTX_free(m_essiv);
}

Result<std::unique_ptr<SectorCipher>> SectorCipher::create(const QString &cipher, const QString &mode,
                                                           const QCA::SecureArray &key, int sectorSize,
                                                           bool largeSectorIvs)
{
    std::unique_ptr<SectorCipher> c(new SectorCipher);
    c->m_sectorSize = sectorSize;
    c->m_largeIvs = largeSectorIvs && sectorSize > 512;
    if (sectorSize < 512 || sectorSize > 4096 || (sectorSize & (sectorSize - 1)) != 0)
        return Error(
            ExitCode::Unsupported,
            QCoreApplication::translate("SectorCipher", "The volume's sector size %1 is not supported.")
                .arg(sectorSize));
    const auto *bytes = reinterpret_cast<const unsigned char *>(key.constData());
    const EVP_CIPHER *evp = nullptr;
    if (cipher == QLatin1String("aes") && mode == QLatin1String("xts-plain64")) {
        c->m_kind = Kind::XtsPlain64;
        if (key.size() == 32)
            evp = EVP_aes_128_xts();
        else if (key.size() == 64)
            evp = EVP_aes_256_xts();
    } else if (cipher == QLatin1String("aes") && mode == QLatin1String("cbc-essiv:sha256")) {
        c->m_kind = Kind::CbcEssiv;
        if (key.size() == 16)
            evp = EVP_aes_128_cbc();
        else if (key.size() == 24)
            evp = EVP_aes_192_cbc();
        else if (key.size() == 32)
            evp = EVP_aes_256_cbc();
    }
    if (!evp)
        return unsupported(cipher, mode + QStringLiteral(" (%1-bit key)").arg(key.size() * 8));
    c->m_data = EVP_CIPHER_CTX_new();
    if (!c->m_data || EVP_DecryptInit_ex(c->m_data, evp, nullptr, bytes, nullptr) != 1)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("SectorCipher", "libcrypto refused the volume key."));
    EVP_CIPHER_CTX_set_padding(c->m_data, 0);
    if (c->m_kind == Kind::CbcEssiv) {
        unsigned char salt[SHA256_DIGEST_LENGTH];
        SHA256(bytes, std::size_t(key.size()), salt);
        c->m_essiv = EVP_CIPHER_CTX_new();
        const bool ok =
            c->m_essiv && EVP_EncryptInit_ex(c->m_essiv, EVP_aes_256_ecb(), nullptr, salt, nullptr) == 1;
        OPENSSL_cleanse(salt, sizeof salt);
        if (!ok)
            return Error(ExitCode::Failure,
                         QCoreApplication::translate("SectorCipher", "libcrypto refused the ESSIV key."));
        EVP_CIPHER_CTX_set_padding(c->m_essiv, 0);
    }
    return c;
}

bool SectorCipher::ivFor(std::uint64_t sector, unsigned char iv[16])
{
    // plain64: the sector number, little-endian, zero-padded to the block; ESSIV encrypts that block.
    const std::uint64_t number = m_largeIvs ? sector : sector * std::uint64_t(m_sectorSize / 512);
    std::memset(iv, 0, 16);
    for (int i = 0; i < 8; ++i)
        iv[i] = static_cast<unsigned char>(number >> (8 * i));
    if (m_kind != Kind::CbcEssiv)
        return true;
    int out = 0;
    unsigned char block[16];
    std::memcpy(block, iv, 16);
    return EVP_EncryptUpdate(m_essiv, iv, &out, block, 16) == 1 && out == 16;
}

bool SectorCipher::decrypt(unsigned char *data, std::size_t length, std::uint64_t firstSector)
{
    const std::size_t size = std::size_t(m_sectorSize);
    if (length % size != 0)
        return false;
    unsigned char iv[16];
    for (std::size_t done = 0; done < length; done += size) {
        if (!ivFor(firstSector + done / size, iv))
            return false;
        int out = 0;
        if (EVP_DecryptInit_ex(m_data, nullptr, nullptr, nullptr, iv) != 1 ||
            EVP_DecryptUpdate(m_data, data + done, &out, data + done, int(size)) != 1 || out != int(size))
            return false;
    }
    return true;
}

} // namespace strongroom

#pragma once

#include <QtCrypto>
#include <array>
#include <cstddef>

namespace strongroom {

// AES-256-CBC encryption of eight buffers of the same length at once, with AES-NI. CBC encryption
// is serial within a buffer: each block waits for the previous one's fourteen rounds, so one page
// at a time through libcrypto runs at a fraction of what the AES unit can do (here 0.33 GB/s against
// 2.8 GB/s for CBC decryption, which has no such chain). Eight pages side by side keep the unit
// busy. libcrypto's multi-buffer CBC exists only inside its TLS ciphers. Used by PageReencryptor,
// which decrypts every page it wrote with libcrypto and compares it with its plaintext, so a wrong
// block here could never reach a file.
//
// Only for CPUs with AES-NI: check available() first.
class AesCbcEncrypt8
{
public:
    static constexpr int lanes = 8;
    static constexpr int keySize = 32;

    static bool available();

    // A 32-byte key.
    explicit AesCbcEncrypt8(const QCA::SecureArray &key);
    ~AesCbcEncrypt8();
    AesCbcEncrypt8(const AesCbcEncrypt8 &) = delete;
    AesCbcEncrypt8 &operator=(const AesCbcEncrypt8 &) = delete;

    // in[i] (size bytes, a multiple of 16) encrypted with iv[i] (16 bytes) into out[i]; out[i] may
    // not overlap in[j]. Lanes not in use repeat lane 0.
    void encrypt(const std::array<const unsigned char *, lanes> &in,
                 const std::array<const unsigned char *, lanes> &iv,
                 const std::array<unsigned char *, lanes> &out, size_t size) const;

private:
    // The fifteen round keys: as secret as the key.
    QCA::SecureArray m_roundKeys;
};

} // namespace strongroom

#pragma once

#include <QtGlobal>
#include <cstddef>
#include <functional>

namespace strongroom::bench {

// What one speed measurement is made of, as `openssl speed` makes it (apps/speed.c):
// - a cipher (-evp NAME [-decrypt]): one EVP_CIPHER_CTX keyed once, then EVP_EncryptUpdate (or
//   EVP_DecryptUpdate) of the same `blockBytes` buffer in place, again and again (EVP_Update_loop);
// - HMAC (-hmac DIGEST): one EVP_MAC_CTX keyed once, then EVP_MAC_init without a key (it keeps the
//   precomputed pads), EVP_MAC_update, EVP_MAC_final per block (EVP_MAC_loop);
// - a digest (-evp NAME): EVP_Digest of the block (EVP_Digest_loop).
// Throughput is bytes per second of this thread's CPU time (CLOCK_THREAD_CPUTIME_ID), as openssl
// counts its process's CPU time: other processes on the machine do not lower it.
enum class EvpKind
{
    Cipher,
    Hmac,
    Digest
};

struct EvpSpeedSpec
{
    EvpKind kind = EvpKind::Cipher;
    const char *name = nullptr; // EVP cipher or digest name ("AES-256-CBC", "SHA512", ...)
    bool decrypt = false;       // ciphers only
    size_t blockBytes = 0;
};

struct EvpSpeed
{
    double bytesPerCpuSecond = -1; // -1: libcrypto lacks the algorithm
    qint64 blocks = 0;
    double cpuSeconds = 0;
    double wallSeconds = 0;
    double megabytesPerSecond() const { return bytesPerCpuSecond < 0 ? -1 : bytesPerCpuSecond / 1e6; }
};

// Runs the loop for at least `minWallNs` of wall time (stopping early, with what was measured, once
// `cancelled` turns true).
EvpSpeed measureEvpSpeed(const EvpSpeedSpec &spec, qint64 minWallNs,
                         const std::function<bool()> &cancelled = {});

} // namespace strongroom::bench

#pragma once

#include "core/Job.h"

#include <QJsonObject>

namespace strongroom::bench {

// `bench crypto`: MB/s (10^6 bytes per second of this thread's CPU time, as `openssl speed` counts,
// so other load on the machine does not lower it) in this process through libcrypto for what
// Strongroom's formats use, in the units they use: AES-256-CBC on 4 KiB SQLCipher pages (encrypt
// and decrypt), HMAC-SHA512 on 4 KiB pages, AES-256-XTS on 512-byte LUKS2 sectors,
// ChaCha20-Poly1305 on 64 KiB age chunks, SHA-256 on 1 MiB buffers; whether the CPU has AES-NI. It
// needs no kernel crypto API (AF_ALG), unlike `cryptsetup benchmark`. Each row is measured with
// `openssl speed`'s own loop (EvpSpeed.h: the same EVP calls on the same block size), and with
// `reference` `openssl speed` (-evp, or -hmac sha512) runs between the two halves of our measuring
// time at that block size (the better half counts: load only slows a loop), so the ratio ours /
// openssl's is about 1 (below 0.9 on an idle core means the process is held back by something).
//
// Data: {"aes_ni", "openssl", "seconds_per_algorithm", "reference_seconds", "method", "results":
// [{"algorithm", "used_by", "unit_bytes", "mb_s", "cpu_share", "openssl_speed_mb_s", "ratio"}]}; the
// openssl fields are null where the reference could not run (the reason in "note"). "cpu_share" is
// the CPU time our loop got per second of wall time: far below 1 on a busy machine.
class CryptoBenchJob : public Job
{
public:
    explicit CryptoBenchJob(bool reference = true, double secondsPerAlgorithm = 0.5)
        : m_reference(reference), m_seconds(secondsPerAlgorithm)
    {
    }
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    bool m_reference;
    double m_seconds;
};

} // namespace strongroom::bench

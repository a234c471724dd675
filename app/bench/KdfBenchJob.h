#pragma once

#include "core/Job.h"

#include <QStringList>

namespace strongroom::bench {

struct KdfBenchRequest
{
    QStringList volumeImages;      // LUKS images whose key slots are measured (argon2id or pbkdf2 as set)
    QStringList knownVolumeImages; // the console's known volumes: one that cannot be read is named, not fatal
    int targetMs = 1000;           // the unlock time the suggested settings aim at
};

// `bench kdf`: what one key derivation costs on this machine, i.e. the wait a user feels at open or
// unlock, each timed once in this process: PBKDF2-HMAC-SHA512 at SQLCipher 4's 256,000 iterations
// (and SQLCipher 3's PBKDF2-HMAC-SHA1 at 64,000), each key slot of the given LUKS images at its own
// memory, parallelism and iterations (the given images, else the console's known volumes), and when
// no argon2id slot was measured argon2id at libcryptsetup's defaults for a new LUKS2 key slot (its
// memory and threads, capped as libcryptsetup caps them, at the minimum of 4 iterations: a new slot
// gets as many as take its iter-time), and age's scrypt at its work factor 2^18; each with the
// settings that give `targetMs` here (iterations scale linearly with time; scrypt's work factor
// doubles it per step, and is never set below age's 18).
//
// Data: {"target_ms", "volumes_source": "given"|"known"|"none", "results": [{"kdf", "used_by",
// "parameters", "ms", "for_target": {...}, "note", "volume", "slot"}]}.
class KdfBenchJob : public Job
{
public:
    explicit KdfBenchJob(KdfBenchRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    KdfBenchRequest m_request;
};

} // namespace strongroom::bench

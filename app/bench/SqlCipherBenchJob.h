#pragma once

#include "core/Job.h"

#include <QJsonObject>

namespace strongroom::bench {

struct SqlCipherBenchRequest
{
    int sizeMb = 32;    // the table's size: rows of about 200 bytes
    int rounds = 2;     // every variant runs once per round, the order reversed every other round
    QString tempParent; // where the private folder goes; empty: the system's temp folder
};

// What one setting does to SQLCipher's overhead on this machine, against the defaults: it cuts it or
// adds to it by more than the run's noise (and at least 1 %), or its effect lies within the noise.
// The plain file and the defaults themselves are the reference.
enum class SettingEffect
{
    Reference,
    Cuts,
    WithinNoise,
    Adds
};
SettingEffect settingEffect(double changeVsDefaultsPercent, double noisePercent);
// The JSON's "effect": "cuts", "within_noise", "adds"; empty for the reference rows.
QString settingEffectKey(SettingEffect effect);
SettingEffect settingEffectFromKey(const QString &key);
// For people: "cuts the overhead here", "within the noise", "adds to the overhead here"; translated.
QString settingEffectNote(SettingEffect effect);

// `bench sqlcipher`: what SQLCipher's page encryption costs on this machine and which settings cut
// it. One synthetic workload (bulk insert of `sizeMb` in one transaction, 20,000 point reads by
// primary key, 500 range scans of 100 rows, 5,000 updates in one transaction, a full scan; each read
// phase on a freshly opened connection, so pages come from the file through the cipher) runs on a
// plain SQLite file and on SQLCipher files that differ from SQLCipher's defaults (4 KiB pages,
// HMAC-SHA512, cipher_memory_security off, a 2 MB page cache) in one setting each: 16 KiB pages,
// cipher_memory_security on, no HMAC, a 64 MiB page cache. Raw 256-bit keys, so the KDF is not
// timed (`bench kdf` measures it). Each phase's time is its best across the rounds, the overhead is
// against the plain file, and "noise_percent" is the largest spread of one variant's total between
// rounds (0 with one round); a setting "cuts the overhead" when its total is below the defaults' by
// more than that noise (and at least 1 %), "adds" to it when above by as much, and otherwise its
// effect is "within the noise" (SettingEffect).
// The files are 0600 in a private 0700 folder, removed on every way out (also Cancel, which the CLI's
// Ctrl-C sets). cipher_memory_security is a process-wide setting that SQLCipher cannot switch off
// again: its variant runs after all the others, and the setting stays on in this process afterwards
// (safer, slower). No audit line: nothing outside the temporary folder changes.
//
// Data: {"size_mb", "rows", "rounds", "sqlcipher_version", "noise_percent", "phases": [names],
// "variants": [{"name", "setting", "security_cost", "phases_ms": {phase: ms}, "total_ms",
// "overhead_percent" (null for plain), "change_vs_defaults_percent" (null for plain and the defaults),
// "cuts_overhead", "effect" (settingEffectKey; null for plain and the defaults)}], "temp_folder",
// "removed"}.
class SqlCipherBenchJob : public Job
{
public:
    explicit SqlCipherBenchJob(SqlCipherBenchRequest request) : m_request(std::move(request)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

private:
    SqlCipherBenchRequest m_request;
};

} // namespace strongroom::bench

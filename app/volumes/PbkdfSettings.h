#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

struct crypt_device;

namespace strongroom {

// How a key slot turns a passphrase into its key: argon2id (memory-hard, the default) or pbkdf2.
// With `iterations` set the cost is forced (no benchmark), which is how tests stay fast and how an
// administrator retunes a slot for a weaker machine; otherwise libcryptsetup benchmarks this machine
// to reach `iterTimeMs`.
struct PbkdfSettings
{
    QString type = QStringLiteral("argon2id");
    int memoryKib = 1048576; // argon2 only; libcryptsetup caps it at half the machine's RAM
    int parallel = 4;        // argon2 only
    int iterTimeMs = 2000;
    int iterations = 0; // > 0: forced, no benchmark
    QString hash = QStringLiteral("sha256");

    bool isArgon2() const { return type.startsWith(QLatin1String("argon2")); }
    // Checks the values against libcryptsetup's limits; exit 2 with a message otherwise.
    Status validate() const;
    // crypt_set_pbkdf_type() for the next key slot written through `cd`.
    Status apply(crypt_device *cd) const;
    QJsonObject toJson() const;

    // The smallest costs libcryptsetup accepts, for tests and throwaway volumes.
    static PbkdfSettings minimal(const QString &type);
};

// What one unlock with these settings costs on this machine: the wizard's live estimate.
struct PbkdfCost
{
    QString type;
    int iterations = 0;
    int memoryKib = 0;
    int parallel = 0;
    double milliseconds = 0; // measured for forced costs, the benchmark's target otherwise
    bool measured = false;
    QJsonObject toJson() const;
};

// Benchmarks (iter-time settings) or times one derivation (forced settings) on this machine.
Result<PbkdfCost> calibratePbkdf(const PbkdfSettings &settings);

} // namespace strongroom

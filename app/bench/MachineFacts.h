#pragma once

#include <QJsonObject>
#include <QString>

namespace strongroom::bench {

// What a benchmark's figures depend on besides the database: saved with every baseline, so a later
// comparison on another machine or after an upgrade shows why the numbers moved.
struct MachineFacts
{
    QString host;
    QString cpuModel; // /proc/cpuinfo's "model name"
    int cores = 0;
    bool aesNi = false;
    QString kernel;
    QString sqlcipher;
    QString sqlite;
    QString openssl;

    static MachineFacts collect();
    // host, cpu_model, cores, aes_ni, kernel, sqlcipher, sqlite, openssl
    QJsonObject toJson() const;
};

} // namespace strongroom::bench

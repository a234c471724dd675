#pragma once

#include "cli/CliCommand.h"

namespace strongroom::cli {

// `bench queries FILE`: latency percentiles of a workload on a SQLCipher or SQLite file, optionally
// against its decrypted twin; `bench queries --dbname CONN [--against CONN2]` the same on PostgreSQL,
// optionally against a second connection; saved as a baseline or compared with one (exit 9 on a
// regression). Runs app/bench's QueryBenchJob or PgQueryBenchJob, as the Benchmarks page does.
class BenchQueriesCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("bench"), QStringLiteral("queries")}; }
    QString summary() const override
    {
        return QStringLiteral(
            "Query latency percentiles of a database file or PostgreSQL connection, its encryption overhead "
            "against a plain twin or a second connection, baselines (exit 9 on a regression)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

// `bench crypto`: libcrypto's MB/s for the algorithms of Strongroom's formats, with `openssl speed`
// as the reference in the same run (app/bench's CryptoBenchJob).
class BenchCryptoCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("bench"), QStringLiteral("crypto")}; }
    QString summary() const override
    {
        return QStringLiteral(
            "MB/s of AES-256-CBC, HMAC-SHA512, AES-256-XTS, ChaCha20-Poly1305 and SHA-256 in "
            "this process, against openssl speed");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

// `bench kdf`: what a key derivation costs here (SQLCipher's PBKDF2, LUKS slots, age's scrypt) and the
// settings for a target time (app/bench's KdfBenchJob).
class BenchKdfCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("bench"), QStringLiteral("kdf")}; }
    QString summary() const override
    {
        return QStringLiteral("The time one key derivation takes here (SQLCipher PBKDF2, LUKS key slots, age "
                              "scrypt) and the settings for a target time");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

// `bench sqlcipher`: a synthetic workload on plain SQLite and SQLCipher settings variants, and which
// settings cut the overhead here (app/bench's SqlCipherBenchJob).
class BenchSqlCipherCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("bench"), QStringLiteral("sqlcipher")}; }
    QString summary() const override
    {
        return QStringLiteral("SQLCipher's overhead against plain SQLite on a synthetic workload, and which "
                              "settings cut it here, with their security cost");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli

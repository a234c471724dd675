#pragma once

#include "age/IdentityFile.h"
#include "cli/CliCommand.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <optional>

namespace strongroom::cli {

// --recipient and --recipients-file, shared by every verb that encrypts to age recipients (file
// encrypt, backup export, pg backup): X25519 or hybrid post-quantum, never both kinds for one file.
void declareRecipients(QCommandLineParser &parser);
std::optional<Error> collectRecipients(const QCommandLineParser &parser, age::RecipientSet &recipients);

// The age verbs: `file encrypt`, `file decrypt`, `file verify` (app/age's EncryptFileJob and
// DecryptFileJob) and `key generate` (GenerateKeyJob).
class FileEncryptCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("file"), QStringLiteral("encrypt")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::FileCommands",
            "Encrypt a file to age recipients or a passphrase (age format, opens with age -d)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

// `file decrypt` and, with verifyOnly, `file verify` (every chunk authenticated, nothing written).
class FileDecryptCommand : public CliCommand
{
public:
    explicit FileDecryptCommand(bool verifyOnly) : m_verifyOnly(verifyOnly) {}
    QStringList path() const override
    {
        return {QStringLiteral("file"), m_verifyOnly ? QStringLiteral("verify") : QStringLiteral("decrypt")};
    }
    QString summary() const override
    {
        return m_verifyOnly ? QCoreApplication::translate(
                                  "cli::FileCommands",
                                  "Check that an age file opens and every chunk authenticates (exit 3 "
                                  "no identity matched, 4 damaged)")
                            : QCoreApplication::translate(
                                  "cli::FileCommands",
                                  "Decrypt an age file with identities or a passphrase (exit 3 no "
                                  "identity matched, 4 damaged)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    bool m_verifyOnly;
};

// `backup export BACKUP --recipient ...`: an age copy of a backup for offsite storage and its
// .sha256 (EncryptFileJob with the checksum sidecar); needs only recipients, never a secret.
class BackupExportCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("backup"), QStringLiteral("export")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::FileCommands", "Write an age copy of a backup and its .sha256 for offsite storage");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

// `key rewrap FILE... --identity OLD (--recipient NEW | --recipients-file F)`: new recipients for age
// files by rewriting only their headers (RewrapJob).
class KeyRewrapCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("key"), QStringLiteral("rewrap")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::FileCommands",
            "Give age files new recipients by rewriting only their headers; originals kept");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class KeyGenerateCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("key"), QStringLiteral("generate")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::FileCommands", "Make an age key pair: identity file (0600), recipient, recovery sheet");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli

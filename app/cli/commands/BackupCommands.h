#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// The "backup" verbs (docs/cli.md): create, list, verify, compare, prune, restore. The work is in
// app/backup; these read the arguments and print the outcome.

class BackupCreateCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("backup"), QStringLiteral("create")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::BackupCommands",
                                           "Take a consistent, verified backup of an encrypted database");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class BackupListCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("backup"), QStringLiteral("list")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::BackupCommands", "List the backups of a history folder");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class BackupVerifyCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("backup"), QStringLiteral("verify")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::BackupCommands",
            "Verify a backup: checksum, opens with the key, integrity (exit 3 wrong key, 4 damaged)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class BackupCompareCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("backup"), QStringLiteral("compare")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::BackupCommands",
                                           "Compare a live database with a backup, table by table");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class BackupPruneCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("backup"), QStringLiteral("prune")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::BackupCommands", "Remove old backups by a retention policy (restic's forget rules)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class BackupRestoreCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("backup"), QStringLiteral("restore")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("cli::BackupCommands",
                                           "Replace a database with a backup, after a pre-restore backup");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli

#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace strongroom::cli {

// `pg backup`, `pg backup list`, `pg backup prune` and `pg restore` (app/pgbackup's PgBackupJob,
// ListPgBackupsJob and PrunePgBackupsJob).
class PgBackupCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("pg"), QStringLiteral("backup")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::PgBackupCommands",
            "Back up a PostgreSQL database: one snapshot, pg_dump, zstd and age, with an "
            "encrypted manifest of exact row counts");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class PgBackupListCommand : public CliCommand
{
public:
    QStringList path() const override
    {
        return {QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("list")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::PgBackupCommands",
            "List the PostgreSQL backups in a folder, with what retention would keep");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class PgBackupPruneCommand : public CliCommand
{
public:
    QStringList path() const override
    {
        return {QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("prune")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::PgBackupCommands",
            "Remove the PostgreSQL backups a retention policy does not keep (default 7 "
            "daily, 4 weekly, 12 monthly)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

// `pg restore` (app/pgbackup's PgRestoreJob).
class PgRestoreCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("pg"), QStringLiteral("restore")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::PgBackupCommands",
            "Restore a pg backup after checking it, then compare every table's row count with "
            "the manifest (exit 4 when one differs)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

// `pg verify` (PgVerifyJob) and `pg compare` (PgCompareJob).
class PgVerifyCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("pg"), QStringLiteral("verify")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::PgBackupCommands",
            "Verify a pg backup: checksums and header (1), every chunk and the table of contents "
            "(2), or a restore drill (3)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

class PgCompareCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("pg"), QStringLiteral("compare")}; }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "cli::PgBackupCommands",
            "Compare a pg backup's row counts with the live database's, table by table");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli

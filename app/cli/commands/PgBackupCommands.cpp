#include "cli/commands/PgBackupCommands.h"

#include "age/IdentityFile.h"
#include "cli/CliContext.h"
#include "cli/commands/FileCommands.h"
#include "cli/commands/PgOptions.h"
#include "cli/commands/RetentionOptions.h"
#include "keys/KeyReader.h"
#include "pgbackup/PgBackupHistoryJobs.h"
#include "pgbackup/PgBackupJob.h"
#include "pgbackup/PgCompareJob.h"
#include "pgbackup/PgRestoreJob.h"
#include "pgbackup/PgVerifyJob.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strongroom::cli {

using namespace strongroom::pgbackup;

namespace {

Result<RetentionPolicy> pgPolicyOf(const QCommandLineParser &parser)
{
    auto rules = retentionoptions::read(parser);
    if (!rules)
        return rules.error();
    return rules->value_or(defaultPgRetention());
}

void declarePgPolicy(QCommandLineParser &parser)
{
    retentionoptions::declare(parser);
}

int finishPgJob(CliContext &context, const JobReport &report, const QString &cancelled = {})
{
    FinishOptions options;
    options.cancelledMessage = cancelled;
    options.showDetails = true;
    return context.finishJob(report, options);
}

// --identity FILE… or a passphrase from the key options (or the prompt): what opens a backup. With
// `optional` (pg restore, which also reads unencrypted dumps) nothing is asked for when none is given.
std::optional<Error> readBackupKeys(CliContext &context, const QCommandLineParser &parser,
                                    age::DecryptKeys &keys, bool optional = false)
{
    const QStringList identities = parser.values(QStringLiteral("identity"));
    if (optional && identities.isEmpty() && !CliContext::keyGiven(parser))
        return std::nullopt;
    if (CliContext::keyGiven(parser) || (identities.isEmpty() && KeyReader::stdinIsTerminal())) {
        Result<KeyMaterial> passphrase = context.readKey(
            parser, QCoreApplication::translate("cli::PgBackupCommands", "backup passphrase"));
        if (!passphrase)
            return passphrase.error();
        keys.passphrase = *passphrase;
    } else if (identities.isEmpty()) {
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("PgBackupCommands",
                                                 "Give the key: --identity FILE, or the passphrase with "
                                                 "--passphrase-stdin, --key-file or --key-env."));
    }
    for (const QString &file : identities) {
        auto set = age::readIdentitySet(file, keys.passphrase ? &*keys.passphrase : nullptr);
        if (!set)
            return set.error();
        keys.identities.append(set->x25519);
        keys.hybridIdentities.append(set->hybrid);
    }
    return std::nullopt;
}

void declareBackupKeys(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("identity"),
         QCoreApplication::translate("cli::PgBackupCommands",
                                     "An age identity file that opens the backup; may be repeated."),
         QStringLiteral("FILE")});
    CliContext::declareKeyOptions(parser);
}

// The --dbname connection of a verb that also reads the backup's passphrase: standard input can
// carry only one of the two.
Result<postgres::PgConnection> connectionBesideBackupKey(const QCommandLineParser &parser)
{
    auto connection = pgopts::connection(parser);
    if (!connection)
        return connection.error();
    if (parser.isSet(QStringLiteral("password-stdin")) && parser.isSet(QStringLiteral("passphrase-stdin")))
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "cli::PgBackupCommands",
                                          "Standard input cannot carry both the PostgreSQL password and "
                                          "the backup passphrase; use --password-file or --password-env "
                                          "for one of them."));
    return connection;
}

// Runs the job; when the server asked for a password and no option gave one, asks on the terminal
// once, as psql does, and runs it again. An error when the prompt failed.
template <typename PgJob, typename Request>
Result<JobReport> runAskingPassword(CliContext &context, const QCommandLineParser &parser, Request &request,
                                    const postgres::PgConnection &server)
{
    JobReport report = context.runJob(std::make_shared<PgJob>(request));
    if (report.error && report.error->kind == QLatin1String("password-required") &&
        pgopts::mayPrompt(parser)) {
        Result<postgres::PgPassword> prompted = pgopts::promptPassword(server);
        if (!prompted)
            return prompted.error();
        request.password = *prompted;
        report = context.runJob(std::make_shared<PgJob>(request));
    }
    return report;
}

} // namespace

void PgBackupCommand::declare(QCommandLineParser &parser) const
{
    pgopts::declare(parser);
    parser.addOption(
        {QStringLiteral("dir"),
         QCoreApplication::translate("cli::PgBackupCommands",
                                     "The backup folder (made 0700 when missing); its catalog lists the "
                                     "backups for list, prune and verify."),
         QStringLiteral("DIR")});
    declareRecipients(parser);
    CliContext::declareKeyOptions(parser);
    parser.addOption(
        {QStringLiteral("globals"),
         QCoreApplication::translate("cli::PgBackupCommands",
                                     "Also back up roles and tablespaces (pg_dumpall --globals-only; needs a "
                                     "superuser).")});
    parser.addOption({QStringLiteral("lock-wait-timeout"),
                      QCoreApplication::translate(
                          "cli::PgBackupCommands",
                          "Give up when a table's lock cannot be had within SECONDS (default 60)."),
                      QStringLiteral("SECONDS")});
}

int PgBackupCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("PgBackupCommands",
                                                               "pg backup takes no arguments besides its "
                                                               "options (did you mean pg backup list?).")));
    auto connection = connectionBesideBackupKey(parser);
    if (!connection)
        return context.fail(connection.error());
    auto password = pgopts::password(context, parser, *connection);
    if (!password)
        return context.fail(password.error());
    PgBackupRequest request;
    request.connection = *connection;
    request.password = *password;
    request.folder = parser.value(QStringLiteral("dir"));
    if (request.folder.isEmpty())
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("PgBackupCommands", "Say where the backup goes: --dir DIR.")));
    request.globals = parser.isSet(QStringLiteral("globals"));
    if (parser.isSet(QStringLiteral("lock-wait-timeout"))) {
        bool ok = false;
        request.lockWaitTimeoutSeconds = parser.value(QStringLiteral("lock-wait-timeout")).toInt(&ok);
        if (!ok || request.lockWaitTimeoutSeconds < 1)
            return context.fail(Error(
                ExitCode::Usage, QCoreApplication::translate(
                                     "PgBackupCommands", "--lock-wait-timeout wants a number of seconds.")));
    }
    age::RecipientSet recipients;
    if (const std::optional<Error> error = collectRecipients(parser, recipients))
        return context.fail(*error);
    request.age.recipients = recipients.x25519;
    request.age.hybridRecipients = recipients.hybrid;
    const bool anyRecipient = !recipients.x25519.isEmpty() || !recipients.hybrid.isEmpty();
    if (anyRecipient == CliContext::keyGiven(parser))
        return context.fail(Error(
            ExitCode::Usage,
            anyRecipient ? QCoreApplication::translate("cli::PgBackupCommands",
                                                       "A passphrase cannot be combined with recipients (the "
                                                       "age format keeps a passphrase alone in the header).")
                         : QCoreApplication::translate("cli::PgBackupCommands",
                                                       "Say whom to encrypt to: --recipient, "
                                                       "--recipients-file, or a passphrase with "
                                                       "--passphrase-stdin, --key-file or --key-env.")));
    if (!anyRecipient) {
        Result<KeyMaterial> passphrase = context.readKey(
            parser, QCoreApplication::translate("cli::PgBackupCommands", "backup passphrase"));
        if (!passphrase)
            return context.fail(passphrase.error());
        request.age.passphrase = *passphrase;
    }
    Result<JobReport> report = runAskingPassword<PgBackupJob>(context, parser, request, request.connection);
    if (!report)
        return context.fail(report.error());
    return finishPgJob(
        context, *report,
        QCoreApplication::translate("cli::PgBackupCommands",
                                    "Cancelled; pg_dump was stopped and no backup file was left."));
}

void PgBackupListCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("cli::PgBackupCommands", "The backup folder."));
    declarePgPolicy(parser);
}

int PgBackupListCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("PgBackupCommands", "pg backup list takes exactly one DIR.")));
    auto policy = pgPolicyOf(parser);
    if (!policy)
        return context.fail(policy.error());
    const JobReport report =
        context.runJob(std::make_shared<ListPgBackupsJob>(parser.positionalArguments().first(), *policy));
    if (report.error || report.outcome != JobOutcome::Succeeded || context.json())
        return finishPgJob(context, report);
    context.out() << report.overview << Qt::endl;
    for (const QJsonValue &value : report.data.value(QStringLiteral("backups")).toArray()) {
        const QJsonObject backup = value.toObject();
        const bool catalogued = backup.value(QStringLiteral("catalogued")).toBool();
        // The last verify of any level (the catalog keeps them oldest first).
        const QJsonArray checks = backup.value(QStringLiteral("checks")).toArray();
        QString drill = QCoreApplication::translate("cli::PgBackupCommands", "not verified yet");
        if (!checks.isEmpty()) {
            const QJsonObject last = checks.last().toObject();
            const QString result = last.value(QStringLiteral("result")).toString();
            drill = QCoreApplication::translate("cli::PgBackupCommands", "verified %1 level %2: %3")
                        .arg(last.value(QStringLiteral("time")).toString())
                        .arg(last.value(QStringLiteral("level")).toInt())
                        .arg(result == QLatin1String("passed")
                                 ? QCoreApplication::translate("cli::PgBackupCommands", "passed")
                                 : result.toUpper());
            if (!last.value(QStringLiteral("server")).toString().isEmpty())
                drill += QStringLiteral(" (%1)").arg(last.value(QStringLiteral("server")).toString());
        }
        context.out()
            << QCoreApplication::translate("cli::PgBackupCommands", "%1  %2  %3 bytes  %4  %5  %6 (%7)")
                   .arg(backup.value(QStringLiteral("created")).toString(),
                        backup.value(QStringLiteral("stem")).toString())
                   .arg(backup.value(QStringLiteral("size")).toInteger())
                   .arg(catalogued
                            ? QCoreApplication::translate("cli::PgBackupCommands", "%1 tables, %2 rows")
                                  .arg(backup.value(QStringLiteral("tables")).toInt())
                                  .arg(backup.value(QStringLiteral("rows")).toInteger())
                            : QCoreApplication::translate("cli::PgBackupCommands", "not in the catalog"),
                        drill,
                        backup.value(QStringLiteral("keep")).toBool()
                            ? QCoreApplication::translate("cli::PgBackupCommands", "keep")
                            : QCoreApplication::translate("cli::PgBackupCommands", "prune"),
                        backup.value(QStringLiteral("reasons"))
                            .toVariant()
                            .toStringList()
                            .join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return 0;
}

void PgBackupPruneCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("cli::PgBackupCommands", "The backup folder."));
    declarePgPolicy(parser);
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate("cli::PgBackupCommands",
                                                  "Show what would be removed; remove nothing.")});
    CliContext::declareYes(parser);
}

int PgBackupPruneCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("PgBackupCommands", "pg backup prune takes exactly one DIR.")));
    auto policy = pgPolicyOf(parser);
    if (!policy)
        return context.fail(policy.error());
    const QString folder = parser.positionalArguments().first();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        // The plan first, so the question names what goes.
        const JobReport plan = context.runJob(std::make_shared<PrunePgBackupsJob>(folder, *policy, true));
        if (plan.error || plan.outcome != JobOutcome::Succeeded)
            return finishPgJob(
                context, plan,
                QCoreApplication::translate("cli::PgBackupCommands", "Cancelled; nothing was removed."));
        const QJsonArray doomed = plan.data.value(QStringLiteral("wouldRemove")).toArray();
        if (doomed.isEmpty())
            return finishPgJob(context, plan);
        QStringList names;
        for (const QJsonValue &stem : doomed)
            names.append(stem.toString());
        if (const std::optional<Error> refused = context.confirm(
                parser, QCoreApplication::translate("cli::PgBackupCommands",
                                                    "Remove %1 backups (%2) from %3 under the policy %4?")

                            .arg(names.size())
                            .arg(names.join(QStringLiteral(", ")), folder, policy->toString())))
            return context.fail(*refused);
    }
    return finishPgJob(context, context.runJob(std::make_shared<PrunePgBackupsJob>(folder, *policy, dryRun)));
}

void PgRestoreCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate(
            "cli::PgBackupCommands",
            "The backup's dump file (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.age or .dump.zst.age)."));
    pgopts::declare(parser);
    declareBackupKeys(parser);
    parser.addOption(
        {QStringLiteral("create"),
         QCoreApplication::translate("cli::PgBackupCommands",
                                     "Create the database named by --dbname first (it must not exist).")});
    parser.addOption({QStringLiteral("clean"),
                      QCoreApplication::translate(
                          "cli::PgBackupCommands",
                          "Restore into a database that is not empty, replacing the objects the backup "
                          "holds (needs --yes).")});
    CliContext::declareYes(parser);
    parser.addOption(
        {QStringLiteral("jobs"),
         QCoreApplication::translate(
             "cli::PgBackupCommands",
             "Restore with N parallel jobs (default 1: streamed, no plaintext on disk; more: the "
             "decrypted dump is staged in a 0700 folder, removed afterwards)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("staging-dir"),
                      QCoreApplication::translate(
                          "cli::PgBackupCommands",
                          "Where --jobs N stages the decrypted dump (default: the backup file's folder)."),
                      QStringLiteral("DIR")});
}

int PgRestoreCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("PgBackupCommands", "pg restore takes exactly one FILE.")));
    auto connection = connectionBesideBackupKey(parser);
    if (!connection)
        return context.fail(connection.error());
    PgRestoreRequest request;
    request.file = parser.positionalArguments().first();
    request.target = *connection;
    request.create = parser.isSet(QStringLiteral("create"));
    request.clean = parser.isSet(QStringLiteral("clean"));
    if (request.clean && request.create)
        return context.fail(Error(
            ExitCode::Usage, QCoreApplication::translate("PgBackupCommands",
                                                         "--create makes a new, empty database; --clean is "
                                                         "for restoring over an existing one. Give one.")));
    if (request.clean) {
        if (const std::optional<Error> refused = context.confirm(
                parser, QCoreApplication::translate("cli::PgBackupCommands",
                                                    "Replace the objects of %1 that the backup holds?")
                            .arg(connection->displayName())))
            return context.fail(*refused);
    }
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        request.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || request.jobs < 1 || request.jobs > 64)
            return context.fail(
                Error(ExitCode::Usage, QCoreApplication::translate("PgBackupCommands",
                                                                   "--jobs wants a number from 1 to 64.")));
    }
    request.stagingParent = parser.value(QStringLiteral("staging-dir"));
    if (const std::optional<Error> error = readBackupKeys(context, parser, request.keys, true))
        return context.fail(*error);
    auto password = pgopts::password(context, parser, *connection);
    if (!password)
        return context.fail(password.error());
    request.password = *password;
    Result<JobReport> report = runAskingPassword<PgRestoreJob>(context, parser, request, request.target);
    if (!report)
        return context.fail(report.error());
    // The comparison is shown with a failure too: it is the reason for exit 4.
    if (report->error && !context.json())
        for (const QString &detail : report->details)
            context.err() << detail << Qt::endl;
    return finishPgJob(
        context, *report,
        QCoreApplication::translate("cli::PgBackupCommands", "Cancelled; the staging folder was removed."));
}

void PgVerifyCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cli::PgBackupCommands", "The backup's dump file."));
    parser.addOption({QStringLiteral("level"),
                      QCoreApplication::translate(
                          "cli::PgBackupCommands",
                          "1: checksums, manifest and age header (default); 2: also every chunk "
                          "authenticated and the dump's table of contents read; 3: a restore drill into a "
                          "scratch database on the server --dbname names, or without --dbname in a temporary "
                          "cluster started for it (initdb in a private folder, socket only), dropped "
                          "afterwards. Every level's result is recorded in the catalog. A file pg backup "
                          "did not write (gpg, Node, age, plain or compressed dumps, tar) is read in full "
                          "at level 1 or 2: checksum, key, authentication, compression and archive."),
                      QStringLiteral("N")});
    declareBackupKeys(parser);
    pgopts::declare(parser);
}

int PgVerifyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("PgBackupCommands", "pg verify takes exactly one FILE.")));
    PgVerifyRequest request;
    request.file = parser.positionalArguments().first();
    if (parser.isSet(QStringLiteral("level"))) {
        bool ok = false;
        request.level = parser.value(QStringLiteral("level")).toInt(&ok);
        if (!ok || request.level < 1 || request.level > 3)
            return context.fail(Error(ExitCode::Usage, QCoreApplication::translate(
                                                           "PgBackupCommands", "--level wants 1, 2 or 3.")));
    }
    // Level 3 without --dbname drills into a temporary cluster of its own.
    if (request.level == 3 && !parser.value(QStringLiteral("dbname")).isEmpty()) {
        auto connection = pgopts::connection(parser);
        if (!connection)
            return context.fail(connection.error());
        request.drillServer = *connection;
        if (parser.isSet(QStringLiteral("password-stdin")) &&
            parser.isSet(QStringLiteral("passphrase-stdin")))
            return context.fail(
                Error(ExitCode::Usage,
                      QCoreApplication::translate("PgBackupCommands", "Standard input cannot carry both the "
                                                                      "PostgreSQL password and the backup "
                                                                      "passphrase.")));
        auto password = pgopts::password(context, parser, *connection);
        if (!password)
            return context.fail(password.error());
        request.password = *password;
    }
    // A file of another tool may be unencrypted: then no key is asked for.
    const bool foreign = !PgBackupFiles::ofDump(request.file);
    if (const std::optional<Error> error = readBackupKeys(context, parser, request.keys, foreign))
        return context.fail(*error);
    const JobReport report = context.runJob(std::make_shared<PgVerifyJob>(request));
    if (report.error && !context.json())
        for (const QString &detail : report.details)
            context.err() << detail << Qt::endl;
    return finishPgJob(context, report);
}

void PgCompareCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cli::PgBackupCommands", "The backup's dump file."));
    pgopts::declare(parser);
    declareBackupKeys(parser);
}

int PgCompareCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("PgBackupCommands", "pg compare takes exactly one FILE.")));
    auto connection = pgopts::connection(parser);
    if (!connection)
        return context.fail(connection.error());
    if (parser.isSet(QStringLiteral("password-stdin")) && parser.isSet(QStringLiteral("passphrase-stdin")))
        return context.fail(Error(
            ExitCode::Usage,
            QCoreApplication::translate("PgBackupCommands", "Standard input cannot carry both the PostgreSQL "
                                                            "password and the backup passphrase.")));
    PgCompareRequest request;
    request.file = parser.positionalArguments().first();
    request.live = *connection;
    if (const std::optional<Error> error = readBackupKeys(context, parser, request.keys))
        return context.fail(*error);
    auto password = pgopts::password(context, parser, *connection);
    if (!password)
        return context.fail(password.error());
    request.password = *password;
    return finishPgJob(context, context.runJob(std::make_shared<PgCompareJob>(request)));
}

} // namespace strongroom::cli

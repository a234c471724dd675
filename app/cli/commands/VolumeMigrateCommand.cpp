// volume migrate-dir: the verb over MigrateDirJob and MigrationRollbackJob; the jobs write the audit lines.
#include "cli/commands/VolumeMigrateCommand.h"

#include "cli/CliContext.h"
#include "cli/commands/PgOptions.h"
#include "cli/commands/VolumeOptions.h"
#include "core/ControlCharacters.h"
#include "migration/MigrateDirJob.h"
#include "migration/MigrationJournal.h"
#include "migration/MigrationRollbackJob.h"
#include "migration/PostgresAfterMoveJob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

namespace strongroom::cli {

namespace volumemigrate {

const QString kImage = QStringLiteral("image");
const QString kRollback = QStringLiteral("rollback");
const QString kBuild = QStringLiteral("build");
const QString kPgStart = QStringLiteral("pg-start-command");
const QString kPgWait = QStringLiteral("pg-wait");
const QString kCheckPostgres = QStringLiteral("check-postgres");

// A new volume's passphrase is typed twice on a terminal: a typo would lock the data away.
Result<KeyMaterial> readVolumeKey(CliContext &context, const QCommandLineParser &parser, const QString &label,
                                  bool isNew)
{
    const bool prompted = !CliContext::keyGiven(parser) && KeyReader::stdinIsTerminal();
    if (!CliContext::keyGiven(parser) && !prompted)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("cli::VolumeMigrateCommand",
                                                 "No passphrase: give it with --passphrase-stdin, --key-file "
                                                 "or --key-env (there is no terminal to ask on)."));
    Result<KeyMaterial> key = context.readKey(parser, label);
    if (!key || !prompted || !isNew)
        return key;
    Result<KeyMaterial> again = context.readKey(
        parser, QCoreApplication::translate("cli::VolumeMigrateCommand", "%1 (again)").arg(label));
    if (!again)
        return again;
    if (again->secret() != key->secret())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("cli::VolumeMigrateCommand",
                                                 "The two passphrases differ; nothing was changed."));
    return key;
}

void printReport(CliContext &context, const JobReport &report)
{
    QTextStream &out = context.out();
    if (!report.overview.isEmpty())
        out << report.overview << '\n';
    for (const QString &detail : report.details)
        out << "  " << escapeControlCharacters(detail) << '\n';
    if (report.data.contains(QStringLiteral("crypttab"))) {
        out << "\n/etc/crypttab:\n    " << report.data.value(QStringLiteral("crypttab")).toString() << '\n'
            << "/etc/fstab:\n    " << report.data.value(QStringLiteral("fstab")).toString() << '\n'
            << QCoreApplication::translate("cli::VolumeMigrateCommand",
                                           "or instead of the fstab line, /etc/systemd/system/%1:")
                   .arg(report.data.value(QStringLiteral("mount_unit_name")).toString())
            << '\n';
        for (const QString &line :
             report.data.value(QStringLiteral("mount_unit")).toString().split(QLatin1Char('\n')))
            out << (line.isEmpty() ? QString() : QStringLiteral("    ") + line) << '\n';
    }
    out.flush();
}

void printRecoveryKey(CliContext &context, const QCA::SecureArray &key, int slot)
{
    if (key.isEmpty())
        return;
    // Shown on stderr when stdout carries JSON, so it never lands in a script's parsed output by surprise.
    QTextStream &stream = context.json() ? context.err() : context.out();
    stream << '\n'
           << QCoreApplication::translate(
                  "cli::VolumeMigrateCommand",
                  "Recovery key (slot %1), shown this once; write it down and keep it apart from the volume:")
                  .arg(slot)
           << "\n\n    " << QString::fromLatin1(key.toByteArray()) << "\n\n";

    stream.flush();
}

int rollback(CliContext &context, const QCommandLineParser &parser, const QString &folder)
{
    const JobReport report =
        context.runJob(std::make_shared<migration::MigrationRollbackJob>(folder, parser.value(kImage)));
    return context.finishJob(report);
}

// --pg-start-command as an argument list (quotes as in a shell, but no shell runs it).
Result<QStringList> startCommand(const QCommandLineParser &parser)
{
    if (!parser.isSet(kPgStart))
        return QStringList();
    const QStringList argv = QProcess::splitCommand(parser.value(kPgStart));
    if (argv.isEmpty())
        return Error(ExitCode::Usage, QStringLiteral("--pg-start-command: give the command, e.g. "
                                                     "\"pg_ctlcluster 17 main start\"."));
    return argv;
}

Result<int> waitSeconds(const QCommandLineParser &parser)
{
    if (!parser.isSet(kPgWait))
        return 60;
    bool ok = false;
    const int seconds = parser.value(kPgWait).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600)
        return Error(ExitCode::Usage, QStringLiteral("--pg-wait: seconds from 1 to 3600."));
    return seconds;
}

Result<postgres::PgInfoJob::Request> countingRequest(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("password-stdin")) && parser.isSet(QStringLiteral("passphrase-stdin")))
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "cli::VolumeMigrateCommand",
                                          "Standard input cannot carry both the PostgreSQL password and the "
                                          "passphrase."));
    auto connection = pgopts::connection(parser);
    if (!connection)
        return connection.error();
    auto password = pgopts::password(context, parser, *connection);
    if (!password)
        return password.error();
    return postgres::PgInfoJob::Request{*connection, *password, true};
}

// --check-postgres: only the last step, PostgreSQL started and compared with the recorded counts.
int checkPostgres(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(kImage) || !parser.isSet(QStringLiteral("dbname")))
        return context.fail(
            Error(ExitCode::Usage, QStringLiteral("--check-postgres needs --image (whose journal "
                                                  "holds the counts) and --dbname.")));
    auto counting = countingRequest(context, parser);
    if (!counting)
        return context.fail(counting.error());
    auto command = startCommand(parser);
    if (!command)
        return context.fail(command.error());
    auto wait = waitSeconds(parser);
    if (!wait)
        return context.fail(wait.error());
    const JobReport report = context.runJob(std::make_shared<migration::PostgresAfterMoveJob>(
        migration::PostgresAfterMoveJob::Request{parser.value(kImage), *command, *counting, *wait}));
    if (report.error && !context.json())
        for (const QString &d : report.details)
            context.err() << "  " << escapeControlCharacters(d) << '\n';
    return context.finishJob(report);
}

} // namespace volumemigrate

using namespace volumemigrate;

void VolumeMigrateDirCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("DIR"),
        QCoreApplication::translate("cli::VolumeMigrateCommand", "The folder to move into the volume."));
    parser.addOption(
        {kImage,
         QCoreApplication::translate("cli::VolumeMigrateCommand",
                                     "The new image file (its journal, IMAGE.migration.json, goes beside it; "
                                     "run again with the same IMAGE to resume)."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("size"),
         QCoreApplication::translate("cli::VolumeMigrateCommand",
                                     "Size of the image, e.g. 20G (default: DIR's size plus the headroom)."),
         QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("headroom"),
                      QCoreApplication::translate(
                          "cli::VolumeMigrateCommand",
                          "Free room in the new file system, in percent of DIR's size (default 20)."),
                      QStringLiteral("PCT")});
    parser.addOption({kRollback, QCoreApplication::translate(
                                     "cli::VolumeMigrateCommand",
                                     "Put DIR back from DIR.before-migration-* (with --image, also "
                                     "mark that migration's journal rolled back).")});
    parser.addOption({kBuild,
                      QCoreApplication::translate(
                          "cli::VolumeMigrateCommand",
                          "How to build the volume: auto (default: mapped where device-mapper and "
                          "udisks2 or root allow it, else user-space), mapped (format, open, mkfs, "
                          "mount, copy) or user-space (mke2fs -d, then encryption in place)."),
                      QStringLiteral("HOW")});
    parser.addOption({kPgStart,
                      QCoreApplication::translate(
                          "cli::VolumeMigrateCommand",
                          "After the switch-over, with the volume mounted at DIR: the command that "
                          "starts PostgreSQL (run without a shell, e.g. \"pg_ctlcluster 17 main "
                          "start\"); the exact row counts are then compared with those recorded "
                          "before (exit 4 on a difference)."),
                      QStringLiteral("CMD")});
    parser.addOption(
        {kPgWait,
         QCoreApplication::translate("cli::VolumeMigrateCommand",
                                     "Seconds to wait for the start command and the server (default 60)."),
         QStringLiteral("SECONDS")});
    parser.addOption(
        {kCheckPostgres, QCoreApplication::translate(
                             "cli::VolumeMigrateCommand",
                             "Only start PostgreSQL (with --pg-start-command) and compare its exact row "
                             "counts (--dbname) with those in the journal of --image.")});
    parser.addOption({QStringLiteral("write-config"),
                      QCoreApplication::translate(
                          "cli::VolumeMigrateCommand",
                          "After the switch-over, add the crypttab and fstab lines to /etc (root only).")});
    volumeoptions::declareFormat(parser);
    pgopts::declare(parser);
    CliContext::declareKeyOptions(parser);
    CliContext::declareYes(parser);
}

int VolumeMigrateDirCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("cli::VolumeMigrateCommand",
                                              "volume migrate-dir: give exactly one DIR; see --help.")));
    const QString folder = args.first();
    if (parser.isSet(kRollback))
        return rollback(context, parser, folder);
    if (parser.isSet(kCheckPostgres))
        return checkPostgres(context, parser);
    if (!parser.isSet(kImage))
        return context.fail(Error(
            ExitCode::Usage, QCoreApplication::translate("cli::VolumeMigrateCommand",
                                                         "--image FILE is required: the new volume image.")));
    migration::MigrateDirJob::Request request;
    request.folder = folder;
    request.image = parser.value(kImage);
    if (parser.isSet(QStringLiteral("size"))) {
        request.sizeBytes = volumeoptions::parseSize(parser.value(QStringLiteral("size")));
        if (request.sizeBytes <= 0)
            return context.fail(
                Error(ExitCode::Usage, QCoreApplication::translate("cli::VolumeMigrateCommand",
                                                                   "--size: not a size, e.g. 20G or 512M.")));
    }
    if (parser.isSet(QStringLiteral("headroom"))) {
        bool ok = false;
        request.headroomPercent = parser.value(QStringLiteral("headroom")).toInt(&ok);
        if (!ok || request.headroomPercent < 0 || request.headroomPercent > 1000)
            return context.fail(Error(
                ExitCode::Usage, QCoreApplication::translate("cli::VolumeMigrateCommand",
                                                             "--headroom: a percentage from 0 to 1000.")));
    }
    auto params = volumeoptions::format(parser);
    if (!params)
        return context.fail(params.error());
    request.params = params.value();
    if (parser.isSet(QStringLiteral("dbname"))) {
        auto counting = countingRequest(context, parser);
        if (!counting)
            return context.fail(counting.error());
        request.rowCounts = *counting;
    }
    if (parser.isSet(kBuild)) {
        const auto preference = migration::buildPathPreferenceFromName(parser.value(kBuild));
        if (!preference)
            return context.fail(
                Error(ExitCode::Usage, QStringLiteral("--build: auto, mapped or user-space.")));
        request.buildPath = *preference;
    }
    auto command = startCommand(parser);
    if (!command)
        return context.fail(command.error());
    request.pgStartCommand = *command;
    auto wait = waitSeconds(parser);
    if (!wait)
        return context.fail(wait.error());
    request.pgWaitSeconds = *wait;
    auto journal = migration::MigrationJournal::load(request.image);
    const bool isNew = journal && !journal->has_value();
    auto key = readVolumeKey(
        context, parser,
        QCoreApplication::translate("cli::VolumeMigrateCommand", "passphrase for %1").arg(request.image),
        isNew);
    if (!key)
        return context.fail(key.error());
    request.key = key.value();
    request.switchOver = parser.isSet(QStringLiteral("yes"));
    request.installMountConfig = parser.isSet(QStringLiteral("write-config"));

    auto job = std::make_shared<migration::MigrateDirJob>(request);
    JobReport report = context.runJob(job);
    QCA::SecureArray recovery = job->recoveryKey();
    int recoverySlot = report.data.value(QStringLiteral("recovery_slot")).toInt();
    // Without --yes, a terminal is asked once everything is verified; the second run resumes from the
    // journal and only switches.
    if (!report.error && report.outcome != JobOutcome::Cancelled &&
        !report.data.value(QStringLiteral("switched")).toBool() && KeyReader::stdinIsTerminal() &&
        !context.json()) {
        printReport(context, report);
        printRecoveryKey(context, recovery, recoverySlot);
        recovery.clear();
        if (auto refusal = context.confirm(
                parser, QCoreApplication::translate("cli::VolumeMigrateCommand",
                                                    "Switch over now: rename %1 to "

                                                    "%1.before-migration-TIMESTAMP and leave an "
                                                    "empty mount point?")
                            .arg(folder))) {
            context.err() << refusal->message << Qt::endl;
            return 0;
        }
        request.switchOver = true;
        job = std::make_shared<migration::MigrateDirJob>(request);
        report = context.runJob(job);
        if (!job->recoveryKey().isEmpty()) {
            recovery = job->recoveryKey();
            recoverySlot = report.data.value(QStringLiteral("recovery_slot")).toInt();
        }
    }
    if (report.error && report.data.contains(QStringLiteral("differences")) && !context.json()) {
        context.err() << QCoreApplication::translate("cli::VolumeMigrateCommand",
                                                     "Differences between the folder and the volume:")
                      << '\n';
        for (const QJsonValue &d : report.data.value(QStringLiteral("differences")).toArray())
            context.err() << "  " << escapeControlCharacters(d.toString()) << '\n';
    }
    printRecoveryKey(context, recovery, recoverySlot);
    if (auto failed = context.failedExit(
            report, QCoreApplication::translate("cli::VolumeMigrateCommand",
                                                "Cancelled; run the same command again to resume.")))

        return *failed;
    if (context.json())
        context.printJson(report.data);
    else
        printReport(context, report);
    return 0;
}

} // namespace strongroom::cli

#include "backup/RestoreCommitJob.h"
#include "backup/RestoreValidateJob.h"
#include "cli/CliContext.h"
#include "cli/commands/AgeBackupInput.h"
#include "cli/commands/BackupCliSupport.h"
#include "cli/commands/BackupCommands.h"
#include "cli/commands/DbOpenOptions.h"
#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strongroom::cli {

using backupcli::failureExit;

void BackupRestoreCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("BACKUP"),
        QCoreApplication::translate("cli::BackupRestoreCommand",
                                    "The backup file (from the history or downloaded), or its "
                                    "age copy (.db.age)."));
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("cli::BackupRestoreCommand",
                                                  "The database to replace (it need not exist)."),
                      QStringLiteral("DB")});
    parser.addOption(
        {QStringLiteral("dir"),
         QCoreApplication::translate("cli::BackupRestoreCommand",
                                     "History folder for the pre-restore backup (default: \"backups\" "
                                     "beside DB)."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("wait"),
         QCoreApplication::translate("cli::BackupRestoreCommand",
                                     "Wait up to SECONDS for other processes to close the database."),
         QStringLiteral("SECONDS")});
    parser.addOption(
        {QStringLiteral("full-check"),
         QCoreApplication::translate("cli::BackupRestoreCommand",
                                     "Also run SQLite's integrity_check on a backup from the history (files "
                                     "from elsewhere always get it).")});
    CliContext::declareKeyOptions(parser);
    backupcli::declareBackupKeyOptions(parser);
    dbopen::declareSettings(parser);
    backupcli::declareAgeBackupOptions(parser);
    CliContext::declareYes(parser);
}

int BackupRestoreCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("to")))
        return context.fail(Error(
            ExitCode::Usage, QCoreApplication::translate("BackupRestoreCommand",
                                                         "backup restore takes one BACKUP and --to DB.")));
    int waitSeconds = 0;
    if (parser.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        waitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || waitSeconds < 0)
            return context.fail(
                Error(ExitCode::Usage, QCoreApplication::translate("BackupRestoreCommand",
                                                                   "--wait wants a number of seconds.")));
    }
    const Result<std::optional<CipherSettings>> settings = dbopen::settingsFrom(parser);
    if (!settings)
        return context.fail(settings.error());
    Result<KeyMaterial> key =
        context.readKey(parser, QCoreApplication::translate("BackupRestoreCommand", "database key"));
    if (!key)
        return context.fail(key.error());
    Result<std::optional<KeyMaterial>> backupKey = backupcli::readBackupKey(context, parser);
    if (!backupKey)
        return context.fail(backupKey.error());
    const RestoreKeys keys{key.value(), backupKey.value()};

    // 0. An age copy is decrypted into a temp beside the database (where the restore writes its own
    // copy; beside the age file when that folder does not exist yet), removed on every way out.
    const QString given = parser.positionalArguments().first();
    const QFileInfo target(parser.value(QStringLiteral("to")));
    const QString tempFolder =
        target.absoluteDir().exists() ? target.absolutePath() : QFileInfo(given).absolutePath();
    Result<std::unique_ptr<backupcli::BackupInput>> input =
        backupcli::BackupInput::open(context, parser, given, tempFolder);
    if (!input)
        return context.fail(input.error());
    const backupcli::BackupInput &backup = **input;

    // 1. Validate and compare; nothing is touched yet.
    auto validate = std::make_shared<RestoreValidateJob>(
        backup.path(), parser.value(QStringLiteral("to")), keys, parser.value(QStringLiteral("dir")),
        parser.isSet(QStringLiteral("full-check")), parser.isSet(QStringLiteral("yes")));
    validate->setCipherSettings(settings.value());
    JobReport validation = context.runJob(validate);
    if (validation.error)
        validation.error->message = backup.shown(validation.error->message);
    if (auto code = failureExit(context, validation,
                                int(dbopen::Hint::SettingsOptions) | int(dbopen::Hint::BackupKeyOptions)))
        return *code;
    RestorePlan plan = *validate->plan();
    plan.ageFile = backup.ageFile();
    validation.overview = backup.shown(validation.overview);
    validation.data = backup.shown(validation.data);
    if (!context.json()) {
        context.out() << validation.overview;
        if (!validation.overview.endsWith(QLatin1Char('\n')))
            context.out() << QLatin1Char('\n');
        context.out() << Qt::flush;
    }

    // 2. Confirm.
    const QString question =
        plan.liveExists
            ? QCoreApplication::translate("cli::BackupRestoreCommand",
                                          "Replace %1 with this backup? The current database is first "
                                          "saved in %2, tagged pre-restore.")
                  .arg(plan.livePath, plan.historyFolder)
            : QCoreApplication::translate("cli::BackupRestoreCommand", "Create %1 from this backup?")
                  .arg(plan.livePath);

    if (auto refused = context.confirm(parser, question)) {
        safefile::removeTemp(plan.stagedCopy);
        return context.fail(*refused);
    }

    // 3-6. Commit.
    JobReport commit = context.runJob(std::make_shared<RestoreCommitJob>(plan, keys, waitSeconds));
    if (commit.error)
        commit.error->message = backup.shown(commit.error->message);
    if (auto code = failureExit(context, commit))
        return *code;
    commit.overview = backup.shown(commit.overview);
    commit.data = backup.shown(commit.data);
    if (context.json())
        context.printJson(
            {{QStringLiteral("validation"), validation.data}, {QStringLiteral("restore"), commit.data}});
    else
        context.out() << commit.overview << Qt::endl;
    return 0;
}

} // namespace strongroom::cli

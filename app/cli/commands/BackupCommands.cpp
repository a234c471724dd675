#include "cli/commands/BackupCommands.h"

#include "backup/BackupCatalog.h"
#include "backup/CompareBackupJob.h"
#include "backup/CreateBackupJob.h"
#include "backup/ListBackupsJob.h"
#include "backup/VerifyBackupJob.h"
#include "cli/CliContext.h"
#include "cli/commands/AgeBackupInput.h"
#include "cli/commands/BackupCliSupport.h"
#include "cli/commands/DbOpenOptions.h"
#include "core/Age.h"
#include "core/ControlCharacters.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace strongroom::cli {

using backupcli::failureExit;
using dbopen::Hint;

namespace {

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

// backup create ---------------------------------------------------------------------------------

void BackupCreateCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("The encrypted database to back up."));
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("History folder (default: \"backups\" beside DB)."),
                      QStringLiteral("DIR")});
    CliContext::declareKeyOptions(parser);
    dbopen::declareSettings(parser);
}

int BackupCreateCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("BackupCommands", "backup create takes exactly one DB.")));
    const Result<std::optional<CipherSettings>> settings = dbopen::settingsFrom(parser);
    if (!settings)
        return context.fail(settings.error());
    Result<KeyMaterial> key =
        context.readKey(parser, QCoreApplication::translate("BackupCommands", "database key"));
    if (!key)
        return context.fail(key.error());
    const QString db = parser.positionalArguments().first();
    auto job = std::make_shared<CreateBackupJob>(
        BackupRequest{db, key.value(), settings.value(), parser.value(QStringLiteral("dir")), {}});
    const JobReport report = context.runJob(job);
    if (auto code = failureExit(context, report, int(Hint::SettingsOptions)))
        return *code;
    if (context.json())
        context.printJson(report.data);
    else
        context.out() << report.overview << Qt::endl;
    return 0;
}

// backup list -----------------------------------------------------------------------------------

void BackupListCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The history folder."));
}

int BackupListCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("BackupCommands", "backup list takes exactly one DIR.")));
    const BackupCatalog catalog(parser.positionalArguments().first());
    auto job = std::make_shared<ListBackupsJob>(catalog.folder(), false);
    const JobReport report = context.runJob(job);
    if (auto code = failureExit(context, report))
        return *code;
    const QList<BackupRecord> &records = job->backups();
    if (context.json()) {
        QJsonArray array;
        for (const BackupRecord &r : records) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("path"), catalog.pathOf(r));
            o.insert(QStringLiteral("age_seconds"), r.created.secsTo(QDateTime::currentDateTimeUtc()));
            o.insert(QStringLiteral("total_rows"), r.catalogued ? QJsonValue(r.totalRows()) : QJsonValue());
            array.append(o);
        }
        context.printJson({{QStringLiteral("folder"), catalog.folder()}, {QStringLiteral("backups"), array}});
        return 0;
    }
    if (records.isEmpty()) {
        context.out() << "No backups in " << catalog.folder() << Qt::endl;
        return 0;
    }
    // The name and state columns are as wide as their longest entry, so the rows line up.
    struct Line
    {
        QString name, time, age, size, keyId, state, rows;
    };
    QList<Line> lines{{QStringLiteral("Name"), QStringLiteral("Time (UTC)"), QStringLiteral("Age"),
                       QStringLiteral("Size"), QStringLiteral("Key id"), QStringLiteral("State"),
                       QStringLiteral("Rows")}};
    for (const BackupRecord &r : records) {
        QString state = r.verifiedState();
        if (r.tags.contains(BackupRecord::damagedTag()))
            state += QStringLiteral(", damaged");
        if (r.isProtected())
            state += QStringLiteral(" (pre-restore)");
        // Names come from the catalog, which anyone who can write the folder can edit.
        lines.append(
            {escapeControlCharacters(r.fileName), r.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             Age::since(r.created).englishText(), size(r.size),
             r.catalogued ? escapeControlCharacters(r.keyId) : QStringLiteral("-"), state,
             r.rowsKnown() ? QStringLiteral("%1 in %2 tables").arg(r.totalRows()).arg(r.rowCounts.size())
                           : QStringLiteral("-")});
    }
    qsizetype nameWidth = 0, stateWidth = 0;
    for (const Line &line : lines) {
        nameWidth = std::max(nameWidth, line.name.size());
        stateWidth = std::max(stateWidth, line.state.size());
    }
    for (const Line &line : lines)
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                             .arg(line.name, -int(nameWidth))
                             .arg(line.time, -19)
                             .arg(line.age, 7)
                             .arg(line.size, 10)
                             .arg(line.keyId, -15)
                             .arg(line.state, -int(stateWidth))
                             .arg(line.rows);
    for (const BackupRecord &r : records) {
        if (!r.refusal.isEmpty())
            context.out() << r.fileName << ": " << r.refusal << '\n';
    }
    context.out().flush();
    return 0;
}

// backup verify ---------------------------------------------------------------------------------

void BackupVerifyCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The backup file, or its age copy (.db.age)."));
    CliContext::declareKeyOptions(parser);
    dbopen::declareSettings(parser);
    backupcli::declareAgeBackupOptions(parser);
}

int BackupVerifyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("BackupCommands", "backup verify takes exactly one FILE.")));
    const Result<std::optional<CipherSettings>> settings = dbopen::settingsFrom(parser);
    if (!settings)
        return context.fail(settings.error());
    std::optional<KeyMaterial> key;
    if (CliContext::keyGiven(parser)) {
        Result<KeyMaterial> read =
            context.readKey(parser, QCoreApplication::translate("BackupCommands", "backup key"));
        if (!read)
            return context.fail(read.error());
        key = read.value();
    }
    // An age copy is decrypted (every chunk authenticated) into a temp beside it, which is checked
    // as the backup and removed on every way out.
    const QString given = parser.positionalArguments().first();
    Result<std::unique_ptr<backupcli::BackupInput>> input =
        backupcli::BackupInput::open(context, parser, given, QFileInfo(given).absolutePath());
    if (!input)
        return context.fail(input.error());
    const backupcli::BackupInput &backup = **input;
    auto verify = std::make_shared<VerifyBackupJob>(backup.path(), key);
    verify->setCipherSettings(settings.value());
    JobReport report = context.runJob(verify);
    if (report.error)
        report.error->message = backup.shown(report.error->message);
    if (auto code = failureExit(context, report, int(Hint::SettingsOptions)))
        return *code;
    if (!backup.ageFile().isEmpty()) {
        report.overview = backup.shown(report.overview) +
                          QStringLiteral(" The age copy authenticates (every chunk) and opens.");
        report.data = backup.shown(report.data);
    }
    if (context.json())
        context.printJson(report.data);
    else
        context.out() << report.overview << Qt::endl;
    return 0;
}

// backup compare --------------------------------------------------------------------------------

void BackupCompareCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("LIVE"), QStringLiteral("The live database."));
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("The backup file."));
    CliContext::declareKeyOptions(parser);
    backupcli::declareBackupKeyOptions(parser);
    dbopen::declareSettings(parser);
}

int BackupCompareCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("BackupCommands", "backup compare takes LIVE and BACKUP.")));
    const Result<std::optional<CipherSettings>> settings = dbopen::settingsFrom(parser);
    if (!settings)
        return context.fail(settings.error());
    Result<KeyMaterial> key =
        context.readKey(parser, QCoreApplication::translate("BackupCommands", "database key"));
    if (!key)
        return context.fail(key.error());
    Result<std::optional<KeyMaterial>> backupKey = backupcli::readBackupKey(context, parser);
    if (!backupKey)
        return context.fail(backupKey.error());
    const QStringList args = parser.positionalArguments();
    auto compare = std::make_shared<CompareBackupJob>(args.at(0), args.at(1), key.value(), backupKey.value());
    compare->setCipherSettings(settings.value());
    const JobReport report = context.runJob(compare);
    if (auto code = failureExit(context, report, int(Hint::SettingsOptions) | int(Hint::BackupKeyOptions)))
        return *code;
    if (context.json())
        context.printJson(report.data);
    else
        context.out() << report.overview << Qt::flush;
    return 0;
}

} // namespace strongroom::cli

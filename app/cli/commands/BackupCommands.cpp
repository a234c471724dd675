#include "cli/commands/BackupCommands.h"

#include "backup/BackupCatalog.h"
#include "backup/CompareBackupJob.h"
#include "backup/CreateBackupJob.h"
#include "backup/ListBackupsJob.h"
#include "backup/VerifyBackupJob.h"
#include "cli/AgeText.h"
#include "cli/CliContext.h"
#include "cli/TextTable.h"
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

// A catalog entry's state is an identifier under --json (verified_state); the table says it in the
// user's language.
QString stateText(const QString &state)
{
    static const char *const states[] = {
        QT_TRANSLATE_NOOP("cli::BackupCommands", "not yet verified"),
        QT_TRANSLATE_NOOP("cli::BackupCommands", "damaged catalog entry"),
        QT_TRANSLATE_NOOP("cli::BackupCommands", "kept as found"),
        QT_TRANSLATE_NOOP("cli::BackupCommands", "verified"),
        QT_TRANSLATE_NOOP("cli::BackupCommands", "unsealed"),
    };
    for (const char *known : states)
        if (state == QLatin1String(known))
            return QCoreApplication::translate("cli::BackupCommands", known);
    return state;
}

// What create and compare open the live database with, read in this order so the same mistake is
// said first in both verbs: the cipher settings, then the database key.
struct LiveDatabase
{
    std::optional<CipherSettings> settings;
    KeyMaterial key;
};

Result<LiveDatabase> readLiveDatabase(CliContext &context, const QCommandLineParser &parser)
{
    const Result<std::optional<CipherSettings>> settings = dbopen::settingsFrom(parser);
    if (!settings)
        return settings.error();
    Result<KeyMaterial> key =
        context.readKey(parser, QCoreApplication::translate("BackupCommands", "database key"));
    if (!key)
        return key.error();
    return LiveDatabase{settings.value(), key.value()};
}

} // namespace

// backup create ---------------------------------------------------------------------------------

void BackupCreateCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("DB"),
        QCoreApplication::translate("cli::BackupCommands", "The encrypted database to back up."));
    parser.addOption({QStringLiteral("dir"),
                      QCoreApplication::translate("cli::BackupCommands",
                                                  "History folder (default: \"backups\" beside DB)."),
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
    const Result<LiveDatabase> live = readLiveDatabase(context, parser);
    if (!live)
        return context.fail(live.error());
    const QString db = parser.positionalArguments().first();
    auto job = std::make_shared<CreateBackupJob>(
        BackupRequest{db, live->key, live->settings, parser.value(QStringLiteral("dir")), {}});
    const JobReport report = context.runJob(job);
    if (auto code = failureExit(context, report, int(Hint::SettingsOptions)))
        return *code;
    return context.finishJob(report);
}

// backup list -----------------------------------------------------------------------------------

void BackupListCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("cli::BackupCommands", "The history folder."));
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
        context.out()
            << QCoreApplication::translate("cli::BackupCommands", "No backups in %1").arg(catalog.folder())
            << Qt::endl;
        return 0;
    }
    using Align = TextTable::Align;
    TextTable table({{QCoreApplication::translate("cli::BackupCommands", "Name"), Align::Left},
                     {QCoreApplication::translate("cli::BackupCommands", "Time (UTC)"), Align::Left},
                     {QCoreApplication::translate("cli::BackupCommands", "Age"), Align::Right},
                     {QCoreApplication::translate("cli::BackupCommands", "Size"), Align::Right},
                     {QCoreApplication::translate("cli::BackupCommands", "Key id"), Align::Left},
                     {QCoreApplication::translate("cli::BackupCommands", "State"), Align::Left},
                     {QCoreApplication::translate("cli::BackupCommands", "Rows"), Align::Left}});
    for (const BackupRecord &r : records) {
        QString state = stateText(r.verifiedState());
        if (r.tags.contains(BackupRecord::damagedTag()))
            state += QCoreApplication::translate("cli::BackupCommands", ", damaged");
        if (r.isProtected())
            state += QCoreApplication::translate("cli::BackupCommands", " (pre-restore)");
        // Names come from the catalog, which anyone who can write the folder can edit.
        table.addRow({escapeControlCharacters(r.fileName),
                      r.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      ageText(Age::since(r.created)), size(r.size),
                      r.catalogued ? escapeControlCharacters(r.keyId) : QStringLiteral("-"), state,
                      r.rowsKnown() ? QCoreApplication::translate("cli::BackupCommands", "%1 in %n tables",
                                                                  nullptr, int(r.rowCounts.size()))
                                          .arg(r.totalRows())
                                    : QStringLiteral("-")});
    }
    context.out() << table.render();
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
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cli::BackupCommands", "The backup file, or its age copy (.db.age)."));
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
                          QCoreApplication::translate("cli::BackupCommands",
                                                      " The age copy authenticates (every chunk) and opens.");
        report.data = backup.shown(report.data);
    }
    return context.finishJob(report);
}

// backup compare --------------------------------------------------------------------------------

void BackupCompareCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("LIVE"),
                                 QCoreApplication::translate("cli::BackupCommands", "The live database."));
    parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                 QCoreApplication::translate("cli::BackupCommands", "The backup file."));
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
    const Result<LiveDatabase> live = readLiveDatabase(context, parser);
    if (!live)
        return context.fail(live.error());
    Result<std::optional<KeyMaterial>> backupKey = backupcli::readBackupKey(context, parser);
    if (!backupKey)
        return context.fail(backupKey.error());
    const QStringList args = parser.positionalArguments();
    auto compare = std::make_shared<CompareBackupJob>(args.at(0), args.at(1), live->key, backupKey.value());
    compare->setCipherSettings(live->settings);
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

// volume header-backup, header-restore.
#include "cli/CliContext.h"
#include "cli/commands/VolumeCommands.h"
#include "cli/commands/VolumeOptions.h"
#include "volumes/HeaderBackup.h"

namespace strongroom::cli {

void VolumeHeaderBackupCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("The LUKS image."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where to write the header backup (must not exist)."));
    parser.addOption({QStringLiteral("header"), QStringLiteral("A detached LUKS header."), QStringLiteral("FILE")});
}

int VolumeHeaderBackupCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("header-backup"), 2);
    if (!image)
        return context.fail(image.error());
    const QString file = parser.positionalArguments().at(1);
    auto uuid = headerbackup::backup(image.value(), file, parser.value(QStringLiteral("header")));
    if (!uuid)
        return context.fail(uuid.error());
    context.audit().append(QStringLiteral("volume.header-backup"), image.value(), QStringLiteral("succeeded"),
                           {{QStringLiteral("file"), file}, {QStringLiteral("uuid"), uuid.value()}});
    if (context.json())
        context.printJson({{QStringLiteral("path"), image.value()}, {QStringLiteral("backup"), file}, {QStringLiteral("uuid"), uuid.value()}});
    else
        context.out() << "Saved the LUKS header of " << image.value() << " (UUID " << uuid.value() << ") to " << file
                      << ". Keep it somewhere safe: it holds the key slots of today." << Qt::endl;
    return 0;
}

void VolumeHeaderRestoreCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("The LUKS image."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The header backup."));
    parser.addOption({QStringLiteral("force"), QStringLiteral("Restore even when the UUIDs differ or the image has no header.")});
    CliContext::declareYes(parser);
}

int VolumeHeaderRestoreCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("header-restore"), 2);
    if (!image)
        return context.fail(image.error());
    const QString file = parser.positionalArguments().at(1);
    context.warn(QStringLiteral("Restoring a header brings back the key slots of the time of the backup: keys removed "
                                "since then open the volume again, keys added since then stop working."));
    if (auto refusal = context.confirm(parser, QStringLiteral("Replace the LUKS header of %1 with %2?").arg(image.value(), file)))
        return context.fail(*refusal);
    auto outcome = headerbackup::restore(image.value(), file, parser.isSet(QStringLiteral("force")));
    if (!outcome) {
        context.audit().append(QStringLiteral("volume.header-restore"), image.value(),
                               outcome.error().kind == QLatin1String("uuid-mismatch") ? QStringLiteral("refused") : QStringLiteral("failed"),
                               {{QStringLiteral("file"), file}, {QStringLiteral("reason"), outcome.error().kindName()}});
        return context.fail(outcome.error());
    }
    context.audit().append(QStringLiteral("volume.header-restore"), image.value(), QStringLiteral("succeeded"),
                           {{QStringLiteral("file"), file},
                            {QStringLiteral("uuid"), outcome->uuid},
                            {QStringLiteral("forced"), parser.isSet(QStringLiteral("force"))},
                            {QStringLiteral("previous_header"), outcome->previousHeaderKeptAt}});
    if (context.json())
        context.printJson({{QStringLiteral("path"), image.value()}, {QStringLiteral("restored_from"), file}, {QStringLiteral("uuid"), outcome->uuid},
                           {QStringLiteral("previous_header"), outcome->previousHeaderKeptAt}});
    else {
        context.out() << "Restored the header of " << image.value() << " from " << file << '.' << Qt::endl;
        if (!outcome->previousHeaderKeptAt.isEmpty())
            context.out() << "The header it replaced is kept in " << outcome->previousHeaderKeptAt << '.' << Qt::endl;
    }
    return 0;
}

} // namespace strongroom::cli

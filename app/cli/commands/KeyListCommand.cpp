#include "cli/commands/KeyListCommand.h"

#include "cli/CliContext.h"
#include "core/ControlCharacters.h"
#include "keylist/KeyListSettings.h"
#include "keylist/ListKeysJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

void KeyListCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("dir"),
         QCoreApplication::translate("cli::KeyListCommand",
                                     "Also read the backup catalog of this history folder; may be repeated."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("image"),
         QCoreApplication::translate("cli::KeyListCommand",
                                     "Also list the key slots of this LUKS image; may be repeated."),
         QStringLiteral("IMAGE")});
    parser.addOption({QStringLiteral("rotation-days"),
                      QCoreApplication::translate(
                          "cli::KeyListCommand",
                          "Keys older than N days are due (default: the console's setting, else 180)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("only-given"),
         QCoreApplication::translate("cli::KeyListCommand",
                                     "Read only --dir and --image, not the places the console remembers.")});
}

int KeyListCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Error(
            ExitCode::Usage, QCoreApplication::translate("KeyListCommand", "key list takes no arguments.")));
    KeyListRequest request;
    request.rotationDays = keylistsettings::rotationDays();
    if (parser.isSet(QStringLiteral("rotation-days"))) {
        bool ok = false;
        request.rotationDays = parser.value(QStringLiteral("rotation-days")).toInt(&ok);
        if (!ok || request.rotationDays <= 0)
            return context.fail(
                Error(ExitCode::Usage,
                      QCoreApplication::translate("KeyListCommand", "--rotation-days takes a number of days "
                                                                    "above 0.")));
    }
    const bool onlyGiven = parser.isSet(QStringLiteral("only-given"));
    request.historyFolders = onlyGiven ? QStringList() : keylistsettings::historyFolders();
    for (const QString &dir : parser.values(QStringLiteral("dir")))
        if (!request.historyFolders.contains(dir))
            request.historyFolders.append(dir);
    request.volumeImages = onlyGiven ? QStringList() : keylistsettings::volumeImages();
    for (const QString &image : parser.values(QStringLiteral("image")))
        if (!request.volumeImages.contains(image))
            request.volumeImages.append(image);

    auto job = std::make_shared<ListKeysJob>(request);
    const JobReport report = context.runJob(job);
    if (const std::optional<int> ended = context.finishUnlessText(report))
        return *ended;
    QTextStream &out = context.out();
    for (const KnownKey &key : job->keys()) {
        const bool due = key.isDue(job->now(), job->rotationDays());
        out << key.keyId << "  " << key.kind << "  "
            << (key.created.isValid() ? key.created.toUTC().toString(Qt::ISODate)
                                      : QCoreApplication::translate("cli::KeyListCommand", "unknown"))
            << " (" << key.createdFrom << ")  "
            << QCoreApplication::translate("cli::KeyListCommand", "%n days", nullptr,
                                           key.ageDays(job->now()));
        const QString dueDate = key.dueDate(job->rotationDays()).toString(Qt::ISODate);
        if (!key.replacedBy.isEmpty())
            out << "  "
                << QCoreApplication::translate("cli::KeyListCommand", "replaced by %1 on %2")
                       .arg(key.replacedBy, key.replacedOn.toUTC().toString(Qt::ISODate));
        else if (key.created.isValid())
            out << "  "
                << (due ? QCoreApplication::translate("cli::KeyListCommand", "DUE since %1").arg(dueDate)
                        : QCoreApplication::translate("cli::KeyListCommand", "due %1").arg(dueDate))
                << (key.ownRotationDays > 0
                        ? QCoreApplication::translate("cli::KeyListCommand", " (own period: %n days)",
                                                      nullptr, key.ownRotationDays)
                        : QString());
        out << "  " << key.label << Qt::endl;
        if (!key.recoveryWhere.isEmpty())
            out << "    "
                << QCoreApplication::translate("cli::KeyListCommand", "recovery copy: %1 (recorded %2)")
                       .arg(escapeControlCharacters(key.recoveryWhere),
                            key.recoveryRecorded.toUTC().toString(Qt::ISODate))
                << Qt::endl;
        for (const QString &file : key.opens)
            out << "    " << QCoreApplication::translate("cli::KeyListCommand", "opens %1").arg(file)
                << Qt::endl;
    }
    out << report.overview << Qt::endl;
    for (const QString &detail : report.details)
        context.err() << detail << Qt::endl;
    return 0;
}

} // namespace strongroom::cli

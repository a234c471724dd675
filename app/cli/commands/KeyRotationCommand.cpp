#include "cli/commands/KeyRotationCommand.h"

#include "cli/CliContext.h"
#include "core/ControlCharacters.h"
#include "keylist/SetKeyRotationJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

void KeySetRotationCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("KEYID"),
        QCoreApplication::translate("cli::KeyRotationCommand", "The key's id, as key list shows it."));
    parser.addPositionalArgument(
        QStringLiteral("DAYS"),
        QCoreApplication::translate("cli::KeyRotationCommand",
                                    "Its rotation period in days (1 to 3650), or \"default\" for "
                                    "the global period."));
}

int KeySetRotationCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.fail(Error(ExitCode::Usage, QCoreApplication::translate(
                                                       "KeyRotationCommand",
                                                       "key set-rotation takes a key id and a number of days "
                                                       "(or \"default\").")));
    const QString keyId = args.at(0).trimmed();
    if (keyId.isEmpty() || keyId.size() > 200 || keyId != escapeControlCharacters(keyId))
        return context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("KeyRotationCommand",
                                                               "\"%1\" is not a key id; key list shows them.")
                                       .arg(escapeControlCharacters(keyId))));
    int days = 0;
    if (args.at(1) != QLatin1String("default")) {
        bool ok = false;
        days = args.at(1).toInt(&ok);
        if (!ok || days < 1 || days > 3650)
            return context.fail(
                Error(ExitCode::Usage, QCoreApplication::translate("KeyRotationCommand",
                                                                   "DAYS is a number of days from 1 to 3650, "
                                                                   "or \"default\".")));
    }
    const JobReport report = context.runJob(std::make_shared<SetKeyRotationJob>(keyId, days));
    return context.finishJob(report);
}

} // namespace strongroom::cli

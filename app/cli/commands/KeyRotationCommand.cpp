#include "cli/commands/KeyRotationCommand.h"

#include "cli/CliContext.h"
#include "core/AuditLog.h"
#include "core/ControlCharacters.h"
#include "keylist/KeyListSettings.h"

#include <QCoreApplication>

namespace strongroom::cli {

void KeySetRotationCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("KEYID"),
                                 QStringLiteral("The key's id, as key list shows it."));
    parser.addPositionalArgument(QStringLiteral("DAYS"),
                                 QStringLiteral("Its rotation period in days (1 to 3650), or \"default\" for "
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
    const int previous = keylistsettings::keyRotationDays().value(keyId, 0);
    keylistsettings::setKeyRotationDays(keyId, days);
    const int global = keylistsettings::rotationDays();
    context.audit().append(
        QStringLiteral("key.set-rotation"), keyId, QStringLiteral("succeeded"),
        {{QStringLiteral("days"), days > 0 ? QJsonValue(days) : QJsonValue(QStringLiteral("default"))},
         {QStringLiteral("previous"),
          previous > 0 ? QJsonValue(previous) : QJsonValue(QStringLiteral("default"))},
         {QStringLiteral("global"), global}});
    if (context.json()) {
        context.printJson({{QStringLiteral("keyId"), keyId},
                           {QStringLiteral("rotationDays"), days > 0 ? days : global},
                           {QStringLiteral("ownRotation"), days > 0}});
        return 0;
    }
    context.out() << (days > 0
                          ? QStringLiteral("%1 is now due for rotation every %2 days.").arg(keyId).arg(days)
                          : QStringLiteral("%1 follows the global rotation period again (%2 days).")
                                .arg(keyId)
                                .arg(global))
                  << Qt::endl;
    return 0;
}

} // namespace strongroom::cli

#include "cli/commands/KeyRecoveryCommand.h"

#include "cli/CliContext.h"
#include "core/ControlCharacters.h"
#include "keylist/RecordRecoveryJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

void KeyRecordRecoveryCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("KEYID"),
        QCoreApplication::translate("cli::KeyRecoveryCommand", "The key's id, as key list shows it."));
    parser.addOption({QStringLiteral("where"),
                      QCoreApplication::translate(
                          "cli::KeyRecoveryCommand",
                          "Where the copy is kept, in words (\"printed sheet in the office safe\"); "
                          "one line, at most 500 characters, never the key."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("remove"),
         QCoreApplication::translate("cli::KeyRecoveryCommand", "Remove the record (the copy is gone).")});
}

int KeyRecordRecoveryCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (args.size() != 1 || remove == parser.isSet(QStringLiteral("where")))
        return context.fail(Error(ExitCode::Usage,
                                  QCoreApplication::translate("KeyRecoveryCommand",
                                                              "key record-recovery takes a key id and either "
                                                              "--where TEXT or --remove.")));
    const QString keyId = args.at(0).trimmed();
    if (keyId.isEmpty() || keyId.size() > 200 || keyId != escapeControlCharacters(keyId))
        return context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("KeyRecoveryCommand",
                                                               "\"%1\" is not a key id; key list shows them.")
                                       .arg(escapeControlCharacters(keyId))));
    const QString where = remove ? QString() : parser.value(QStringLiteral("where")).trimmed();
    if (!remove && where.isEmpty())
        return context.fail(Error(
            ExitCode::Usage, QCoreApplication::translate("KeyRecoveryCommand",
                                                         "--where needs words saying where the copy is.")));
    if (const std::optional<QString> problem = RecordRecoveryJob::problemWith(where))
        return context.fail(Error(ExitCode::Usage, *problem));
    const JobReport report = context.runJob(std::make_shared<RecordRecoveryJob>(keyId, where));
    return context.finishJob(report);
}

} // namespace strongroom::cli

#include "cli/commands/ChecksumCommand.h"

#include "cli/CliContext.h"
#include "core/FileHashJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

void ChecksumCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli::ChecksumCommand", "The file to hash."));
}

int ChecksumCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("ChecksumCommand", "checksum takes exactly one FILE.")));
    const JobReport report =
        context.runJob(std::make_shared<FileHashJob>(parser.positionalArguments().first()));
    if (const std::optional<int> ended = context.finishUnlessText(report))
        return *ended;
    context.out() << report.data.value(QStringLiteral("sha256")).toString() << "  "
                  << report.data.value(QStringLiteral("path")).toString() << Qt::endl;
    return 0;
}

} // namespace strongroom::cli

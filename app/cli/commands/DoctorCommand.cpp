#include "cli/commands/DoctorCommand.h"

#include "cli/CliContext.h"
#include "system/Diagnostics.h"

namespace strongroom::cli {

int DoctorCommand::run(CliContext &context, const QCommandLineParser &)
{
    const Diagnostics diagnostics = Diagnostics::collect();
    if (context.json())
        context.printJson(diagnostics.toJson());
    else
        context.out() << diagnostics.toText() << Qt::flush;
    return 0;
}

} // namespace strongroom::cli

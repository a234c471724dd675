#include "cli/Cli.h"
#include "cli/commands/AuditCommands.h"
#include "cli/commands/ChecksumCommand.h"
#include "cli/commands/DoctorCommand.h"

namespace strongroom::cli {

void registerAllCommands(Cli &cli)
{
    cli.add(std::make_unique<DoctorCommand>());
    cli.add(std::make_unique<AuditLogCommand>());
    cli.add(std::make_unique<AuditVerifyCommand>());
    cli.add(std::make_unique<ChecksumCommand>());
}

} // namespace strongroom::cli

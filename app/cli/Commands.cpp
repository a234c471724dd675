#include "cli/Cli.h"
#include "cli/commands/AuditCommands.h"
#include "cli/commands/BackupCommands.h"
#include "cli/commands/ChecksumCommand.h"
#include "cli/commands/DbCheckCommand.h"
#include "cli/commands/DbConvertCommand.h"
#include "cli/commands/DbInfoCommand.h"
#include "cli/commands/DoctorCommand.h"

namespace strongroom::cli {

void registerAllCommands(Cli &cli)
{
    cli.add(std::make_unique<DoctorCommand>());
    cli.add(std::make_unique<AuditLogCommand>());
    cli.add(std::make_unique<AuditVerifyCommand>());
    cli.add(std::make_unique<ChecksumCommand>());
    cli.add(std::make_unique<BackupCreateCommand>());
    cli.add(std::make_unique<BackupListCommand>());
    cli.add(std::make_unique<BackupVerifyCommand>());
    cli.add(std::make_unique<BackupCompareCommand>());
    cli.add(std::make_unique<BackupPruneCommand>());
    cli.add(std::make_unique<BackupRestoreCommand>());
    cli.add(std::make_unique<DbInfoCommand>());
    cli.add(std::make_unique<DbCheckCommand>());
    cli.add(std::make_unique<DbConvertCommand>(ConversionKind::Encrypt));
    cli.add(std::make_unique<DbConvertCommand>(ConversionKind::Decrypt));
    cli.add(std::make_unique<DbConvertCommand>(ConversionKind::Rekey));
    cli.add(std::make_unique<DbConvertCommand>(ConversionKind::Migrate));
}

} // namespace strongroom::cli

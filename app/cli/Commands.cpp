#include "cli/Cli.h"
#include "cli/commands/AuditCommands.h"
#include "cli/commands/BackupCommands.h"
#include "cli/commands/BenchCommands.h"
#include "cli/commands/ChecksumCommand.h"
#include "cli/commands/DbCheckCommand.h"
#include "cli/commands/DbConvertCommand.h"
#include "cli/commands/DbInfoCommand.h"
#include "cli/commands/DoctorCommand.h"
#include "cli/commands/FileCommands.h"
#include "cli/commands/KeyListCommand.h"
#include "cli/commands/KeyRecoveryCommand.h"
#include "cli/commands/KeyRotationCommand.h"
#include "cli/commands/PgBackupCommands.h"
#include "cli/commands/PgInfoCommand.h"
#include "cli/commands/ScheduleCommands.h"
#include "cli/commands/SecurityAuditCommand.h"
#include "cli/commands/VolumeBrowseCommands.h"
#include "cli/commands/VolumeCryptCommands.h"
#include "cli/commands/VolumeHeaderCommands.h"
#include "cli/commands/VolumeInspectCommands.h"
#include "cli/commands/VolumeKeyCommands.h"
#include "cli/commands/VolumeMappingCommands.h"
#include "cli/commands/VolumeMigrateCommand.h"

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
    cli.add(std::make_unique<VolumeCreateCommand>());
    cli.add(std::make_unique<VolumeInfoCommand>());
    cli.add(std::make_unique<VolumeTestKeyCommand>());
    cli.add(std::make_unique<VolumeAddKeyCommand>());
    cli.add(std::make_unique<VolumeChangeKeyCommand>());
    cli.add(std::make_unique<VolumeRemoveKeyCommand>());
    cli.add(std::make_unique<VolumeRetuneCommand>());
    cli.add(std::make_unique<VolumeHeaderBackupCommand>());
    cli.add(std::make_unique<VolumeHeaderRestoreCommand>());
    cli.add(std::make_unique<VolumeEncryptCommand>());
    cli.add(std::make_unique<VolumeDecryptCommand>());
    cli.add(std::make_unique<VolumeBenchmarkCommand>());
    cli.add(std::make_unique<VolumeOpenCommand>());
    cli.add(std::make_unique<VolumeCloseCommand>());
    cli.add(std::make_unique<VolumeMountCommand>());
    cli.add(std::make_unique<VolumeUnmountCommand>());
    cli.add(std::make_unique<VolumeLsCommand>());
    cli.add(std::make_unique<VolumeGetCommand>());
    cli.add(std::make_unique<VolumeCatCommand>());
    cli.add(std::make_unique<VolumeFsckCommand>());
    cli.add(std::make_unique<VolumeDuCommand>());
    cli.add(std::make_unique<VolumeMigrateDirCommand>());
    cli.add(std::make_unique<FileEncryptCommand>());
    cli.add(std::make_unique<FileDecryptCommand>(false));
    cli.add(std::make_unique<FileDecryptCommand>(true));
    cli.add(std::make_unique<KeyGenerateCommand>());
    cli.add(std::make_unique<KeyRewrapCommand>());
    cli.add(std::make_unique<KeyListCommand>());
    cli.add(std::make_unique<KeySetRotationCommand>());
    cli.add(std::make_unique<KeyRecordRecoveryCommand>());
    cli.add(std::make_unique<BackupExportCommand>());
    cli.add(std::make_unique<PgInfoCommand>());
    cli.add(std::make_unique<ScheduleAddCommand>(Schedule::Kind::Backup));
    cli.add(std::make_unique<ScheduleAddCommand>(Schedule::Kind::Drill));
    cli.add(std::make_unique<ScheduleListCommand>());
    cli.add(std::make_unique<ScheduleRemoveCommand>());
    cli.add(std::make_unique<ScheduleRunNowCommand>());
    cli.add(std::make_unique<ScheduleExecCommand>());
    cli.add(std::make_unique<StatusCommand>());
    cli.add(std::make_unique<AuditRunCommand>());
    cli.add(std::make_unique<PgBackupCommand>());
    cli.add(std::make_unique<PgBackupListCommand>());
    cli.add(std::make_unique<PgBackupPruneCommand>());
    cli.add(std::make_unique<PgRestoreCommand>());
    cli.add(std::make_unique<PgVerifyCommand>());
    cli.add(std::make_unique<PgCompareCommand>());
    cli.add(std::make_unique<BenchQueriesCommand>());
    cli.add(std::make_unique<BenchCryptoCommand>());
    cli.add(std::make_unique<BenchKdfCommand>());
    cli.add(std::make_unique<BenchSqlCipherCommand>());
}

} // namespace strongroom::cli

#pragma once

#include "core/JobReport.h"
#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QCommandLineParser>
#include <optional>

namespace strongroom::cli {

class CliContext;

namespace backupcli {

// --backup-key-env/--backup-key-file/--backup-passphrase-stdin: the key a backup was made with
// when it is not the live database's.
void declareBackupKeyOptions(QCommandLineParser &parser);
// The backup key when one was given; an error when reading it failed.
Result<std::optional<KeyMaterial>> readBackupKey(CliContext &context, const QCommandLineParser &parser);

// The exit code of a finished job: 130 when cancelled, the error's code (printed, with the verb's
// dbopen::Hint options appended) when it failed, else 0 (the caller prints the result).
std::optional<int> failureExit(CliContext &context, const JobReport &report, int hints = 0);

} // namespace backupcli
} // namespace strongroom::cli

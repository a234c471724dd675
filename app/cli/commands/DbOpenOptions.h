#pragma once

#include "core/Result.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/OpenDiagnosis.h"

#include <QCommandLineParser>
#include <optional>

namespace strongroom::cli {

class CliContext;

// The options every `db` verb shares to open a file: the key options and the cipher settings to
// try after the standard profiles, and the open itself as a job (each profile try is a KDF run).
namespace dbopen {

void declare(QCommandLineParser &parser);

// --page-size, --kdf-iter, --hmac-algorithm, --kdf-algorithm, --plaintext-header-size: the cipher
// settings to try, for every verb that opens a database (db info, backup create/verify/compare/restore).
void declareSettings(QCommandLineParser &parser);
// The settings those options give over the SQLCipher 4 defaults, none when no option is given. A value
// that is no number: usage (2); one CipherSettings::validate refuses: 6, kind invalid-settings.
Result<std::optional<CipherSettings>> settingsFrom(const QCommandLineParser &parser);

// What a verb can offer when a database does not open: the options it has.
enum class Hint
{
    SettingsOptions = 1, // --page-size and the other settings options
    BackupKeyOptions = 2 // --backup-key-env and its twins
};
// The error with the next step in the verb's own options appended (a wrong key: the settings options,
// and the backup key options where the verb has them).
Error withHints(Error error, int hints);

// Opens the single FILE argument. A usage error or a failed diagnosis comes back as an Error in
// the diagnosis (exitCode set, session null), ready for CliContext::fail().
OpenDiagnosis open(CliContext &context, const QCommandLineParser &parser);

} // namespace dbopen

} // namespace strongroom::cli

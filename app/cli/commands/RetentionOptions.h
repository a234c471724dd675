#pragma once

#include "backup/RetentionPolicy.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <optional>

namespace strongroom::cli::retentionoptions {

// The --keep-* options of every verb that applies a retention policy (backup prune, pg backup prune,
// schedule add backup), declared and read in one place so the rules and their messages cannot drift.
// When: a policy applied now (prune) or after each backup of a schedule; each option's description
// says so in a whole sentence, which translates.
enum class When
{
    Now,
    AfterEachBackup
};
void declare(QCommandLineParser &parser, When when = When::Now);

// The policy the options give, or nullopt when none was given; a malformed value is a usage error.
Result<std::optional<RetentionPolicy>> read(const QCommandLineParser &parser);

} // namespace strongroom::cli::retentionoptions

#pragma once

#include <QString>

namespace strongroom {

// The exit codes of the CLI contract (docs/cli.md). Every error in the core carries one, so the CLI
// and the GUI classify a failure the same way.
enum class ExitCode : int
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    WrongKey = 3,
    Integrity = 4,
    Busy = 5,
    Unsupported = 6,
    Environment = 7,
    // `bench queries --compare`: a statement slower than the baseline beyond the threshold and the noise.
    Regression = 9,
    // `status` for monitoring systems: something needs attention (a key due, an old drill) or is
    // failing (an overdue backup, a failed run). Not errors of the command itself.
    StatusWarning = 10,
    StatusFailure = 11,
    Cancelled = 130,
};

// A stable machine name for the JSON error object: "wrong-key", "integrity", ...
QString exitCodeKind(ExitCode code);

} // namespace strongroom

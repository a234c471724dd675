#pragma once

#include "sqlcipher/OpenDiagnosis.h"

#include <QCommandLineParser>

namespace strongroom::cli {

class CliContext;

// The options every `db` verb shares to open a file: the key options and the cipher settings to
// try after the standard profiles, and the open itself as a job (each profile try is a KDF run).
namespace dbopen {

void declare(QCommandLineParser &parser);

// Opens the single FILE argument. A usage error or a failed diagnosis comes back as an Error in
// the diagnosis (exitCode set, session null), ready for CliContext::fail().
OpenDiagnosis open(CliContext &context, const QCommandLineParser &parser);

} // namespace dbopen

} // namespace strongroom::cli

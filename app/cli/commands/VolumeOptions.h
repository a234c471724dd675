#pragma once

#include "core/Result.h"
#include "volumes/InPlaceEncryption.h"
#include "volumes/PbkdfSettings.h"

#include <QCommandLineParser>
#include <optional>

namespace strongroom::cli {

class CliContext;

// Options shared by the `volume` verbs: PBKDF costs, cipher/format settings, the common exit path
// of a volume job.
namespace volumeoptions {

void declarePbkdf(QCommandLineParser &parser);
// nullopt when no PBKDF option was given (keep what libcryptsetup or the slot has).
Result<std::optional<PbkdfSettings>> pbkdf(const QCommandLineParser &parser);

void declareFormat(QCommandLineParser &parser);
Result<inplace::EncryptionParams> format(const QCommandLineParser &parser);

// "512M", "2G", "1048576" (bytes); 0 on error.
qint64 parseSize(const QString &text);
// The single positional IMAGE, or a usage error.
Result<QString> oneImage(const QCommandLineParser &parser, const QString &verb, int expected = 1);

} // namespace volumeoptions
} // namespace strongroom::cli

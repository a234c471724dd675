#pragma once

// The connection and password options every `pg` verb shares: --dbname CONN (conninfo, URI or
// service name) and the password from --password-env NAME, --password-file FILE,
// --password-stdin, --password-keyring, or else as libpq finds it (.pgpass, PGPASSFILE), with a
// prompt on a terminal when the server asks for one.

#include "core/Result.h"
#include "postgres/PgConnection.h"

#include <QCommandLineParser>

namespace strongroom::cli {

class CliContext;

namespace pgopts {

void declare(QCommandLineParser &parser);
Result<postgres::PgConnection> connection(const QCommandLineParser &parser);
// The password the options name; empty (libpq decides) when none is given.
Result<postgres::PgPassword> password(CliContext &context, const QCommandLineParser &parser,
                                      const postgres::PgConnection &connection);
// True when the user gave no password option and a terminal can be asked: a run that failed with
// "password-required" may be repeated with promptPassword().
bool mayPrompt(const QCommandLineParser &parser);
Result<postgres::PgPassword> promptPassword(const postgres::PgConnection &connection);

} // namespace pgopts

} // namespace strongroom::cli

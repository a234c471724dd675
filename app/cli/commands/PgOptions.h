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
// The password options alone, for a second connection: `prefix` "against-" declares
// --against-password-env, --against-password-file, --against-password-stdin and
// --against-password-keyring, read by password(), passwordGiven() and mayPrompt() with the same prefix.
void declarePassword(QCommandLineParser &parser, const QString &prefix);
Result<postgres::PgConnection> connection(const QCommandLineParser &parser);
// The password the options with `prefix` name; empty (libpq decides) when none is given.
Result<postgres::PgPassword> password(CliContext &context, const QCommandLineParser &parser,
                                      const postgres::PgConnection &connection, const QString &prefix = {});
// One of the password options with `prefix` is given.
bool passwordGiven(const QCommandLineParser &parser, const QString &prefix = {});
// True when the user gave no password option (with `prefix`) and a terminal can be asked: a run
// that failed with "password-required" may be repeated with promptPassword().
bool mayPrompt(const QCommandLineParser &parser, const QString &prefix = {});
Result<postgres::PgPassword> promptPassword(const postgres::PgConnection &connection);

} // namespace pgopts

} // namespace strongroom::cli

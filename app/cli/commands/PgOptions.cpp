#include "cli/commands/PgOptions.h"

#include "cli/CliContext.h"
#include "keys/KeyReader.h"
#include "keys/Keyring.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace strongroom::cli::pgopts {

using postgres::PgConnection;
using postgres::PgPassword;

void declare(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("dbname"),
         QCoreApplication::translate(
             "cli::PgOptions", "The database: a libpq conninfo (\"host=db dbname=shop user=app\"), a URI "
                               "(postgresql://app@db/shop) or a service name from pg_service.conf."),
         QStringLiteral("CONN")});
    parser.addOption(
        {QStringLiteral("password-env"),
         QCoreApplication::translate("cli::PgOptions", "Read the password from environment variable NAME."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("password-file"),
         QCoreApplication::translate("cli::PgOptions",
                                     "Read the password from FILE (one trailing newline is stripped)."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("password-stdin"),
                      QCoreApplication::translate("cli::PgOptions",
                                                  "Read the password as one line from standard input.")});
    parser.addOption(
        {QStringLiteral("password-keyring"),
         QCoreApplication::translate(
             "cli::PgOptions",
             "Take the password the console saved for this connection in the desktop keyring.")});
}

Result<PgConnection> connection(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("dbname")))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "PgOptions", "Name the database with --dbname CONN (a conninfo, a URI or a "
                                      "service name)."));
    return PgConnection::parse(parser.value(QStringLiteral("dbname")));
}

namespace {

Result<PgPassword> fromKeyring(const PgConnection &connection)
{
    if (!Keyring::isAvailable())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "PgOptions",
                         "--password-keyring needs the desktop keyring, and none is running (Secret Service "
                         "or KWallet). Start it, or give the password another way."));
    // The CLI runs no event loop of its own, so waiting here for QtKeychain's answer nests nothing.
    std::optional<Result<KeyMaterial>> answer;
    QEventLoop loop;
    Keyring().read(connection.keyringAccount(), &loop, [&](Result<KeyMaterial> key) {
        answer = std::move(key);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (!answer->ok())
        return answer->error();
    return PgPassword{answer->value(), QCoreApplication::translate("cli::PgOptions", "the keyring")};
}

} // namespace

Result<PgPassword> password(CliContext &context, const QCommandLineParser &parser,
                            const PgConnection &connection)
{
    const int given = int(parser.isSet(QStringLiteral("password-env"))) +
                      int(parser.isSet(QStringLiteral("password-file"))) +
                      int(parser.isSet(QStringLiteral("password-stdin"))) +
                      int(parser.isSet(QStringLiteral("password-keyring")));
    if (given > 1)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "PgOptions", "Give the password one way only: --password-env, --password-file, "
                                      "--password-stdin or --password-keyring."));
    if (parser.isSet(QStringLiteral("password-keyring")))
        return fromKeyring(connection);
    KeySource source;
    if (parser.isSet(QStringLiteral("password-env")))
        source = KeySource::environment(parser.value(QStringLiteral("password-env")));
    else if (parser.isSet(QStringLiteral("password-file")))
        source = KeySource::file(parser.value(QStringLiteral("password-file")));
    else if (parser.isSet(QStringLiteral("password-stdin")))
        source = KeySource::stdinLine();
    else
        return PgPassword{};
    KeyReader reader;
    // As with --key-env: the variable leaves the environment once read, so no child inherits it.
    reader.setConsumeEnvironment(true);
    Result<KeyMaterial> secret = reader.read(
        source,
        QCoreApplication::translate("cli::PgOptions", "password for %1").arg(connection.displayName()));
    for (const QString &w : reader.warnings())
        context.warn(w);
    if (!secret)
        return secret.error();
    return PgPassword{*secret, source.describe()};
}

bool mayPrompt(const QCommandLineParser &parser)
{
    return !parser.isSet(QStringLiteral("password-env")) && !parser.isSet(QStringLiteral("password-file")) &&
           !parser.isSet(QStringLiteral("password-stdin")) &&
           !parser.isSet(QStringLiteral("password-keyring")) && KeyReader::stdinIsTerminal();
}

Result<PgPassword> promptPassword(const PgConnection &connection)
{
    QCA::SecureArray secret = KeyReader::promptNoEcho(
        QCoreApplication::translate("cli::PgOptions", "Password for %1: ").arg(connection.displayName()));
    if (secret.isEmpty())
        return Error(ExitCode::Usage, QCoreApplication::translate("PgOptions", "No password entered."));
    return PgPassword{KeyMaterial(secret), QCoreApplication::translate("cli::PgOptions", "the prompt")};
}

} // namespace strongroom::cli::pgopts

#include "cli/commands/PgOptions.h"

#include "cli/CliContext.h"
#include "keys/KeyReader.h"
#include "keys/Keyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <algorithm>

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
    declarePassword(parser, QString());
}

namespace {

const QStringList &passwordForms()
{
    static const QStringList forms{QStringLiteral("password-env"), QStringLiteral("password-file"),
                                   QStringLiteral("password-stdin"), QStringLiteral("password-keyring")};
    return forms;
}

} // namespace

void declarePassword(QCommandLineParser &parser, const QString &prefix)
{
    const QStringList help{
        QCoreApplication::translate("cli::PgOptions", "Read the password from environment variable NAME."),
        QCoreApplication::translate("cli::PgOptions",
                                    "Read the password from FILE (one trailing newline is stripped)."),
        QCoreApplication::translate("cli::PgOptions", "Read the password as one line from standard input."),
        QCoreApplication::translate(
            "cli::PgOptions",
            "Take the password the console saved for this connection in the desktop keyring.")};
    const QStringList values{QStringLiteral("NAME"), QStringLiteral("FILE"), QString(), QString()};
    for (qsizetype i = 0; i < passwordForms().size(); ++i) {
        // A second connection's options say whose password they read, the rest as the first's.
        const QString description =
            prefix.isEmpty()
                ? help.at(i)
                : QCoreApplication::translate("cli::PgOptions", "For the connection --%1 names: %2")
                      .arg(prefix.chopped(1), help.at(i).left(1).toLower() + help.at(i).mid(1));
        parser.addOption({prefix + passwordForms().at(i), description, values.at(i)});
    }
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

bool passwordGiven(const QCommandLineParser &parser, const QString &prefix)
{
    return std::any_of(passwordForms().cbegin(), passwordForms().cend(),
                       [&](const QString &form) { return parser.isSet(prefix + form); });
}

Result<PgPassword> password(CliContext &context, const QCommandLineParser &parser,
                            const PgConnection &connection, const QString &prefix)
{
    const auto option = [&](const char *form) { return prefix + QLatin1String(form); };
    const qsizetype given = std::count_if(passwordForms().cbegin(), passwordForms().cend(),
                                          [&](const QString &form) { return parser.isSet(prefix + form); });
    if (given > 1)
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "PgOptions", "Give the password one way only: --%1password-env, "
                                                       "--%1password-file, --%1password-stdin or "
                                                       "--%1password-keyring.")
                                          .arg(prefix));
    if (parser.isSet(option("password-keyring")))
        return fromKeyring(connection);
    KeySource source;
    if (parser.isSet(option("password-env")))
        source = KeySource::environment(parser.value(option("password-env")));
    else if (parser.isSet(option("password-file")))
        source = KeySource::file(parser.value(option("password-file")));
    else if (parser.isSet(option("password-stdin")))
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

bool mayPrompt(const QCommandLineParser &parser, const QString &prefix)
{
    return !passwordGiven(parser, prefix) && KeyReader::stdinIsTerminal();
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

#include "cli/commands/PgInfoCommand.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "cli/commands/PgOptions.h"
#include "core/ControlCharacters.h"
#include "core/LabelledLines.h"
#include "postgres/PgInfoJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

using namespace strongroom::postgres;

namespace {

void printHuman(QTextStream &out, const PgServerInfo &info)
{
    auto setting = [](const QString &value) {
        return value.isEmpty() ? QCoreApplication::translate("cli::PgInfoCommand", "(not shown to this user)")
                               : value;
    };
    QList<QPair<QString, QString>> lines{
        {QCoreApplication::translate("cli::PgInfoCommand", "Server"),
         QCoreApplication::translate("cli::PgInfoCommand", "PostgreSQL %1 (%2, port %3)")
             .arg(info.serverVersion, info.host, info.port)},
        {QCoreApplication::translate("cli::PgInfoCommand", "Database"),
         QStringLiteral("%1, %2, %3")
             .arg(info.database, formatUnits(info.databaseBytes, ProgressUnit::Bytes), info.encoding)},
        {QCoreApplication::translate("cli::PgInfoCommand", "User"), info.user},
        {QStringLiteral("TLS"), info.tls.describe()},
        // Server settings by their names in postgresql.conf, in every language.
        {QCoreApplication::translate("cli::PgInfoCommand", "Settings"),
         QStringLiteral("password_encryption %1, ssl %2, ssl_min_protocol_version %3")
             .arg(setting(info.passwordEncryption), setting(info.ssl), setting(info.sslMinProtocol))},
        {QCoreApplication::translate("cli::PgInfoCommand", "Data dir"),
         (info.dataDirectory.isEmpty() ? QString() : info.dataDirectory + QStringLiteral(": ")) +
             info.storage.describe()}};
    if (info.exactCounts)
        lines.append({QCoreApplication::translate("cli::PgInfoCommand", "Snapshot"), info.snapshot});
    out << labelledLines(lines) << '\n';
    using Align = TextTable::Align;
    TextTable table({{QCoreApplication::translate("cli::PgInfoCommand", "TABLE"), Align::Left},
                     {info.exactCounts ? QCoreApplication::translate("cli::PgInfoCommand", "ROWS")
                                       : QCoreApplication::translate("cli::PgInfoCommand", "ROWS (EST.)"),
                      Align::Right},
                     {QCoreApplication::translate("cli::PgInfoCommand", "TABLE"), Align::Right},
                     {QStringLiteral("TOAST"), Align::Right},
                     {QCoreApplication::translate("cli::PgInfoCommand", "INDEXES"), Align::Right},
                     {QCoreApplication::translate("cli::PgInfoCommand", "TOTAL"), Align::Right}});
    auto size = [](qint64 v) { return formatUnits(v, ProgressUnit::Bytes); };
    for (const PgTableInfo &t : info.tables) {
        const qint64 rows = info.exactCounts ? t.exactRows : t.estimatedRows;
        // Table names are whatever the database's owner chose, escape sequences included.
        table.addRow({escapeControlCharacters(t.table.displayName()),
                      rows < 0 ? QStringLiteral("-") : QString::number(rows), size(t.tableBytes),
                      size(t.toastBytes), size(t.indexBytes), size(t.totalBytes())});
    }
    out << table.render();
    if (info.exactCounts &&
        std::any_of(info.tables.begin(), info.tables.end(), [](const PgTableInfo &t) { return !t.readable; }))
        out << '\n'
            << QCoreApplication::translate(
                   "cli::PgInfoCommand",
                   "Tables with - were not counted: this role may not SELECT from them.")
            << '\n';
    if (!info.exactCounts)
        out << '\n'
            << QCoreApplication::translate(
                   "cli::PgInfoCommand",
                   "Row counts are the planner's estimates (pg_class.reltuples; - when never "
                   "analysed); --exact counts every table in one snapshot.")
            << '\n';
    out.flush();
}

} // namespace

void PgInfoCommand::declare(QCommandLineParser &parser) const
{
    pgopts::declare(parser);
    parser.addOption({QStringLiteral("exact"),
                      QCoreApplication::translate(
                          "cli::PgInfoCommand",
                          "Count every table's rows exactly, in parallel sessions sharing one snapshot.")});
    parser.addOption(
        {QStringLiteral("sessions"),
         QCoreApplication::translate("cli::PgInfoCommand", "Parallel sessions for --exact (default 4)."),
         QStringLiteral("N"), QStringLiteral("4")});
}

int PgInfoCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    Result<PgConnection> connection = pgopts::connection(parser);
    if (!connection)
        return context.fail(connection.error());
    Result<PgPassword> password = pgopts::password(context, parser, *connection);
    if (!password)
        return context.fail(password.error());
    bool sessionsOk = false;
    const int sessions = parser.value(QStringLiteral("sessions")).toInt(&sessionsOk);
    if (!sessionsOk || sessions < 1 || sessions > 64)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("PgInfoCommand", "--sessions takes a number from 1 to 64.")));

    PgInfoJob::Request request{*connection, *password, parser.isSet(QStringLiteral("exact")), sessions};
    auto job = std::make_shared<PgInfoJob>(request);
    JobReport report = context.runJob(job);
    // The server asked for a password and none was given: ask on the terminal once, as psql does.
    if (report.error && report.error->kind == QLatin1String("password-required") &&
        pgopts::mayPrompt(parser)) {
        Result<PgPassword> prompted = pgopts::promptPassword(*connection);
        if (!prompted)
            return context.fail(prompted.error());
        request.password = *prompted;
        job = std::make_shared<PgInfoJob>(request);
        report = context.runJob(job);
    }
    if (const std::optional<int> failed = context.failedExit(report))
        return *failed;
    if (context.json())
        context.printJson(job->info().toJson());
    else
        printHuman(context.out(), job->info());
    return 0;
}

} // namespace strongroom::cli

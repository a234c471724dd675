#include "cli/commands/ScheduleCommands.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "cli/commands/FileCommands.h"
#include "cli/commands/RetentionOptions.h"
#include "core/ControlCharacters.h"
#include "keylist/KeyListSettings.h"
#include "postgres/PgConnection.h"
#include "schedule/PgScheduledRun.h"
#include "schedule/ScheduleJobs.h"
#include "schedule/ScheduledRunJob.h"
#include "schedule/SystemdTools.h"
#include "schedule/WatchStatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom::cli {

namespace {

// A schedule job's end: its error with what it found so far, or its data (--json) or overview and
// details.
int finishReport(CliContext &context, const JobReport &report)
{
    FinishOptions options;
    options.reportBesideError = true;
    options.showDetails = true;
    return context.finishJob(report, options);
}

// A default name from the target: "backup-shop" for shop.db, "drill-backups" for a folder.
QString defaultName(Schedule::Kind kind, const QString &target)
{
    QString stem = QFileInfo(target).completeBaseName().toLower();
    if (stem.isEmpty())
        stem = QFileInfo(QDir(target).absolutePath()).fileName().toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    stem = QString(Schedule::kindName(kind) + QLatin1Char('-') + stem).left(40);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem;
}

std::optional<Error> readRetention(const QCommandLineParser &parser, std::optional<RetentionPolicy> &keep)
{
    auto rules = retentionoptions::read(parser);
    if (!rules)
        return rules.error();
    keep = *rules;
    return std::nullopt;
}

QString shortTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

// The PostgreSQL parts of `schedule add`: a backup's recipients, a drill's server.
std::optional<Error> readPgChoices(const QCommandLineParser &parser, Schedule &schedule)
{
    if (schedule.kind == Schedule::Kind::Backup) {
        age::RecipientSet recipients;
        if (std::optional<Error> error = collectRecipients(parser, recipients))
            return error;
        for (const age::X25519Recipient &recipient : std::as_const(recipients.x25519))
            schedule.recipients.append(recipient.toString());
        for (const age::HybridRecipient &recipient : std::as_const(recipients.hybrid))
            schedule.recipients.append(recipient.toString());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("dbname"))) {
        Result<postgres::PgConnection> server =
            postgres::PgConnection::parse(parser.value(QStringLiteral("dbname")));
        if (!server)
            return Error(ExitCode::Usage, server.error().message);
        schedule.drillServer = server->conninfo();
    }
    return std::nullopt;
}

} // namespace

// schedule add backup|drill -----------------------------------------------------------------------

void ScheduleAddCommand::declare(QCommandLineParser &parser) const
{
    if (m_kind == Schedule::Kind::Backup)
        parser.addPositionalArgument(
            QStringLiteral("DB"),
            QCoreApplication::translate("cli::ScheduleCommands", "The encrypted database to back up."));
    else
        parser.addPositionalArgument(
            QStringLiteral("BACKUP_DIR"),
            QCoreApplication::translate("cli::ScheduleCommands",
                                        "The history folder whose newest backup is verified."));
    parser.addOption(
        {QStringLiteral("daily"),
         QCoreApplication::translate("cli::ScheduleCommands", "Run every day at HH:MM (local time)."),
         QStringLiteral("HH:MM")});
    parser.addOption({QStringLiteral("weekly"),
                      QCoreApplication::translate(
                          "cli::ScheduleCommands",
                          "Run every week on DAY (Mon..Sun) at the HH:MM that follows (--weekly Sun "
                          "03:00)."),
                      QStringLiteral("DAY")});
    parser.addOption({QStringLiteral("on-calendar"),
                      QCoreApplication::translate(
                          "cli::ScheduleCommands",
                          "Run when the systemd calendar expression EXPR elapses (man systemd.time)."),
                      QStringLiteral("EXPR")});
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate(
                          "cli::ScheduleCommands",
                          "The schedule's name (a-z, 0-9, -); default: the kind and the target's name."),
                      QStringLiteral("NAME")});
    if (m_kind == Schedule::Kind::Backup) {
        parser.addOption({QStringLiteral("dir"),
                          QCoreApplication::translate("cli::ScheduleCommands",
                                                      "History folder (default: \"backups\" beside DB)."),
                          QStringLiteral("DIR")});
        retentionoptions::declare(parser, retentionoptions::When::AfterEachBackup);
    }
    if (m_kind == Schedule::Kind::Backup) {
        parser.addOption(
            {QStringLiteral("recipient"),
             QCoreApplication::translate("cli::ScheduleCommands",
                                         "PostgreSQL: encrypt the backups to this age recipient (no secret "
                                         "needed by the service); may be repeated."),
             QStringLiteral("RECIPIENT")});
        parser.addOption(
            {QStringLiteral("recipients-file"),
             QCoreApplication::translate("cli::ScheduleCommands",
                                         "PostgreSQL: encrypt the backups to the age recipients in FILE."),
             QStringLiteral("FILE")});
    } else
        parser.addOption({QStringLiteral("dbname"),
                          QCoreApplication::translate(
                              "cli::ScheduleCommands",
                              "PostgreSQL: the level-3 drill restores into a scratch database on this server "
                              "(conninfo; the password from ~/.pgpass) instead of a temporary cluster."),
                          QStringLiteral("CONN")});
    CliContext::declareKeyOptions(parser);
    parser.addOption({QStringLiteral("key-file-stays"),
                      QCoreApplication::translate(
                          "cli::ScheduleCommands",
                          "With --key-file: the service reads that file at each run (LoadCredential=) "
                          "instead of a copy sealed by systemd-creds.")});
    parser.addOption({QStringLiteral("user"),
                      QCoreApplication::translate("cli::ScheduleCommands",
                                                  "A user unit (the default unless run as root).")});
    parser.addOption({QStringLiteral("system"),
                      QCoreApplication::translate("cli::ScheduleCommands",
                                                  "A system unit in /etc/systemd/system (as root).")});
}

int ScheduleAddCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = path().join(QLatin1Char(' '));
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("ScheduleCommands", "%1 needs its target.").arg(verb)));
    Schedule schedule;
    schedule.kind = m_kind;
    const QString given = args.takeFirst();
    schedule.target = QFileInfo(given).absoluteFilePath();
    const QFileInfo target(schedule.target);
    if (m_kind == Schedule::Kind::Backup && !target.exists() && pgschedule::looksLikeConnection(given)) {
        Result<postgres::PgConnection> connection = postgres::PgConnection::parse(given);
        if (!connection)
            return context.fail(Error(ExitCode::Usage, connection.error().message));
        schedule.engine = Schedule::Engine::Postgres;
        schedule.target = connection->conninfo();
        if (!parser.isSet(QStringLiteral("dir")))
            return context.fail(
                Error(ExitCode::Usage,
                      QCoreApplication::translate("ScheduleCommands", "A PostgreSQL backup schedule needs "
                                                                      "--dir naming its backup folder.")));
    } else if (m_kind == Schedule::Kind::Drill && target.isDir() &&
               pgschedule::isPgBackupFolder(schedule.target))
        schedule.engine = Schedule::Engine::Postgres;
    else if (m_kind == Schedule::Kind::Backup ? !target.isFile() : !target.isDir())
        return context.fail(
            Error(ExitCode::Failure,
                  m_kind == Schedule::Kind::Backup
                      ? QCoreApplication::translate("cli::ScheduleCommands", "%1: no such database file.")
                            .arg(schedule.target)
                      : QCoreApplication::translate("cli::ScheduleCommands", "%1: no such folder.")
                            .arg(schedule.target)));

    const int ways = int(parser.isSet(QStringLiteral("daily"))) +
                     int(parser.isSet(QStringLiteral("weekly"))) +
                     int(parser.isSet(QStringLiteral("on-calendar")));
    if (ways != 1)
        return context.fail(Error(ExitCode::Usage, QCoreApplication::translate(
                                                       "ScheduleCommands",
                                                       "Say when, one way: --daily HH:MM, --weekly DAY HH:MM "
                                                       "or --on-calendar EXPR.")));
    if (parser.isSet(QStringLiteral("daily"))) {
        const auto time = dailyAt(parser.value(QStringLiteral("daily")));
        if (!time)
            return context.fail(Error(
                ExitCode::Usage, QCoreApplication::translate(
                                     "ScheduleCommands", "--daily wants a time as HH:MM (00:00 to 23:59).")));
        schedule.calendar = time->calendar;
        schedule.intervalSeconds = time->intervalSeconds;
    } else if (parser.isSet(QStringLiteral("weekly"))) {
        QStringList words =
            parser.value(QStringLiteral("weekly")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 1 && !args.isEmpty())
            words.append(args.takeFirst());
        const auto time = words.size() == 2 ? weeklyAt(words.at(0), words.at(1)) : std::nullopt;
        if (!time)
            return context.fail(
                Error(ExitCode::Usage,
                      QCoreApplication::translate("cli::ScheduleCommands",
                                                  "--weekly wants a day and a time: --weekly Sun 03:00.")));
        schedule.calendar = time->calendar;
        schedule.intervalSeconds = time->intervalSeconds;
    } else {
        schedule.calendar = parser.value(QStringLiteral("on-calendar")).trimmed();
        Result<qint64> interval = systemdtools::calendarInterval(schedule.calendar);
        if (!interval)
            return context.fail(interval.error());
        schedule.intervalSeconds = *interval;
    }
    if (!args.isEmpty())
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("ScheduleCommands", "%1 takes one target; \"%2\" is extra.")
                      .arg(verb, args.first())));

    schedule.name =
        parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
        : schedule.engine == Schedule::Engine::Postgres && m_kind == Schedule::Kind::Backup
            ? defaultName(m_kind,
                          postgres::PgConnection::parse(schedule.target)->option(QStringLiteral("dbname")))
            : defaultName(m_kind, schedule.target);
    if (!Schedule::isValidName(schedule.name))
        return context.fail(Error(
            ExitCode::Usage, QCoreApplication::translate("ScheduleCommands",
                                                         "\"%1\" is not a schedule name: lower-case letters, "
                                                         "digits and -, at most 40.")
                                 .arg(escapeControlCharacters(schedule.name))));
    if (parser.isSet(QStringLiteral("user")) && parser.isSet(QStringLiteral("system")))
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("ScheduleCommands", "Choose --user or --system, not both.")));
    const bool root = ::geteuid() == 0;
    schedule.scope = parser.isSet(QStringLiteral("system")) || (root && !parser.isSet(QStringLiteral("user")))
                         ? Schedule::Scope::System
                         : Schedule::Scope::User;
    if (schedule.scope == Schedule::Scope::System && !root)
        return context.fail(
            Error(ExitCode::Environment,
                  QCoreApplication::translate("ScheduleCommands",
                                              "A system schedule (--system) needs root; "
                                              "without it, leave --system out for a user unit.")));
    if (m_kind == Schedule::Kind::Backup) {
        if (parser.isSet(QStringLiteral("dir")))
            schedule.historyFolder = QDir(parser.value(QStringLiteral("dir"))).absolutePath();
        if (std::optional<Error> bad = readRetention(parser, schedule.keep))
            return context.fail(*bad);
    }
    if (schedule.engine == Schedule::Engine::Postgres) {
        if (std::optional<Error> bad = readPgChoices(parser, schedule))
            return context.fail(*bad);
    } else if (parser.isSet(QStringLiteral("recipient")) || parser.isSet(QStringLiteral("recipients-file")) ||
               parser.isSet(QStringLiteral("dbname")))
        return context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("ScheduleCommands",
                                                               "--recipient, --recipients-file and --dbname "
                                                               "are for PostgreSQL schedules.")));
    schedule.created = QDateTime::currentDateTimeUtc();

    AddScheduleRequest request;
    const bool stays = parser.isSet(QStringLiteral("key-file-stays"));
    if (stays) {
        if (!parser.isSet(QStringLiteral("key-file")))
            return context.fail(Error(
                ExitCode::Usage, QCoreApplication::translate("ScheduleCommands",
                                                             "--key-file-stays goes with --key-file FILE.")));
        const QFileInfo file(parser.value(QStringLiteral("key-file")));
        struct stat st{};
        if (::stat(QFile::encodeName(file.absoluteFilePath()).constData(), &st) != 0)
            return context.fail(Error(ExitCode::Failure,
                                      QCoreApplication::translate("ScheduleCommands", "%1: no such key file.")
                                          .arg(file.absoluteFilePath())));
        if ((st.st_mode & 077) != 0)
            return context.fail(Error(ExitCode::Usage, QCoreApplication::translate(
                                                           "ScheduleCommands",
                                                           "%1 can be read by others (mode %2); a key file a "
                                                           "service reads must be 0600: chmod 600 %1")
                                                           .arg(file.absoluteFilePath())
                                                           .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'))));
        schedule.keyDelivery = Schedule::KeyDelivery::KeyFile;
        schedule.keyFile = file.absoluteFilePath();
    } else if (!schedule.recipients.isEmpty()) {
        schedule.keyDelivery = Schedule::KeyDelivery::None; // a public key needs no secret
    } else if (CliContext::keyGiven(parser) || KeyReader::stdinIsTerminal()) {
        Result<KeyMaterial> key = context.readKey(
            parser,
            QCoreApplication::translate("cli::ScheduleCommands", "key for %1").arg(target.fileName()));
        if (!key)
            return context.fail(key.error());
        request.key = *key;
        schedule.keyDelivery = Schedule::KeyDelivery::Credential;
    } else
        return context.fail(Error(
            ExitCode::Usage,
            QCoreApplication::translate("ScheduleCommands",
                                        "%1 needs the key its runs use: --key-file, --key-env or "
                                        "--passphrase-stdin (sealed with systemd-creds), or --key-file FILE "
                                        "--key-file-stays.")
                .arg(verb)));
    request.schedule = schedule;
    request.cliPath = QCoreApplication::applicationFilePath();
    return finishReport(context, context.runJob(std::make_shared<AddScheduleJob>(std::move(request))));
}

// schedule list --------------------------------------------------------------------------------

int ScheduleListCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("ScheduleCommands", "schedule list takes no arguments.")));
    WatchRequest request;
    request.withKeys = false;
    request.drillMaxAgeDays = watchsettings::drillMaxAgeDays();
    const JobReport report = context.runJob(std::make_shared<WatchStatusJob>(request));
    if (report.error || report.outcome != JobOutcome::Succeeded)
        return finishReport(context, report);
    const QJsonArray schedules = report.data.value(QStringLiteral("schedules")).toArray();
    if (context.json()) {
        context.printJson({{QStringLiteral("schedules"), schedules},
                           {QStringLiteral("problems"), report.data.value(QStringLiteral("problems"))}});
        return 0;
    }
    if (schedules.isEmpty()) {
        context.out()
            << QCoreApplication::translate(
                   "cli::ScheduleCommands",
                   "No schedules. Add one with: strongroom-cli schedule add backup DB --daily 02:30")
            << Qt::endl;
        return 0;
    }
    using Align = TextTable::Align;
    TextTable table({{QCoreApplication::translate("cli::ScheduleCommands", "Name"), Align::Left},
                     {QCoreApplication::translate("cli::ScheduleCommands", "Kind"), Align::Left},
                     {QCoreApplication::translate("cli::ScheduleCommands", "When"), Align::Left},
                     {QCoreApplication::translate("cli::ScheduleCommands", "Last run (UTC)"), Align::Left},
                     {QCoreApplication::translate("cli::ScheduleCommands", "Result"), Align::Left},
                     {QCoreApplication::translate("cli::ScheduleCommands", "Took"), Align::Right},
                     {QCoreApplication::translate("cli::ScheduleCommands", "Next run (UTC)"), Align::Left}});
    QStringList targets;
    for (const QJsonValue &value : schedules) {
        const QJsonObject row = value.toObject();
        const QString took =
            row.contains(QStringLiteral("last_duration_ms"))
                ? QCoreApplication::translate("cli::ScheduleCommands", "%1 s")
                      .arg(row.value(QStringLiteral("last_duration_ms")).toDouble() / 1000.0, 0, 'f', 1)
                : QStringLiteral("-");
        table.addRow({row.value(QStringLiteral("name")).toString(),
                      row.value(QStringLiteral("kind")).toString(),
                      row.value(QStringLiteral("calendar")).toString(),
                      shortTime(row.value(QStringLiteral("last_run")).toString()),
                      row.value(QStringLiteral("last_outcome"))
                          .toString(QCoreApplication::translate("cli::ScheduleCommands", "never")),
                      took, shortTime(row.value(QStringLiteral("next_run")).toString())});
        targets.append(row.value(QStringLiteral("target")).toString());
    }
    // Each schedule's target on a line of its own below its row: a target is a path of any length.
    const QStringList lines = table.lines();
    context.out() << lines.first() << '\n';
    for (qsizetype i = 0; i < targets.size(); ++i)
        context.out() << lines[i + 1] << '\n' << "    " << targets[i] << '\n';

    for (const QJsonValue &problem : report.data.value(QStringLiteral("problems")).toArray())
        context.out() << problem.toString() << '\n';
    context.out().flush();
    return 0;
}

// schedule remove / run-now / exec -----------------------------------------------------------------

void ScheduleRemoveCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("NAME"),
        QCoreApplication::translate("cli::ScheduleCommands", "The schedule (schedule list shows them)."));
}

int ScheduleRemoveCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("ScheduleCommands",
                                                               "schedule remove takes exactly one NAME.")));
    return finishReport(
        context, context.runJob(std::make_shared<RemoveScheduleJob>(parser.positionalArguments().first())));
}

void ScheduleRunNowCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("NAME"), QCoreApplication::translate("cli::ScheduleCommands", "The schedule to run."));
}

int ScheduleRunNowCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("ScheduleCommands",
                                                               "schedule run-now takes exactly one NAME.")));
    return finishReport(
        context, context.runJob(std::make_shared<StartScheduleJob>(parser.positionalArguments().first())));
}

void ScheduleExecCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("NAME"), QCoreApplication::translate("cli::ScheduleCommands", "The schedule to run."));
    CliContext::declareKeyOptions(parser);
}

int ScheduleExecCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("ScheduleCommands", "schedule exec takes exactly one NAME.")));
    std::optional<KeyMaterial> key;
    if (CliContext::keyGiven(parser)) {
        Result<KeyMaterial> read =
            context.readKey(parser, QCoreApplication::translate("cli::ScheduleCommands", "key"));
        if (!read)
            return context.fail(read.error());
        key = *read;
    }
    return finishReport(context, context.runJob(std::make_shared<ScheduledRunJob>(
                                     parser.positionalArguments().first(), key)));
}

// status ---------------------------------------------------------------------------------------------

void StatusCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("drill-max-age"),
                      QCoreApplication::translate(
                          "cli::ScheduleCommands",
                          "A backup folder whose last successful drill is older than DAYS is a warning "
                          "(default: the console's setting, else 30)."),
                      QStringLiteral("DAYS")});
    parser.addOption({QStringLiteral("rotation-days"),
                      QCoreApplication::translate(
                          "cli::ScheduleCommands",
                          "Rotation period of keys in days (default: the console's setting, else 180)."),
                      QStringLiteral("DAYS")});
}

int StatusCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Error(
            ExitCode::Usage, QCoreApplication::translate("ScheduleCommands", "status takes no arguments.")));
    WatchRequest request;
    request.drillMaxAgeDays = watchsettings::drillMaxAgeDays();
    request.rotationDays = keylistsettings::rotationDays();
    for (const auto &[option, field] : {std::pair{QStringLiteral("drill-max-age"), &request.drillMaxAgeDays},
                                        std::pair{QStringLiteral("rotation-days"), &request.rotationDays}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *field = parser.value(option).toInt(&ok);
        if (!ok || *field <= 0)
            return context.fail(Error(
                ExitCode::Usage,
                QCoreApplication::translate("ScheduleCommands", "--%1 takes a number of days.").arg(option)));
    }
    request.historyFolders = keylistsettings::historyFolders();
    request.volumeImages = keylistsettings::volumeImages();
    auto job = std::make_shared<WatchStatusJob>(request);
    const JobReport report = context.runJob(job);
    if (report.error || report.outcome != JobOutcome::Succeeded)
        return finishReport(context, report);
    const ExitCode code = watchExitCode(job->findings());
    if (context.json())
        context.printJson(report.data);
    else {
        context.out() << report.overview << '\n';
        // The level words in the user's language, the messages starting in one column after them.
        const QString failWord = QCoreApplication::translate("cli::ScheduleCommands", "FAIL");
        const QString warnWord = QCoreApplication::translate("cli::ScheduleCommands", "WARN");
        const qsizetype width = std::max(failWord.size(), warnWord.size()) + 2;
        for (const WatchFinding &finding : job->findings())
            context.out()
                << (finding.level == WatchFinding::Level::Failure ? failWord : warnWord).leftJustified(width)
                << finding.message << '\n';

        for (const QString &detail : report.details)
            context.out() << detail << '\n';
        context.out().flush();
    }
    return static_cast<int>(code);
}

} // namespace strongroom::cli

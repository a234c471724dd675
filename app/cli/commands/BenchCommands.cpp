#include "cli/commands/BenchCommands.h"

#include "bench/CryptoBenchJob.h"
#include "bench/KdfBenchJob.h"
#include "bench/PgQueryBenchJob.h"
#include "bench/QueryBenchJob.h"
#include "bench/ResultCsv.h"
#include "bench/SqlCipherBenchJob.h"
#include "cli/CliContext.h"
#include "cli/commands/DbOpenOptions.h"
#include "cli/commands/PgOptions.h"
#include "core/LabelledLines.h"
#include "core/SafeFile.h"
#include "keylist/KeyListSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace strongroom::cli {

namespace {

Error usage(const QString &message)
{
    return Error(ExitCode::Usage, message);
}

std::optional<int> wholeNumber(const QCommandLineParser &parser, const QString &name, int minimum, bool &ok)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool isNumber = false;
    const int value = parser.value(name).toInt(&isNumber);
    if (!isNumber || value < minimum)
        ok = false;
    return value;
}

QString us(const QJsonValue &value)
{
    const double v = value.toDouble();
    return v >= 1000.0 ? QStringLiteral("%1ms").arg(v / 1000.0, 0, 'f', 2)
                       : QStringLiteral("%1us").arg(v, 0, 'f', 1);
}

const char *const kColumns[] = {"avg_us", "p50_us", "p95_us", "p99_us", "min_us", "max_us", "stddev_us"};

void printHuman(QTextStream &out, const QJsonObject &result)
{
    const QJsonArray statements = result.value(QLatin1String("statements")).toArray();
    const bool postgres = result.value(QLatin1String("kind")).toString() == QLatin1String("postgresql");
    const bool against = result.contains(QLatin1String("against"));
    const bool twin =
        result.value(QLatin1String("settings")).toObject().value(QLatin1String("plain_twin")).toBool() ||
        against;
    const QString sideA = postgres ? QStringLiteral("A") : QStringLiteral("sqlc");
    const QString sideB = postgres ? QStringLiteral("B") : QStringLiteral("plain");
    const QLatin1String bKey = postgres ? QLatin1String("against") : QLatin1String("plain_twin");
    int width = 9;
    for (const QJsonValue &s : statements)
        width = std::max(width, int(s.toObject().value(QLatin1String("name")).toString().size()));
    width = std::min(width, 40);
    const auto tlsText = [](const QJsonObject &tls) {
        return tls.value(QLatin1String("socket")).toBool() ? QStringLiteral("Unix socket")
               : tls.value(QLatin1String("in_use")).toBool()
                   ? QStringLiteral("TLS %1").arg(tls.value(QLatin1String("protocol")).toString())
                   : QStringLiteral("no TLS");
    };
    if (postgres) {
        out << QCoreApplication::translate("cli::BenchCommands", "Target A").leftJustified(10)
            << result.value(QLatin1String("target")).toString() << " (PostgreSQL "
            << result.value(QLatin1String("server_version")).toString() << ", "
            << tlsText(result.value(QLatin1String("tls")).toObject()) << ")\n";
        if (against)
            out << QCoreApplication::translate("cli::BenchCommands", "Target B").leftJustified(10)
                << result.value(QLatin1String("against")).toString() << " (PostgreSQL "
                << result.value(QLatin1String("against_server_version")).toString() << ", "
                << tlsText(result.value(QLatin1String("against_tls")).toObject()) << ")\n";
    } else {
        out << QCoreApplication::translate("cli::BenchCommands", "Target").leftJustified(10)
            << result.value(QLatin1String("target")).toString()
            << (result.value(QLatin1String("encrypted")).toBool() ? " (SQLCipher)" : " (plain SQLite)")
            << '\n';
    }
    out << QCoreApplication::translate("cli::BenchCommands", "Workload").leftJustified(10)
        << result.value(QLatin1String("workload")).toString() << '\n';
    out << QCoreApplication::translate("cli::BenchCommands", "Rule").leftJustified(10)
        << QCoreApplication::translate("cli::BenchCommands",
                                       "percentiles by nearest rank; times per execution, every row stepped")
        << "\n\n";
    out << QCoreApplication::translate("cli::BenchCommands", "STATEMENT").leftJustified(width + 2)
        << (twin ? "SIDE   " : "");
    for (const char *c : kColumns)
        out << QString::fromLatin1(c).chopped(3).toUpper().rightJustified(10);
    out << QStringLiteral("Q/S").rightJustified(11) << '\n';
    for (const QJsonValue &v : statements) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(QLatin1String("name")).toString().left(40);
        auto row = [&](const QString &label, const QString &side, const QJsonObject &stats) {
            out << label.leftJustified(width + 2) << (twin ? side.leftJustified(7) : QString());
            for (const char *c : kColumns)
                out << us(stats.value(QLatin1String(c))).rightJustified(10);
            out << QString::number(stats.value(QLatin1String("queries_per_s")).toDouble(), 'f', 0)
                       .rightJustified(11)
                << '\n';
        };
        row(name, sideA, s.value(QLatin1String("target")).toObject());
        if (twin) {
            row(QString(), sideB, s.value(bKey).toObject());
            out << QString().leftJustified(width + 2)
                << (postgres ? QCoreApplication::translate("cli::BenchCommands", "overhead of A over B: ")
                             : QCoreApplication::translate("cli::BenchCommands", "overhead: "))
                << s.value(QLatin1String("overhead")).toObject().value(QLatin1String("verdict")).toString()
                << '\n';
        }
    }
    const QJsonObject comparison = result.value(QLatin1String("comparison")).toObject();
    if (!comparison.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate("cli::BenchCommands", "Against baseline %1 (threshold %2 %):")
                   .arg(comparison.value(QLatin1String("baseline")).toString())
                   .arg(comparison.value(QLatin1String("threshold_percent")).toDouble())
            << '\n';
        for (const QJsonValue &v : comparison.value(QLatin1String("statements")).toArray()) {
            const QJsonObject c = v.toObject();
            out << "  " << c.value(QLatin1String("name")).toString().left(40).leftJustified(width) << "  p50 "
                << us(c.value(QLatin1String("baseline_p50_us"))) << " -> "
                << us(c.value(QLatin1String("now_p50_us")))
                << QStringLiteral("  %1%2 % (noise %3 %)")
                       .arg(c.value(QLatin1String("change_percent")).toDouble() >= 0 ? QStringLiteral("+")
                                                                                     : QString())
                       .arg(c.value(QLatin1String("change_percent")).toDouble(), 0, 'f', 1)
                       .arg(c.value(QLatin1String("noise_percent")).toDouble(), 0, 'f', 1)
                << (c.value(QLatin1String("regression")).toBool() ? "  REGRESSION" : "") << '\n';
        }
        for (const QJsonValue &v : comparison.value(QLatin1String("not_in_baseline")).toArray())
            out << "  " << v.toString()
                << QCoreApplication::translate("cli::BenchCommands", ": not in the baseline, not compared")
                << '\n';
    }
    if (result.contains(QLatin1String("baseline_saved")))
        out << "\nBaseline saved: " << result.value(QLatin1String("baseline_saved")).toString() << '\n';
    out.flush();
}

QString number(const QJsonValue &value, int decimals)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'f', decimals) : QStringLiteral("-");
}

// The end every `bench queries` shares: the human table or JSON, exit 9 on a regression.
int finishQueries(CliContext &context, const QCommandLineParser &parser, const QJsonObject &result,
                  int regressions)
{
    if (context.json())
        context.printJson(result);
    else
        printHuman(context.out(), result);
    if (regressions > 0) {
        if (!context.json())
            context.err() << regressions << " statement(s) slower than baseline "
                          << parser.value(QStringLiteral("compare")) << " beyond the threshold and the noise."
                          << Qt::endl;
        return static_cast<int>(ExitCode::Regression);
    }
    return 0;
}

Status writeCsv(const QString &csvPath, const QJsonObject &result)
{
    if (csvPath.isEmpty())
        return {};
    return safefile::writeFileAtomically(QFileInfo(csvPath).absoluteFilePath(), bench::resultCsv(result),
                                         QStringLiteral("csv"), QStringLiteral("CSV file"));
}

// `bench queries --dbname CONN [--against CONN2]`: the same workload options on PostgreSQL.
int runPostgres(CliContext &context, const QCommandLineParser &parser, const bench::QueryBenchRequest &common,
                const QString &csvPath)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(usage(QCoreApplication::translate(
            "BenchCommands", "Give a database FILE or --dbname CONN, not both.")));
    if (common.againstPlainTwin)
        return context.fail(usage(
            QCoreApplication::translate("BenchCommands", "--against-plain-twin is for SQLCipher files; for "
                                                         "PostgreSQL compare two connections with --against "
                                                         "CONN2.")));
    if (!parser.isSet(QStringLiteral("dbname")))
        return context.fail(usage(QCoreApplication::translate(
            "BenchCommands", "--against CONN2 compares with --dbname CONN; give both.")));
    if (CliContext::keyGiven(parser))
        return context.fail(usage(QCoreApplication::translate(
            "cli::BenchCommands",
            "--key-env, --key-file and --passphrase-stdin open SQLCipher files; a PostgreSQL "
            "password comes with --password-env, --password-file, --password-stdin or "
            "--password-keyring.")));
    const QString againstPrefix = QStringLiteral("against-");
    if (pgopts::passwordGiven(parser, againstPrefix) && !parser.isSet(QStringLiteral("against")))
        return context.fail(usage(QCoreApplication::translate(
            "BenchCommands",
            "--against-password-* give the password of --against CONN2; give --against too.")));
    if (parser.isSet(QStringLiteral("password-stdin")) &&
        parser.isSet(QStringLiteral("against-password-stdin")))
        return context.fail(usage(QCoreApplication::translate(
            "BenchCommands", "Standard input holds one password: give the other with --password-env, "
                             "--password-file or --password-keyring (or their --against- forms).")));
    Result<postgres::PgConnection> connection = pgopts::connection(parser);
    if (!connection)
        return context.fail(connection.error());
    Result<postgres::PgPassword> password = pgopts::password(context, parser, *connection);
    if (!password)
        return context.fail(password.error());
    bench::PgQueryBenchRequest request;
    request.connection = *connection;
    request.password = *password;
    if (parser.isSet(QStringLiteral("against"))) {
        Result<postgres::PgConnection> against =
            postgres::PgConnection::parse(parser.value(QStringLiteral("against")));
        if (!against)
            return context.fail(against.error());
        request.against = *against;
        Result<postgres::PgPassword> againstPassword =
            pgopts::password(context, parser, *against, againstPrefix);
        if (!againstPassword)
            return context.fail(againstPassword.error());
        request.againstPassword = *againstPassword;
    }
    static_cast<bench::QueryRunSettings &>(request) = common; // the same workload options
    auto job = std::make_shared<bench::PgQueryBenchJob>(request);
    JobReport report = context.runJob(job);
    // A password the server asks for and no option gave: asked on the terminal, A's and then B's
    // (each connection fails on its own, so at most two more runs).
    for (int asked = 0; asked < 2 && report.error && report.error->kind == QLatin1String("password-required");
         ++asked) {
        const bool target = job->failedConnection() == bench::PgQueryBenchJob::Connection::Target;
        const bool against = job->failedConnection() == bench::PgQueryBenchJob::Connection::Against;
        if (!(target && pgopts::mayPrompt(parser)) && !(against && pgopts::mayPrompt(parser, againstPrefix)))
            break;
        Result<postgres::PgPassword> prompted =
            pgopts::promptPassword(target ? *connection : *request.against);
        if (!prompted)
            return context.fail(prompted.error());
        (target ? request.password : request.againstPassword) = *prompted;
        job = std::make_shared<bench::PgQueryBenchJob>(request);
        report = context.runJob(job);
    }
    if (const std::optional<int> end = context.failedExit(
            report, QCoreApplication::translate("BenchCommands", "Cancelled; no baseline was saved.")))
        return *end;
    if (Status written = writeCsv(csvPath, job->result()); !written)
        return context.fail(written.error());
    return finishQueries(context, parser, job->result(), job->regressions());
}

} // namespace

void BenchQueriesCommand::declare(QCommandLineParser &parser) const
{
    dbopen::declare(parser);
    pgopts::declare(parser);
    parser.addOption({QStringLiteral("against"),
                      QCoreApplication::translate(
                          "cli::BenchCommands",
                          "With --dbname: also run on this second PostgreSQL connection (its password "
                          "from the --against-password-* options, .pgpass, a service file or the prompt), "
                          "interleaved, and report the overhead of --dbname over it per statement."),
                      QStringLiteral("CONN2")});
    pgopts::declarePassword(parser, QStringLiteral("against-"));
    parser.addOption({QStringLiteral("workload"),
                      QCoreApplication::translate(
                          "cli::BenchCommands",
                          "SQL statements to run, one per line or ;-separated; :name parameters take "
                          "random existing values of that column (default: the built-in set)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("iterations"),
                      QCoreApplication::translate("cli::BenchCommands",
                                                  "Timed runs per statement and target (default 1000)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("duration"),
         QCoreApplication::translate("cli::BenchCommands",
                                     "A time budget per statement and target instead of --iterations."),
         QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("warmup"),
                      QCoreApplication::translate("cli::BenchCommands", "Untimed runs first (default 50)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("rounds"),
         QCoreApplication::translate("cli::BenchCommands",
                                     "Rounds the runs are split into, targets alternating (default 10)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("against-plain-twin"),
         QCoreApplication::translate(
             "cli::BenchCommands", "Also run on a decrypted copy (a 0600 temp file, removed afterwards) and "
                                   "report the encryption overhead per statement.")});
    parser.addOption({QStringLiteral("save-baseline"),
                      QCoreApplication::translate(
                          "cli::BenchCommands", "Save the results and the machine's facts as baseline NAME."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("compare"),
         QCoreApplication::translate(
             "cli::BenchCommands", "Compare with baseline NAME; exit 9 when a statement is slower beyond the "
                                   "threshold and the noise."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("threshold"),
                      QCoreApplication::translate("cli::BenchCommands",
                                                  "Allowed slowdown for --compare, in percent (default 5%)."),
                      QStringLiteral("PERCENT")});
    parser.addOption(
        {QStringLiteral("csv"),
         QCoreApplication::translate("cli::BenchCommands", "Also write the figures to FILE as CSV."),
         QStringLiteral("FILE")});
}

int BenchQueriesCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    bench::QueryBenchRequest request;
    bool ok = true;
    const auto iterations = wholeNumber(parser, QStringLiteral("iterations"), 1, ok);
    const auto warmup = wholeNumber(parser, QStringLiteral("warmup"), 0, ok);
    const auto rounds = wholeNumber(parser, QStringLiteral("rounds"), 1, ok);
    if (!ok)
        return context.fail(usage(QCoreApplication::translate(
            "BenchCommands", "--iterations and --rounds want a whole number of at least 1, "
                             "--warmup one of at least 0.")));
    if (parser.isSet(QStringLiteral("duration"))) {
        if (iterations)
            return context.fail(usage(
                QCoreApplication::translate("BenchCommands", "Give --iterations or --duration, not both.")));
        bool isNumber = false;
        request.durationSeconds = parser.value(QStringLiteral("duration")).toDouble(&isNumber);
        if (!isNumber || request.durationSeconds <= 0 || request.durationSeconds > 86400)
            return context.fail(usage(QCoreApplication::translate(
                "BenchCommands", "--duration wants seconds, more than 0 and at most 86400.")));
    }
    request.iterations = iterations.value_or(1000);
    request.warmup = warmup.value_or(50);
    request.rounds = rounds.value_or(10);
    if (request.durationSeconds <= 0 && request.rounds > request.iterations)
        request.rounds = request.iterations;
    request.workloadFile = parser.value(QStringLiteral("workload"));
    request.againstPlainTwin = parser.isSet(QStringLiteral("against-plain-twin"));
    request.saveBaseline = parser.value(QStringLiteral("save-baseline"));
    request.compareBaseline = parser.value(QStringLiteral("compare"));
    if (parser.isSet(QStringLiteral("threshold"))) {
        if (request.compareBaseline.isEmpty())
            return context.fail(usage(QCoreApplication::translate(
                "BenchCommands", "--threshold applies to --compare NAME; give both.")));
        QString text = parser.value(QStringLiteral("threshold")).trimmed();
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        bool isNumber = false;
        request.thresholdPercent = text.toDouble(&isNumber);
        if (!isNumber || request.thresholdPercent < 0 || request.thresholdPercent > 1000)
            return context.fail(usage(QCoreApplication::translate(
                "BenchCommands", "--threshold wants a percentage from 0 to 1000, e.g. 5%.")));
    }
    const QString csvPath = parser.value(QStringLiteral("csv"));
    if (parser.isSet(QStringLiteral("dbname")) || parser.isSet(QStringLiteral("against")))
        return runPostgres(context, parser, request, csvPath);

    OpenDiagnosis diagnosis = dbopen::open(context, parser);
    if (!diagnosis.succeeded())
        return context.fail(diagnosis.error());
    if (diagnosis.what == OpenDiagnosis::Case::PlainSqlite && request.againstPlainTwin) {
        diagnosis.session->close();
        return context.fail(Error(
            ExitCode::Usage,
            QCoreApplication::translate("BenchCommands",
                                        "%1 is plain SQLite: it has no encryption to measure against a twin. "
                                        "Run without --against-plain-twin.")
                .arg(diagnosis.path)));
    }
    request.session = diagnosis.session;

    auto job = std::make_shared<bench::QueryBenchJob>(std::move(request));
    const JobReport report = context.runJob(job);
    diagnosis.session->close();
    if (const std::optional<int> end = context.failedExit(
            report, QCoreApplication::translate("BenchCommands", "Cancelled; the decrypted twin, if any, was "
                                                                 "removed and no baseline was saved.")))
        return *end;

    if (Status written = writeCsv(csvPath, job->result()); !written)
        return context.fail(written.error());
    return finishQueries(context, parser, job->result(), job->regressions());
}

void BenchCryptoCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("seconds"),
                      QCoreApplication::translate("cli::BenchCommands",
                                                  "Measuring time per algorithm (default 0.5, at most 10)."),
                      QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("no-reference"),
         QCoreApplication::translate("cli::BenchCommands", "Skip the openssl speed reference.")});
}

int BenchCryptoCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    double seconds = 0.5;
    if (parser.isSet(QStringLiteral("seconds"))) {
        bool ok = false;
        seconds = parser.value(QStringLiteral("seconds")).toDouble(&ok);
        if (!ok || seconds < 0.05 || seconds > 10)
            return context.fail(usage(
                QCoreApplication::translate("BenchCommands", "--seconds wants a number from 0.05 to 10.")));
    }
    auto job =
        std::make_shared<bench::CryptoBenchJob>(!parser.isSet(QStringLiteral("no-reference")), seconds);
    const JobReport report = context.runJob(job);
    if (const std::optional<int> end = context.finishUnlessText(report))
        return *end;
    QTextStream &out = context.out();
    out << labelledLines(
               {{QStringLiteral("AES-NI"), report.data.value(QLatin1String("aes_ni")).toBool()
                                               ? QCoreApplication::translate("cli::BenchCommands", "yes")
                                               : QCoreApplication::translate("cli::BenchCommands", "no")},
                {QStringLiteral("OpenSSL"), report.data.value(QLatin1String("openssl")).toString()},
                {QCoreApplication::translate("cli::BenchCommands", "Method"),
                 QCoreApplication::translate(
                     "cli::BenchCommands",
                     "openssl speed's loop per row, MB/s = 10^6 bytes per CPU second of the "
                     "thread; OPENSSL: `openssl speed` right after, same block size")}})
        << '\n';
    out << QCoreApplication::translate("cli::BenchCommands", "ALGORITHM").leftJustified(27)
        << QCoreApplication::translate("cli::BenchCommands", "UNIT").rightJustified(8)
        << QStringLiteral("MB/S").rightJustified(10) << QStringLiteral("OPENSSL").rightJustified(10)
        << QCoreApplication::translate("cli::BenchCommands", "RATIO").rightJustified(7) << "  "
        << QCoreApplication::translate("cli::BenchCommands", "USED BY") << '\n';
    for (const QJsonValue &v : report.data.value(QLatin1String("results")).toArray()) {
        const QJsonObject r = v.toObject();
        out << r.value(QLatin1String("algorithm")).toString().leftJustified(27)
            << QString::number(r.value(QLatin1String("unit_bytes")).toInteger()).rightJustified(8)
            << number(r.value(QLatin1String("mb_s")), 1).rightJustified(10)
            << number(r.value(QLatin1String("openssl_speed_mb_s")), 1).rightJustified(10)
            << number(r.value(QLatin1String("ratio")), 2).rightJustified(7) << "  "
            << QCoreApplication::translate("Benchmark", r.value(QLatin1String("used_by")).toString().toUtf8())
            << (r.contains(QLatin1String("note"))
                    ? QStringLiteral(" (%1)").arg(r.value(QLatin1String("note")).toString())
                    : QString())
            << '\n';
    }
    out.flush();
    return 0;
}

void BenchKdfCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("volume"),
         QCoreApplication::translate("cli::BenchCommands",
                                     "A LUKS image whose key slots are measured; may be repeated (default: "
                                     "the console's known volumes; without any, argon2id at libcryptsetup's "
                                     "defaults for a new LUKS2 slot)."),
         QStringLiteral("IMAGE")});
    parser.addOption(
        {QStringLiteral("target-ms"),
         QCoreApplication::translate("cli::BenchCommands",
                                     "The unlock time the suggested settings aim at (default 1000)."),
         QStringLiteral("MS")});
}

int BenchKdfCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    bench::KdfBenchRequest request;
    request.volumeImages = parser.values(QStringLiteral("volume"));
    if (request.volumeImages.isEmpty())
        request.knownVolumeImages = keylistsettings::volumeImages();
    if (parser.isSet(QStringLiteral("target-ms"))) {
        bool ok = false;
        request.targetMs = parser.value(QStringLiteral("target-ms")).toInt(&ok);
        if (!ok || request.targetMs < 10 || request.targetMs > 60000)
            return context.fail(usage(QCoreApplication::translate(
                "BenchCommands", "--target-ms wants a whole number from 10 to 60000.")));
    }
    const JobReport report = context.runJob(std::make_shared<bench::KdfBenchJob>(request));
    if (const std::optional<int> end = context.finishUnlessText(report))
        return *end;
    QTextStream &out = context.out();
    const int target = report.data.value(QLatin1String("target_ms")).toInt();
    const QString source = report.data.value(QLatin1String("volumes_source")).toString();
    out << labelledLines(
               {{QCoreApplication::translate("cli::BenchCommands", "Volumes"),
                 source == QLatin1String("given")
                     ? QCoreApplication::translate("cli::BenchCommands", "as given with --volume")
                 : source == QLatin1String("known")
                     ? QCoreApplication::translate("cli::BenchCommands", "the console's known volumes")
                     : QCoreApplication::translate(
                           "cli::BenchCommands",
                           "none known: argon2id at libcryptsetup's defaults for a new slot")}})
        << '\n';
    out << QStringLiteral("KDF").leftJustified(20) << QStringLiteral("MS").rightJustified(10) << "  "
        << QCoreApplication::translate("cli::BenchCommands", "PARAMETERS -> FOR %1 MS").arg(target) << '\n';
    auto describe = [](const QJsonObject &p) {
        QStringList parts;
        for (auto it = p.begin(); it != p.end(); ++it)
            parts.append(it.key() + QLatin1Char('=') +
                         (it.value().isString() ? it.value().toString()
                          : it.value().toDouble() == double(it.value().toInteger())
                              ? QString::number(it.value().toInteger())
                              : QString::number(it.value().toDouble(), 'f', 1)));
        return parts.join(QLatin1Char(' '));
    };
    for (const QJsonValue &v : report.data.value(QLatin1String("results")).toArray()) {
        const QJsonObject r = v.toObject();
        out << r.value(QLatin1String("kdf")).toString().leftJustified(20)
            << number(r.value(QLatin1String("ms")), 1).rightJustified(10) << "  "
            << r.value(QLatin1String("used_by")).toString() << '\n';
        out << QString(32, QLatin1Char(' ')) << describe(r.value(QLatin1String("parameters")).toObject());
        if (r.contains(QLatin1String("for_target")))
            out << "  ->  " << describe(r.value(QLatin1String("for_target")).toObject());
        if (r.contains(QLatin1String("note")))
            out << "  (" << r.value(QLatin1String("note")).toString() << ')';
        out << '\n';
    }
    out.flush();
    return 0;
}

void BenchSqlCipherCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("size-mb"),
         QCoreApplication::translate("cli::BenchCommands",
                                     "Size of the synthetic table in MB (default 32, at most 4096)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("rounds"),
                      QCoreApplication::translate(
                          "cli::BenchCommands",
                          "Runs of every variant; each phase counts its best (default 2, at most 20)."),
                      QStringLiteral("N")});
}

int BenchSqlCipherCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    bench::SqlCipherBenchRequest request;
    bool ok = true;
    request.sizeMb = wholeNumber(parser, QStringLiteral("size-mb"), 1, ok).value_or(request.sizeMb);
    request.rounds = wholeNumber(parser, QStringLiteral("rounds"), 1, ok).value_or(request.rounds);
    if (!ok || request.sizeMb > 4096 || request.rounds > 20)
        return context.fail(usage(QCoreApplication::translate(
            "BenchCommands", "--size-mb wants a whole number from 1 to 4096, --rounds one "
                             "from 1 to 20.")));
    const JobReport report = context.runJob(std::make_shared<bench::SqlCipherBenchJob>(request));
    if (const std::optional<int> end = context.finishUnlessText(
            report,
            QCoreApplication::translate("BenchCommands", "Cancelled; the temporary files were removed.")))
        return *end;
    QTextStream &out = context.out();
    const QJsonObject &d = report.data;
    // Two messages: lupdate (Qt 6.8) never returns from a plural message that ends in a lone "%".
    const int rounds = d.value(QLatin1String("rounds")).toInt();
    out << QCoreApplication::translate("cli::BenchCommands",
                                       "SQLCipher %1 (SQLite %2), %3 MB, %4 rows, best of %n round(s)",
                                       nullptr, rounds)
               .arg(d.value(QLatin1String("sqlcipher_version")).toString(),
                    d.value(QLatin1String("sqlite_version")).toString())
               .arg(d.value(QLatin1String("size_mb")).toInt())
               .arg(d.value(QLatin1String("rows")).toInteger())
        << QCoreApplication::translate("cli::BenchCommands", "; noise %1 %")
               .arg(number(d.value(QLatin1String("noise_percent")), 1))
        << '\n';
    out << QCoreApplication::translate(
               "cli::BenchCommands",
               "Times in ms; OVERHEAD against plain SQLite; VS DEFAULTS: change against SQLCipher's defaults")
        << "\n\n";
    const QJsonArray phases = d.value(QLatin1String("phases")).toArray();
    out << QCoreApplication::translate("cli::BenchCommands", "VARIANT").leftJustified(20);
    for (const QJsonValue &p : phases)
        out << p.toString().toUpper().rightJustified(12);
    out << QCoreApplication::translate("cli::BenchCommands", "TOTAL").rightJustified(10)
        << QCoreApplication::translate("cli::BenchCommands", "OVERHEAD").rightJustified(10)
        << QCoreApplication::translate("cli::BenchCommands", "VS DEFAULTS").rightJustified(13) << '\n';
    const QJsonArray variants = d.value(QLatin1String("variants")).toArray();
    for (const QJsonValue &v : variants) {
        const QJsonObject o = v.toObject();
        out << o.value(QLatin1String("name")).toString().leftJustified(20);
        const QJsonObject ms = o.value(QLatin1String("phases_ms")).toObject();
        for (const QJsonValue &p : phases)
            out << number(ms.value(p.toString()), 1).rightJustified(12);
        auto percent = [](const QJsonValue &value) {
            return value.isDouble() ? QStringLiteral("%1%2 %")
                                          .arg(value.toDouble() >= 0 ? QStringLiteral("+") : QString())
                                          .arg(value.toDouble(), 0, 'f', 1)
                                    : QStringLiteral("-");
        };
        out << number(o.value(QLatin1String("total_ms")), 1).rightJustified(10)
            << percent(o.value(QLatin1String("overhead_percent"))).rightJustified(10)
            << percent(o.value(QLatin1String("change_vs_defaults_percent"))).rightJustified(13) << '\n';
    }
    // Every changed setting says what it did here, "within the noise" included; the reference rows nothing.
    const auto effectNote = [](const QJsonObject &variant) {
        const QString note = bench::settingEffectNote(
            bench::settingEffectFromKey(variant.value(QLatin1String("effect")).toString()));
        return note.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(note);
    };
    out << '\n' << QCoreApplication::translate("cli::BenchCommands", "SETTINGS") << '\n';
    for (const QJsonValue &v : variants) {
        const QJsonObject o = v.toObject();
        out << "  " << o.value(QLatin1String("name")).toString() << ": "
            << o.value(QLatin1String("setting")).toString() << effectNote(o) << "\n"
            << "    "
            << QCoreApplication::translate("cli::BenchCommands", "security cost: %1")
                   .arg(o.value(QLatin1String("security_cost")).toString())
            << '\n';
    }
    out.flush();
    return 0;
}

} // namespace strongroom::cli

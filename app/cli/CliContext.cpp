#include "cli/CliContext.h"

#include "cli/ProgressLine.h"
#include "core/JobRunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace strongroom::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

QString optionName(const QString &prefix, const char *name)
{
    return prefix + QLatin1String(name);
}

void installInterruptHandler()
{
    struct sigaction sa{};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

CliContext::CliContext(bool json, QTextStream &out, QTextStream &err) : m_json(json), m_out(out), m_err(err)
{
    // --key-env: the variable leaves the environment once read, so no child inherits it.
    m_keys.setConsumeEnvironment(true);
    m_pool.setMaxThreadCount(2);
}

bool CliContext::interrupted() const
{
    return g_interrupted.load();
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliContext::warn(const QString &message)
{
    m_err << QCoreApplication::translate("cli::CliContext", "warning: %1").arg(message) << Qt::endl;
}

int CliContext::fail(const Error &error)
{
    if (error.code == ExitCode::Cancelled)
        return cancelled(error.message);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"), error.toJson()}});
    } else {
        m_err << "strongroom-cli: " << error.message << Qt::endl;
    }
    return static_cast<int>(error.code);
}

int CliContext::cancelled(const QString &message, const QJsonObject &data)
{
    const QString said =
        message.isEmpty() ? QCoreApplication::translate("cli::CliContext", "Cancelled.") : message;
    // Said on stderr with --json too: the person who pressed Ctrl-C reads it there, a script reads
    // the object on stdout.
    m_err << said << Qt::endl;
    if (m_json) {
        QJsonObject object = data;
        object.insert(QStringLiteral("error"), Error(ExitCode::Cancelled, said).toJson());
        printJson(object);
    }
    return static_cast<int>(ExitCode::Cancelled);
}

void CliContext::declareKeyOptions(QCommandLineParser &parser, const QString &prefix)
{
    // Whole sentences for the key and the new key: German declines the noun differently in each.
    const bool newKey = !prefix.isEmpty();
    parser.addOption({optionName(prefix, "key-env"),
                      newKey ? QCoreApplication::translate("cli::CliContext",
                                                           "Read the new key from environment variable NAME.")
                             : QCoreApplication::translate("cli::CliContext",
                                                           "Read the key from environment variable NAME."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {optionName(prefix, "key-file"),
         newKey ? QCoreApplication::translate(
                      "cli::CliContext", "Read the new key from FILE (one trailing newline is stripped).")
                : QCoreApplication::translate("cli::CliContext",
                                              "Read the key from FILE (one trailing newline is stripped)."),
         QStringLiteral("FILE")});
    parser.addOption({optionName(prefix, "passphrase-stdin"),
                      newKey ? QCoreApplication::translate(
                                   "cli::CliContext", "Read the new key as one line from standard input.")
                             : QCoreApplication::translate("cli::CliContext",
                                                           "Read the key as one line from standard input.")});
}

bool CliContext::keyGiven(const QCommandLineParser &parser, const QString &prefix)
{
    return parser.isSet(optionName(prefix, "key-env")) || parser.isSet(optionName(prefix, "key-file")) ||
           parser.isSet(optionName(prefix, "passphrase-stdin"));
}

Result<KeyMaterial> CliContext::readKey(const QCommandLineParser &parser, const QString &label,
                                        const QString &prefix)
{
    const int given = int(parser.isSet(optionName(prefix, "key-env"))) +
                      int(parser.isSet(optionName(prefix, "key-file"))) +
                      int(parser.isSet(optionName(prefix, "passphrase-stdin")));
    if (given > 1)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("CliContext",
                                                 "Give the %1 one way only: --%2key-env, --%2key-file or "
                                                 "--%2passphrase-stdin.")
                         .arg(label, prefix));
    KeySource source;
    if (parser.isSet(optionName(prefix, "key-env")))
        source = KeySource::environment(parser.value(optionName(prefix, "key-env")));
    else if (parser.isSet(optionName(prefix, "key-file")))
        source = KeySource::file(parser.value(optionName(prefix, "key-file")));
    else if (parser.isSet(optionName(prefix, "passphrase-stdin")))
        source = KeySource::stdinLine();
    else if (KeyReader::stdinIsTerminal())
        source = KeySource::prompt();
    else
        // The options named are this verb's own: --new-key-env where the new key is missing.
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "CliContext",
                         "No %1 given and no terminal to ask on: use --%2key-env NAME, --%2key-file "
                         "PATH or --%2passphrase-stdin.")
                         .arg(label, prefix),
                     QStringLiteral("key-needed"));
    Result<KeyMaterial> key = m_keys.read(source, label);
    for (const QString &w : m_keys.warnings())
        warn(w);
    return key;
}

void CliContext::declareYes(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("yes"),
         QCoreApplication::translate("cli::CliContext", "Confirm without asking (for scripts).")});
}

std::optional<Error> CliContext::confirm(const QCommandLineParser &parser, const QString &question)
{
    if (parser.isSet(QStringLiteral("yes")))
        return std::nullopt;
    if (!KeyReader::stdinIsTerminal())
        return Error(ExitCode::Usage,
                     question + QCoreApplication::translate(
                                    "CliContext", " Not confirmed: there is no terminal to ask on; add "
                                                  "--yes to confirm in a script."));
    m_err << question << QCoreApplication::translate("CliContext", " Type 'yes' to continue: ") << Qt::flush;
    char buffer[16] = {};
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
    const QByteArray answer = QByteArray(buffer, int(std::max<ssize_t>(n, 0))).trimmed();
    if (answer != "yes")
        return Error(ExitCode::Cancelled,
                     QCoreApplication::translate("CliContext", "Not confirmed; nothing was changed."));
    return std::nullopt;
}

std::optional<int> CliContext::failedExit(const JobReport &report, const FinishOptions &options)
{
    const bool unfinished = options.unfinishedIsCancelled &&
                            report.data.contains(QStringLiteral("finished")) &&
                            !report.data.value(QStringLiteral("finished")).toBool();
    // A job that failed with a cancel's code (a stop it could not tell from a failure) ended as a
    // cancel too.
    const bool cancelCode = report.error && report.error->code == ExitCode::Cancelled;
    if (report.outcome == JobOutcome::Cancelled || unfinished || cancelCode) {
        QStringList message;
        if (!options.cancelledMessage.isEmpty())
            message << options.cancelledMessage;
        if (options.cancelledShowsOverview && !report.overview.isEmpty())
            message << report.overview;
        return cancelled(message.join(QLatin1Char(' ')),
                         options.reportBesideError ? report.data : QJsonObject());
    }
    if (!report.error)
        return std::nullopt;
    if (options.reportBesideError) {
        if (m_json) {
            QJsonObject object = report.data;
            object.insert(QStringLiteral("error"), report.error->toJson());
            printJson(object);
            return static_cast<int>(report.error->code);
        }
        if (!report.overview.isEmpty() && report.overview != report.error->message)
            out() << report.overview << Qt::endl;
    }
    return fail(*report.error);
}

std::optional<int> CliContext::finishUnlessText(const JobReport &report, const FinishOptions &options)
{
    if (const std::optional<int> failed = failedExit(report, options))
        return failed;
    if (!m_json)
        return std::nullopt;
    printJson(report.data);
    return 0;
}

int CliContext::finishJob(const JobReport &report, const FinishOptions &options)
{
    if (const std::optional<int> ended = finishUnlessText(report, options))
        return *ended;
    QTextStream &stream = options.reportOnStderr ? err() : out();
    stream << report.overview << Qt::endl;
    if (options.showDetails)
        for (const QString &detail : report.details)
            stream << detail << Qt::endl;
    return 0;
}

JobReport CliContext::runJob(std::shared_ptr<Job> job)
{
    auto handle = startDetached(std::move(job), &m_pool, [] { return g_interrupted.load(); }, m_audit);
    ProgressLine line(m_err, ::isatty(STDERR_FILENO) == 1 && !m_json);
    const QList<JobStep> steps = handle->steps();
    bool toldUnstoppable = false;
    JobReport report = handle->waitPolling(
        [&](const JobProgress &progress, const QStringList &) {
            line.update(steps, progress, interrupted());
            // Without a progress line (a script, a pipe), Ctrl-C during work that cannot be stopped
            // is answered once on stderr, so the wait is not taken for a hang.
            if (interrupted() && !toldUnstoppable && progress.unstoppableUntilMs > 0 && !line.enabled()) {
                toldUnstoppable = true;
                m_err << QCoreApplication::translate(
                             "cli::CliContext", "Stopping: the running step %1; the job ends right after it.")
                             .arg(describeUnstoppable(progress, QDateTime::currentMSecsSinceEpoch()))
                      << Qt::endl;
            }
        },
        [this] { return interrupted(); });
    line.clear();
    // A Ctrl-C can also end a job by failing one of its system calls (EINTR) before the job sees the
    // cancel request; the user asked to stop, so that is a cancel, not a failure.
    if (report.outcome == JobOutcome::Failed && interrupted()) {
        report.outcome = JobOutcome::Cancelled;
        report.error.reset();
    }
    return report;
}

} // namespace strongroom::cli

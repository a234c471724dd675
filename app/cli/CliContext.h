#pragma once

#include "core/AuditLog.h"
#include "core/Error.h"
#include "core/Job.h"
#include "core/JobReport.h"
#include "keys/KeyReader.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>
#include <QThreadPool>
#include <memory>

namespace strongroom::cli {

// How a verb ends after its job (CliContext::failedExit, finishUnlessText, finishJob), beyond the
// rule: cancelled goes through cancelled(), failed through fail(), succeeded prints the report.
struct FinishOptions
{
    FinishOptions() = default;
    // Implicit, so that the common case reads failedExit(report, tr("Cancelled; ...")).
    FinishOptions(QString cancelled) : cancelledMessage(std::move(cancelled)) {}

    // What the cancel message says instead of "Cancelled." (what was kept or removed).
    QString cancelledMessage;
    // The report's overview is the cancel message, after cancelledMessage when that is given
    // ("Cancelled. Paused; run `strongroom-cli volume encrypt IMG` again to resume."): the job
    // says what it kept.
    bool cancelledShowsOverview = false;
    // A job whose data says "finished": false stopped before its end (a resumable conversion that
    // paused at a checkpoint on Ctrl-C): a cancel, exit 130.
    bool unfinishedIsCancelled = false;
    // A report that did not succeed is shown with its error: under --json its data beside the "error"
    // object, otherwise (a failure) its overview before the message (what a schedule found before it
    // failed).
    bool reportBesideError = false;
    // finishJob: the report's details follow its overview, one a line.
    bool showDetails = false;
    // finishJob: the overview and details go to stderr, because stdout carries the verb's data (a
    // file decrypted to standard output).
    bool reportOnStderr = false;
};

// Everything a command needs from the outside world: output in the human or JSON form, errors by
// the contract, keys, confirmations, the audit log and running jobs with a progress line.
class CliContext
{
public:
    CliContext(bool json, QTextStream &out, QTextStream &err);

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void printJson(const QJsonObject &object);
    void warn(const QString &message);
    // Prints the error (JSON on stdout with --json, text on stderr otherwise); returns its exit code.
    // An error with ExitCode::Cancelled (a confirmation not given) is a cancel: see cancelled().
    int fail(const Error &error);
    // The one way a verb ends cancelled (Ctrl-C, a confirmation not given), whatever the verb: exit
    // 130, `message` ("Cancelled." when empty) on stderr in the user's language, and with --json the
    // {"error": {"code": 130, "kind": "cancelled", ...}} object on stdout like every other non-zero
    // exit, beside `data` when given (what the job did before the cancel).
    int cancelled(const QString &message = {}, const QJsonObject &data = {});

    // The key options of a command: --key-env/--key-file/--passphrase-stdin (prefix "") or the
    // --new-key-... twins (prefix "new-"). A terminal prompt when none is given and stdin is a tty.
    static void declareKeyOptions(QCommandLineParser &parser, const QString &prefix = {});
    Result<KeyMaterial> readKey(const QCommandLineParser &parser, const QString &label,
                                const QString &prefix = {});
    // True when any key option of that prefix was given.
    static bool keyGiven(const QCommandLineParser &parser, const QString &prefix = {});

    // Destroying or exposing data needs --yes, or "yes" typed on a terminal; without either the
    // command stops with a usage error (returned, to be passed to fail()).
    static void declareYes(QCommandLineParser &parser);
    std::optional<Error> confirm(const QCommandLineParser &parser, const QString &question);

    // Runs a job to its end: a progress line on stderr when it is a terminal, Ctrl-C cancels.
    JobReport runJob(std::shared_ptr<Job> job);
    // How a verb ends after its job: cancelled goes through cancelled() (with `cancelledMessage`),
    // a failure through fail(); nullopt when the job succeeded and the verb prints.
    // The options cover the verbs whose end says more (FinishOptions).
    std::optional<int> failedExit(const JobReport &report, const FinishOptions &options = {});
    // failedExit, then with --json the report's data on stdout (exit 0); nullopt when the job
    // succeeded without --json and the verb writes its own text.
    std::optional<int> finishUnlessText(const JobReport &report, const FinishOptions &options = {});
    // The end most verbs share: finishUnlessText, then the report's overview on stdout; returns the
    // exit code.
    int finishJob(const JobReport &report, const FinishOptions &options = {});

    const AuditLog &audit() const { return m_audit; }
    bool interrupted() const;

private:
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    KeyReader m_keys;
    AuditLog m_audit;
    QThreadPool m_pool;
};

// Ctrl-C and SIGTERM set a flag that running jobs poll, so they stop cleanly (exit 130).
void installInterruptHandler();

// The name of an option in a family that shares a prefix ("" for the source, "new-" for the target).
QString optionName(const QString &prefix, const char *name);

} // namespace strongroom::cli

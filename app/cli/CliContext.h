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

// How CliContext::failedExit ends a verb whose job did not succeed, beyond the rule (cancelled: exit
// 130; failed: the error through fail()).
struct FailedExitOptions
{
    // Printed on stderr when the job was cancelled.
    QString cancelledMessage;
    // The report's overview follows cancelledMessage ("Paused; run ... again to resume.").
    bool cancelledShowsOverview = false;
    // A job whose data says "finished": false stopped before its end (a resumable conversion that
    // paused at a checkpoint on Ctrl-C): a cancel, exit 130.
    bool unfinishedIsCancelled = false;
    // A failed job's report is shown with its error: under --json its data beside the "error"
    // object, otherwise its overview before the message (what a schedule found before it failed).
    bool reportBesideError = false;
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
    int fail(const Error &error);

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
    // How a verb ends after its job: cancelled is exit 130 (with `cancelledMessage` on stderr when
    // given), a failure goes through fail(); nullopt when the job succeeded and the verb prints.
    // The options cover the verbs whose end says more (FailedExitOptions).
    std::optional<int> failedExit(const JobReport &report, const FailedExitOptions &options);
    std::optional<int> failedExit(const JobReport &report, const QString &cancelledMessage = {})
    {
        FailedExitOptions options;
        options.cancelledMessage = cancelledMessage;
        return failedExit(report, options);
    }

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

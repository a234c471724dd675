#include "cli/commands/AuditCommands.h"

#include "cli/CliContext.h"
#include "core/ControlCharacters.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strongroom::cli {

void AuditLogCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("last"),
                      QCoreApplication::translate("cli::AuditCommands", "Only the last N entries."),
                      QStringLiteral("N")});
}

int AuditLogCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto entries = context.audit().entries();
    if (!entries)
        return context.fail(entries.error());
    QList<QJsonObject> list = *entries;
    if (parser.isSet(QStringLiteral("last")))
        list = list.mid(std::max<qsizetype>(0, list.size() - parser.value(QStringLiteral("last")).toInt()));
    if (context.json()) {
        QJsonArray array;
        for (const QJsonObject &e : list)
            array.append(e);
        context.printJson(QJsonObject{{QStringLiteral("path"), context.audit().path()},
                                      {QStringLiteral("entries"), array}});
        return 0;
    }
    if (list.isEmpty())
        context.out() << QCoreApplication::translate("cli::AuditCommands", "The audit log is empty (%1).")
                             .arg(context.audit().path())
                      << Qt::endl;
    // The log is a file the user can edit: its fields are printed escaped like any name read from a file.
    for (const QJsonObject &e : list) {
        auto field = [&e](const char *name) {
            return escapeControlCharacters(e.value(QLatin1String(name)).toString());
        };
        context.out() << field("time") << "  " << field("user") << '@' << field("host") << "  "
                      << field("action") << "  " << field("target") << "  " << field("outcome") << '\n';
    }
    context.out().flush();
    return 0;
}

namespace {

// What a failed verification means for the CLI contract: exit 1 without a log, 4 for a broken trail.
Error verifyError(const AuditLog::Verification &v, const QString &path)
{
    if (v.noLog)
        return Error(ExitCode::Failure, QStringLiteral("%1: %2.").arg(path, v.problem),
                     QStringLiteral("not-found"));
    return Error(ExitCode::Integrity,
                 QCoreApplication::translate(
                     "AuditCommands",
                     "%1: the audit log was tampered with: %2 (line %3 of %4). Keep this copy as "
                     "evidence and compare it with your backups.")
                     .arg(path, v.problem)
                     .arg(v.firstBadLine)
                     .arg(v.lines));
}

} // namespace

int AuditVerifyCommand::run(CliContext &context, const QCommandLineParser &)
{
    const AuditLog::Verification v = context.audit().verify();
    const QString path = context.audit().path();
    // Deleted with its head and no journal to say otherwise: nothing to vouch for, but no proof of
    // tampering either ("no such file", exit 1). Any other finding is a broken trail (exit 4).
    const int exitCode = v.intact ? 0 : v.noLog ? int(ExitCode::Failure) : int(ExitCode::Integrity);
    if (context.json()) {
        QJsonArray missingLocally;
        for (const auditjournal::Entry &e : v.missingLocally)
            missingLocally.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                              {QStringLiteral("action"), e.action},
                                              {QStringLiteral("target"), e.target},
                                              {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)}});
        QJsonArray missingFromJournal;
        for (int line : v.missingFromJournal)
            missingFromJournal.append(line);
        QJsonObject result{{QStringLiteral("path"), path},
                           {QStringLiteral("intact"), v.intact},
                           {QStringLiteral("no_log"), v.noLog},
                           {QStringLiteral("lines"), v.lines},
                           {QStringLiteral("first_bad_line"), v.firstBadLine},
                           {QStringLiteral("problem"), v.problem},
                           {QStringLiteral("head_lagged"), v.headLagged},
                           {QStringLiteral("journal"),
                            QJsonObject{{QStringLiteral("compared"), v.journalCompared},
                                        {QStringLiteral("note"), v.journalNote},
                                        {QStringLiteral("missing_locally"), missingLocally},
                                        {QStringLiteral("missing_from_journal"), missingFromJournal}}}};
        // A broken trail is an error like any other: the {"error": ...} object, beside the findings.
        if (!v.intact)
            result.insert(QStringLiteral("error"), verifyError(v, path).toJson());
        context.printJson(result);
        return exitCode;
    }
    if (v.intact) {
        context.out() << QCoreApplication::translate(
                             "cli::AuditCommands",
                             "The audit log is intact: %1 lines, hash chain unbroken (%2).")
                             .arg(v.lines)
                             .arg(path)
                      << Qt::endl;
        if (v.headLagged)
            context.out() << QCoreApplication::translate("cli::AuditCommands",
                                                         "Its head record was one line behind (a write was "
                                                         "interrupted); the next entry repairs it.")
                          << Qt::endl;
        if (v.journalCompared)
            context.out() << QCoreApplication::translate("cli::AuditCommands",
                                                         "The system journal holds the same entries.")
                          << Qt::endl;
    } else if (v.noLog) {
        context.err() << "strongroom-cli: "
                      << QCoreApplication::translate(
                             "cli::AuditCommands",
                             "%1: %2. If this user has used Strongroom here before, the log was deleted.")
                             .arg(path, v.problem)
                      << Qt::endl;
    } else {
        context.err() << "strongroom-cli: "
                      << QCoreApplication::translate(
                             "cli::AuditCommands",
                             "%1: the audit log was tampered with: %2. Keep this copy as "
                             "evidence and compare it with your backups.")
                             .arg(path, v.problem)
                      << Qt::endl;
        for (const auditjournal::Entry &e : v.missingLocally)
            context.err() << "  "
                          << QCoreApplication::translate("cli::AuditCommands",
                                                         "in the journal, not in the log: #%1 %2 %3 %4")
                                 .arg(e.seq)
                                 .arg(e.time.toString(Qt::ISODateWithMs), escapeControlCharacters(e.action),
                                      escapeControlCharacters(e.target))
                          << '\n';
        for (int line : v.missingFromJournal)
            context.err() << "  "
                          << QCoreApplication::translate("cli::AuditCommands",
                                                         "in the log, not in the journal: line %1")
                                 .arg(line)
                          << '\n';
        context.err().flush();
    }
    if (!v.journalNote.isEmpty())
        (v.intact ? context.out() : context.err())
            << QCoreApplication::translate("cli::AuditCommands", "Note: %1.").arg(v.journalNote) << Qt::endl;

    return exitCode;
}

} // namespace strongroom::cli

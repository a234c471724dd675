#include "cli/commands/DbCheckCommand.h"

#include "cli/CliContext.h"
#include "cli/commands/DbOpenOptions.h"
#include "core/ControlCharacters.h"
#include "sqlcipher/IntegrityCheckJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

void DbCheckCommand::declare(QCommandLineParser &parser) const
{
    dbopen::declare(parser);
}

int DbCheckCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    OpenDiagnosis diagnosis = dbopen::open(context, parser);
    // A truncated file whose first page opens is still checked, to say what is damaged.
    if (!diagnosis.succeeded() && !(diagnosis.what == OpenDiagnosis::Case::Damaged && diagnosis.opened()))
        return context.fail(diagnosis.error());

    auto job = std::make_shared<IntegrityCheckJob>(diagnosis.session);
    const JobReport report = context.runJob(job);
    diagnosis.session->close();
    // A failure is shown with the findings below; a cancel ends here.
    if (report.outcome == JobOutcome::Cancelled)
        return context.cancelled();

    const IntegrityFindings findings = job->findings();
    std::optional<Error> error = report.error;
    if (!error && !diagnosis.succeeded())
        error = diagnosis.error();
    if (context.json()) {
        QJsonObject result = findings.toJson();
        result.insert(QStringLiteral("path"), diagnosis.path);
        if (error) {
            result.insert(QStringLiteral("ok"), false);
            result.insert(QStringLiteral("error"), error->toJson());
        }
        context.printJson(result);
        return error ? int(error->code) : 0;
    }
    QTextStream &out = context.out();
    if (!error) {
        out << QCoreApplication::translate("cli::DbCheckCommand",
                                           "%1: ok (%2 pages, HMACs, structure and foreign keys)")
                   .arg(diagnosis.path)
                   .arg(findings.pagesChecked)
            << Qt::endl;
        return 0;
    }
    for (const auto &bad : findings.badPages)
        out << QCoreApplication::translate("cli::DbCheckCommand", "bad page %1 (%2): %3")
                   .arg(bad.page)
                   .arg(bad.owner.isEmpty()
                            ? QCoreApplication::translate("cli::DbCheckCommand", "owner unknown")
                            : escapeControlCharacters(bad.owner),
                        escapeControlCharacters(bad.problem))
            << '\n';
    for (const QString &problem : findings.structureProblems)
        out << QCoreApplication::translate("cli::DbCheckCommand", "structure: %1")
                   .arg(escapeControlCharacters(problem))
            << '\n';
    for (const auto &v : findings.foreignKeyViolations)
        out << QCoreApplication::translate("cli::DbCheckCommand",
                                           "foreign key: %1 row %2 refers to a missing row of %3")
                   .arg(escapeControlCharacters(v.table))
                   .arg(v.rowid)
                   .arg(escapeControlCharacters(v.parent))
            << '\n';

    out.flush();
    return context.fail(*error);
}

} // namespace strongroom::cli

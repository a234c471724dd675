#include "cli/commands/AuditCommands.h"

#include "cli/CliContext.h"

#include <QJsonArray>

namespace strongroom::cli {

void AuditLogCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("last"), QStringLiteral("Only the last N entries."), QStringLiteral("N")});
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
        context.out() << "The audit log is empty (" << context.audit().path() << ")." << Qt::endl;
    for (const QJsonObject &e : list) {
        context.out() << e.value(QStringLiteral("time")).toString() << "  "
                      << e.value(QStringLiteral("user")).toString() << '@' << e.value(QStringLiteral("host")).toString()
                      << "  " << e.value(QStringLiteral("action")).toString() << "  "
                      << e.value(QStringLiteral("target")).toString() << "  "
                      << e.value(QStringLiteral("outcome")).toString() << '\n';
    }
    context.out().flush();
    return 0;
}

int AuditVerifyCommand::run(CliContext &context, const QCommandLineParser &)
{
    const AuditLog::Verification v = context.audit().verify();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("path"), context.audit().path()},
                                      {QStringLiteral("intact"), v.intact},
                                      {QStringLiteral("lines"), v.lines},
                                      {QStringLiteral("first_bad_line"), v.firstBadLine},
                                      {QStringLiteral("problem"), v.problem}});
    } else if (v.intact) {
        context.out() << "The audit log is intact: " << v.lines << " lines, hash chain unbroken ("
                      << context.audit().path() << ")." << Qt::endl;
    } else {
        context.err() << "strongroom-cli: " << context.audit().path() << ": the audit log was tampered with: "
                      << v.problem << ". Keep this copy as evidence and compare it with your backups." << Qt::endl;
    }
    return v.intact ? 0 : static_cast<int>(ExitCode::Integrity);
}

} // namespace strongroom::cli

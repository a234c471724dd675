#include "cli/commands/SecurityAuditCommand.h"

#include "cli/CliContext.h"
#include "core/SafeFile.h"
#include "keylist/KeyListSettings.h"
#include "postgres/PgConnection.h"
#include "securityaudit/SecurityAuditJob.h"

#include <QCoreApplication>

namespace strongroom::cli {

void AuditRunCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QStringLiteral("Files or folders to search for databases, key and config files, "
                       "backup folders and LUKS images (besides what the console knows)."),
        QStringLiteral("[PATH...]"));
    parser.addOption({QStringLiteral("html"),
                      QStringLiteral("Also write the report as an HTML page to FILE (0600)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("dbname"),
         QStringLiteral("Also check this PostgreSQL connection (conninfo, URI or service name; the "
                        "password from ~/.pgpass); repeatable. The console's saved connections "
                        "are always checked."),
         QStringLiteral("CONN")});
    parser.addOption(
        {QStringLiteral("rotation-days"),
         QStringLiteral("Rotation period of keys in days (default: the console's setting, else 180)."),
         QStringLiteral("DAYS")});
    parser.addOption(
        {QStringLiteral("kdf-iter"),
         QStringLiteral("KDF iterations to try after the standard SQLCipher settings, for databases "
                        "made with their own."),
         QStringLiteral("N")});
    CliContext::declareKeyOptions(parser);
}

int AuditRunCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    SecurityAuditRequest request;
    request.paths = parser.positionalArguments();
    request.knownHistoryFolders = keylistsettings::historyFolders();
    request.knownPgBackupFolders = keylistsettings::pgBackupFolders();
    request.knownVolumeImages = keylistsettings::volumeImages();
    request.rotationDays = keylistsettings::rotationDays();
    request.pgConnections = keylistsettings::pgConnections();
    for (const QString &conninfo : parser.values(QStringLiteral("dbname"))) {
        Result<postgres::PgConnection> connection = postgres::PgConnection::parse(conninfo);
        if (!connection)
            return context.fail(Error(ExitCode::Usage, connection.error().message));
        if (!request.pgConnections.contains(conninfo))
            request.pgConnections.append(conninfo);
    }
    if (parser.isSet(QStringLiteral("rotation-days"))) {
        bool ok = false;
        request.rotationDays = parser.value(QStringLiteral("rotation-days")).toInt(&ok);
        if (!ok || request.rotationDays <= 0)
            return context.fail(Error(
                ExitCode::Usage, QCoreApplication::translate("SecurityAuditCommand",
                                                             "--rotation-days takes a number of days.")));
    }
    if (parser.isSet(QStringLiteral("kdf-iter"))) {
        bool ok = false;
        request.kdfIter = parser.value(QStringLiteral("kdf-iter")).toInt(&ok);
        if (!ok || *request.kdfIter <= 0)
            return context.fail(
                Error(ExitCode::Usage, QCoreApplication::translate("SecurityAuditCommand",
                                                                   "--kdf-iter takes a whole number.")));
    }
    if (CliContext::keyGiven(parser)) {
        Result<KeyMaterial> key = context.readKey(parser, QStringLiteral("database key"));
        if (!key)
            return context.fail(key.error());
        request.key = *key;
    }
    auto job = std::make_shared<SecurityAuditJob>(request);
    const JobReport report = context.runJob(job);
    if (report.outcome == JobOutcome::Cancelled) {
        context.err() << "Cancelled." << Qt::endl;
        return static_cast<int>(ExitCode::Cancelled);
    }
    if (report.error)
        return context.fail(*report.error);
    if (parser.isSet(QStringLiteral("html"))) {
        const Status written = safefile::writeFileAtomically(
            parser.value(QStringLiteral("html")),
            securityAuditHtml(job->checks(), QStringLiteral("Strongroom security audit")).toUtf8(),
            QStringLiteral("audit-report"), QStringLiteral("the audit report"));
        if (!written)
            return context.fail(written.error());
    }
    bool warn = false, fail = false;
    for (const SecurityCheck &check : job->checks()) {
        warn = warn || check.result == SecurityCheck::Result::Warn;
        fail = fail || check.result == SecurityCheck::Result::Fail;
    }
    if (context.json())
        context.printJson(report.data);
    else {
        for (const SecurityCheck &check : job->checks()) {
            context.out() << SecurityCheck::resultName(check.result).toUpper().leftJustified(7) << check.id
                          << "  " << check.subject << "\n       " << check.evidence << '\n';
            if (!check.fix.isEmpty() && check.result != SecurityCheck::Result::Pass)
                context.out() << "       fix: " << check.fix << '\n';
        }
        context.out() << report.overview << Qt::endl;
    }
    return static_cast<int>(fail ? ExitCode::StatusFailure : warn ? ExitCode::StatusWarning : ExitCode::Ok);
}

} // namespace strongroom::cli

#include "cli/commands/SecurityAuditCommand.h"

#include "cli/CliContext.h"
#include "core/SafeFile.h"
#include "keylist/KeyListSettings.h"
#include "postgres/PgConnection.h"
#include "securityaudit/SecurityAuditJob.h"

#include <QCoreApplication>
#include <algorithm>

namespace strongroom::cli {

void AuditRunCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QCoreApplication::translate("cli::SecurityAuditCommand",
                                    "Files or folders to search for databases, key and config files, "
                                    "backup folders and LUKS images (besides what the console knows)."),
        QStringLiteral("[PATH...]"));
    parser.addOption({QStringLiteral("html"),
                      QCoreApplication::translate("cli::SecurityAuditCommand",
                                                  "Also write the report as an HTML page to FILE (0600)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dbname"),
                      QCoreApplication::translate(
                          "cli::SecurityAuditCommand",
                          "Also check this PostgreSQL connection (conninfo, URI or service name; the "
                          "password from ~/.pgpass); repeatable. The console's saved connections "
                          "are always checked."),
                      QStringLiteral("CONN")});
    parser.addOption({QStringLiteral("rotation-days"),
                      QCoreApplication::translate(
                          "cli::SecurityAuditCommand",
                          "Rotation period of keys in days (default: the console's setting, else 180)."),
                      QStringLiteral("DAYS")});
    parser.addOption({QStringLiteral("kdf-iter"),
                      QCoreApplication::translate(
                          "cli::SecurityAuditCommand",
                          "KDF iterations to try after the standard SQLCipher settings, for databases "
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
        Result<KeyMaterial> key =
            context.readKey(parser, QCoreApplication::translate("cli::SecurityAuditCommand", "database key"));
        if (!key)
            return context.fail(key.error());
        request.key = *key;
    }
    auto job = std::make_shared<SecurityAuditJob>(request);
    const JobReport report = context.runJob(job);
    if (const std::optional<int> failed = context.failedExit(report))
        return *failed;
    if (parser.isSet(QStringLiteral("html"))) {
        const Status written = safefile::writeFileAtomically(
            parser.value(QStringLiteral("html")),
            securityAuditHtml(job->checks(), QCoreApplication::translate("cli::SecurityAuditCommand",
                                                                         "Strongroom security audit"))
                .toUtf8(),
            QStringLiteral("audit-report"),
            QCoreApplication::translate("cli::SecurityAuditCommand", "the audit report"));
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
        // The result words in the user's language, the lines below each check indented to start
        // after the widest of them.
        const auto resultText = [](SecurityCheck::Result result) {
            switch (result) {
            case SecurityCheck::Result::Pass:
                return QCoreApplication::translate("cli::SecurityAuditCommand", "PASS");
            case SecurityCheck::Result::Warn:
                return QCoreApplication::translate("cli::SecurityAuditCommand", "WARN");
            case SecurityCheck::Result::Manual:
                return QCoreApplication::translate("cli::SecurityAuditCommand", "MANUAL");
            case SecurityCheck::Result::Fail:
                break;
            }
            return QCoreApplication::translate("cli::SecurityAuditCommand", "FAIL");
        };
        qsizetype width = 0;
        for (const auto result : {SecurityCheck::Result::Pass, SecurityCheck::Result::Warn,
                                  SecurityCheck::Result::Fail, SecurityCheck::Result::Manual})
            width = std::max(width, resultText(result).size() + 1);
        const QString indent(width, QLatin1Char(' '));
        for (const SecurityCheck &check : job->checks()) {
            context.out() << resultText(check.result).leftJustified(width) << check.id << "  "
                          << check.subject << '\n'
                          << indent << check.evidence << '\n';
            if (!check.fix.isEmpty() && check.result != SecurityCheck::Result::Pass)
                context.out()
                    << indent
                    << QCoreApplication::translate("cli::SecurityAuditCommand", "fix: %1").arg(check.fix)
                    << '\n';
        }

        context.out() << report.overview << Qt::endl;
    }
    return static_cast<int>(fail ? ExitCode::StatusFailure : warn ? ExitCode::StatusWarning : ExitCode::Ok);
}

} // namespace strongroom::cli

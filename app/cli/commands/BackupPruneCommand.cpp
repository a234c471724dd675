#include "backup/BackupCatalog.h"
#include "backup/RemoveBackupsJob.h"
#include "backup/RetentionPolicy.h"
#include "cli/CliContext.h"
#include "cli/commands/BackupCommands.h"
#include "cli/commands/RetentionOptions.h"
#include "core/ControlCharacters.h"
#include "keys/KeyReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace strongroom::cli {

void BackupPruneCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("cli::BackupPruneCommand", "The history folder."));
    retentionoptions::declare(parser);
    parser.addOption({QStringLiteral("include-protected"),
                      QCoreApplication::translate("cli::BackupPruneCommand",
                                                  "Let the policy remove pre-restore backups too.")});
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate("cli::BackupPruneCommand",
                                                  "Show what would be removed; remove nothing.")});
    CliContext::declareKeyOptions(parser);
    CliContext::declareYes(parser);
}

int BackupPruneCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("BackupPruneCommand", "backup prune takes exactly one DIR.")));
    auto rules = retentionoptions::read(parser);
    if (!rules)
        return context.fail(rules.error());
    RetentionPolicy policy = rules->value_or(RetentionPolicy{});
    policy.includeProtected = parser.isSet(QStringLiteral("include-protected"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString folder = parser.positionalArguments().first();
    // Deleting is confirmed like every destroying verb. A script without --yes is refused before
    // anything is read, whether or not this run would remove something, so it fails the same way
    // every time; on a terminal the question comes once the backups to remove are known.
    if (!dryRun && !parser.isSet(QStringLiteral("yes")) && !KeyReader::stdinIsTerminal()) {
        if (auto refused = context.confirm(
                parser, QCoreApplication::translate("BackupPruneCommand",
                                                    "Remove the backups in %1 that the policy does not keep?")
                            .arg(folder)))
            return context.fail(*refused);
    }

    // A policy removes a backup only when its entry's seal holds with the key (RemoveBackupsJob); a
    // dry run without one says which removals it could not confirm.
    std::optional<KeyMaterial> key;
    if (!dryRun || CliContext::keyGiven(parser) || KeyReader::stdinIsTerminal()) {
        Result<KeyMaterial> read =
            context.readKey(parser, QCoreApplication::translate("BackupPruneCommand", "database key"));
        if (!read)
            return context.fail(read.error());
        key = read.value();
    }

    BackupCatalog catalog(folder);
    const Result<QList<BackupRecord>> records = catalog.list();
    if (!records)
        return context.fail(records.error());
    const QList<RetentionDecision> decisions = applyRetention(policy, records.value());

    QStringList doomed;
    for (const RetentionDecision &d : decisions)
        if (!d.keep)
            doomed.append(d.backup.fileName);
    QMap<QString, QString> unconfirmed; // kept (or, without a key, not confirmed), with why
    std::optional<Error> removeError;
    if (!doomed.isEmpty() && !dryRun) {
        // Names come from the catalog, which anyone who can write the folder can edit.
        const QString question =
            QCoreApplication::translate("cli::BackupPruneCommand", "Remove %1 backup(s) from %2: %3?")

                .arg(doomed.size())
                .arg(catalog.folder(), escapeControlCharacters(doomed.join(QStringLiteral(", "))));
        if (auto refused = context.confirm(parser, question))
            return context.fail(*refused);
    }
    if (!doomed.isEmpty()) {
        auto job = std::make_shared<RemoveBackupsJob>(catalog.folder(), doomed, key,
                                                      dryRun ? RemoveBackupsJob::Mode::ConfirmOnly
                                                             : RemoveBackupsJob::Mode::Remove);
        job->recordAs(QStringLiteral("backup.prune"),
                      {{QStringLiteral("policy"),
                        (policy.isEmpty() ? RetentionPolicy::defaultPolicy() : policy).toString()}});
        const JobReport report = context.runJob(job);
        if (report.outcome == JobOutcome::Cancelled)
            return context.cancelled(
                job->removed().isEmpty()
                    ? QCoreApplication::translate("cli::BackupPruneCommand",
                                                  "Cancelled; nothing was removed.")
                    : QCoreApplication::translate("cli::BackupPruneCommand",
                                                  "Cancelled after removing some backups."));
        if (report.error && report.error->code == ExitCode::WrongKey)
            return context.fail(*report.error); // nothing was removed
        removeError = report.error;
        unconfirmed = job->unconfirmed();
    }

    // Without a key a dry run cannot tell whether a removal would happen: it lists it as one, not
    // confirmed. With a key, an entry whose seal does not hold is kept, and says why.
    const auto staysFor = [&](const RetentionDecision &d) -> std::optional<QString> {
        if (d.keep || !unconfirmed.contains(d.backup.fileName) || !key)
            return std::nullopt;
        return unconfirmed.value(d.backup.fileName);
    };
    QJsonArray rows;
    for (const RetentionDecision &d : decisions) {
        const std::optional<QString> kept = staysFor(d);
        QJsonObject row{
            {QStringLiteral("file"), d.backup.fileName},
            {QStringLiteral("created"), d.backup.created.toString(Qt::ISODate)},
            {QStringLiteral("keep"), d.keep || kept.has_value()},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(kept ? QStringList{*kept} : d.reasons)}};
        if (!d.keep)
            row.insert(QStringLiteral("confirmed"), !unconfirmed.contains(d.backup.fileName));
        if (!d.keep && !key)
            row.insert(QStringLiteral("unconfirmed"), unconfirmed.value(d.backup.fileName));
        rows.append(row);
    }

    const QString effective = (policy.isEmpty() ? RetentionPolicy::defaultPolicy() : policy).toString();
    if (context.json()) {
        context.printJson({{QStringLiteral("folder"), catalog.folder()},
                           {QStringLiteral("policy"), effective},
                           {QStringLiteral("backups"), rows}});
    } else {
        context.out() << (dryRun ? QCoreApplication::translate("cli::BackupPruneCommand",
                                                               "Policy: %1 (dry run: nothing is removed)")
                                 : QCoreApplication::translate("cli::BackupPruneCommand", "Policy: %1"))
                             .arg(effective)
                      << "\n";
        const QString keepWord = QCoreApplication::translate("cli::BackupPruneCommand", "keep");
        const QString removeWord =
            dryRun ? QCoreApplication::translate("cli::BackupPruneCommand", "would remove")
                   : QCoreApplication::translate("cli::BackupPruneCommand", "remove");
        // The file names start in one column, whatever the words are in the user's language.
        const qsizetype wordWidth = std::max(keepWord.size(), removeWord.size()) + 2;
        for (const RetentionDecision &d : decisions) {
            const std::optional<QString> kept = staysFor(d);
            QStringList why = kept ? QStringList{*kept} : d.reasons;
            if (!d.keep && !key)
                why = QStringList{unconfirmed.value(d.backup.fileName)};
            context.out() << (d.keep || kept ? keepWord : removeWord).leftJustified(wordWidth)
                          << d.backup.fileName

                          << (why.isEmpty()
                                  ? QString()
                                  : QStringLiteral("  (") + why.join(QStringLiteral(", ")) + QLatin1Char(')'))
                          << "\n";
        }
        context.out().flush();
    }
    if (removeError)
        return context.fail(*removeError);
    return 0;
}

} // namespace strongroom::cli

#include "pgbackup/PgBackupHistoryJobs.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "pgbackup/PgBackupManifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace strongroom::pgbackup {

namespace {

QJsonObject decisionJson(const PgRetentionDecision &decision)
{
    QJsonObject json = decision.entry.toJson();
    json.insert(QStringLiteral("keep"), decision.keep);
    json.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(decision.reasons));
    return json;
}

// Why an entry must not be trusted to remove its files, or empty.
QString refusalOf(const PgBackupEntry &entry, const PgBackupFiles &files, JobContext &context)
{
    const qsizetype at = entry.stem.lastIndexOf(QStringLiteral("-pgbackup-"));
    QDateTime named = QDateTime::fromString(entry.stem.mid(at + 10, 15), QStringLiteral("yyyyMMdd-HHmmss"));
    named.setTimeZone(QTimeZone::UTC);
    if (!named.isValid() || std::abs(named.secsTo(entry.created)) > 60)
        return QCoreApplication::translate("PgBackup", "the catalog's time differs from the time in the "
                                                       "file name");
    // The step counts every checked dump: this one's bytes add to those before it.
    if (QFileInfo::exists(files.dump()) &&
        sha256OfFile(files.dump(), workProgressAdding(context)) != entry.sha256)
        return QCoreApplication::translate("PgBackup", "the dump file's SHA-256 differs from the catalog's");
    return {};
}

} // namespace

QString ListPgBackupsJob::title() const
{
    return QCoreApplication::translate("PgBackup", "List PostgreSQL backups");
}

QList<JobStep> ListPgBackupsJob::steps() const
{
    return {JobStep{QCoreApplication::translate("PgBackup", "Read the catalog"), false}};
}

void ListPgBackupsJob::run(JobContext &context)
{
    context.startStep(0);
    auto entries = PgBackupCatalog(m_folder).entries();
    if (!entries) {
        context.fail(entries.error());
        return;
    }
    QJsonArray backups;
    for (const PgRetentionDecision &decision : applyPgRetention(m_policy, *entries))
        backups.append(decisionJson(decision));
    context.setData({{QStringLiteral("folder"), QFileInfo(m_folder).absoluteFilePath()},
                     {QStringLiteral("policy"), m_policy.toString()},
                     {QStringLiteral("backups"), backups}});
    context.setOverview(QCoreApplication::translate("PgBackup", "%1 PostgreSQL backups in %2.")
                            .arg(backups.size())
                            .arg(m_folder));
}

QString PrunePgBackupsJob::title() const
{
    return QCoreApplication::translate("PgBackup", "Apply retention to PostgreSQL backups");
}

QList<JobStep> PrunePgBackupsJob::steps() const
{
    return {JobStep{QCoreApplication::translate("PgBackup", "Check the backups to remove"), false},
            JobStep{QCoreApplication::translate("PgBackup", "Remove them"), true}};
}

void PrunePgBackupsJob::run(JobContext &context)
{
    const QString folder = QFileInfo(m_folder).absoluteFilePath();
    const AuditLog &log = context.audit();
    auto entries = PgBackupCatalog(folder).entries();
    if (!entries) {
        context.fail(entries.error());
        return;
    }
    const QList<PgRetentionDecision> decisions = applyPgRetention(m_policy, *entries);
    qint64 toCheck = 0;
    for (const PgRetentionDecision &decision : decisions)
        if (!decision.keep)
            toCheck += decision.entry.size;
    context.startStep(0, toCheck, ProgressUnit::Bytes);
    QStringList kept, removable;
    QJsonArray refused;
    for (const PgRetentionDecision &decision : decisions) {
        if (decision.keep) {
            kept.append(decision.entry.stem);
            continue;
        }
        const PgBackupFiles files{folder, decision.entry.stem};
        const QString refusal = refusalOf(decision.entry, files, context);
        if (context.isCancelled())
            return;
        if (!refusal.isEmpty()) {
            refused.append(QJsonObject{{QStringLiteral("stem"), decision.entry.stem},
                                       {QStringLiteral("reason"), refusal}});
            kept.append(decision.entry.stem);
            continue;
        }
        removable.append(decision.entry.stem);
    }
    QStringList removed;
    if (!m_dryRun) {
        context.startStep(1, removable.size());
        for (const QString &stem : std::as_const(removable)) {
            const PgBackupFiles files{folder, stem};
            // The dump goes first: a set without its dump is no backup any more, whatever is left.
            bool ok = true;
            for (const QString &path : {files.dump(), files.globals(), files.manifest(), files.checksums()})
                if (QFileInfo::exists(path) && !QFile::remove(path))
                    ok = false;
            if (ok)
                removed.append(stem);
            else
                refused.append(
                    QJsonObject{{QStringLiteral("stem"), stem},
                                {QStringLiteral("reason"),
                                 QCoreApplication::translate("PgBackup", "a file could not be removed")}});
            context.addProgress(1);
        }
        safefile::fsyncDirectory(folder);
        if (Status updated = PgBackupCatalog(folder).remove(removed); !updated) {
            context.fail(updated.error());
            log.append(QStringLiteral("pg.backup.prune"), folder, QStringLiteral("failed"),
                       {{QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
                        {QStringLiteral("error"), updated.error().toJson()}});
            return;
        }
    }
    const QStringList listed = m_dryRun ? removable : removed;
    context.setData({{QStringLiteral("folder"), folder},
                     {QStringLiteral("policy"), m_policy.toString()},
                     {QStringLiteral("dryRun"), m_dryRun},
                     {m_dryRun ? QStringLiteral("wouldRemove") : QStringLiteral("removed"),
                      QJsonArray::fromStringList(listed)},
                     {QStringLiteral("kept"), QJsonArray::fromStringList(kept)},
                     {QStringLiteral("refused"), refused}});
    context.setOverview(m_dryRun
                            ? QCoreApplication::translate("PgBackup", "Would remove %1 backups, keep %2 "
                                                                      "(%3); nothing was removed.")
                                  .arg(listed.size())
                                  .arg(kept.size())
                                  .arg(m_policy.toString())
                            : QCoreApplication::translate("PgBackup", "Removed %1 backups, kept %2 (%3).")
                                  .arg(listed.size())
                                  .arg(kept.size())
                                  .arg(m_policy.toString()));
    for (const QJsonValue &value : std::as_const(refused))
        context.addDetail(
            QCoreApplication::translate("PgBackup", "Kept %1: %2.")
                .arg(value[QStringLiteral("stem")].toString(), value[QStringLiteral("reason")].toString()));
    if (!m_dryRun)
        log.append(QStringLiteral("pg.backup.prune"), folder, QStringLiteral("succeeded"),
                   {{QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
                    {QStringLiteral("policy"), m_policy.toString()}});
}

} // namespace strongroom::pgbackup

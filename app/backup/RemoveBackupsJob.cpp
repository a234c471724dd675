#include "backup/RemoveBackupsJob.h"

#include "backup/BackupCatalog.h"
#include "backup/SealVerifier.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace strongroom {

QString RemoveBackupsJob::sealDoesNotHold()
{
    return QCoreApplication::translate(
        "RemoveBackupsJob", "seal does not hold: the entry was not written by a holder of this key");
}

QString RemoveBackupsJob::title() const
{
    if (m_bySeal && m_mode == Mode::ConfirmOnly)
        return QCoreApplication::translate("RemoveBackupsJob", "Check the seals of %1 backups")
            .arg(m_fileNames.size());
    return m_fileNames.size() == 1
               ? QCoreApplication::translate("RemoveBackupsJob", "Delete the backup %1")
                     .arg(m_fileNames.first())
               : QCoreApplication::translate("RemoveBackupsJob", "Delete %1 backups").arg(m_fileNames.size());
}

QList<JobStep> RemoveBackupsJob::steps() const
{
    QList<JobStep> steps;
    if (m_bySeal)
        steps.append(
            JobStep{QCoreApplication::translate("RemoveBackupsJob", "Check the catalog seals"), true});
    if (m_mode == Mode::Remove)
        steps << JobStep{QCoreApplication::translate("RemoveBackupsJob", "Delete the files"), true}
              << JobStep{QCoreApplication::translate("RemoveBackupsJob", "Update the catalog"), false};
    return steps;
}

// Sorts the candidates into m_confirmed and m_unconfirmed; false when the run ends here (cancelled,
// failed).
bool RemoveBackupsJob::confirmSeals(JobContext &context)
{
    BackupCatalog catalog(m_folder);
    context.startStep(0, m_fileNames.size());
    if (!m_sealKey) {
        for (const QString &name : std::as_const(m_fileNames))
            m_unconfirmed.insert(
                name, QCoreApplication::translate("RemoveBackupsJob",
                                                  "not confirmed: no key was given to check its seal"));
        return true;
    }
    SealVerifier verifier(*m_sealKey);
    QMap<QString, BackupRecord> checkedEntries; // whose seal was checked and does not hold
    for (const QString &name : std::as_const(m_fileNames)) {
        if (context.isCancelled())
            return false;
        // The entry as the catalog holds it now, not as it was when the policy was applied.
        const Result<std::optional<BackupRecord>> entry = catalog.entryFor(name);
        const QString path = QDir(catalog.folder()).filePath(name);
        if (!entry)
            m_unconfirmed.insert(name, entry.error().message);
        else if (!entry.value())
            m_unconfirmed.insert(name,
                                 QCoreApplication::translate("RemoveBackupsJob", "it has no catalog entry"));
        else if (!entry.value()->isSealed())
            m_unconfirmed.insert(
                name, QCoreApplication::translate("RemoveBackupsJob", "its catalog entry is not sealed"));
        else if (const Result<bool> holds = verifier.sealHolds(path, *entry.value()); !holds)
            m_unconfirmed.insert(
                name, QCoreApplication::translate("RemoveBackupsJob", "its seal could not be checked: %1")
                          .arg(holds.error().message));
        else if (!holds.value()) {
            m_unconfirmed.insert(name, sealDoesNotHold());
            checkedEntries.insert(name, *entry.value());
        } else
            m_confirmed.append(name);
        context.addProgress(1);
    }
    for (auto it = m_unconfirmed.cbegin(); it != m_unconfirmed.cend(); ++it)
        context.log(
            QCoreApplication::translate("RemoveBackupsJob", "Kept %1: %2.").arg(it.key(), it.value()));
    if (!m_confirmed.isEmpty() || checkedEntries.isEmpty())
        return true;
    // No seal holds: forged entries, or the key of another database. Only the latter opens no file.
    for (auto it = checkedEntries.cbegin(); it != checkedEntries.cend(); ++it) {
        if (context.isCancelled())
            return false;
        if (verifier.keyOpens(QDir(catalog.folder()).filePath(it.key()), it.value()))
            return true;
    }
    context.fail(Error(ExitCode::WrongKey,
                       QCoreApplication::translate(
                           "RemoveBackupsJob",
                           "The key opens none of the backups the policy would remove in %1, and no catalog "
                           "seal holds with it: it is not the key of these backups. Nothing was removed.")
                           .arg(catalog.folder()),
                       QStringLiteral("wrong-key")));
    return false;
}

void RemoveBackupsJob::run(JobContext &context)
{
    remove(context);
    audit(context);
}

void RemoveBackupsJob::audit(const JobContext &context) const
{
    if (m_auditAction.isEmpty() || m_mode == Mode::ConfirmOnly ||
        (m_removed.isEmpty() && m_unconfirmed.isEmpty()))
        return;
    const std::optional<Error> &error = context.reportSoFar().error;
    if (error && error->code == ExitCode::WrongKey)
        return; // nothing was removed
    QJsonObject details = m_auditDetails;
    details.insert(QStringLiteral("removed"), QJsonArray::fromStringList(m_removed));
    details.insert(QStringLiteral("kept_unconfirmed"), QJsonArray::fromStringList(m_unconfirmed.keys()));
    const AuditLog &log = context.audit();
    log.append(m_auditAction, QDir(m_folder).absolutePath(),
               error ? QStringLiteral("failed") : QStringLiteral("succeeded"), details);
}

void RemoveBackupsJob::remove(JobContext &context)
{
    BackupCatalog catalog(m_folder);
    const auto unconfirmedJson = [this] {
        QJsonArray rows;
        for (auto it = m_unconfirmed.cbegin(); it != m_unconfirmed.cend(); ++it)
            rows.append(
                QJsonObject{{QStringLiteral("file"), it.key()}, {QStringLiteral("reason"), it.value()}});
        return rows;
    };
    if (m_bySeal) {
        if (!confirmSeals(context))
            return;
    } else
        m_confirmed = m_fileNames;
    if (m_mode == Mode::ConfirmOnly) {
        context.setData({{QStringLiteral("folder"), catalog.folder()},
                         {QStringLiteral("confirmed"), QJsonArray::fromStringList(m_confirmed)},
                         {QStringLiteral("unconfirmed"), unconfirmedJson()}});
        context.setOverview(
            QCoreApplication::translate("RemoveBackupsJob",
                                        "%1 of %2 backups would be removed; %3 could not be confirmed.")
                .arg(m_confirmed.size())
                .arg(m_fileNames.size())
                .arg(m_unconfirmed.size()));
        return;
    }
    const int first = m_bySeal ? 1 : 0;
    context.startStep(first, m_confirmed.size());
    QStringList failed;
    for (const QString &name : std::as_const(m_confirmed)) {
        if (context.isCancelled())
            break; // the catalog still loses the entries of the files already gone
        if (QFile::remove(QDir(catalog.folder()).filePath(name)))
            m_removed.append(name);
        else
            failed.append(name);
        context.addProgress(1);
    }
    context.startStep(first + 1);
    if (!m_removed.isEmpty()) {
        if (Status s = catalog.remove(m_removed); !s) {
            context.fail(s.error());
            return;
        }
    }
    context.setData({{QStringLiteral("folder"), catalog.folder()},
                     {QStringLiteral("removed"), QJsonArray::fromStringList(m_removed)},
                     {QStringLiteral("failed"), QJsonArray::fromStringList(failed)},
                     {QStringLiteral("confirmed"), QJsonArray::fromStringList(m_confirmed)},
                     {QStringLiteral("unconfirmed"), unconfirmedJson()}});
    if (context.isCancelled())
        return;
    if (!failed.isEmpty()) {
        context.fail(
            Error(ExitCode::Failure,
                  QCoreApplication::translate(
                      "RemoveBackupsJob", "Could not delete %1 in %2; check the permissions of the folder.")
                      .arg(failed.join(QStringLiteral(", ")), catalog.folder())));
        return;
    }
    QString overview = m_removed.isEmpty()
                           ? QCoreApplication::translate("RemoveBackupsJob", "Deleted nothing from %1.")
                                 .arg(catalog.folder())
                           : QCoreApplication::translate("RemoveBackupsJob", "Deleted %1 from %2.")
                                 .arg(m_removed.join(QStringLiteral(", ")), catalog.folder());
    if (!m_unconfirmed.isEmpty())
        overview += QLatin1Char(' ') +
                    QCoreApplication::translate("RemoveBackupsJob",
                                                "Kept, as their catalog entry could not be confirmed: %1.")
                        .arg(QStringList(m_unconfirmed.keys()).join(QStringLiteral(", ")));
    context.setOverview(overview);
}

} // namespace strongroom

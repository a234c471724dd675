#pragma once

#include "core/Job.h"
#include "keys/KeyMaterial.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace strongroom {

// Deletes backups from a history folder: each file, then its catalog entry (a file that could not
// be deleted keeps its entry). Used by Delete (the user chose the backup) and by applying a
// retention policy.
// For a policy, a backup goes only when its catalog entry's seal holds with the key (SealVerifier):
// the catalog is a plain file, and an entry someone added naming a real backup with an old date must
// not get that backup deleted. Such an entry is kept and reported; when no seal holds and the key
// opens none of the files, the key is the wrong one (WrongKey) and nothing is removed. Without a key
// (a dry run only) nothing is confirmed: every candidate is reported as unconfirmed.
// Its data: {"folder", "removed": [names], "failed": [names], "confirmed": [names],
// "unconfirmed": [{"file", "reason"}]}.
class RemoveBackupsJob : public Job
{
public:
    // Backups the user chose: removed as they are.
    RemoveBackupsJob(QString folder, QStringList fileNames)
        : m_folder(std::move(folder)), m_fileNames(std::move(fileNames))
    {
    }

    // Backups a retention policy chose: removed only when their seal holds with `sealKey`.
    enum class Mode
    {
        Remove,
        ConfirmOnly // a dry run: checks the seals, removes nothing
    };
    RemoveBackupsJob(QString folder, QStringList fileNames, std::optional<KeyMaterial> sealKey, Mode mode)
        : m_folder(std::move(folder)), m_fileNames(std::move(fileNames)), m_sealKey(std::move(sealKey)),
          m_bySeal(true), m_mode(mode)
    {
    }

    // Why an entry is not confirmed when its seal does not hold.
    static QString sealDoesNotHold();

    // The audit line the job writes once it removed or kept anything: `action` (backup.delete,
    // backup.prune) on the folder, with `details` (e.g. the policy) and what was removed and kept.
    // Without it (a dry run, a test) the job records nothing.
    void recordAs(QString action, QJsonObject details = {})
    {
        m_auditAction = std::move(action);
        m_auditDetails = std::move(details);
    }

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    QString folder() const { return m_folder; }
    QStringList removed() const { return m_removed; }
    // The backups whose seal holds (for a policy; all of them for a user's choice).
    QStringList confirmed() const { return m_confirmed; }
    // The backups kept because their entry could not be confirmed, with why.
    QMap<QString, QString> unconfirmed() const { return m_unconfirmed; }

private:
    bool confirmSeals(JobContext &context);
    void remove(JobContext &context);
    void audit(const JobContext &context) const;

    QString m_folder;
    QStringList m_fileNames;
    std::optional<KeyMaterial> m_sealKey;
    bool m_bySeal = false;
    Mode m_mode = Mode::Remove;
    QStringList m_confirmed;
    QMap<QString, QString> m_unconfirmed;
    QStringList m_removed;
    QString m_auditAction;
    QJsonObject m_auditDetails;
};

} // namespace strongroom

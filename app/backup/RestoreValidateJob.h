#pragma once

#include "backup/RestorePlan.h"
#include "core/Job.h"

namespace strongroom {

// The first half of a restore, which touches nothing: the backup is a database (else 6), opens
// with the key (else 3; the backup key opens it and the result is re-keyed), passes the integrity
// checks (else 4: its SHA-256 against the catalog, every page's HMAC, and SQLite's integrity_check
// for a file the history does not vouch for, or for any file with `fullCheck`); the live database
// opens with its key; both are compared. A wizard shows the
// plan and runs RestoreCommitJob once the user confirms. Its data: RestorePlan::toJson().
class RestoreValidateJob : public Job
{
public:
    // With `stageCopy` (the user confirmed up front, as with the CLI's --yes), the one read of the
    // backup also writes the copy that the commit will swap in, beside the database: a restore then
    // reads the backup once. The plan names it (stagedCopy); whoever drops the plan removes it.
    RestoreValidateJob(QString backupPath, QString livePath, RestoreKeys keys, QString historyFolder = {},
                       bool fullCheck = false, bool stageCopy = false);

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Cipher settings to try for both files where the catalog names none (custom settings).
    void setCipherSettings(std::optional<CipherSettings> settings) { m_settings = std::move(settings); }

    const std::optional<RestorePlan> &plan() const { return m_plan; }

private:
    QString m_backupPath;
    QString m_livePath;
    RestoreKeys m_keys;
    QString m_historyFolder;
    bool m_fullCheck;
    bool m_stageCopy;
    std::optional<CipherSettings> m_settings;
    std::optional<RestorePlan> m_plan;
};

} // namespace strongroom

#pragma once

#include "core/Job.h"
#include "keylist/KeyListSettings.h"
#include "keys/KeyMaterial.h"
#include "securityaudit/SecurityCheck.h"
#include "sqlcipher/CipherSettings.h"

#include <QStringList>
#include <optional>

namespace strongroom {

// `audit run` and the Audit page's "Run security audit": finds the databases, key files, config
// files, backup folders (SQLCipher and PostgreSQL) and LUKS images under the paths given, the folders
// the schedules back up or drill, and the places the console knows,
// checks each (FileChecks.h), the PostgreSQL connections (PgChecks.h, through PgInfoJob), then this machine
// (MachineChecks.h), and lists what cannot be checked from here as manual items with guidance. Writes the
// audit line "audit.run" with the counts. Data: {"checks": [SecurityCheck...], "counts": {"pass", "warn",
// "fail", "manual"}}.
struct SecurityAuditRequest
{
    QStringList paths;
    std::optional<KeyMaterial> key;  // opens the databases to read their KDF and HMAC settings
    std::optional<int> kdfIter;      // custom KDF iterations, tried after the standard profiles
    QStringList knownHistoryFolders; // SQLCipher or PostgreSQL backup folders, told apart by their catalog
    // The PostgreSQL backup folders Back Up Now remembers per connection (keylistsettings::pgBackupFolders).
    QList<keylistsettings::PgBackupFolderSetting> knownPgBackupFolders;
    QStringList knownVolumeImages;
    QStringList pgConnections; // conninfo texts: the console's saved connections and --dbname
    int rotationDays = 180;
    QString scheduleFolder; // empty: ScheduleStore::defaultFolder() (drills and retention)
};

class SecurityAuditJob : public Job
{
public:
    explicit SecurityAuditJob(SecurityAuditRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    QList<SecurityCheck> checks() const { return m_checks; }

private:
    SecurityAuditRequest m_request;
    QList<SecurityCheck> m_checks;
};

} // namespace strongroom

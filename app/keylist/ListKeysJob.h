#pragma once

#include "core/Job.h"
#include "keylist/KeyListSettings.h"
#include "keylist/KnownKey.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace strongroom {

// What `key list` and the Keys page look at. The callers fill the places from their options and
// from keylistsettings (the console's recent databases and known volumes).
struct KeyListRequest
{
    QString registryPath;       // empty: KeyRegistry::defaultPath()
    QStringList historyFolders; // backup catalogs (BackupCatalog) to read key ids from
    QStringList volumeImages;   // LUKS images whose active key slots are keys
    int rotationDays = 180;
    // Keys with their own rotation period (`key set-rotation`); nullopt: the console's settings.
    std::optional<QHash<QString, int>> keyRotationDays;
    // Where recovery copies are kept (`key record-recovery`); nullopt: the console's settings.
    std::optional<QHash<QString, keylistsettings::RecoveryRecord>> recoveryRecords;
    QDateTime now; // invalid: the current time (tests fix it)
};

// Gathers every key Strongroom knows: the age identities and recipients files of the key registry
// (with the files each key id was used with), the SQLCipher key ids of backup catalogs (created:
// the oldest entry; opens: the backups and their source databases), and the active key slots of
// LUKS images (created: the newest add-key/change-key of that slot in the audit log, else the
// first time a listing saw it, which is recorded in the registry). A folder or image that cannot
// be read is named in the details; the rest is still listed. Reading only: no audit line.
// Data: {"keys": [KnownKey::toJson...], "rotationDays", "due", "problems": [...]}.
class ListKeysJob : public Job
{
public:
    explicit ListKeysJob(KeyListRequest request);
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Valid once the job has finished.
    QList<KnownKey> keys() const { return m_keys; }
    // What could not be read, in words (also the report's details).
    QStringList problems() const { return m_problems; }
    int rotationDays() const { return m_request.rotationDays; }
    QDateTime now() const { return m_request.now; }

private:
    void readRegistry(QStringList &problems);
    void readCatalogs(JobContext &context, QStringList &problems);
    void readVolumes(JobContext &context, QStringList &problems);

    KeyListRequest m_request;
    QList<KnownKey> m_keys;
    QStringList m_problems;
};

} // namespace strongroom

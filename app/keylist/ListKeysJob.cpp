#include "keylist/ListKeysJob.h"

#include "backup/BackupCatalog.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "keylist/KeyIdChange.h"
#include "keylist/KeyListSettings.h"
#include "keys/KeyRegistry.h"
#include "volumes/LuksSlotKeyId.h"
#include "volumes/VolumeInfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace strongroom {

namespace {

// What rotations with both key ids in their audit line (keyidchange) say: when each new key was set,
// and which key replaced which.
struct Rotations
{
    QHash<QString, QDateTime> newKeySet;
    QHash<QString, std::pair<QString, QDateTime>> replaced; // old id -> new id, when
};

Rotations rotations(const AuditLog &log)
{
    Rotations found;
    auto entries = log.entries();
    if (!entries)
        return found;
    for (const QJsonObject &entry : *entries) {
        if (!keyidchange::isRotationAction(entry.value(QStringLiteral("action")).toString()) ||
            entry.value(QStringLiteral("outcome")).toString() != QLatin1String("succeeded"))
            continue;
        const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
        const QString oldId = details.value(QStringLiteral("old_key_id")).toString();
        const QString newId = details.value(QStringLiteral("new_key_id")).toString();
        const QDateTime time =
            QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (newId.isEmpty() || !time.isValid())
            continue;
        if (!found.newKeySet.contains(newId) || time < found.newKeySet.value(newId))
            found.newKeySet.insert(newId, time);
        if (!oldId.isEmpty() && oldId != newId)
            found.replaced.insert(oldId, {newId, time});
    }
    return found;
}

} // namespace

ListKeysJob::ListKeysJob(KeyListRequest request) : m_request(std::move(request))
{
    if (!m_request.now.isValid())
        m_request.now = QDateTime::currentDateTimeUtc();
    if (m_request.registryPath.isEmpty())
        m_request.registryPath = KeyRegistry::defaultPath();
    if (m_request.rotationDays <= 0)
        m_request.rotationDays = 180;
}

QString ListKeysJob::title() const
{
    return QCoreApplication::translate("KeyList", "List the keys");
}

QList<JobStep> ListKeysJob::steps() const
{
    return {JobStep{QCoreApplication::translate("KeyList", "Read the key registry"), false},
            JobStep{QCoreApplication::translate("KeyList", "Read the backup catalogs"), false},
            JobStep{QCoreApplication::translate("KeyList", "Read the LUKS headers"), false}};
}

void ListKeysJob::readRegistry(QStringList &problems)
{
    auto contents = KeyRegistry(m_request.registryPath).read();
    if (!contents) {
        problems.append(contents.error().message);
        return;
    }
    for (const RegisteredKeyFile &file : contents->keyFiles) {
        // A passphrase-protected identity file seen only locked: listed, its key id unknown so far.
        const QStringList keyIds = file.keyIds.isEmpty()
                                       ? QStringList{QCoreApplication::translate("KeyList", "(locked)")}
                                       : file.keyIds;
        for (qsizetype i = 0; i < keyIds.size(); ++i) {
            KnownKey key;
            key.kind = file.kind == RegisteredKeyFile::kindRecipients() ? KnownKey::kindAgeRecipients()
                       : file.kind == RegisteredKeyFile::kindKeyring()  ? KnownKey::kindAgeKeyring()
                                                                        : KnownKey::kindAgeIdentity();
            key.keyId = keyIds.at(i);
            key.label = file.name.isEmpty() ? QFileInfo(file.path).fileName() : file.name;
            key.source = file.path;
            key.created = file.created.isValid() ? file.created : file.firstSeen;
            key.createdFrom = file.created.isValid() ? QCoreApplication::translate("KeyList", "key file")
                                                     : QCoreApplication::translate("KeyList", "first seen");
            key.opens = file.keyIds.isEmpty() ? QStringList() : contents->uses.value(key.keyId);
            m_keys.append(key);
        }
        if (!file.path.startsWith(QLatin1String("keyring:")) && !QFileInfo::exists(file.path))
            problems.append(
                QCoreApplication::translate("KeyList", "%1: the key file is gone (it is still listed).")
                    .arg(file.path));
    }
}

void ListKeysJob::readCatalogs(JobContext &context, QStringList &problems)
{
    context.startStep(1, m_request.historyFolders.size());
    for (const QString &folder : std::as_const(m_request.historyFolders)) {
        if (context.isCancelled())
            return;
        const BackupCatalog catalog(QFileInfo(folder).absoluteFilePath());
        auto entries = catalog.entries();
        if (!entries) {
            problems.append(entries.error().message);
            context.addProgress(1);
            continue;
        }
        QMap<QString, KnownKey> byId;
        for (const BackupRecord &record : *entries) {
            if (record.keyId.isEmpty())
                continue;
            KnownKey &key = byId[record.keyId];
            if (key.keyId.isEmpty()) {
                key.kind = KnownKey::kindSqlcipher();
                key.keyId = record.keyId;
                key.source = catalog.folder();
                key.createdFrom = QCoreApplication::translate("KeyList", "catalog");
            }
            if (!key.created.isValid() || record.created < key.created)
                key.created = record.created;
            if (key.label.isEmpty() && !record.sourcePath.isEmpty())
                key.label = QFileInfo(record.sourcePath).fileName();
            if (!record.sourcePath.isEmpty() && !key.opens.contains(record.sourcePath))
                key.opens.append(record.sourcePath);
            key.opens.append(catalog.pathOf(record));
        }
        m_keys.append(byId.values());
        context.addProgress(1);
    }
}

void ListKeysJob::readVolumes(JobContext &context, QStringList &problems)
{
    context.startStep(2, m_request.volumeImages.size());
    if (m_request.volumeImages.isEmpty())
        return;
    auto entries = context.audit().entries();
    const QList<QJsonObject> auditEntries = entries ? *entries : QList<QJsonObject>();
    const KeyRegistry registry(m_request.registryPath);
    for (const QString &image : std::as_const(m_request.volumeImages)) {
        if (context.isCancelled())
            return;
        const QString path = QFileInfo(image).absoluteFilePath();
        const auto info = readVolumeInfo(path);
        context.addProgress(1);
        if (!info) {
            problems.append(info.error().message);
            continue;
        }
        QList<int> active;
        for (const KeySlotInfo &slot : info->keySlots)
            if (slot.state.startsWith(QLatin1String("active")))
                active.append(slot.slot);
        auto seen = registry.seeSlots(info->uuid, active, m_request.now);
        if (!seen) {
            problems.append(seen.error().message);
            continue;
        }
        for (const SeenKeySlot &slot : *seen) {
            const KeySlotInfo *slotInfo = info->slot(slot.slot);
            const QString label = slotInfo && !slotInfo->name.isEmpty()
                                      ? QCoreApplication::translate("KeyList", "%1 slot %2 (%3)")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(slot.slot)
                                            .arg(slotInfo->name)
                                      : QCoreApplication::translate("KeyList", "%1 slot %2")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(slot.slot);
            const QList<luksslotkeyid::SlotEvent> history =
                luksslotkeyid::slotHistory(auditEntries, path, slot.slot);
            KnownKey key;
            key.kind = KnownKey::kindLuksSlot();
            key.keyId = luksslotkeyid::currentKeyId(history, info->uuid, slot.slot);
            key.label = label;
            key.source = path;
            // Dated by the newest add-key or change-key of the slot, else when a listing first saw it.
            key.created = history.isEmpty() ? slot.firstSeen : history.last().time;
            key.createdFrom = history.isEmpty() ? QCoreApplication::translate("KeyList", "first seen")
                                                : QCoreApplication::translate("KeyList", "audit log");
            key.opens = {path};
            m_keys.append(key);
            // The keys earlier changes replaced: listed as replaced (run() marks them), opening nothing now.
            for (qsizetype i = 0; i < history.size(); ++i) {
                const luksslotkeyid::SlotEvent &change = history.at(i);
                if (!change.changed || change.oldKeyId.isEmpty() || change.oldKeyId == change.newKeyId)
                    continue;
                KnownKey old;
                old.kind = KnownKey::kindLuksSlot();
                old.keyId = change.oldKeyId;
                old.label = label;
                old.source = path;
                const bool seenBefore = slot.firstSeen.isValid() && slot.firstSeen < change.time;
                old.created = i > 0 ? history.at(i - 1).time : seenBefore ? slot.firstSeen : QDateTime();
                old.createdFrom = i > 0        ? QCoreApplication::translate("KeyList", "audit log")
                                  : seenBefore ? QCoreApplication::translate("KeyList", "first seen")
                                               : QString();
                m_keys.append(old);
            }
        }
    }
}

void ListKeysJob::run(JobContext &context)
{
    QStringList problems;
    context.startStep(0);
    readRegistry(problems);
    readCatalogs(context, problems);
    if (context.isCancelled())
        return;
    readVolumes(context, problems);
    if (context.isCancelled())
        return;
    const QHash<QString, int> ownPeriods =
        m_request.keyRotationDays ? *m_request.keyRotationDays : keylistsettings::keyRotationDays();
    const QHash<QString, keylistsettings::RecoveryRecord> recoveries =
        m_request.recoveryRecords ? *m_request.recoveryRecords : keylistsettings::recoveryRecords();
    const Rotations rotated = rotations(context.audit());
    for (KnownKey &key : m_keys) {
        key.ownRotationDays = ownPeriods.value(key.keyId, 0);
        if (const auto recovery = recoveries.constFind(key.keyId); recovery != recoveries.cend()) {
            key.recoveryWhere = recovery->where;
            key.recoveryRecorded = recovery->recorded;
        }
        // A SQLCipher key set by a rekey is as old as the rekey, not as its first backup (whose
        // catalog time has whole seconds, so a backup in the same second counts as after it).
        const QDateTime set = rotated.newKeySet.value(key.keyId);
        if (key.kind == KnownKey::kindSqlcipher() && set.isValid() &&
            (!key.created.isValid() || set < key.created.addSecs(1))) {
            key.created = set;
            key.createdFrom = QCoreApplication::translate("KeyList", "rekey (audit log)");
        }
        // A key replaced before it was set is another one with the same id (a LUKS slot freed and
        // given a new key): not this one.
        if (const auto it = rotated.replaced.constFind(key.keyId);
            it != rotated.replaced.cend() && (!key.created.isValid() || key.created <= it->second)) {
            key.replacedBy = it->first;
            key.replacedOn = it->second;
        }
    }
    // Oldest first: the keys to rotate come first.
    std::stable_sort(m_keys.begin(), m_keys.end(), [](const KnownKey &a, const KnownKey &b) {
        return a.created.isValid() && (!b.created.isValid() || a.created < b.created);
    });
    QJsonArray keys;
    int due = 0;
    for (const KnownKey &key : std::as_const(m_keys)) {
        keys.append(key.toJson(m_request.now, m_request.rotationDays));
        if (key.isDue(m_request.now, m_request.rotationDays))
            ++due;
    }
    for (const QString &problem : std::as_const(problems))
        context.addDetail(problem);
    m_problems = problems;
    context.setData(QJsonObject{{QStringLiteral("keys"), keys},
                                {QStringLiteral("rotationDays"), m_request.rotationDays},
                                {QStringLiteral("due"), due},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    context.setOverview(QCoreApplication::translate("KeyList",
                                                    "Keys known: %1; due for rotation (older than %2 "
                                                    "days, or their own period): %3.")
                            .arg(m_keys.size())
                            .arg(m_request.rotationDays)
                            .arg(due));
}

} // namespace strongroom

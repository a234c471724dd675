#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom::luksslotkeyid {

// The id `key list` gives the key in a LUKS key slot, made in one place for the key list and for
// `volume change-key`, which records the old and new ids in its audit line (as `db rekey` does):
//   luks-<uuid prefix>-slot<N>                      the key found in the slot (or added to it)
//   luks-<uuid prefix>-slot<N>-<yyyyMMddTHHmmsszzzZ>  the key `volume change-key` put there at that time
// A LUKS slot keeps its number when its key changes; the time stamp gives the new key an id of its
// own, so the old one is listed as replaced and the new one is dated from the change.
QString firstKeyId(const QString &uuid, int slot);
QString changedKeyId(const QString &uuid, int slot, const QDateTime &changed);

// What the audit log says about one slot of one image, oldest first: each successful
// volume.add-key and volume.change-key (with the ids the change recorded; lines written before
// the ids carried a time stamp have old and new the same).
struct SlotEvent
{
    QDateTime time;
    bool changed = false; // change-key; false: add-key
    QString oldKeyId;
    QString newKeyId;
};
QList<SlotEvent> slotHistory(const QList<QJsonObject> &auditEntries, const QString &image, int slot);

// The id of the key the slot holds now: the newest change's new id, unless an add-key came after it
// (a new key in a slot freed meanwhile), else the first form.
QString currentKeyId(const QList<SlotEvent> &history, const QString &uuid, int slot);

} // namespace strongroom::luksslotkeyid

#include "volumes/LuksSlotKeyId.h"

#include <QFileInfo>
#include <algorithm>

namespace strongroom::luksslotkeyid {

QString firstKeyId(const QString &uuid, int slot)
{
    return QStringLiteral("luks-%1-slot%2").arg(uuid.left(8)).arg(slot);
}

QString changedKeyId(const QString &uuid, int slot, const QDateTime &changed)
{
    return firstKeyId(uuid, slot) + QLatin1Char('-') +
           changed.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
}

QList<SlotEvent> slotHistory(const QList<QJsonObject> &auditEntries, const QString &image, int slot)
{
    QList<SlotEvent> events;
    const QString path = QFileInfo(image).absoluteFilePath();
    for (const QJsonObject &entry : auditEntries) {
        const QString action = entry.value(QStringLiteral("action")).toString();
        const bool changed = action == QLatin1String("volume.change-key");
        if ((!changed && action != QLatin1String("volume.add-key")) ||
            entry.value(QStringLiteral("outcome")).toString() != QLatin1String("succeeded") ||
            QFileInfo(entry.value(QStringLiteral("target")).toString()).absoluteFilePath() != path)
            continue;
        const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
        const QJsonValue slotValue = details.value(QStringLiteral("slot"));
        if (!slotValue.isDouble() || slotValue.toInt() != slot)
            continue;
        const QDateTime time =
            QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            continue;
        events.append({time, changed, details.value(QStringLiteral("old_key_id")).toString(),
                       details.value(QStringLiteral("new_key_id")).toString()});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const SlotEvent &a, const SlotEvent &b) { return a.time < b.time; });
    return events;
}

QString currentKeyId(const QList<SlotEvent> &history, const QString &uuid, int slot)
{
    if (!history.isEmpty() && history.last().changed && !history.last().newKeyId.isEmpty())
        return history.last().newKeyId;
    return firstKeyId(uuid, slot);
}

} // namespace strongroom::luksslotkeyid

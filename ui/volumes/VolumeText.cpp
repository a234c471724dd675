#include "volumes/VolumeText.h"

#include <QLocale>

namespace strongroom::ui {

QString VolumeText::slotCost(const KeySlotInfo &slot)
{
    const QLocale locale;
    if (slot.pbkdf.startsWith(QLatin1String("argon2")))
        return tr("%1 · %2 MiB · %3 threads · %4 iterations")
            .arg(slot.pbkdf)
            .arg(slot.memoryKib / 1024)
            .arg(slot.parallel)
            .arg(locale.toString(slot.iterations));
    if (slot.pbkdf.isEmpty())
        return tr("unknown");
    return tr("%1 · %2 iterations").arg(slot.pbkdf, locale.toString(slot.iterations));
}

QString VolumeText::slotName(const KeySlotInfo &slot)
{
    return slot.name.isEmpty() ? tr("unnamed") : slot.name;
}

bool VolumeText::isActive(const KeySlotInfo &slot)
{
    return slot.state == QLatin1String("active") || slot.state == QLatin1String("active-last");
}

QString VolumeText::state(const VolumeRecord &volume)
{
    switch (volume.state) {
    case inplace::State::Plain:
        return volume.problem == QLatin1String("not encrypted") ? tr("not encrypted") : volume.problem;
    case inplace::State::Encrypting:
        return tr("half encrypted: resume with Encrypt");
    case inplace::State::Decrypting:
        return tr("half decrypted: resume with Decrypt");
    case inplace::State::Crashed:
        return tr("interrupted mid-chunk: resume to repair");
    case inplace::State::Luks:
        break;
    }
    if (!volume.info)
        return volume.problem;
    int active = 0;
    for (const KeySlotInfo &slot : volume.info->keySlots)
        active += isActive(slot) ? 1 : 0;
    return active == 1 ? tr("LUKS%1 · 1 key slot").arg(volume.info->version)
                       : tr("LUKS%1 · %2 key slots").arg(volume.info->version).arg(active);
}

QString VolumeText::headerBackupAge(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 days = when.daysTo(now);
    const QString stamp = when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (days < 1)
        return tr("today (%1)").arg(stamp);
    if (days == 1)
        return tr("yesterday (%1)").arg(stamp);
    return tr("%1 days ago (%2)").arg(days).arg(stamp);
}

} // namespace strongroom::ui

#pragma once

#include "volumes/VolumeScanJob.h"

#include <QCoreApplication>

namespace strongroom::ui {

// How the Volumes page and its dialogs put volume facts into words, in one place.
class VolumeText
{
    Q_DECLARE_TR_FUNCTIONS(strongroom::ui::VolumeText)

public:
    // "argon2id · 1024 MiB · 4 threads · 5 iterations" or "pbkdf2 · 1 000 iterations".
    static QString slotCost(const KeySlotInfo &slot);
    // "operational", "recovery", or "unnamed".
    static QString slotName(const KeySlotInfo &slot);
    // "LUKS2 · 2 key slots", "not encrypted", "half encrypted (resumable)", ...
    static QString state(const VolumeRecord &volume);
    // "3 days ago (2026-11-20 09:12 UTC)" or "never".
    static QString headerBackupAge(const QDateTime &when,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    // An active slot that opens the volume.
    static bool isActive(const KeySlotInfo &slot);
};

} // namespace strongroom::ui

#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom {

class CryptDevice;

// A key slot as `volume info` and the Volumes page show it.
struct KeySlotInfo
{
    int slot = -1;
    QString state; // "active", "active-last", "unbound"
    QString pbkdf;
    int memoryKib = 0;
    int iterations = 0;
    int parallel = 0;
    QString priority; // "normal", "prefer", "ignore"
    QString name;     // "operational", "recovery", ... from Strongroom's LUKS2 token; empty when unnamed
    int keySizeBits = 0;
    QJsonObject toJson() const;
};

// Everything the LUKS header says about a volume, without unlocking it.
struct VolumeInfo
{
    QString path;
    QString headerPath; // a detached header, or empty
    int version = 0;    // 1 or 2
    QString uuid;
    QString label;
    QString cipher; // "aes-xts-plain64"
    int keySizeBits = 0;
    int sectorSize = 512;
    qint64 dataOffsetBytes = 0;
    QList<KeySlotInfo> keySlots;
    QJsonArray tokens;
    QJsonArray segments;
    QString reencryption = QStringLiteral("none"); // "none", "clean" (paused), "crash" (needs recovery)
    QString reencryptionMode;                      // "encrypt", "decrypt", "reencrypt"

    const KeySlotInfo *slot(int number) const;
    QJsonObject toJson() const;
    QString toText() const;
};

// Reads the header of `image` (or of the detached `header`). Not LUKS: exit 6.
Result<VolumeInfo> readVolumeInfo(const QString &image, const QString &header = {});
VolumeInfo describeVolume(const CryptDevice &device);

} // namespace strongroom

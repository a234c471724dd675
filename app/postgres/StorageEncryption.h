#pragma once

// Whether a folder on this machine lies on an encrypted block device: the file system that holds it
// (the longest mount point above it in /proc/self/mountinfo), its device, and the devices under that
// one in sysfs (slaves/ of device-mapper, LVM, md; the disk of a partition), looking for a
// dm-crypt mapping (dm/uuid starting with "CRYPT-": LUKS1, LUKS2, plain, TrueCrypt/VeraCrypt
// mappings). Encrypted only when every path down to the disks passes through one.

#include <QJsonObject>
#include <QString>

namespace strongroom::postgres {

struct StorageEncryption
{
    enum class State
    {
        Encrypted,
        NotEncrypted,
        Unknown
    };
    State state = State::Unknown;
    QString mountPoint;
    QString fileSystem; // ext4, btrfs, tmpfs, ...
    QString device;     // "dm-1" (the file system's device, sysfs name)
    QString mapping;    // "luks-3f2a..." (the dm-crypt mapping's name), when encrypted
    QString cryptType;  // "LUKS2", "PLAIN", from the mapping's uuid
    QString reason;     // why Unknown, or what was found, for a person

    QString stateName() const; // "encrypted", "not-encrypted", "unknown"
    QString describe() const;
    QJsonObject toJson() const;

    static StorageEncryption unknown(const QString &reason);
    // `mountinfo` and `sysRoot` are the real ones except in tests.
    static StorageEncryption probe(const QString &path,
                                   const QString &mountinfo = QStringLiteral("/proc/self/mountinfo"),
                                   const QString &sysRoot = QStringLiteral("/sys"));
};

} // namespace strongroom::postgres

#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QString>
#include <QStringList>

namespace strongroom {

// What udisks2 shows of one image this user set up as a loop device: the loop's block object, the
// unlocked (cleartext) block on it when there is one, and where either is mounted.
struct UdisksImageDevices
{
    QDBusObjectPath loop;      // /org/freedesktop/UDisks2/block_devices/loop0
    QString loopDevice;        // /dev/loop0
    QDBusObjectPath cleartext; // empty path ("") while locked, or for an image that is not LUKS
    QString cleartextDevice;   // /dev/dm-0
    QStringList mountPoints;   // of the filesystem to use: the cleartext's, else the loop's own
    bool readOnly = false;     // the loop was set up read-only

    bool unlocked() const { return !cleartext.path().isEmpty(); }
    // The block that holds the file system: the cleartext device when unlocked, else the loop.
    QDBusObjectPath filesystem() const { return unlocked() ? cleartext : loop; }
};

// The console's and the CLI's way to open, mount, unmount and close an image as a normal user, as
// GNOME Disks does it: udisks2 over D-Bus on the system bus, with polkit deciding (udisks mounts
// under /media/USER with nosuid,nodev). Each call blocks until udisks answers, which may include a
// polkit password prompt: run it from a job, never from the GUI thread.
//
// It only touches what the calling user set up: loop devices whose Loop.SetupByUID is our uid and
// whose backing file we can read, and cleartext devices whose CryptoBackingDevice is such a loop.
// A key travels only as the D-Bus argument udisks defines for it (Unlock's keyfile_contents).
class UdisksClient
{
public:
    // `bus`: the system bus, or a private one in tests.
    explicit UdisksClient(QDBusConnection bus = QDBusConnection::systemBus());

    // Exit 7 naming the udisks2 package and how to start it when udisksd neither runs nor can be
    // started by the bus (or when there is no system bus at all).
    Status available() const;

    // Manager.LoopSetup on an open descriptor of `image` (opened read-only when `readOnly`).
    Result<UdisksImageDevices> loopSetup(const QString &image, bool readOnly);
    // Encrypted.Unlock of the loop; fills in the cleartext device.
    Status unlock(UdisksImageDevices &devices, const KeyMaterial &key);
    // Filesystem.Mount of devices.filesystem(), read-only when asked or when the loop is; returns the
    // folder udisks chose (/media/USER/...).
    Result<QString> mount(const UdisksImageDevices &devices, bool readOnly);
    // Block.Format of the unlocked volume with an ext4 (udisks runs mkfs.ext4 with `mkfsArgs` as
    // well, e.g. the inode count), its root folder handed to this user (take-ownership); returns
    // once udisks shows the new file system.
    Status formatExt4(const UdisksImageDevices &devices, const QString &label, const QStringList &mkfsArgs);
    Status unmount(const UdisksImageDevices &devices);
    // Encrypted.Lock of the loop (removes the cleartext device).
    Status lock(UdisksImageDevices &devices);
    Status loopDelete(const UdisksImageDevices &devices);

    // The loop devices this user set up from `image` (usually one), with their cleartext device
    // and mount points; empty when the image is not set up.
    Result<QList<UdisksImageDevices>> find(const QString &image) const;

private:
    Result<UdisksImageDevices> describeLoop(const QDBusObjectPath &loop) const;
    Status owned(const UdisksImageDevices &devices) const;

    QDBusConnection m_bus;
};

} // namespace strongroom

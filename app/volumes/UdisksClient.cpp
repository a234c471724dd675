#include "volumes/UdisksClient.h"

#include "volumes/UdisksReplyError.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QVariantMap>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom {

namespace {
const QString kService = QStringLiteral("org.freedesktop.UDisks2");
const QString kManagerPath = QStringLiteral("/org/freedesktop/UDisks2/Manager");
const QString kManager = QStringLiteral("org.freedesktop.UDisks2.Manager");
const QString kBlock = QStringLiteral("org.freedesktop.UDisks2.Block");
const QString kLoop = QStringLiteral("org.freedesktop.UDisks2.Loop");
const QString kEncrypted = QStringLiteral("org.freedesktop.UDisks2.Encrypted");
const QString kFilesystem = QStringLiteral("org.freedesktop.UDisks2.Filesystem");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

// udisks may wait for a person to answer a polkit prompt, and Unlock runs the key derivation.
constexpr int kCallTimeoutMs = 10 * 60 * 1000;

// udisks keeps paths as NUL-terminated byte strings ("ay").
QString pathFromBytes(QByteArray bytes)
{
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    return QFile::decodeName(bytes);
}

QStringList pathsFromArgument(const QVariant &value)
{
    QStringList paths;
    for (const QByteArray &bytes : qdbus_cast<QByteArrayList>(value))
        paths.append(pathFromBytes(bytes));
    return paths;
}

} // namespace

UdisksClient::UdisksClient(QDBusConnection bus) : m_bus(std::move(bus)) {}

Status UdisksClient::available() const
{
    if (!m_bus.isConnected())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "UdisksClient",
                         "There is no D-Bus system bus (%1), so udisks2 cannot be asked to open or mount "
                         "volumes. Start the system's D-Bus (systemctl start dbus), or run strongroom-cli "
                         "as root to do it without udisks2.")
                         .arg(m_bus.lastError().message()),
                     QStringLiteral("no-udisks"));
    QDBusConnectionInterface *bus = m_bus.interface();
    if (bus && bus->isServiceRegistered(kService).value())
        return Status::success();
    // On most desktops the bus starts udisksd on the first call.
    const QDBusMessage activatable = m_bus.call(QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames")));
    if (activatable.type() == QDBusMessage::ReplyMessage &&
        activatable.arguments().value(0).toStringList().contains(kService))
        return Status::success();
    return Error(ExitCode::Environment,
                 QCoreApplication::translate(
                     "UdisksClient",
                     "udisks2 is not running on this machine, and it opens and mounts volumes for users "
                     "who are not root. Install the udisks2 package (apt install udisks2) and start it "
                     "(systemctl start udisks2), or run strongroom-cli as root to do it without udisks2."),
                 QStringLiteral("no-udisks"));
}

namespace {
Result<QDBusMessage> callUdisks(const QDBusConnection &bus, const QString &path, const QString &interface,
                                const QString &method, const QVariantList &arguments, const QString &what)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kService, path, interface, method);
    message.setArguments(arguments);
    // Interactive: a desktop's polkit agent may ask the user for a password.
    message.setInteractiveAuthorizationAllowed(true);
    const QDBusMessage reply = bus.call(message, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return udisksReplyError(reply, what).error(); // a cancel keeps its code: .cancelled() holds
    return reply;
}

// One property, or nothing when the object lacks the interface.
std::optional<QVariant> property(const QDBusConnection &bus, const QDBusObjectPath &path,
                                 const QString &interface, const QString &name)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(kService, path.path(), kProperties, QStringLiteral("Get"));
    message.setArguments({interface, name});
    const QDBusMessage reply = bus.call(message, QDBus::Block);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    return reply.arguments().first().value<QDBusVariant>().variant();
}

Result<QList<QDBusObjectPath>> blockDevices(const QDBusConnection &bus)
{
    auto reply = callUdisks(bus, kManagerPath, kManager, QStringLiteral("GetBlockDevices"), {QVariantMap()},
                            QCoreApplication::translate("UdisksClient", "Listing block devices"));
    if (!reply)
        return reply.error();
    // QtDBus hands "ao" over either demarshalled or as a QDBusArgument; qdbus_cast takes both.
    return qdbus_cast<QList<QDBusObjectPath>>(reply->arguments().value(0));
}

QString blockDevice(const QDBusConnection &bus, const QDBusObjectPath &block)
{
    return pathFromBytes(
        property(bus, block, kBlock, QStringLiteral("Device")).value_or(QVariant()).toByteArray());
}

QStringList mountPointsOf(const QDBusConnection &bus, const QDBusObjectPath &block)
{
    return pathsFromArgument(
        property(bus, block, kFilesystem, QStringLiteral("MountPoints")).value_or(QVariant()));
}
} // namespace

Result<UdisksImageDevices> UdisksClient::describeLoop(const QDBusObjectPath &loop) const
{
    UdisksImageDevices devices;
    devices.loop = loop;
    devices.loopDevice = blockDevice(m_bus, loop);
    devices.readOnly = property(m_bus, loop, kBlock, QStringLiteral("ReadOnly")).value_or(false).toBool();
    auto blocks = blockDevices(m_bus);
    if (!blocks)
        return blocks.error();
    for (const QDBusObjectPath &block : std::as_const(*blocks)) {
        const auto backing = property(m_bus, block, kBlock, QStringLiteral("CryptoBackingDevice"));
        if (backing && backing->value<QDBusObjectPath>() == loop) {
            devices.cleartext = block;
            devices.cleartextDevice = blockDevice(m_bus, block);
            break;
        }
    }
    devices.mountPoints = mountPointsOf(m_bus, devices.filesystem());
    return devices;
}

Status UdisksClient::owned(const UdisksImageDevices &devices) const
{
    const auto uid = property(m_bus, devices.loop, kLoop, QStringLiteral("SetupByUID"));
    const auto backing = property(m_bus, devices.loop, kLoop, QStringLiteral("BackingFile"));
    const QString file = backing ? pathFromBytes(backing->toByteArray()) : QString();
    if (!uid || uid->toUInt() != ::getuid() || file.isEmpty() ||
        ::access(QFile::encodeName(file).constData(), R_OK) != 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate(
                         "UdisksClient",
                         "%1 was not set up by this user from an image this user can read; Strongroom leaves "
                         "it alone.")
                         .arg(devices.loopDevice),
                     QStringLiteral("not-owned"));
    return Status::success();
}

Result<UdisksImageDevices> UdisksClient::loopSetup(const QString &image, bool readOnly)
{
    // Opened here, as this user, so udisks maps only what we may read (or write) ourselves; the last
    // component must not be a symbolic link.
    const int fd = ::open(QFile::encodeName(image).constData(),
                          (readOnly ? O_RDONLY : O_RDWR) | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        return Error(ExitCode::Failure,
                     err == EACCES || err == EROFS
                         ? QCoreApplication::translate("UdisksClient", "%1: this user cannot %2 it (%3).%4")
                               .arg(image,
                                    readOnly ? QCoreApplication::translate("UdisksClient", "read")
                                             : QCoreApplication::translate("UdisksClient", "write"),
                                    QString::fromLocal8Bit(std::strerror(err)),
                                    readOnly
                                        ? QString()
                                        : QCoreApplication::translate(
                                              "UdisksClient", " Open it with --read-only to only read it."))
                         : QCoreApplication::translate("UdisksClient", "%1: cannot open it: %2")
                               .arg(image, QString::fromLocal8Bit(std::strerror(err))));
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("UdisksClient", "%1: not an image file.").arg(image));
    }
    const QDBusUnixFileDescriptor descriptor(fd); // holds its own duplicate
    ::close(fd);
    const QVariantMap options{{QStringLiteral("read-only"), readOnly}};
    auto reply =
        callUdisks(m_bus, kManagerPath, kManager, QStringLiteral("LoopSetup"),
                   {QVariant::fromValue(descriptor), options},
                   QCoreApplication::translate("UdisksClient", "Setting up %1 as a loop device").arg(image));
    if (!reply)
        return reply.error();
    const auto loop = reply->arguments().value(0).value<QDBusObjectPath>();
    return describeLoop(loop);
}

Status UdisksClient::unlock(UdisksImageDevices &devices, const KeyMaterial &key)
{
    if (auto s = owned(devices); !s)
        return s;
    // keyfile_contents carries the key as bytes, so a raw key passes unchanged and our copy is wiped;
    // the passphrase argument stays empty.
    QByteArray bytes(key.data(), key.size());
    const QVariantMap options{{QStringLiteral("keyfile_contents"), bytes}};
    auto reply =
        callUdisks(m_bus, devices.loop.path(), kEncrypted, QStringLiteral("Unlock"), {QString(), options},
                   QCoreApplication::translate("UdisksClient", "Unlocking %1").arg(devices.loopDevice));
    bytes.fill('\0');
    if (!reply) {
        Error error = reply.error();
        const QString text = error.message.toLower();
        if (text.contains(QLatin1String("passphrase")) || text.contains(QLatin1String("no key available")) ||
            text.contains(QLatin1String("operation not permitted"))) {
            error.code = ExitCode::WrongKey;
            error.kind.clear();
        }
        return error;
    }
    devices.cleartext = reply->arguments().value(0).value<QDBusObjectPath>();
    devices.cleartextDevice = blockDevice(m_bus, devices.cleartext);
    devices.mountPoints = mountPointsOf(m_bus, devices.cleartext);
    return Status::success();
}

Result<QString> UdisksClient::mount(const UdisksImageDevices &devices, bool readOnly)
{
    if (auto s = owned(devices); !s)
        return s.error();
    if (!property(m_bus, devices.filesystem(), kFilesystem, QStringLiteral("MountPoints")))
        return Error(
            ExitCode::Failure,
            devices.unlocked() ||
                    !property(m_bus, devices.loop, kEncrypted, QStringLiteral("CleartextDevice"))
                ? QCoreApplication::translate("UdisksClient", "%1 holds no file system udisks2 can mount.")
                      .arg(devices.filesystem().path())
                : QCoreApplication::translate("UdisksClient", "%1 is locked; open it first.")
                      .arg(devices.loopDevice));
    // udisks adds nosuid,nodev itself; asking for them as well keeps them should its defaults change.
    QString mountOptions = QStringLiteral("nosuid,nodev");
    if (readOnly || devices.readOnly)
        mountOptions += QStringLiteral(",ro");
    const QVariantMap options{{QStringLiteral("options"), mountOptions}};
    auto reply =
        callUdisks(m_bus, devices.filesystem().path(), kFilesystem, QStringLiteral("Mount"), {options},
                   QCoreApplication::translate("UdisksClient", "Mounting %1")
                       .arg(devices.unlocked() ? devices.cleartextDevice : devices.loopDevice));
    if (!reply)
        return reply.error();
    return reply->arguments().value(0).toString();
}

Status UdisksClient::formatExt4(const UdisksImageDevices &devices, const QString &label,
                                const QStringList &mkfsArgs)
{
    if (auto s = owned(devices); !s)
        return s;
    if (!devices.unlocked())
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("UdisksClient", "%1 is locked; open it first.")
                         .arg(devices.loopDevice));
    QVariantMap options{{QStringLiteral("take-ownership"), true}, {QStringLiteral("no-discard"), true}};
    if (!label.isEmpty())
        options.insert(QStringLiteral("label"), label.left(16));
    if (!mkfsArgs.isEmpty())
        options.insert(QStringLiteral("mkfs-args"), mkfsArgs);
    auto reply = callUdisks(
        m_bus, devices.cleartext.path(), kBlock, QStringLiteral("Format"), {QStringLiteral("ext4"), options},
        QCoreApplication::translate("UdisksClient", "Making an ext4 on %1").arg(devices.cleartextDevice));
    if (!reply)
        return reply.error();
    // udisks answers before it has probed the new file system; Mount needs its Filesystem interface.
    QElapsedTimer waited;
    waited.start();
    while (!property(m_bus, devices.cleartext, kFilesystem, QStringLiteral("MountPoints"))) {
        if (waited.elapsed() > 10000)
            return Error(ExitCode::Failure,
                         QCoreApplication::translate(
                             "UdisksClient", "udisks2 made the file system on %1 but does not show it.")
                             .arg(devices.cleartextDevice));
        QThread::msleep(100);
    }
    return Status::success();
}

Status UdisksClient::unmount(const UdisksImageDevices &devices)
{
    if (auto s = owned(devices); !s)
        return s;
    auto reply = callUdisks(m_bus, devices.filesystem().path(), kFilesystem, QStringLiteral("Unmount"),
                            {QVariantMap()},
                            QCoreApplication::translate("UdisksClient", "Unmounting %1")
                                .arg(devices.mountPoints.value(0, devices.loopDevice)));
    return reply ? Status::success() : Status(reply.error());
}

Status UdisksClient::lock(UdisksImageDevices &devices)
{
    if (auto s = owned(devices); !s)
        return s;
    auto reply =
        callUdisks(m_bus, devices.loop.path(), kEncrypted, QStringLiteral("Lock"), {QVariantMap()},
                   QCoreApplication::translate("UdisksClient", "Locking %1").arg(devices.loopDevice));
    if (!reply)
        return reply.error();
    devices.cleartext = QDBusObjectPath();
    devices.cleartextDevice.clear();
    return Status::success();
}

Status UdisksClient::loopDelete(const UdisksImageDevices &devices)
{
    if (auto s = owned(devices); !s)
        return s;
    auto reply = callUdisks(
        m_bus, devices.loop.path(), kLoop, QStringLiteral("Delete"), {QVariantMap()},
        QCoreApplication::translate("UdisksClient", "Deleting loop device %1").arg(devices.loopDevice));
    if (!reply)
        return reply.error();
    // udisks answers before the kernel's event has reached it, so for a moment the loop would still
    // be listed with its image; find() right after a close must not see it.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        const auto backing = property(m_bus, devices.loop, kLoop, QStringLiteral("BackingFile"));
        if (!backing || pathFromBytes(backing->toByteArray()).isEmpty())
            break;
        QThread::msleep(50);
    }
    return Status::success();
}

Result<QList<UdisksImageDevices>> UdisksClient::find(const QString &image) const
{
    const QString wanted = QFileInfo(image).canonicalFilePath();
    if (wanted.isEmpty())
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("UdisksClient", "%1: no such file.").arg(image),
                     QStringLiteral("not-found"));
    auto blocks = blockDevices(m_bus);
    if (!blocks)
        return blocks.error();
    QList<UdisksImageDevices> found;
    for (const QDBusObjectPath &block : std::as_const(*blocks)) {
        const auto backing = property(m_bus, block, kLoop, QStringLiteral("BackingFile"));
        const auto uid = property(m_bus, block, kLoop, QStringLiteral("SetupByUID"));
        if (!backing || !uid || pathFromBytes(backing->toByteArray()) != wanted ||
            uid->toUInt() != ::getuid())
            continue;
        auto devices = describeLoop(block);
        if (!devices)
            return devices.error();
        found.append(*devices);
    }
    return found;
}

} // namespace strongroom

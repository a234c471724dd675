#include "volumes/VolumeMappingJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/KernelFeatures.h"
#include "volumes/CryptDevice.h"
#include "volumes/RootMount.h"
#include "volumes/UdisksClient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <libcryptsetup.h>
#include <unistd.h>

namespace strongroom {

namespace {
Error notOpen(const QString &image)
{
    return Error(
        ExitCode::Failure,
        QCoreApplication::translate("VolumeMappingJob", "%1 is not open; open it first (volume open).")
            .arg(image),
        QStringLiteral("not-open"));
}
} // namespace

QString VolumeMappingRequest::verbName(Verb verb)
{
    switch (verb) {
    case Verb::Open:
        return QStringLiteral("open");
    case Verb::Close:
        return QStringLiteral("close");
    case Verb::Mount:
        return QStringLiteral("mount");
    case Verb::Unmount:
        return QStringLiteral("unmount");
    }
    return {};
}

Result<MappingBackend> chooseMappingBackend(const UdisksClient &udisks, bool root)
{
    const Status available = udisks.available();
    if (available)
        return MappingBackend::Udisks;
    if (root)
        return MappingBackend::InProcess;
    return available.error();
}

QString suggestedMappingName(const QString &image)
{
    QString base = QFileInfo(image).completeBaseName();
    for (QChar &c : base) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                             (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
        if (!allowed)
            c = QLatin1Char('-');
    }
    if (base.isEmpty())
        base = QStringLiteral("volume");
    return QString(QStringLiteral("strongroom-") + base).left(64);
}

Status requireDeviceMapper()
{
    if (deviceMapperAvailable())
        return Status::success();
    return Error(
        ExitCode::Environment,
        QCoreApplication::translate(
            "VolumeMappingJob",
            "device-mapper is not available on this machine (/dev/mapper/control is missing or the "
            "dm_crypt driver is not loaded), so LUKS volumes cannot be opened, mounted, unmounted or "
            "closed here. Header backups, key slots, info and offline encryption still work. Fix: "
            "modprobe dm_crypt on a machine that allows it (containers usually cannot)."),
        QStringLiteral("no-device-mapper"));
}

VolumeMappingJob::VolumeMappingJob(VolumeMappingRequest request, KeyMaterial key, QDBusConnection bus)
    : m_request(std::move(request)), m_key(std::move(key)), m_bus(std::move(bus))
{
}

QString VolumeMappingJob::title() const
{
    const QString file = QFileInfo(m_request.image).fileName();
    switch (m_request.verb) {
    case VolumeMappingRequest::Verb::Open:
        return QCoreApplication::translate("VolumeMappingJob", "Open %1").arg(file);
    case VolumeMappingRequest::Verb::Close:
        return QCoreApplication::translate("VolumeMappingJob", "Close %1").arg(file);
    case VolumeMappingRequest::Verb::Mount:
        return QCoreApplication::translate("VolumeMappingJob", "Mount %1").arg(file);
    case VolumeMappingRequest::Verb::Unmount:
        return QCoreApplication::translate("VolumeMappingJob", "Unmount %1").arg(file);
    }
    return {};
}

QList<JobStep> VolumeMappingJob::steps() const
{
    return {JobStep{
        QCoreApplication::translate("VolumeMappingJob", "Ask udisks2 (or, as root, the kernel) to do it")}};
}

void VolumeMappingJob::audit(const JobContext &context, const QString &outcome,
                             const QJsonObject &details) const
{
    const AuditLog &log = context.audit();
    log.append(QStringLiteral("volume.") + VolumeMappingRequest::verbName(m_request.verb),
               QFileInfo(m_request.image).absoluteFilePath(), outcome, details);
}

void VolumeMappingJob::run(JobContext &context)
{
    context.startStep(0);
    if (context.isCancelled()) {
        m_key.wipe();
        return;
    }
    UdisksClient udisks(m_bus);
    auto backend = chooseMappingBackend(udisks, ::geteuid() == 0);
    Result<QJsonObject> done = backend.ok()
                                   ? (*backend == MappingBackend::Udisks ? runUdisks(udisks) : runInProcess())
                                   : Result<QJsonObject>(backend.error());
    m_key.wipe();
    if (!done) {
        if (done.cancelled())
            audit(context, QStringLiteral("cancelled"), {{QStringLiteral("error"), done.error().toJson()}});
        // A refusal before anything was asked (bad arguments, no udisks2) changed nothing: no line.
        else if (done.error().code != ExitCode::Usage && done.error().code != ExitCode::Environment)
            audit(context, QStringLiteral("failed"), {{QStringLiteral("error"), done.error().toJson()}});
        context.fail(done.error());
        return;
    }
    QJsonObject data = *done;
    data.insert(QStringLiteral("verb"), VolumeMappingRequest::verbName(m_request.verb));
    data.insert(QStringLiteral("image"), m_request.image);
    data.insert(QStringLiteral("backend"), *backend == MappingBackend::Udisks ? QStringLiteral("udisks2")
                                                                              : QStringLiteral("in-process"));
    audit(context, QStringLiteral("succeeded"), data);
    const QString file = QFileInfo(m_request.image).fileName();
    switch (m_request.verb) {
    case VolumeMappingRequest::Verb::Open:
        context.setOverview(QCoreApplication::translate("VolumeMappingJob", "Opened %1 as %2.")
                                .arg(file, data.value(QStringLiteral("device")).toString()));
        break;
    case VolumeMappingRequest::Verb::Close:
        context.setOverview(QCoreApplication::translate("VolumeMappingJob", "Closed %1.").arg(file));
        break;
    case VolumeMappingRequest::Verb::Mount:
        context.setOverview(QCoreApplication::translate("VolumeMappingJob", "Mounted %1 on %2.")
                                .arg(file, data.value(QStringLiteral("mount_path")).toString()));
        break;
    case VolumeMappingRequest::Verb::Unmount:
        context.setOverview(QCoreApplication::translate("VolumeMappingJob", "Unmounted %1.").arg(file));
        break;
    }
    context.setData(data);
}

Result<QJsonObject> VolumeMappingJob::runUdisks(UdisksClient &udisks)
{
    const VolumeMappingRequest &r = m_request;
    if (!r.mountPoint.isEmpty())
        return Error(
            ExitCode::Usage,
            QCoreApplication::translate(
                "VolumeMappingJob",
                "udisks2 chooses the folder a volume is mounted on (/media/USER/...); a mount point is only "
                "taken when strongroom-cli runs as root on a machine without udisks2."));
    if (r.verb == VolumeMappingRequest::Verb::Open) {
        if (auto s = requireDeviceMapper(); !s)
            return s.error();
        if (m_key.isEmpty())
            return Error(
                ExitCode::Usage,
                QCoreApplication::translate("VolumeMappingJob", "Opening %1 needs its key.").arg(r.image));
    }
    auto found = udisks.find(r.image);
    if (!found)
        return found.error();
    const auto describe = [&r](const UdisksImageDevices &d) {
        QJsonObject data{{QStringLiteral("loop_device"), d.loopDevice}};
        if (!d.cleartextDevice.isEmpty())
            data.insert(QStringLiteral("device"), d.cleartextDevice);
        if (!d.mountPoints.isEmpty())
            data.insert(QStringLiteral("mount_path"), d.mountPoints.first());
        if (r.readOnly)
            data.insert(QStringLiteral("read_only"), true);
        return data;
    };

    switch (r.verb) {
    case VolumeMappingRequest::Verb::Open: {
        for (const UdisksImageDevices &d : std::as_const(*found)) {
            if (d.unlocked())
                return describe(d); // already open: nothing to do
        }
        const bool setUpHere = found->isEmpty();
        UdisksImageDevices devices;
        if (setUpHere) {
            auto loop = udisks.loopSetup(r.image, r.readOnly);
            if (!loop)
                return loop.error();
            devices = *loop;
        } else {
            devices = found->first();
        }
        if (auto s = udisks.unlock(devices, m_key); !s) {
            if (setUpHere)
                udisks.loopDelete(devices); // leave nothing behind that we set up for this
            return s.error();
        }
        return describe(devices);
    }
    case VolumeMappingRequest::Verb::Mount: {
        if (found->isEmpty())
            return notOpen(r.image);
        UdisksImageDevices devices = found->first();
        if (devices.mountPoints.isEmpty()) {
            auto path = udisks.mount(devices, r.readOnly);
            if (!path)
                return path.error();
            devices.mountPoints = {*path};
        }
        return describe(devices);
    }
    case VolumeMappingRequest::Verb::Unmount: {
        if (found->isEmpty())
            return notOpen(r.image);
        QJsonObject data = describe(found->first());
        for (const UdisksImageDevices &d : std::as_const(*found)) {
            if (d.mountPoints.isEmpty())
                continue;
            if (auto s = udisks.unmount(d); !s)
                return s.error();
        }
        return data;
    }
    case VolumeMappingRequest::Verb::Close: {
        if (found->isEmpty())
            return notOpen(r.image);
        QJsonObject data = describe(found->first());
        for (UdisksImageDevices d : std::as_const(*found)) {
            if (!d.mountPoints.isEmpty())
                return Error(ExitCode::Busy, QCoreApplication::translate(
                                                 "VolumeMappingJob", "%1 is mounted on %2; unmount it first.")
                                                 .arg(r.image, d.mountPoints.first()));
            if (d.unlocked()) {
                if (auto s = udisks.lock(d); !s)
                    return s.error();
            }
            if (auto s = udisks.loopDelete(d); !s)
                return s.error();
        }
        return data;
    }
    }
    return Error(ExitCode::Usage, QCoreApplication::translate("VolumeMappingJob", "Unknown volume verb."));
}

Result<QJsonObject> VolumeMappingJob::runInProcess()
{
    const VolumeMappingRequest &r = m_request;
    const QString name = r.mappingName.isEmpty() ? suggestedMappingName(r.image) : r.mappingName;
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!namePattern.match(name).hasMatch())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "VolumeMappingJob",
                         "Mapping name '%1' is not allowed: use letters, digits, '_', '.', '-' (up to 64).")
                         .arg(name));
    const QString device = QStringLiteral("/dev/mapper/") + name;
    QJsonObject data{{QStringLiteral("device"), device}};
    if (r.readOnly)
        data.insert(QStringLiteral("read_only"), true);
    if (r.verb == VolumeMappingRequest::Verb::Mount && r.mountPoint.isEmpty())
        return Error(
            ExitCode::Usage,
            QCoreApplication::translate(
                "VolumeMappingJob",
                "Without udisks2, root mounts on a folder it names: volume mount IMAGE FOLDER (an empty "
                "folder, no symbolic links on its path)."));
    if (auto s = requireDeviceMapper(); !s)
        return s.error();

    switch (r.verb) {
    case VolumeMappingRequest::Verb::Open: {
        if (m_key.isEmpty())
            return Error(
                ExitCode::Usage,
                QCoreApplication::translate("VolumeMappingJob", "Opening %1 needs its key.").arg(r.image));
        auto crypt = CryptDevice::load(r.image);
        if (!crypt)
            return crypt.error();
        const QByteArray mapping = name.toUtf8();
        const int slot = crypt_activate_by_passphrase((*crypt)->handle(), mapping.constData(), CRYPT_ANY_SLOT,
                                                      m_key.data(), size_t(m_key.size()),
                                                      r.readOnly ? CRYPT_ACTIVATE_READONLY : 0);
        m_key.wipe();
        if (slot == -EPERM)
            return Error(ExitCode::WrongKey,
                         QCoreApplication::translate("VolumeMappingJob", "%1: the key opens no key slot.")
                             .arg(r.image));
        if (slot < 0)
            return (*crypt)->error(
                slot, QCoreApplication::translate("VolumeMappingJob", "opening as %1").arg(name));
        data.insert(QStringLiteral("slot"), slot);
        return data;
    }
    case VolumeMappingRequest::Verb::Close: {
        const QByteArray mapping = name.toUtf8();
        crypt_device *cd = nullptr;
        int rc = crypt_init_by_name(&cd, mapping.constData());
        if (rc == 0)
            rc = crypt_deactivate(cd, mapping.constData());
        if (cd)
            crypt_free(cd);
        if (rc == -ENODEV)
            return notOpen(r.image);
        if (rc < 0)
            return Error(rc == -EBUSY ? ExitCode::Busy : ExitCode::Failure,
                         QCoreApplication::translate("VolumeMappingJob", "Closing %1 failed: %2")
                             .arg(name, errnoText(rc)));
        return data;
    }
    case VolumeMappingRequest::Verb::Mount: {
        if (!QFileInfo::exists(device))
            return notOpen(r.image);
        auto folder = rootmount::openEmptyMountPoint(r.mountPoint);
        if (!folder)
            return folder.error();
        if (auto s = rootmount::mountOn(device, *folder, r.mountPoint, r.readOnly); !s)
            return s.error();
        data.insert(QStringLiteral("mount_path"), r.mountPoint);
        data.insert(QStringLiteral("options"), rootmount::mountOptionsText(r.readOnly));
        return data;
    }
    case VolumeMappingRequest::Verb::Unmount: {
        auto folders = rootmount::unmountDevice(device);
        if (!folders)
            return folders.error();
        if (!folders->isEmpty())
            data.insert(QStringLiteral("mount_path"), folders->first());
        return data;
    }
    }
    return Error(ExitCode::Usage, QCoreApplication::translate("VolumeMappingJob", "Unknown volume verb."));
}

} // namespace strongroom

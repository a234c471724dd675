#pragma once

#include "core/Job.h"
#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QDBusConnection>
#include <QJsonObject>

namespace strongroom {

class UdisksClient;

// One open, close, mount or unmount of a volume image: `volume open|close|mount|unmount` and the
// Volumes page's buttons run this same job, which writes the audit line.
struct VolumeMappingRequest
{
    enum class Verb
    {
        Open,
        Close,
        Mount,
        Unmount
    };
    Verb verb = Verb::Open;
    QString image;         // absolute path of the image
    bool readOnly = false; // Open, Mount
    QString mountPoint;    // Mount, in-process only: an empty folder; udisks2 chooses its own
    QString mappingName;   // in-process only: /dev/mapper/NAME; empty: suggestedMappingName(image)

    static QString verbName(Verb verb); // "open", ...
};

// Who does the privileged part. A normal user asks udisks2 over D-Bus (polkit decides); root on a
// server without udisks2 does it in this process with libcryptsetup and mount(2).
enum class MappingBackend
{
    Udisks,
    InProcess
};
// udisks2 when it runs (or the bus can start it), else the in-process path when `root`, else exit 7
// naming the udisks2 package.
Result<MappingBackend> chooseMappingBackend(const UdisksClient &udisks, bool root);

// A mapping name for `image` that dm-crypt accepts (for the in-process path): "strongroom-" and the
// file's name without its extension, every character a mapping name may not hold turned into '-'.
QString suggestedMappingName(const QString &image);

// Exit 7 with the exact reason when device-mapper is missing (containers, as on build machines).
Status requireDeviceMapper();

// The job itself: a single step, since udisks (and polkit's prompt) cannot be called back once
// asked; a cancel is honoured before it starts. The report's data says what was done where:
// {verb, image, backend, loop_device, device, mount_path, read_only}, never the key.
class VolumeMappingJob : public Job
{
public:
    // `key`: for Open only; wiped once udisks or libcryptsetup has it. `bus`: the system bus, or a
    // private one in tests.
    VolumeMappingJob(VolumeMappingRequest request, KeyMaterial key = {},
                     QDBusConnection bus = QDBusConnection::systemBus());

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const VolumeMappingRequest &request() const { return m_request; }

private:
    Result<QJsonObject> runUdisks(UdisksClient &udisks);
    Result<QJsonObject> runInProcess();
    void audit(const JobContext &context, const QString &outcome, const QJsonObject &details) const;

    VolumeMappingRequest m_request;
    KeyMaterial m_key;
    QDBusConnection m_bus;
};

} // namespace strongroom

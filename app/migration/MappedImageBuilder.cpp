#include "migration/MappedImageBuilder.h"

#include "core/JobContext.h"
#include "core/JobReport.h"
#include "core/JobWorkProgress.h"
#include "migration/PlainImageBuilder.h"
#include "volumes/UdisksClient.h"
#include "volumes/VolumeCreateJob.h"
#include "volumes/VolumeMappingJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QScopeGuard>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace strongroom::migration {

namespace {

using Verb = VolumeMappingRequest::Verb;

// One open, mount, unmount or close as a child job; its report's data.
Result<QJsonObject> mapping(JobContext &context, Verb verb, const QString &image,
                            const QString &mountPoint = {}, const KeyMaterial &key = {})
{
    VolumeMappingRequest request;
    request.verb = verb;
    request.image = image;
    request.mountPoint = mountPoint;
    VolumeMappingJob job(request, key);
    const JobReport report = context.runChild(job);
    if (report.outcome == JobOutcome::Cancelled)
        return Cancelled{};
    if (report.error)
        return *report.error;
    return report.data;
}

Status makeExt4(const QJsonObject &opened, const MappedImageRequest &request, const WorkProgress &cancel)
{
    const QString label = request.params.label.left(16);
    QStringList tuning{QStringLiteral("-T"), QStringLiteral("default"), QStringLiteral("-m"),
                       QStringLiteral("0"),  QStringLiteral("-N"),      QString::number(request.inodes)};
    if (opened.value(QStringLiteral("backend")).toString() == QLatin1String("udisks2")) {
        UdisksClient udisks;
        auto found = udisks.find(request.image);
        if (!found)
            return found.error();
        for (const UdisksImageDevices &devices : std::as_const(*found))
            if (devices.unlocked())
                return udisks.formatExt4(devices, label, tuning);
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("MappedImageBuilder", "udisks2 no longer shows %1 as open.")
                         .arg(request.image));
    }
    const QString device = opened.value(QStringLiteral("device")).toString();
    QStringList args = QStringList{QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"),
                                   QStringLiteral("ext4")} +
                       tuning;
    if (!label.isEmpty())
        args << QStringLiteral("-L") << label;
    args << device;
    return runMke2fs(args, device, cancel);
}

// Runs `job` where no cancel reaches it: the unmount and close after a cancel must still happen.
JobReport runToTheEnd(Job &job, const AuditLog &audit)
{
    QPromise<void> promise;
    promise.start();
    auto state = std::make_shared<JobSharedState>();
    state->audit = audit;
    JobContext context(promise, std::move(state), job.title(), job.steps(), false);
    job.run(context);
    JobReport report = context.finish();
    promise.finish();
    return report;
}

} // namespace

QString mappedMountFolder(const QString &image)
{
    return QFileInfo(image).absoluteFilePath() + QStringLiteral(".mount");
}

void releaseMappedImage(const AuditLog &audit, const QString &image)
{
    auto removeMountFolder =
        qScopeGuard([&image] { ::rmdir(QFile::encodeName(mappedMountFolder(image)).constData()); });
    // Only what is open: a build stopped before it opened anything leaves no line in the audit log.
    if (!QFileInfo::exists(image))
        return;
    const bool mapped = QFileInfo::exists(QStringLiteral("/dev/mapper/") + suggestedMappingName(image));
    const auto loops = UdisksClient().find(image);
    if (!mapped && (!loops || loops->isEmpty()))
        return;
    // Best effort, in order.
    for (const Verb verb : {Verb::Unmount, Verb::Close}) {
        VolumeMappingRequest request;
        request.verb = verb;
        request.image = image;
        VolumeMappingJob job(request);
        (void)runToTheEnd(job, audit);
    }
}

Result<MappedImageResult> buildMappedImage(JobContext &context, const MappedImageRequest &request,
                                           const SourceScan &scan,
                                           const std::function<Status(const QString &step)> &reached)
{
    const WorkProgress cancel = workProgress(context).cancelOnly();
    MappedImageResult result;

    if (auto s = reached(QStringLiteral("create")); !s)
        return s.error();
    {
        VolumeCreateJob::Request create;
        create.path = request.image;
        create.sizeBytes = request.imageBytes;
        create.params = request.params;
        create.filesystem = QStringLiteral("none");
        create.key = request.key;
        VolumeCreateJob job(create);
        const JobReport report = context.runChild(job);
        if (report.outcome == JobOutcome::Cancelled)
            return Cancelled{};
        if (report.error)
            return *report.error;
        result.slot = report.data.value(QStringLiteral("operational_slot")).toInt();
    }

    if (auto s = reached(QStringLiteral("open")); !s)
        return s.error();
    auto opened = mapping(context, Verb::Open, request.image, {}, request.key);
    if (!opened)
        return opened.cancelled() ? Result<MappedImageResult>(Cancelled{}) : opened.error();
    result.backend = opened->value(QStringLiteral("backend")).toString();
    const bool inProcess = result.backend != QLatin1String("udisks2");
    // From here on, whatever ends the build closes the volume again.
    // `outcome` is the Status or Result that did not succeed: a cancel stays the Cancelled outcome.
    auto release = [&](const auto &outcome) -> Result<MappedImageResult> {
        releaseMappedImage(context.audit(), request.image);
        if (outcome.cancelled())
            return Cancelled{};
        return outcome.error();
    };

    if (auto s = reached(QStringLiteral("mkfs")); !s)
        return release(s);
    if (auto s = makeExt4(*opened, request, cancel); !s)
        return release(s);

    if (auto s = reached(QStringLiteral("mount")); !s)
        return release(s);
    QString mountPoint;
    if (inProcess) {
        mountPoint = mappedMountFolder(request.image);
        if (::mkdir(QFile::encodeName(mountPoint).constData(), 0700) != 0 && errno != EEXIST)
            return release(
                Status(Error(ExitCode::Failure, QCoreApplication::translate("MappedImageBuilder",
                                                                            "Cannot make the folder %1: %2")
                                                    .arg(mountPoint, errnoText(errno)))));
    }
    auto mounted = mapping(context, Verb::Mount, request.image, mountPoint);
    if (!mounted)
        return release(mounted);
    const QString mountPath = mounted->value(QStringLiteral("mount_path")).toString();

    if (auto s = reached(QStringLiteral("copy")); !s)
        return release(s);
    context.setTotal(scan.fileBytes);
    CopyOptions options;
    options.progress = workProgress(context);
    auto copied = copyTree(request.folder, scan, mountPath, options);
    if (!copied)
        return release(copied);
    result.copy = *copied;

    if (auto s = reached(QStringLiteral("close")); !s)
        return release(s);
    if (auto unmounted = mapping(context, Verb::Unmount, request.image); !unmounted)
        return release(unmounted);
    if (auto closed = mapping(context, Verb::Close, request.image); !closed)
        return release(closed);
    if (inProcess)
        ::rmdir(QFile::encodeName(mountPoint).constData());
    return result;
}

} // namespace strongroom::migration

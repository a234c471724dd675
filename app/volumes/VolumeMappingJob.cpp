#include "volumes/VolumeMappingJob.h"

#include "core/JobContext.h"

#include <QFileInfo>

namespace strongroom {

VolumeMappingJob::VolumeMappingJob(helper::Request request, KeyMaterial key, QString program)
    : m_request(std::move(request)), m_key(std::move(key)), m_program(std::move(program))
{
}

QString VolumeMappingJob::title() const
{
    const helper::Request &r = m_request;
    if (r.verb == QLatin1String("open"))
        return QStringLiteral("Open %1 as %2").arg(QFileInfo(r.image).fileName(), r.name);
    if (r.verb == QLatin1String("close"))
        return QStringLiteral("Close %1").arg(r.name);
    if (r.verb == QLatin1String("mount"))
        return QStringLiteral("Mount %1 on %2").arg(r.name, r.mountpoint);
    return QStringLiteral("Unmount %1").arg(r.mountpoint);
}

QList<JobStep> VolumeMappingJob::steps() const
{
    return {JobStep{QStringLiteral("Run strongroom-helper (asks for authorisation)")}};
}

void VolumeMappingJob::run(JobContext &context)
{
    const helper::Request &r = m_request;
    context.startStep(0);
    if (context.isCancelled()) {
        m_key.wipe();
        return;
    }
    auto answer = helper::callHelper(r, r.needsPassphrase() ? &m_key : nullptr, m_program);
    m_key.wipe();
    if (!answer) {
        context.fail(answer.error());
        return;
    }
    // What the audit line and a script may keep: names and paths, never the key.
    QJsonObject data{{QStringLiteral("verb"), r.verb}};
    if (!r.name.isEmpty())
        data.insert(QStringLiteral("name"), r.name);
    if (!r.mountpoint.isEmpty())
        data.insert(QStringLiteral("mountpoint"), r.mountpoint);
    if (r.verb == QLatin1String("open")) {
        const QString device =
            answer->value(QStringLiteral("device")).toString(QStringLiteral("/dev/mapper/") + r.name);
        data.insert(QStringLiteral("device"), device);
        if (answer->contains(QStringLiteral("slot")))
            data.insert(QStringLiteral("slot"), answer->value(QStringLiteral("slot")).toInt());
        context.setOverview(QStringLiteral("Opened %1 as %2.").arg(r.image, device));
    } else if (r.verb == QLatin1String("close")) {
        context.setOverview(QStringLiteral("Closed %1.").arg(r.name));
    } else if (r.verb == QLatin1String("mount")) {
        context.setOverview(QStringLiteral("Mounted %1 on %2.").arg(r.name, r.mountpoint));
    } else {
        context.setOverview(QStringLiteral("Unmounted %1.").arg(r.mountpoint));
    }
    context.setData(data);
}

} // namespace strongroom

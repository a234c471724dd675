#include "volumes/VolumeRecords.h"

#include "core/JobRunner.h"
#include "volumes/KnownVolumes.h"

namespace strongroom::ui {

VolumeRecords::VolumeRecords(JobRunner *runner, QObject *parent)
    : QObject(parent), m_runner(runner), m_known(new KnownVolumes(this))
{
    connect(m_known, &KnownVolumes::changed, this, &VolumeRecords::refresh);
}

QStringList VolumeRecords::paths() const
{
    return m_known->paths();
}

bool VolumeRecords::add(const QString &path)
{
    return m_known->add(path);
}

void VolumeRecords::remove(const QString &path)
{
    m_known->remove(path);
}

void VolumeRecords::refresh()
{
    if (m_scan) {
        m_rescan = true; // the list changed while reading: read again when this pass ends
        return;
    }
    auto job = std::make_shared<VolumeScanJob>(m_known->paths());
    m_scan = m_runner->start(job);
    connect(m_scan, &JobHandle::finished, this, [this, job] {
        m_scan = nullptr;
        if (m_rescan) {
            m_rescan = false;
            refresh();
            return;
        }
        m_records = job->records();
        Q_EMIT refreshed();
    });
}

} // namespace strongroom::ui

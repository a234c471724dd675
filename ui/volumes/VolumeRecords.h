#pragma once

#include "volumes/VolumeScanJob.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace strongroom {
class JobHandle;
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

class KnownVolumes;

// The volumes the Volumes page lists: the remembered image files (KnownVolumes) and what their
// headers said at the last reading (VolumeScanJob: libcryptsetup never runs on the GUI thread). A
// change to the list during a reading reads again once it ends.
class VolumeRecords : public QObject
{
    Q_OBJECT
public:
    VolumeRecords(JobRunner *runner, QObject *parent = nullptr);

    QStringList paths() const;
    const QList<VolumeRecord> &records() const { return m_records; }
    bool isReading() const { return m_scan != nullptr; }
    // Remembers an image (read again through changed()); false when it was already known.
    bool add(const QString &path);
    // Forgets an image; the file stays untouched.
    void remove(const QString &path);
    // Re-reads every remembered header.
    void refresh();

Q_SIGNALS:
    // records() holds the headers as just read.
    void refreshed();

private:
    JobRunner *m_runner;
    KnownVolumes *m_known;
    QList<VolumeRecord> m_records;
    QPointer<JobHandle> m_scan;
    bool m_rescan = false;
};

} // namespace strongroom::ui

#pragma once

#include "keys/KeyMaterial.h"
#include "volumes/KeySlotJob.h"
#include "volumes/VolumeMappingJob.h"
#include "volumes/VolumeScanJob.h"

#include <QObject>

class QWidget;

namespace strongroom {
class JobHandle;
class JobRunner;
struct JobReport;
} // namespace strongroom

namespace strongroom::ui {

class JobsIndicator;

// What the Volumes page's buttons do to one volume: each asks what it needs in a dialog (a child of
// the page) and runs the job the CLI verb runs for it; the job writes the audit line. When a change
// ends, changed() says how, and the page re-reads the headers.
class VolumeActions : public QObject
{
    Q_OBJECT
public:
    VolumeActions(JobRunner *runner, JobsIndicator *jobs, QWidget *dialogParent);

    // `selectedSlot`: the slot chosen in the page's table, -1 for none.
    void editKeySlot(const VolumeRecord &volume, KeySlotJob::Operation operation, int selectedSlot);
    void backUpHeader(const VolumeRecord &volume);
    void restoreHeader(const VolumeRecord &volume);
    void convertInPlace(const VolumeRecord &volume, bool encrypt);
    void open(const VolumeRecord &volume);
    void close(const VolumeRecord &volume);
    void mount(const VolumeRecord &volume);
    void unmount(const VolumeRecord &volume);
    void browse(const VolumeRecord &volume);

Q_SIGNALS:
    // A job ended (succeeded, failed or cancelled: `report` says which) or a dialog changed the volume
    // (`summary`).
    void jobEnded(const strongroom::JobReport &report);
    void volumeChanged(const QString &summary);

private:
    void runMapping(VolumeMappingRequest::Verb verb, const QString &image, bool readOnly = false,
                    const KeyMaterial &key = {});
    // Shows the job's progress and reports its end.
    void run(JobHandle *handle);

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QWidget *m_dialogParent;
};

} // namespace strongroom::ui

#pragma once

#include "keys/KeyMaterial.h"
#include "volumes/VolumeMappingJob.h"
#include "volumes/VolumeScanJob.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace strongroom {
class JobHandle;
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

class Banner;
class JobsIndicator;
class KnownVolumes;

// The Volumes section: remembered LUKS image files on the left (add one with the file dialog or by
// dropping it here, or make a new one with the setup wizard); on the right the selected volume's
// header facts, key slots, header-backup age and its actions. Headers are read by a job; every
// change runs as a job too, and the page re-reads the headers when it ends. Open, Close, Mount and
// Unmount run VolumeMappingJob (udisks2) and are disabled, saying why, where device-mapper is missing.
class VolumesPage : public QWidget
{
    Q_OBJECT

public:
    VolumesPage(JobRunner *runner, JobsIndicator *jobs, QWidget *parent = nullptr);

    // Remembers an image and selects it.
    void addVolume(const QString &path);
    QStringList volumePaths() const;
    // Re-reads every remembered header (asynchronously).
    void refresh();
    bool isRefreshing() const { return m_scan; }
    const VolumeRecord *currentRecord() const;
    void showSetupWizard();
    void selectVolume(const QString &path);

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createDetails();
    QWidget *createEmptyState();
    void chooseExisting();
    void showRecords(const QList<VolumeRecord> &records);
    void showCurrent();
    void updateActions();
    void openKeySlotDialog(int operation);
    void backUpHeader();
    void restoreHeader();
    void startInPlace(bool encrypt);
    void forgetCurrent();
    void openVolume();
    void closeVolume();
    void mountVolume();
    void unmountVolume();
    // Runs one VolumeMappingJob on `image`; the job writes the audit line.
    void runMapping(VolumeMappingRequest::Verb verb, const QString &image, bool readOnly = false,
                    const KeyMaterial &key = {});
    // Shows the job's progress; when it ends, says how in the banner and re-reads the headers (the
    // job writes its own audit line).
    void runAndRefresh(JobHandle *handle);
    QPushButton *addAction(const QString &objectName, const QString &text, const QString &toolTip);

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    KnownVolumes *m_known;
    QList<VolumeRecord> m_records;
    QPointer<JobHandle> m_scan;
    bool m_rescan = false;
    bool m_shownOnce = false;
    QString m_wantSelected;
    Banner *m_banner;
    QListWidget *m_list;
    QStackedWidget *m_views;
    QLabel *m_title;
    QLabel *m_path;
    QLabel *m_state;
    QLabel *m_uuid;
    QLabel *m_cipher;
    QLabel *m_headerBackup;
    QTableWidget *m_slots;
    QWidget *m_actionBar;
    QList<QPushButton *> m_actions;
};

} // namespace strongroom::ui

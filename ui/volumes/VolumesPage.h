#pragma once

#include "volumes/VolumeScanJob.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace strongroom {
class JobRunner;
struct JobReport;
} // namespace strongroom

namespace strongroom::ui {

class Banner;
class JobsIndicator;
class VolumeActions;
class VolumeRecords;

// The Volumes section: remembered LUKS image files on the left (add one with the file dialog or by
// dropping it here, or make a new one with the setup wizard); on the right the selected volume's
// header facts, key slots, header-backup age and its actions. Headers are read by a job; every
// change runs as a job too, and the page re-reads the headers when it ends. Open, Close, Mount and
// Unmount run VolumeMappingJob (udisks2) and are disabled, saying why, where device-mapper is missing.
// The page lays out; what the buttons do is VolumeActions, the list and its headers VolumeRecords.
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
    bool isRefreshing() const;
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
    void showRecords();
    void showCurrent();
    void updateActions();
    // The slot chosen in the key-slot table, -1 for none.
    int selectedSlot() const;
    void showJobEnd(const JobReport &report);
    void showChange(const QString &summary);
    QPushButton *addAction(const QString &objectName, const QString &text, const QString &toolTip);

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    VolumeRecords *m_volumes;
    VolumeActions *m_volumeActions;
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

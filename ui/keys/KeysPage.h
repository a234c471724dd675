#pragma once

#include "keylist/KnownKey.h"
#include "keys/KeyMaterial.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>

class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace strongroom {
class Job;
class JobHandle;
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

class Banner;
class JobsIndicator;

// The Keys section: every key Strongroom knows (ListKeysJob over the key registry, the history
// folders of the recent databases and the volumes the Volumes page remembers), oldest first, with
// its age and due date (the rotation period is a setting, shared with `key list`); below, the key
// map: the files the selected key opens. Generate, Import and Rewrap Backups to a New Key act on
// it; rewrapping runs RewrapJob in the job dialog. Rotation Period and Record Recovery Copy set the
// selected key's own period and where its recovery copy is kept (the jobs of `key set-rotation` and
// `key record-recovery`). The list is re-read when the page is shown and after each action.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    KeysPage(JobRunner *runner, JobsIndicator *jobs, QWidget *parent = nullptr);

    // Re-reads the keys (asynchronously).
    void refresh();
    bool isRefreshing() const { return m_listing; }
    QList<KnownKey> keys() const { return m_keys; }
    // Extra places to read (tests; the console otherwise uses what it remembers).
    void setExtraPlaces(const QStringList &historyFolders, const QStringList &volumeImages);
    void selectKey(const QString &keyId);

    // Imports `path` into the key registry (and, when asked and possible, its identity into the
    // desktop keyring); says how in the banner.
    // `passphrase` opens a protected identity file, so that its key id is known.
    void importKeyFile(const QString &path, bool intoKeyring = false, const KeyMaterial &passphrase = {});
    void showGenerateDialog();
    void showImportDialog();
    void showRewrapDialog();
    // For the selected key: its own rotation period or the global one (SetKeyRotationJob), and where
    // its recovery copy is kept (RecordRecoveryJob), each run in the job dialog.
    void showRotationDialog();
    void showRecoveryDialog();

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showKeys(const QList<KnownKey> &keys, const QStringList &problems);
    void showKeyMap();
    const KnownKey *currentKey() const;
    void runThenRefresh(std::shared_ptr<Job> job);

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    Banner *m_banner;
    QTableWidget *m_table;
    QListWidget *m_map;
    QSpinBox *m_rotation;
    QPushButton *m_rewrap;
    QPushButton *m_period;
    QPushButton *m_recovery;
    QPointer<JobHandle> m_listing;
    bool m_relist = false;
    QList<KnownKey> m_keys;
    QDateTime m_now;
    QStringList m_extraFolders;
    QStringList m_extraImages;
};

} // namespace strongroom::ui

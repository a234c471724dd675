#pragma once

#include "backup/RetentionPolicy.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace strongroom::ui {

// The retention policy of a history folder (restic's keep-last/hourly/daily/weekly/monthly/yearly/
// within rules) with a live dry-run preview: every backup, whether the policy keeps it and why.
// Apply asks for confirmation naming the files, then emits removeRequested; the page deletes them
// in a job, only those whose catalog seal holds with the key (the preview cannot tell a forged seal
// from a genuine one: that takes the key). The policy is remembered per folder.
class RetentionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionEditor(QWidget *parent = nullptr);

    // Shows the policy remembered for `folder` and previews it on `backups`.
    void setHistory(const QString &folder, const QList<BackupRecord> &backups);
    // The policy in the fields; nullopt while --keep-within does not parse.
    std::optional<RetentionPolicy> policy() const;
    void setPolicy(const RetentionPolicy &policy);
    // What the current policy would remove, newest first.
    QStringList wouldRemove() const { return m_wouldRemove; }

Q_SIGNALS:
    void removeRequested(const QStringList &fileNames);

private:
    void onPolicyEdited();
    void updatePreview();
    void confirmApply();

    QString m_folder;
    QList<BackupRecord> m_backups;
    QStringList m_wouldRemove;
    bool m_loading = false;

    QSpinBox *m_last;
    QSpinBox *m_hourly;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QSpinBox *m_monthly;
    QSpinBox *m_yearly;
    QLineEdit *m_within;
    QCheckBox *m_includeProtected;
    QLabel *m_summary;
    QTreeWidget *m_preview;
    QPushButton *m_apply;
};

} // namespace strongroom::ui

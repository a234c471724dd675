#pragma once

#include "keys/KeyMaterial.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace strongroom {
class JobRunner;
struct JobReport;
} // namespace strongroom

namespace strongroom::ui {

class JobsIndicator;
class SecretLineEdit;

// A file browser of a LUKS image read in user space (no root, no device-mapper), its header in the
// image or detached (setHeader: cryptsetup --header, a luksHeaderBackup file): the key is asked
// once, then one job lists the whole tree (VolumeListJob, recursive: one key derivation) into a tree
// with sizes, modes, owners and times. Extract… copies the selected entries into a folder
// (VolumeExtractJob), Preview shows the start of a text file or an image (VolumeReadFileJob). Every
// read runs as a job in the runner; the dialog keeps the key in wiped memory until it closes.
class VolumeBrowserDialog : public QDialog
{
    Q_OBJECT

public:
    VolumeBrowserDialog(JobRunner *runner, JobsIndicator *jobs, QString image, QWidget *parent = nullptr);
    ~VolumeBrowserDialog() override;

    QString image() const { return m_image; }
    // The detached LUKS header to read the image with ("" when the header is in the image).
    void setHeader(const QString &header);
    QString header() const;
    // The paths (inside the volume) of the selected entries, "/etc/fstab" style.
    QStringList selectedPaths() const;
    // Extract… without the folder dialog: what the dialog runs once a folder is chosen.
    void extractTo(const QString &folder);
    // Preview of the current entry (a regular file).
    void previewCurrent();

Q_SIGNALS:
    // The listing, an extraction or a preview ended (for tests and the status line).
    void listed();
    void extracted(const strongroom::JobReport &report);
    void previewed();

private:
    void unlock();
    void showListing(const QJsonObject &data);
    void chooseFolderAndExtract();
    void updateActions();
    void setStatus(const QString &text, bool error = false);

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QString m_image;
    KeyMaterial m_key;
    SecretLineEdit *m_keyField;
    QLineEdit *m_headerField;
    QPushButton *m_chooseHeader;
    QPushButton *m_unlock;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QPushButton *m_extract;
    QPushButton *m_preview;
    QStackedWidget *m_previewStack;
    QLabel *m_previewNote;
    QPlainTextEdit *m_text;
    QLabel *m_picture;
    bool m_busy = false;
};

} // namespace strongroom::ui

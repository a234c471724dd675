#pragma once

#include "age/RewrapJob.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace strongroom::ui {

class SecretLineEdit;

// Rewrap backups to a new key: the age files, the identity that opens them now (with its passphrase
// when it is protected) and the new recipient. Start builds a RewrapJob; the page runs it in the job
// dialog.
class RewrapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RewrapDialog(QWidget *parent = nullptr);
    void setIdentityFile(const QString &path);
    void setRecipient(const QString &recipient);
    void addFiles(const QStringList &files);

    // The job for what is filled in, or why not (also shown in the dialog).
    Result<std::shared_ptr<age::RewrapJob>> makeJob() const;

Q_SIGNALS:
    // `newKeyIds` and `files` let the page update the key map once the job succeeds.
    void startRequested(std::shared_ptr<strongroom::age::RewrapJob> job, const QStringList &newKeyIds,
                        const QStringList &files);

private:
    void update();
    void start();

    QListWidget *m_files;
    QLineEdit *m_identity;
    SecretLineEdit *m_passphrase;
    QLineEdit *m_recipient;
    QLabel *m_problem;
    QPushButton *m_start;
};

} // namespace strongroom::ui

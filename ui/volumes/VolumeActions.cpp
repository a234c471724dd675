#include "volumes/VolumeActions.h"

#include "core/JobRunner.h"
#include "jobs/JobsIndicator.h"
#include "volumes/HeaderBackupFileDialog.h"
#include "volumes/HeaderBackupJob.h"
#include "volumes/InPlaceDialog.h"
#include "volumes/KeySlotDialog.h"
#include "volumes/OpenVolumeDialog.h"
#include "volumes/VolumeBrowserDialog.h"
#include "volumes/VolumeCryptJob.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace strongroom::ui {

VolumeActions::VolumeActions(JobRunner *runner, JobsIndicator *jobs, QWidget *dialogParent)
    : QObject(dialogParent), m_runner(runner), m_jobs(jobs), m_dialogParent(dialogParent)
{
}

void VolumeActions::editKeySlot(const VolumeRecord &volume, KeySlotJob::Operation operation, int selectedSlot)
{
    if (!volume.info)
        return;
    auto *dialog = new KeySlotDialog(m_runner, volume, operation, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (selectedSlot >= 0)
        dialog->selectSlot(selectedSlot);
    connect(dialog, &KeySlotDialog::volumeChanged, this, &VolumeActions::volumeChanged);
    dialog->open();
}

void VolumeActions::run(JobHandle *handle)
{
    if (m_jobs)
        m_jobs->showDialog(handle);
    connect(handle, &JobHandle::finished, this, &VolumeActions::jobEnded);
}

void VolumeActions::backUpHeader(const VolumeRecord &volume)
{
    const QString image = volume.path;
    auto *dialog = new HeaderBackupFileDialog(image, m_dialogParent);
    connect(dialog, &QFileDialog::fileSelected, this, [this, image](const QString &file) {
        run(m_runner->start(
            std::make_shared<HeaderBackupJob>(HeaderBackupJob::Request::backup(image, file))));
    });
    dialog->open();
}

void VolumeActions::restoreHeader(const VolumeRecord &volume)
{
    const QString image = volume.path;
    auto *dialog = new QFileDialog(m_dialogParent, tr("Restore Header"), QFileInfo(image).absolutePath());
    dialog->setObjectName(QStringLiteral("headerRestoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, image](const QString &file) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Restore Header"),
                            tr("Replace the LUKS header of %1 with the one saved in %2?").arg(image, file),
                            QMessageBox::Cancel, m_dialogParent);
        box->setObjectName(QStringLiteral("restoreConfirmation"));
        box->setInformativeText(
            tr("Restoring brings back the key slots of the time of the backup: keys removed since then "
               "open the volume again, keys added since then stop working. The current header is kept "
               "in a file beside the image. A backup of another volume (other UUID) is refused."));
        QPushButton *restore = box->addButton(tr("Restore Header"), QMessageBox::DestructiveRole);
        restore->setObjectName(QStringLiteral("restoreButton"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(restore, &QPushButton::clicked, this, [this, image, file] {
            const HeaderBackupJob::Request request = HeaderBackupJob::Request::restore(image, file);
            run(m_runner->start(std::make_shared<HeaderBackupJob>(request)));
        });
        box->open();
    });
    dialog->open();
}

void VolumeActions::convertInPlace(const VolumeRecord &volume, bool encrypt)
{
    const QString image = volume.path;
    const bool resume = volume.state == inplace::State::Encrypting ||
                        volume.state == inplace::State::Crashed || volume.state == inplace::State::Decrypting;
    auto *dialog = new InPlaceDialog(
        m_runner, image, encrypt ? InPlaceDialog::Direction::Encrypt : InPlaceDialog::Direction::Decrypt,
        resume, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, image] {
        const auto direction = dialog->direction() == InPlaceDialog::Direction::Encrypt
                                   ? VolumeCryptJob::Direction::Encrypt
                                   : VolumeCryptJob::Direction::Decrypt;
        run(m_runner->start(
            std::make_shared<VolumeCryptJob>(direction, image, dialog->key(), dialog->params())));
    });
    dialog->open();
}

void VolumeActions::open(const VolumeRecord &volume)
{
    auto *dialog = new OpenVolumeDialog(volume.path, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        runMapping(VolumeMappingRequest::Verb::Open, dialog->image(), dialog->readOnly(), dialog->takeKey());
    });
    dialog->open();
}

void VolumeActions::close(const VolumeRecord &volume)
{
    runMapping(VolumeMappingRequest::Verb::Close, volume.path);
}

void VolumeActions::mount(const VolumeRecord &volume)
{
    runMapping(VolumeMappingRequest::Verb::Mount, volume.path);
}

void VolumeActions::unmount(const VolumeRecord &volume)
{
    runMapping(VolumeMappingRequest::Verb::Unmount, volume.path);
}

void VolumeActions::browse(const VolumeRecord &volume)
{
    auto *browser = new VolumeBrowserDialog(m_runner, m_jobs, volume.path, m_dialogParent);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->show();
}

void VolumeActions::runMapping(VolumeMappingRequest::Verb verb, const QString &image, bool readOnly,
                               const KeyMaterial &key)
{
    VolumeMappingRequest request;
    request.verb = verb;
    request.image = image;
    request.readOnly = readOnly;
    // The page's banner shows the job's overview, which names the folder udisks2 chose for a mount.
    run(m_runner->start(std::make_shared<VolumeMappingJob>(request, key)));
}

} // namespace strongroom::ui

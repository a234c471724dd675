#pragma once

#include "keys/KeyMaterial.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace strongroom::ui {

class SecretLineEdit;

// Asks what opening a volume needs: the mapping name (/dev/mapper/NAME, suggested from the image's
// file name) and the key that opens the image, typed without echo. Open stays disabled while the key
// is empty or the name is one the helper would refuse. The page runs the job; the dialog only asks.
class OpenVolumeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenVolumeDialog(const QString &image, QWidget *parent = nullptr);
    ~OpenVolumeDialog() override;

    QString image() const { return m_image; }
    QString mappingName() const;
    // The typed key, once: the field is overwritten and cleared, so the dialog keeps no copy.
    KeyMaterial takeKey();

private:
    void updateReady();
    void wipeKeyField();

    QString m_image;
    QLineEdit *m_name;
    SecretLineEdit *m_key;
    QLabel *m_device;
    QPushButton *m_commit;
};

} // namespace strongroom::ui

#pragma once

#include "keys/KeyMaterial.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace strongroom::ui {

class SecretLineEdit;

// Asks what opening a volume needs: the key that opens the image, typed without echo, and whether to
// open it read-only. Open stays disabled while the key is empty. The page runs the job (udisks2
// unlocks it); the dialog only asks.
class OpenVolumeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenVolumeDialog(const QString &image, QWidget *parent = nullptr);
    ~OpenVolumeDialog() override;

    QString image() const { return m_image; }
    bool readOnly() const;
    // The typed key, once: the field is overwritten and cleared, so the dialog keeps no copy.
    KeyMaterial takeKey();

private:
    void updateReady();
    void wipeKeyField();

    QString m_image;
    SecretLineEdit *m_key;
    QCheckBox *m_readOnly;
    QPushButton *m_commit;
};

} // namespace strongroom::ui

#pragma once

#include "keys/KeyMaterial.h"
#include "volumes/InPlaceEncryption.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class NewPassphraseField;
class PbkdfSettingsEditor;
class SecretLineEdit;

// Asks what in-place encryption or decryption of an image needs (a new key and its costs, or the
// key that opens it) and makes the user confirm what will happen to the file. The page then runs
// the job with a progress dialog.
class InPlaceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Direction
    {
        Encrypt,
        Decrypt
    };
    // `resume`: an interrupted run continues; only the key it was started with is needed.
    InPlaceDialog(JobRunner *runner, const QString &image, Direction direction, bool resume,
                  QWidget *parent = nullptr);

    Direction direction() const { return m_direction; }
    KeyMaterial key() const;
    inplace::EncryptionParams params() const;

private:
    void updateReady();

    Direction m_direction;
    bool m_resume;
    NewPassphraseField *m_newKey = nullptr;
    PbkdfSettingsEditor *m_pbkdf = nullptr;
    SecretLineEdit *m_key = nullptr;
    QCheckBox *m_confirm;
    QPushButton *m_commit;
};

} // namespace strongroom::ui

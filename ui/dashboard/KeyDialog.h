#pragma once

#include "sqlcipher/DatabaseOpener.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace strongroom::ui {

class SecretLineEdit;

// Asks for the key of an encrypted file: a passphrase or x'…' raw key typed without echo, or a key
// file; under "Advanced", the cipher settings for files made with custom settings; optionally
// remembering the key in the desktop keyring (off by default, disabled where no keyring runs).
class KeyDialog : public QDialog
{
    Q_OBJECT
public:
    KeyDialog(const QString &path, const QString &reason, QWidget *parent = nullptr);

    // The request built from the dialog; the key field is wiped once this returns.
    Result<OpenRequest> request();
    bool rememberInKeyring() const;

private:
    void chooseKeyFile();

    QString m_path;
    SecretLineEdit *m_key;
    QLineEdit *m_keyFile;
    QCheckBox *m_keyring;
    QGroupBox *m_advanced;
    QSpinBox *m_pageSize;
    QSpinBox *m_kdfIter;
    QComboBox *m_hmac;
    QComboBox *m_kdf;
    QSpinBox *m_headerSize;
};

} // namespace strongroom::ui

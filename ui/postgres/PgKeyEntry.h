#pragma once

#include "age/AgeFile.h"
#include "core/Result.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace strongroom::ui {

class SecretLineEdit;

// The key that opens a PostgreSQL backup: an age identity file (as age-keygen writes it), or a
// passphrase (age's scrypt, gpg --symmetric, or a Node backup's 64 hex characters). An error line
// under it says why a key did not open the backup.
class PgKeyEntry : public QWidget
{
    Q_OBJECT
public:
    explicit PgKeyEntry(QWidget *parent = nullptr);

    // A small window-modal dialog around one entry that asks for the key of the backup `stem`; OK
    // reads the keys (an identity file that cannot be read is said in it) and calls `use` with them.
    static void ask(QWidget *window, const QString &stem, bool passphrase,
                    const std::function<void(const age::DecryptKeys &)> &use);

    // Preselects what the backup wants (a passphrase, or an identity).
    void preferPassphrase(bool passphrase);
    bool hasInput() const;
    // The keys, with the identity file read; a usage error when it cannot be read.
    Result<age::DecryptKeys> keys() const;
    void showError(const QString &message);
    QString error() const;

Q_SIGNALS:
    void changed();

private:
    void update();

    QRadioButton *m_identityMode;
    QRadioButton *m_passphraseMode;
    QLineEdit *m_identityFile;
    SecretLineEdit *m_passphrase;
    QLabel *m_error;
};

} // namespace strongroom::ui

#pragma once

#include "keys/PassphraseGenerator.h"

#include <QWidget>
#include <QtCrypto>

class QLabel;
class QProgressBar;
class QPushButton;

namespace strongroom::ui {

class SecretLineEdit;

// A new passphrase typed twice, with a strength meter and a "Generate words" button that fills in
// a diceware-style phrase (and shows it, since the user must write it down).
class NewPassphraseField : public QWidget
{
    Q_OBJECT

public:
    explicit NewPassphraseField(QWidget *parent = nullptr);

    // Both entries agree and are not empty.
    bool isAcceptable() const;
    QCA::SecureArray passphrase() const;
    void clear();

Q_SIGNALS:
    void changed();

private:
    void generate();
    void update();

    SecretLineEdit *m_first;
    SecretLineEdit *m_second;
    QProgressBar *m_meter;
    QLabel *m_verdict;
    QPushButton *m_show;
    PassphraseGenerator m_generator; // its word list also rates typed passphrases
};

} // namespace strongroom::ui

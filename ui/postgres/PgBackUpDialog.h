#pragma once

#include "age/AgeFile.h"
#include "core/Result.h"
#include "postgres/PgBackupPreferences.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace strongroom::ui {

class NewPassphraseField;

// Back Up Now for a PostgreSQL connection: the history folder, whom the backup is encrypted to (an
// age recipient, a recipients file, or a passphrase typed twice), --globals, and whether the
// retention preset (7 daily, 4 weekly, 12 monthly) runs afterwards. Opens with what was chosen
// last time for this connection; OK is refused with the reason while the choice cannot work.
class PgBackUpDialog : public QDialog
{
    Q_OBJECT
public:
    PgBackUpDialog(const QString &connectionName, const PgBackupPreferences &preferences,
                   QWidget *parent = nullptr);

    PgBackupPreferences preferences() const;
    // Recipients or the passphrase for PgBackupRequest::age; an error names what is wrong.
    Result<age::EncryptRequest> encryption() const;
    QString problem() const;

    void accept() override;

private:
    void update();

    QLineEdit *m_folder;
    QRadioButton *m_recipientMode;
    QRadioButton *m_fileMode;
    QRadioButton *m_passphraseMode;
    QLineEdit *m_recipient;
    QLineEdit *m_recipientsFile;
    NewPassphraseField *m_passphrase;
    QCheckBox *m_globals;
    QCheckBox *m_retention;
    QLabel *m_problem;
};

} // namespace strongroom::ui

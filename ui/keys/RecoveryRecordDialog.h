#pragma once

#include "keylist/KnownKey.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace strongroom::ui {

// The Keys page's "Record Recovery Copy…": where the selected key's recovery copy is kept, in words
// (what `key record-recovery KEYID --where TEXT` records), or Remove Record when the copy is gone.
// The page runs RecordRecoveryJob with the answer; never the key itself.
class RecoveryRecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryRecordDialog(const KnownKey &key, QWidget *parent = nullptr);
    // What to record; empty when the record is to be removed.
    QString where() const;

private:
    void record();

    QLineEdit *m_where;
    QLabel *m_problem;
    bool m_remove = false;
};

} // namespace strongroom::ui

#pragma once

#include "keylist/KnownKey.h"

#include <QDialog>

class QRadioButton;
class QSpinBox;

namespace strongroom::ui {

// The Keys page's "Rotation Period…": the selected key follows the global period or gets its own,
// in days (what `key set-rotation KEYID DAYS|default` sets). The page runs SetKeyRotationJob with
// the answer.
class KeyRotationDialog : public QDialog
{
    Q_OBJECT

public:
    KeyRotationDialog(const KnownKey &key, int globalDays, QWidget *parent = nullptr);
    // The key's own period in days, or 0 for the global one.
    int days() const;

private:
    QRadioButton *m_global;
    QRadioButton *m_own;
    QSpinBox *m_days;
};

} // namespace strongroom::ui

#pragma once

#include "sqlcipher/CipherSettings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace strongroom::ui {

// The cipher settings of a new file: SQLCipher 4 defaults (recommended, the only choice most users
// need) or custom values for page size, KDF iterations and algorithms and a plaintext header.
class TargetSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit TargetSettingsBox(QWidget *parent = nullptr);

    CipherSettings settings() const;
    // The settings pass CipherSettings::validate (a page size that is no power of two does not);
    // otherwise the box says why.
    bool isValid() const;
    void setSettings(const CipherSettings &settings);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_profile;
    QWidget *m_custom;
    QSpinBox *m_pageSize;
    QSpinBox *m_kdfIter;
    QComboBox *m_hmac;
    QComboBox *m_kdf;
    QSpinBox *m_headerSize;
    QLabel *m_problem;
};

} // namespace strongroom::ui

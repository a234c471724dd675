#pragma once

#include "sqlcipher/CipherSettings.h"

#include <QGroupBox>

class QComboBox;
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
};

} // namespace strongroom::ui

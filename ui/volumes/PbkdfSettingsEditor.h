#pragma once

#include "volumes/PbkdfSettings.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace strongroom {
class JobHandle;
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

// Edits how a key slot derives its key (argon2id or pbkdf2, memory, threads, target time or fixed
// iterations) and shows, live, what one unlock will cost on this machine: each change starts a
// calibration job (never on the GUI thread) and the estimate label says its result.
class PbkdfSettingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PbkdfSettingsEditor(JobRunner *runner, QWidget *parent = nullptr);

    PbkdfSettings settings() const;
    void setSettings(const PbkdfSettings &settings);
    // True once the estimate for the current settings is known.
    bool hasEstimate() const { return m_estimated; }
    QString estimateText() const;

Q_SIGNALS:
    void estimateChanged();

private:
    void settingsEdited();
    void calibrate();

    JobRunner *m_runner;
    QComboBox *m_type;
    QSpinBox *m_memory;
    QSpinBox *m_parallel;
    QSpinBox *m_iterTime;
    QSpinBox *m_iterations;
    QLabel *m_estimate;
    QTimer *m_debounce;
    QPointer<JobHandle> m_running;
    bool m_estimated = false;
    bool m_pending = false;
};

} // namespace strongroom::ui

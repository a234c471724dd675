#include "volumes/PbkdfSettingsEditor.h"

#include "core/JobRunner.h"
#include "volumes/PbkdfCalibrationJob.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimer>

namespace strongroom::ui {

PbkdfSettingsEditor::PbkdfSettingsEditor(JobRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner)
{
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("pbkdfCombo"));
    m_type->addItem(tr("argon2id (memory-hard, recommended)"), QStringLiteral("argon2id"));
    m_type->addItem(tr("pbkdf2 (for old systems)"), QStringLiteral("pbkdf2"));
    m_memory = new QSpinBox;
    m_memory->setObjectName(QStringLiteral("memorySpin"));
    m_memory->setRange(32, 4096);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setValue(1024);
    m_memory->setToolTip(tr("Memory one unlock needs. The machine that opens the volume must have it free."));
    m_parallel = new QSpinBox;
    m_parallel->setObjectName(QStringLiteral("parallelSpin"));
    m_parallel->setRange(1, 4);
    m_parallel->setValue(4);
    m_iterTime = new QSpinBox;
    m_iterTime->setObjectName(QStringLiteral("iterTimeSpin"));
    m_iterTime->setRange(100, 10000);
    m_iterTime->setSingleStep(250);
    m_iterTime->setSuffix(tr(" ms"));
    m_iterTime->setValue(2000);
    m_iterations = new QSpinBox;
    m_iterations->setObjectName(QStringLiteral("iterationsSpin"));
    m_iterations->setRange(0, 100000000);
    m_iterations->setSpecialValueText(tr("measure for the target time"));
    m_iterations->setToolTip(tr("Fixed iterations instead of measuring this machine, e.g. for a slower "
                                "machine that must open the volume."));
    m_estimate = new QLabel;
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_estimate->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Key derivation:"), m_type);
    form->addRow(tr("Memory:"), m_memory);
    form->addRow(tr("Threads:"), m_parallel);
    form->addRow(tr("Target unlock time:"), m_iterTime);
    form->addRow(tr("Iterations:"), m_iterations);
    form->addRow(tr("On this machine:"), m_estimate);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &PbkdfSettingsEditor::calibrate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PbkdfSettingsEditor::settingsEdited);
    for (QSpinBox *spin : {m_memory, m_parallel, m_iterTime, m_iterations})
        connect(spin, &QSpinBox::valueChanged, this, &PbkdfSettingsEditor::settingsEdited);
    settingsEdited();
}

PbkdfSettings PbkdfSettingsEditor::settings() const
{
    PbkdfSettings s;
    s.type = m_type->currentData().toString();
    s.memoryKib = m_memory->value() * 1024;
    s.parallel = m_parallel->value();
    s.iterTimeMs = m_iterTime->value();
    s.iterations = m_iterations->value();
    return s;
}

void PbkdfSettingsEditor::setSettings(const PbkdfSettings &settings)
{
    m_type->setCurrentIndex(qMax(0, m_type->findData(settings.type)));
    m_memory->setValue(settings.memoryKib / 1024);
    m_parallel->setValue(settings.parallel);
    m_iterTime->setValue(settings.iterTimeMs);
    m_iterations->setValue(settings.iterations);
}

QString PbkdfSettingsEditor::estimateText() const
{
    return m_estimate->text();
}

void PbkdfSettingsEditor::settingsEdited()
{
    const bool argon = settings().isArgon2();
    m_memory->setEnabled(argon);
    m_parallel->setEnabled(argon);
    m_iterTime->setEnabled(m_iterations->value() == 0);
    m_estimated = false;
    m_estimate->setText(tr("Measuring…"));
    Q_EMIT estimateChanged();
    m_debounce->start();
}

void PbkdfSettingsEditor::calibrate()
{
    if (m_running) {
        m_pending = true; // one calibration at a time; the latest settings go next
        return;
    }
    const PbkdfSettings wanted = settings();
    if (auto s = wanted.validate(); !s) {
        m_estimate->setText(s.error().message);
        return;
    }
    auto job = std::make_shared<PbkdfCalibrationJob>(wanted);
    m_running = m_runner->start(job);
    connect(m_running, &JobHandle::finished, this, [this, job](const JobReport &report) {
        m_running = nullptr;
        if (m_pending) {
            m_pending = false;
            calibrate();
            return;
        }
        if (report.error) {
            m_estimate->setText(report.error->message);
            return;
        }
        const PbkdfCost cost = job->cost();
        const QString time = cost.milliseconds < 1000
                                 ? tr("%1 ms").arg(qMax(1, qRound(cost.milliseconds)))
                                 : tr("%1 s").arg(QLocale().toString(cost.milliseconds / 1000.0, 'f', 1));
        QString text = cost.type.startsWith(QLatin1String("argon2"))
                           ? tr("One unlock takes about %1 and %2 MiB of memory (%3 iterations, %4 threads).")
                                 .arg(time)
                                 .arg(cost.memoryKib / 1024)
                                 .arg(cost.iterations)
                                 .arg(cost.parallel)
                           : tr("One unlock takes about %1 (%2 iterations, little memory).")
                                 .arg(time)
                                 .arg(cost.iterations);
        if (cost.type.startsWith(QLatin1String("argon2")) && cost.memoryKib < settings().memoryKib)
            text +=
                QLatin1Char(' ') +
                tr("libcryptsetup lowered the memory to stay within the target time and this machine's RAM.");
        m_estimate->setText(text);
        m_estimated = true;
        Q_EMIT estimateChanged();
    });
}

} // namespace strongroom::ui

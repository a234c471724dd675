#include "backups/RetentionEditor.h"

#include "backups/ConfirmDeletion.h"
#include "backups/RetentionSettings.h"
#include "widgets/DataSize.h"

#include <QCheckBox>
#include <QColor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

namespace {

QSpinBox *countBox(const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(-1, 100000);
    box->setSpecialValueText(RetentionEditor::tr("unlimited")); // shown for -1
    return box;
}

} // namespace

RetentionEditor::RetentionEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_last = countBox(QStringLiteral("keepLast"));
    m_hourly = countBox(QStringLiteral("keepHourly"));
    m_daily = countBox(QStringLiteral("keepDaily"));
    m_weekly = countBox(QStringLiteral("keepWeekly"));
    m_monthly = countBox(QStringLiteral("keepMonthly"));
    m_yearly = countBox(QStringLiteral("keepYearly"));
    m_within = new QLineEdit;
    m_within->setObjectName(QStringLiteral("keepWithin"));
    m_within->setPlaceholderText(tr("e.g. 7d, 2m, 1y6m"));
    m_within->setToolTip(
        tr("Keep every backup within this time before the newest one: y years, m months, d days, "
           "h hours."));
    m_includeProtected = new QCheckBox(tr("Let the policy remove pre-restore backups"));
    m_includeProtected->setObjectName(QStringLiteral("includeProtected"));
    // The rules in two rows of label/field pairs, so the preview gets the whole width below.
    auto *rules = new QGridLayout;
    const QList<std::pair<QString, QWidget *>> fields{
        {tr("Keep the &last:"), m_last}, {tr("Keep &hourly:"), m_hourly},   {tr("Keep &daily:"), m_daily},
        {tr("Keep &weekly:"), m_weekly}, {tr("Keep &monthly:"), m_monthly}, {tr("Keep &yearly:"), m_yearly},
        {tr("Keep &within:"), m_within}};
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields[i].first);
        label->setBuddy(fields[i].second);
        rules->addWidget(label, i / 4, (i % 4) * 2);
        rules->addWidget(fields[i].second, i / 4, (i % 4) * 2 + 1);
    }
    rules->addWidget(m_includeProtected, 2, 0, 1, 8);
    for (int column = 1; column < 8; column += 2)
        rules->setColumnStretch(column, 1);
    layout->addLayout(rules);
    auto *help =
        new QLabel(tr("Each rule keeps the newest backup of that many hours, days, weeks, months or years "
                      "(0: rule not used; unlimited: every one). A backup is kept when any rule keeps it. "
                      "Backups not yet verified are never removed."));
    help->setWordWrap(true);
    layout->addWidget(help);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_summary);
    m_preview = new QTreeWidget;
    m_preview->setObjectName(QStringLiteral("retentionPreview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->setHeaderLabels({tr("Backup"), tr("Time"), tr("Decision"), tr("Why it is kept")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);
    m_apply = new QPushButton(tr("&Apply…"));
    m_apply->setObjectName(QStringLiteral("applyRetention"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    for (QSpinBox *box : {m_last, m_hourly, m_daily, m_weekly, m_monthly, m_yearly})
        connect(box, &QSpinBox::valueChanged, this, &RetentionEditor::onPolicyEdited);
    connect(m_within, &QLineEdit::textChanged, this, &RetentionEditor::onPolicyEdited);
    connect(m_includeProtected, &QCheckBox::toggled, this, &RetentionEditor::onPolicyEdited);
    connect(m_apply, &QPushButton::clicked, this, &RetentionEditor::confirmApply);
    updatePreview();
}

void RetentionEditor::setHistory(const QString &folder, const QList<BackupRecord> &backups)
{
    m_backups = backups;
    if (folder != m_folder) {
        m_folder = folder;
        setPolicy(retentionsettings::load(folder));
    }
    updatePreview();
}

std::optional<RetentionPolicy> RetentionEditor::policy() const
{
    RetentionPolicy p;
    p.last = m_last->value();
    p.hourly = m_hourly->value();
    p.daily = m_daily->value();
    p.weekly = m_weekly->value();
    p.monthly = m_monthly->value();
    p.yearly = m_yearly->value();
    p.includeProtected = m_includeProtected->isChecked();
    const QString within = m_within->text().trimmed();
    if (!within.isEmpty()) {
        p.within = RetentionDuration::parse(within);
        if (!p.within)
            return std::nullopt;
    }
    return p;
}

void RetentionEditor::setPolicy(const RetentionPolicy &policy)
{
    m_loading = true;
    m_last->setValue(policy.last);
    m_hourly->setValue(policy.hourly);
    m_daily->setValue(policy.daily);
    m_weekly->setValue(policy.weekly);
    m_monthly->setValue(policy.monthly);
    m_yearly->setValue(policy.yearly);
    m_within->setText(policy.within ? policy.within->toString() : QString());
    m_includeProtected->setChecked(policy.includeProtected);
    m_loading = false;
    updatePreview();
}

void RetentionEditor::onPolicyEdited()
{
    if (m_loading)
        return;
    const std::optional<RetentionPolicy> p = policy();
    if (p && !m_folder.isEmpty())
        retentionsettings::save(m_folder, *p);
    updatePreview();
}

void RetentionEditor::updatePreview()
{
    m_preview->clear();
    m_wouldRemove.clear();
    const std::optional<RetentionPolicy> p = policy();
    m_within->setStyleSheet(p || m_within->text().trimmed().isEmpty() ? QString()
                                                                      : QStringLiteral("color: #b03030;"));
    if (!p) {
        m_summary->setText(
            tr("“%1” is not a duration: write it like 7d, 2m or 1y6m (y years, m months, d days, "
               "h hours).")
                .arg(m_within->text()));
        m_apply->setEnabled(false);
        return;
    }
    const RetentionPolicy effective = p->isEmpty() ? RetentionPolicy::defaultPolicy() : *p;
    qint64 freed = 0;
    for (const RetentionDecision &d : applyRetention(*p, m_backups)) {
        auto *item = new QTreeWidgetItem(
            m_preview,
            {d.backup.fileName, QLocale().toString(d.backup.created.toLocalTime(), QLocale::ShortFormat),
             d.keep ? tr("keep") : tr("remove"), d.reasons.join(QStringLiteral(", "))});
        item->setToolTip(3, item->text(3));
        if (!d.keep) {
            m_wouldRemove.append(d.backup.fileName);
            freed += d.backup.size;
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, QColor(0xb0, 0x30, 0x30));
        }
    }
    if (m_backups.isEmpty())
        m_summary->setText(
            tr("Policy: %1. There are no backups in this history yet.").arg(effective.toString()));
    else if (m_wouldRemove.isEmpty())
        m_summary->setText(tr("Policy: %1. Dry run: it keeps every backup (%2).")
                               .arg(effective.toString())
                               .arg(m_backups.size()));
    else
        m_summary->setText(
            tr("Policy: %1. Dry run: it would remove %2 of %3 backups (%4) and keep the rest for the "
               "reasons shown.")
                .arg(effective.toString())
                .arg(m_wouldRemove.size())
                .arg(m_backups.size())
                .arg(dataSizeText(freed)));
    m_apply->setEnabled(!m_wouldRemove.isEmpty());
}

void RetentionEditor::confirmApply()
{
    if (m_wouldRemove.isEmpty())
        return;
    const QStringList files = m_wouldRemove;
    const QString question =
        files.size() == 1
            ? tr("Delete the backup %1 from %2? This cannot be undone.").arg(files.first(), m_folder)
            : tr("Delete %1 backups from %2? This cannot be undone.").arg(files.size()).arg(m_folder);
    confirmDeletion(this, QStringLiteral("confirmRetention"), tr("Apply the Retention Policy"), question,
                    files.join(QLatin1Char('\n')), tr("&Delete"),
                    [this, files] { Q_EMIT removeRequested(files); });
}

} // namespace strongroom::ui

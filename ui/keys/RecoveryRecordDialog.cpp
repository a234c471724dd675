#include "keys/RecoveryRecordDialog.h"

#include "keylist/RecordRecoveryJob.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongroom::ui {

RecoveryRecordDialog::RecoveryRecordDialog(const KnownKey &key, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Record a Recovery Copy"));
    auto *intro = new QLabel(
        tr("<b>%1</b> (%2)<br>Strongroom cannot see a copy kept away from this machine. Say where the "
           "recovery copy of this key is kept, so that the security audit can count it: a place, never "
           "the key.")
            .arg(key.keyId.toHtmlEscaped(), key.label.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_where = new QLineEdit(key.recoveryWhere);
    m_where->setObjectName(QStringLiteral("recoveryWhereEdit"));
    m_where->setPlaceholderText(tr("e.g. sealed envelope in the office safe, password manager vault Ops"));
    m_where->setMaxLength(500);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *recorded = new QLabel(
        key.recoveryWhere.isEmpty()
            ? tr("Nothing is recorded for this key yet.")
            : tr("Recorded on %1.")
                  .arg(QLocale().toString(key.recoveryRecorded.toLocalTime(), QLocale::ShortFormat)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *recordButton = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    recordButton->setObjectName(QStringLiteral("recordButton"));
    recordButton->setDefault(true);
    QPushButton *removeButton = buttons->addButton(tr("Remove Record"), QDialogButtonBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("removeRecordButton"));
    removeButton->setEnabled(!key.recoveryWhere.isEmpty());
    connect(recordButton, &QPushButton::clicked, this, &RecoveryRecordDialog::record);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        m_remove = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_where);
    layout->addWidget(m_problem);
    layout->addWidget(recorded);
    layout->addWidget(buttons);
    m_where->setMinimumWidth(480);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    connect(m_where, &QLineEdit::textChanged, this, [this] {
        if (m_problem->isVisible()) {
            m_problem->hide();
            adjustSize();
        }
    });
}

void RecoveryRecordDialog::record()
{
    const QString where = m_where->text().trimmed();
    std::optional<QString> problem = RecordRecoveryJob::problemWith(where);
    if (where.isEmpty())
        problem = tr("Say where the copy is kept, or use Remove Record.");
    if (problem) {
        m_problem->setText(*problem);
        m_problem->show();
        adjustSize();
        return;
    }
    accept();
}

QString RecoveryRecordDialog::where() const
{
    return m_remove ? QString() : m_where->text().trimmed();
}

} // namespace strongroom::ui

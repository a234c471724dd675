#include "dialogs/DiagnosticsDialog.h"

#include "core/JobRunner.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

DiagnosticsDialog::DiagnosticsDialog(JobRunner *runner, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Diagnostics"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Libraries, tools and system support that Strongroom uses:")));
    m_text = new QPlainTextEdit(tr("Collecting…"));
    m_text->setReadOnly(true);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_text, 2);
    layout->addWidget(new QLabel(tr("Missing pieces, what they disable and how to get them:")));
    m_missing = new QTreeWidget;
    m_missing->setHeaderLabels({tr("Missing"), tr("Disables"), tr("Fix")});
    m_missing->setRootIsDecorated(false);
    m_missing->setWordWrap(true);
    m_missing->header()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_missing, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy as Text"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<Diagnostics>::finished, this,
            [this] { present(m_watcher.result()); });
    m_watcher.setFuture(runner->runTask(&Diagnostics::collect));
}

void DiagnosticsDialog::present(const Diagnostics &diagnostics)
{
    m_text->setPlainText(diagnostics.toText());
    m_missing->clear();
    for (const Diagnostics::Missing &m : diagnostics.missing)
        m_missing->addTopLevelItem(new QTreeWidgetItem(QStringList{m.what, m.disables, m.fix}));
}

} // namespace strongroom::ui

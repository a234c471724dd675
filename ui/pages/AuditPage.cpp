#include "pages/AuditPage.h"

#include "core/JobRunner.h"
#include "keylist/KeyListSettings.h"
#include "pages/SecurityAuditView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

AuditPage::AuditPage(JobRunner *runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_logPath(runner->audit().path())
{
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    pageLayout->addWidget(m_tabs);
    auto *logView = new QWidget;
    auto *layout = new QVBoxLayout(logView);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Audit log")));
    header->addWidget(title);
    header->addStretch();
    auto *verifyButton = new QPushButton(tr("&Verify chain"));
    verifyButton->setToolTip(tr("Check that no line of the log was edited, inserted or removed"));
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    header->addWidget(verifyButton);
    header->addWidget(refreshButton);
    layout->addLayout(header);

    m_pathLabel =
        new QLabel(tr("Every action that changes a database, a backup or a volume is recorded in %1; "
                      "each line carries the hash of the line before it.")
                       .arg(m_logPath));
    m_pathLabel->setWordWrap(true);
    layout->addWidget(m_pathLabel);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels(
        {tr("Time (UTC)"), tr("User"), tr("Host"), tr("Action"), tr("Target"), tr("Outcome")});
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table);
    m_tabs->addTab(logView, tr("Audit log"));
    // The security audit checks the places the console knows and writes its line to the runner's log.
    m_securityAudit = new SecurityAuditView(runner, [] {
        SecurityAuditRequest request;
        request.knownHistoryFolders = keylistsettings::historyFolders();
        request.knownPgBackupFolders = keylistsettings::pgBackupFolders();
        request.knownVolumeImages = keylistsettings::volumeImages();
        request.rotationDays = keylistsettings::rotationDays();
        request.pgConnections = keylistsettings::pgConnections();
        return request;
    });
    m_tabs->addTab(m_securityAudit, tr("Security audit"));
    connect(m_securityAudit, &SecurityAuditView::finished, this, &AuditPage::refresh);

    connect(verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    connect(refreshButton, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        present(m_watcher.result());
        if (std::exchange(m_verifyPending, false))
            verify();
    });
    refresh();
}

void AuditPage::showSecurityAudit()
{
    m_tabs->setCurrentWidget(m_securityAudit);
}

int AuditPage::rowCount() const
{
    return m_table->rowCount();
}

void AuditPage::refresh()
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(m_runner->runTask([log = m_runner->audit()] {
        Loaded loaded;
        auto entries = log.entries();
        if (entries)
            loaded.entries = *entries;
        else
            loaded.error = entries.error().message;
        return loaded;
    }));
}

void AuditPage::verify()
{
    if (m_watcher.isRunning()) {
        m_verifyPending = true;
        return;
    }
    m_watcher.setFuture(m_runner->runTask([log = m_runner->audit()] {
        Loaded loaded;
        auto entries = log.entries();
        if (entries)
            loaded.entries = *entries;
        loaded.verification = log.verify();
        loaded.verified = true;
        return loaded;
    }));
}

void AuditPage::present(const Loaded &loaded)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(loaded.entries.size()));
    int row = 0;
    for (auto it = loaded.entries.crbegin(); it != loaded.entries.crend(); ++it, ++row) {
        const QJsonObject &e = *it;
        const QStringList cells{
            e.value(QStringLiteral("time")).toString(),   e.value(QStringLiteral("user")).toString(),
            e.value(QStringLiteral("host")).toString(),   e.value(QStringLiteral("action")).toString(),
            e.value(QStringLiteral("target")).toString(), e.value(QStringLiteral("outcome")).toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (e.contains(QStringLiteral("details")))
                item->setToolTip(
                    QString::fromUtf8(QJsonDocument(e.value(QStringLiteral("details")).toObject())
                                          .toJson(QJsonDocument::Indented)));
            m_table->setItem(row, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();

    if (!loaded.error.isEmpty()) {
        m_banner->setStyleSheet(
            QStringLiteral("background:#fdecea;color:#8a1c1c;padding:8px;border-radius:4px"));
        m_banner->setText(loaded.error);
        m_banner->setVisible(true);
    } else if (loaded.verified) {
        const AuditLog::Verification &v = loaded.verification;
        const bool ok = v.intact;
        m_banner->setStyleSheet(
            ok        ? QStringLiteral("background:#e8f5e9;color:#1b5e20;padding:8px;border-radius:4px")
            : v.noLog ? QStringLiteral("background:#fff8e1;color:#6d4c00;padding:8px;border-radius:4px")
                      : QStringLiteral("background:#fdecea;color:#8a1c1c;padding:8px;border-radius:4px"));
        QString text =
            ok        ? tr("The log is intact: %n line(s), hash chain unbroken.", nullptr, v.lines)
            : v.noLog ? tr("There is no audit log: nothing was logged by this user here yet, or the log "
                           "and its head record were deleted.")
                      : tr("The log was tampered with: %1. Keep this copy as evidence and compare it with "
                           "your backups.")
                            .arg(v.problem);
        // Whether the user-writable chain was checked against the journal, which they cannot rewrite.
        if (v.journalCompared)
            text += QLatin1Char('\n') + (v.missingLocally.isEmpty() && v.missingFromJournal.isEmpty()
                                             ? tr("The system journal holds the same entries.")
                                             : tr("The log and the system journal differ: %1 journal entries "
                                                  "are missing from the log, %2 lines are missing from the "
                                                  "journal.")
                                                   .arg(v.missingLocally.size())
                                                   .arg(v.missingFromJournal.size()));
        else
            text += QLatin1Char('\n') + tr("Not compared with the system journal: %1.").arg(v.journalNote);
        m_banner->setText(text);
        m_banner->setVisible(true);
    }
}

} // namespace strongroom::ui

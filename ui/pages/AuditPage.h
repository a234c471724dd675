#pragma once

#include "core/AuditLog.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class SecurityAuditView;

// Two views: the audit trail: every state-changing action, newest first, and a check of its hash chain.
// Reading and verifying run off the GUI thread. And the security audit (SecurityAuditView).
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    // Shows and verifies the runner's audit log, the one its jobs write to.
    explicit AuditPage(JobRunner *runner, QWidget *parent = nullptr);

    void refresh();
    void verify();
    int rowCount() const;
    SecurityAuditView *securityAudit() const { return m_securityAudit; }
    void showSecurityAudit();

private:
    struct Loaded
    {
        QList<QJsonObject> entries;
        QString error;
        AuditLog::Verification verification;
        bool verified = false;
    };
    void present(const Loaded &loaded);

    JobRunner *m_runner;
    QString m_logPath;
    QLabel *m_banner;
    QLabel *m_pathLabel;
    QTableWidget *m_table;
    QTabWidget *m_tabs;
    SecurityAuditView *m_securityAudit;
    QFutureWatcher<Loaded> m_watcher;
    bool m_verifyPending = false;
};

} // namespace strongroom::ui

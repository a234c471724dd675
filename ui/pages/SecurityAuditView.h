#pragma once

#include "core/Result.h"
#include "securityaudit/SecurityAuditJob.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace strongroom {
class JobHandle;
class JobRunner;
struct JobReport;
} // namespace strongroom

namespace strongroom::ui {

// The Audit page's "Run security audit" view: runs SecurityAuditJob in the job dialog (the same job
// as `audit run`), lists each check with its result, evidence, why and fix, filters them by result
// and area, and exports the rows shown as the CLI's HTML page or as a PDF (QPdfWriter).
class SecurityAuditView : public QWidget
{
    Q_OBJECT
public:
    // `request` gives what every run checks (the places the console knows, the audit log); the
    // folders the user adds here are appended to its paths.
    SecurityAuditView(JobRunner *runner, std::function<SecurityAuditRequest()> request,
                      QWidget *parent = nullptr);

    void addPath(const QString &path);
    QStringList paths() const { return m_paths; }
    void run();
    bool isRunning() const { return m_job != nullptr; }

    QList<SecurityCheck> checks() const { return m_checks; }
    // The checks the filters let through, in the table's order.
    QList<SecurityCheck> shownChecks() const;
    // "" for all, else a result name (pass, warn, fail, manual) or an area (sqlcipher, luks, ...).
    void setResultFilter(const QString &result);
    void setAreaFilter(const QString &area);

    // The rows shown, as the CLI's page (securityAuditHtml) or as a PDF of it; both 0600.
    Status exportHtml(const QString &path) const;
    Status exportPdf(const QString &path) const;

Q_SIGNALS:
    void finished();

private:
    void chooseFolder();
    void present(const JobReport &report);
    void applyFilters();
    void showDetails(int row);
    void chooseExport(bool pdf);
    QString reportTitle() const;

    JobRunner *m_runner;
    std::function<SecurityAuditRequest()> m_request;
    std::shared_ptr<SecurityAuditJob> m_running;
    JobHandle *m_job = nullptr;
    QStringList m_paths;
    QList<SecurityCheck> m_checks;
    QLabel *m_pathsLabel;
    QLabel *m_summary;
    QPushButton *m_runButton;
    QPushButton *m_htmlButton;
    QPushButton *m_pdfButton;
    QComboBox *m_resultFilter;
    QComboBox *m_areaFilter;
    QTableWidget *m_table;
    QTextBrowser *m_details;
};

// The PDF of `html` (A4 landscape), for the audit report's export.
QByteArray securityAuditPdf(const QString &html, const QString &title);

} // namespace strongroom::ui

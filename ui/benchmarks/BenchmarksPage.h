#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

class QChartView;

namespace strongroom {
class JobRunner;
struct Error;
} // namespace strongroom

namespace strongroom::ui {

class DatabasesPage;
class JobsIndicator;
class PartProgressView;
class SecretLineEdit;

// The Benchmarks section: `bench queries` on a database open in the Databases section (its
// session, so no second key prompt), optionally against its plain twin, or on a PostgreSQL
// connection, optionally against a second one (each password from its field, in wiped memory, else as
// libpq finds it: .pgpass, the service file; a connection that wants one has its field asked for),
// saved as a baseline, run as app/bench's QueryBenchJob or PgQueryBenchJob in the job dialog, with a
// row and a bar per statement on the page while it runs (PartProgressView);
// then Qt Charts of p50/p95/p99 per statement (A and B), the overhead per statement with the 5 % line,
// and the saved baselines' p50 over time; `bench sqlcipher`'s table of settings (SqlCipherBenchJob)
// in a tab of its own; export as PNG (the tab shown), CSV and JSON.
class BenchmarksPage : public QWidget
{
    Q_OBJECT
public:
    BenchmarksPage(DatabasesPage *databases, JobRunner *runner, JobsIndicator *jobs,
                   QWidget *parent = nullptr);

    // Shows a result as the job's data has it (also used by tests and screenshots).
    void showResult(const QJsonObject &result);
    QJsonObject result() const { return m_result; }
    QTabWidget *charts() const { return m_tabs; }
    // Shows `bench sqlcipher`'s data in the settings tab.
    void showSqlCipherResult(const QJsonObject &result);
    QJsonObject sqlCipherResult() const { return m_sqlcipherResult; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDatabases();
    void run();
    void runPostgres();
    void runSqlCipher();
    // After a PostgreSQL run failed: when a connection wants a (different) password, says so at its
    // field and puts the cursor there.
    void askForPassword(bool against, const Error &error);
    void updateTargetRows();
    void showHistory();
    void exportTo(const QString &kind);

    DatabasesPage *m_databases;
    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QComboBox *m_kind;
    QComboBox *m_database;
    QLineEdit *m_connection;
    QLineEdit *m_against;
    SecretLineEdit *m_password;
    SecretLineEdit *m_againstPassword;
    QLineEdit *m_workload;
    QSpinBox *m_iterations;
    QCheckBox *m_twin;
    QLineEdit *m_baseline;
    QPushButton *m_run;
    PartProgressView *m_parts;
    QLabel *m_summary;
    QFormLayout *m_form;
    QTabWidget *m_tabs;
    QChartView *m_latency;
    QChartView *m_overhead;
    QChartView *m_history;
    QWidget *m_settingsTab;
    QSpinBox *m_sizeMb;
    QPushButton *m_runSqlCipher;
    QTableWidget *m_settingsTable;
    QJsonObject m_result;
    QJsonObject m_sqlcipherResult;
};

} // namespace strongroom::ui

#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

class QChartView;

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class DatabasesPage;
class JobsIndicator;

// The Benchmarks section: `bench queries` on a database open in the Databases section (its
// session, so no second key prompt), optionally against its plain twin and saved as a baseline,
// run as app/bench's QueryBenchJob in the job dialog; then Qt Charts of p50/p95/p99 per statement
// (SQLCipher and plain), the overhead per statement with the 5 % line, and the saved baselines'
// p50 over time; export as PNG (the chart shown), CSV and JSON.
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDatabases();
    void run();
    void showHistory();
    void exportTo(const QString &kind);

    DatabasesPage *m_databases;
    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QComboBox *m_database;
    QLineEdit *m_workload;
    QSpinBox *m_iterations;
    QCheckBox *m_twin;
    QLineEdit *m_baseline;
    QPushButton *m_run;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QChartView *m_latency;
    QChartView *m_overhead;
    QChartView *m_history;
    QJsonObject m_result;
};

} // namespace strongroom::ui

#pragma once

#include "core/JobHandle.h"
#include "postgres/PgSavedConnections.h"
#include "postgres/PgServerInfo.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace strongroom {
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

class Banner;
class Card;
class JobsIndicator;
class PgBackupHistory;

// One saved PostgreSQL connection in the Databases section, like a database's dashboard: cards
// (server, size, TLS, encrypted storage, settings), every table with estimated or exact rows and
// its table, TOAST and index bytes, and a chart of the largest tables, all from PgInfoJob. A server
// that wants a password the dashboard does not have gets a banner that asks for it.
class PgDashboard : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        EstimatedRows,
        ExactRows,
        TableBytes,
        ToastBytes,
        IndexBytes,
        TotalBytes,
        ColumnCount
    };

    // `jobs` shows the progress dialogs of the backup jobs (null: a dialog of their own).
    PgDashboard(SavedPgConnection saved, JobRunner *runner, JobsIndicator *jobs = nullptr,
                QWidget *parent = nullptr);
    ~PgDashboard() override;

    SavedPgConnection saved() const { return m_saved; }
    void setPassword(const postgres::PgPassword &password) { m_password = password; }
    // Runs the info job (with exact counts when asked); the first showing starts one by itself.
    void refresh(bool exactCounts = false);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

    postgres::PgServerInfo info() const { return m_info; }
    QStandardItemModel *tableModel() const { return m_model; }
    QString bannerText() const;
    QString cardValue(const QString &caption) const;
    // The Backups tab: history, Back Up Now, verify, compare, prune, restore.
    PgBackupHistory *backups() const { return m_backups; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void infoShown();
    void editRequested();
    void forgetRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void start(bool exactCounts);
    void onFinished(const JobReport &report, const postgres::PgServerInfo &info);
    void askForPassword(const QString &reason);
    void showInfo();
    void updateChart();

    SavedPgConnection m_saved;
    postgres::PgConnection m_connection;
    postgres::PgPassword m_password;
    JobRunner *m_runner;
    QPointer<JobHandle> m_job;
    bool m_started = false;
    bool m_keyringTried = false;
    postgres::PgServerInfo m_info;

    Banner *m_banner;
    QWidget *m_content;
    QList<Card *> m_cards;
    QProgressBar *m_progress;
    QPushButton *m_refresh;
    QPushButton *m_exact;
    QPushButton *m_stop;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QChartView *m_chart;
    QTabWidget *m_tabs;
    PgBackupHistory *m_backups;
};

} // namespace strongroom::ui

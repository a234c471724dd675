#pragma once

#include "conversion/ConversionRequest.h"
#include "core/JobHandle.h"
#include "dashboard/DashboardFacts.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/TableStatsJob.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace strongroom {
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

class Banner;
class Card;
class DashboardConnection;
class JobsIndicator;
class LastBackupLookup;
class LeftoverTempsBanner;
class TableCharts;
class TableStatsModel;

// One open database: a banner for what the opening found, cards of file-level facts (at once), and
// the tables and indexes with rows and sizes filling in from a background job, with charts. The
// page lays these out and runs the statistics; the connection (DashboardConnection), the leftover
// temp files (LeftoverTempsBanner), the last-backup lookup (LastBackupLookup), the charts
// (TableCharts) and the words of the facts (DashboardFacts) are their own classes.
class DatabaseDashboard : public QWidget
{
    Q_OBJECT
public:
    DatabaseDashboard(const QString &path, JobRunner *runner, JobsIndicator *jobs, QWidget *parent = nullptr);
    ~DatabaseDashboard() override;

    QString path() const { return m_path; }
    // Starts the opening job; the key in `request` is wiped when it ends.
    void open(OpenRequest request);
    // Asks for a key (and settings) and opens with it.
    void askForKey(const QString &reason = {});
    void refresh();
    void cancelStatistics();
    // Closes the connection (a restore is about to replace the file); open() makes a new one.
    void closeSession();
    // Reads the newest backup from the history catalog off the GUI thread and shows it on its card.
    void refreshLastBackup();
    QString lastBackupText() const;

    std::shared_ptr<DatabaseSession> session() const;
    TableStatsModel *tableModel() const { return m_model; }
    bool statisticsRunning() const { return m_statsJob != nullptr; }
    QString bannerText() const;

Q_SIGNALS:
    void opened(const QString &path);
    void statisticsFinished();
    // The user chose a next action that the conversion wizard carries out.
    void conversionRequested(strongroom::ConversionKind preferred);

private:
    void onOpened(const OpenDiagnosis &diagnosis);
    void showFacts();
    void startStatistics();
    void onTable(const TableStats &table);
    void updateCharts();
    void exportAs(const QString &format);

    QString m_path;
    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    DashboardConnection *m_connection;
    LastBackupLookup *m_lastBackup;
    DashboardFacts m_facts;
    QPointer<JobHandle> m_statsJob;

    Banner *m_banner;
    LeftoverTempsBanner *m_tempsBanner;
    QPushButton *m_convert;
    QWidget *m_content;
    QHash<DashboardFacts::Fact, Card *> m_cards;
    QProgressBar *m_statsProgress;
    QLabel *m_statsLabel;
    QPushButton *m_cancelStats;
    QLineEdit *m_filter;
    TableStatsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    TableCharts *m_charts;
};

} // namespace strongroom::ui

Q_DECLARE_METATYPE(strongroom::TableStats)

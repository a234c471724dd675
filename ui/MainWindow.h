#pragma once

#include "keys/KeyReader.h"

#include <QMainWindow>
#include <optional>

class QListWidget;
class QStackedWidget;

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class AuditPage;
class DatabasesPage;
class Banner;
class JobsIndicator;
class RecentFiles;
class WatchMonitor;

// The console: a sidebar of sections (Databases, Backups, Volumes, Benchmarks, Audit), File → Open
// with recent files and drag and drop, Help → Diagnostics, and the running-jobs indicator.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Section
    {
        Databases,
        Backups,
        Volumes,
        Keys,
        Benchmarks,
        Audit
    };
    Q_ENUM(Section)

    explicit MainWindow(JobRunner *runner, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openDatabase(const QString &path, const KeySource &key = {});
    void openDatabase(const QString &path, const std::optional<KeyMaterial> &key);
    void showSection(Section section);
    Section currentSection() const;
    DatabasesPage *databasesPage() const { return m_databases; }
    JobsIndicator *jobsIndicator() const { return m_jobs; }
    WatchMonitor *watchMonitor() const { return m_watch; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addSection(const QString &iconName, const QString &title, QWidget *page);
    void chooseDatabase();
    void checksumFile();
    void showAbout();
    // The sidebar's counts and the banner above the current page, from the watch's findings.
    void showWatch();

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    RecentFiles *m_recent;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    DatabasesPage *m_databases;
    AuditPage *m_audit;
    WatchMonitor *m_watch;
    Banner *m_watchBanner;
    QStringList m_sectionTitles;
};

} // namespace strongroom::ui

#include "MainWindow.h"

#include "RecentFiles.h"
#include "backups/BackupsPage.h"
#include "benchmarks/BenchmarksPage.h"
#include "core/FileHashJob.h"
#include "core/JobRunner.h"
#include "dialogs/DiagnosticsDialog.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobsIndicator.h"
#include "keys/KeysPage.h"
#include "pages/AuditPage.h"
#include "pages/DatabasesPage.h"
#include "volumes/VolumesPage.h"
#include "watch/WatchMonitor.h"
#include "widgets/Banner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace strongroom::ui {

MainWindow::MainWindow(JobRunner *runner, QWidget *parent) : QMainWindow(parent), m_runner(runner)
{
    setWindowTitle(tr("Strongroom"));
    setAcceptDrops(true);
    m_jobs = new JobsIndicator(runner, this);
    statusBar()->addPermanentWidget(m_jobs);
    m_recent = new RecentFiles(this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) { openDatabase(path); });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(168);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget#sidebar { border: none; background: palette(window); padding-top: 8px; }"
                       "QListWidget#sidebar::item { padding: 8px 6px; }"));
    m_pages = new QStackedWidget;
    m_watch = new WatchMonitor(runner, this);
    m_watchBanner = new Banner;
    m_watchBanner->setObjectName(QStringLiteral("watchBanner"));
    m_watchBanner->hide();
    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->addWidget(m_watchBanner);
    pageColumn->addWidget(m_pages, 1);
    layout->addWidget(m_sidebar);
    layout->addLayout(pageColumn, 1);
    setCentralWidget(central);

    m_databases = new DatabasesPage(runner, m_jobs);
    connect(m_databases, &DatabasesPage::openFileRequested, this, &MainWindow::chooseDatabase);
    connect(m_databases, &DatabasesPage::databaseOpened, m_recent, &RecentFiles::add);
    addSection(QStringLiteral("databases"), tr("Databases"), m_databases);
    addSection(QStringLiteral("backups"), tr("Backups"), new BackupsPage(m_databases, runner, m_jobs));
    addSection(QStringLiteral("volumes"), tr("Volumes"), new VolumesPage(runner, m_jobs));
    addSection(QStringLiteral("keys"), tr("Keys"), new KeysPage(runner, m_jobs));
    addSection(QStringLiteral("benchmarks"), tr("Benchmarks"),
               new BenchmarksPage(m_databases, runner, m_jobs));
    m_audit = new AuditPage(m_runner);
    addSection(QStringLiteral("audit"), tr("Audit"), m_audit);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == int(Section::Audit))
            m_audit->refresh();
        showWatch();
    });
    m_sidebar->setCurrentRow(0);
    connect(m_watch, &WatchMonitor::changed, this, &MainWindow::showWatch);
    m_watch->refresh();

    createMenus();
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow() = default;

void MainWindow::addSection(const QString &iconName, const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/sections/%1.svg").arg(iconName)), title);
    m_sidebar->addItem(item);
    m_pages->addWidget(page);
    m_sectionTitles.append(title);
}

void MainWindow::showWatch()
{
    const QStringList pages{QString(), QStringLiteral("backups"), QString(), QStringLiteral("keys")};
    for (int row = 0; row < m_sidebar->count() && row < m_sectionTitles.size(); ++row) {
        const int count = row < pages.size() && !pages.at(row).isEmpty()
                              ? int(m_watch->findingsFor(pages.at(row)).size())
                              : 0;
        m_sidebar->item(row)->setText(count
                                          ? QStringLiteral("%1  (%2)").arg(m_sectionTitles.at(row)).arg(count)
                                          : m_sectionTitles.at(row));
    }
    const int row = m_sidebar->currentRow();
    const QList<WatchFinding> here = row >= 0 && row < pages.size() && !pages.at(row).isEmpty()
                                         ? m_watch->findingsFor(pages.at(row))
                                         : QList<WatchFinding>();
    if (here.isEmpty()) {
        m_watchBanner->hide();
        return;
    }
    // Failures come first, so the first finding sets the tone.
    m_watchBanner->showMessage(here.first().level == WatchFinding::Level::Failure ? Banner::Tone::Error
                                                                                  : Banner::Tone::Warning,
                               here.size() == 1 ? here.first().message
                                                : tr("%1 (and %2 more: strongroom-cli status lists them)")
                                                      .arg(here.first().message)
                                                      .arg(here.size() - 1));
    connect(m_watchBanner->addAction(tr("Check again")), &QPushButton::clicked, m_watch,
            &WatchMonitor::refresh);
    m_watchBanner->show();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &PostgreSQL…"), m_databases, &DatabasesPage::connectToPostgres);
    m_recent->attach(file->addMenu(tr("Open &Recent")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Checksum of a File…"), this, &MainWindow::checksumFile);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Diagnostics…"), this, [this] { (new DiagnosticsDialog(m_runner, this))->show(); });
    help->addAction(tr("&About Strongroom"), this, &MainWindow::showAbout);
}

void MainWindow::showSection(Section section)
{
    m_sidebar->setCurrentRow(int(section));
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_sidebar->currentRow());
}

void MainWindow::openDatabase(const QString &path, const KeySource &key)
{
    showSection(Section::Databases);
    m_databases->openDatabase(path, key);
}

void MainWindow::openDatabase(const QString &path, const std::optional<KeyMaterial> &key)
{
    showSection(Section::Databases);
    m_databases->openDatabase(path, key);
}

void MainWindow::chooseDatabase()
{
    auto *dialog = new QFileDialog(this, tr("Open Database"), QString(),
                                   tr("Databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        for (const QString &f : files)
            openDatabase(f);
    });
    dialog->open();
}

void MainWindow::checksumFile()
{
    auto *dialog = new QFileDialog(this, tr("Checksum of a File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_jobs->showDialog(m_runner->start(std::make_shared<FileHashJob>(file)));
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("About Strongroom"),
                        tr("<h3>Strongroom %1</h3><p>A management console for data encrypted at rest: "
                           "SQLCipher databases, their backups, and LUKS2 volumes.</p>")
                            .arg(QStringLiteral(STRONGROOM_VERSION)),
                        QMessageBox::Ok, this);
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/strongroom.svg")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            openDatabase(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_runner->shutdown();
    event->accept();
}

} // namespace strongroom::ui

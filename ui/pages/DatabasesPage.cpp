#include "pages/DatabasesPage.h"

#include "conversion/ConversionWizard.h"
#include "dashboard/DatabaseDashboard.h"
#include "sqlcipher/FileMagic.h"

#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace strongroom::ui {

DatabasesPage::DatabasesPage(JobRunner *runner, JobsIndicator *jobs, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_jobs(jobs)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter;
    m_list = new QListWidget;
    m_list->setMinimumWidth(180);
    m_views = new QStackedWidget;
    m_views->addWidget(createEmptyState());
    splitter->addWidget(m_list);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_views->setCurrentIndex(row + 1); });
}

QWidget *DatabasesPage::createEmptyState()
{
    auto *empty = new QWidget;
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    auto *text = new QLabel(tr("<h2>No database open</h2><p>Open a SQLCipher or SQLite database to see its encryption "
                               "settings, size, tables and row counts. You can also drop a file on this window.</p>"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *open = new QPushButton(tr("&Open Database…"));
    connect(open, &QPushButton::clicked, this, &DatabasesPage::openFileRequested);
    layout->addWidget(open, 0, Qt::AlignCenter);
    auto *convert = new QPushButton(tr("&Encrypt or Convert a File…"));
    connect(convert, &QPushButton::clicked, this, [this] { startConversion(); });
    layout->addWidget(convert, 0, Qt::AlignCenter);
    layout->addStretch();
    return empty;
}

QStringList DatabasesPage::openPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void DatabasesPage::openDatabase(const QString &path, const KeySource &key)
{
    std::optional<KeyMaterial> material;
    if (key.isSet()) {
        KeyReader reader;
        auto read = reader.read(key, tr("key"));
        if (read)
            material = *read;
    }
    openDatabase(path, material);
}

void DatabasesPage::openDatabase(const QString &path, const std::optional<KeyMaterial> &key)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int existing = int(openPaths().indexOf(absolute));
    if (existing >= 0) {
        m_list->setCurrentRow(existing);
        return;
    }
    OpenRequest request;
    request.path = absolute;
    request.key = key;
    openWith(std::move(request));
}

void DatabasesPage::openWith(OpenRequest request)
{
    const QString absolute = request.path;
    DatabaseDashboard *dashboard = this->dashboard(absolute);
    if (!dashboard) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/sections/databases.svg")),
                                         QFileInfo(absolute).fileName());
        item->setData(Qt::UserRole, absolute);
        item->setToolTip(absolute);
        m_list->addItem(item);
        dashboard = new DatabaseDashboard(absolute, m_runner, m_jobs);
        m_views->addWidget(dashboard);
        connect(dashboard, &DatabaseDashboard::conversionRequested, this,
                [this, absolute](ConversionKind kind) { startConversion(absolute, kind); });
        m_list->setCurrentItem(item);
        Q_EMIT databaseOpened(absolute);
    } else {
        m_list->setCurrentRow(int(openPaths().indexOf(absolute)));
    }
    // A file that looks encrypted needs a key before any try; anything else is diagnosed at once.
    if (!request.key && FileMagic::identifyFile(absolute).kind == FileMagic::Kind::Unknown)
        dashboard->askForKey();
    else
        dashboard->open(std::move(request));
}

DatabaseDashboard *DatabasesPage::dashboard(const QString &path) const
{
    for (int i = 1; i < m_views->count(); ++i)
        if (auto *d = qobject_cast<DatabaseDashboard *>(m_views->widget(i)); d && d->path() == path)
            return d;
    return nullptr;
}

ConversionWizard *DatabasesPage::startConversion(const QString &path, std::optional<ConversionKind> preferred)
{
    auto *wizard = new ConversionWizard(m_runner, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty()) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        std::optional<KeyMaterial> key;
        std::optional<CipherSettings> settings;
        if (DatabaseDashboard *open = dashboard(absolute); open && open->session()) {
            key = open->session()->key();
            settings = open->session()->facts().settings;
        }
        wizard->startFrom(absolute, key, settings);
    }
    if (preferred)
        wizard->preferOperation(*preferred);
    connect(wizard, &ConversionWizard::openDatabaseRequested, this,
            [this](const QString &converted, const KeyMaterial &key) {
                // An open dashboard still shows the original (now under its kept name): it opens the new file.
                OpenRequest request;
                request.path = converted;
                if (!key.isEmpty())
                    request.key = key;
                openWith(std::move(request));
            });
    wizard->open();
    return wizard;
}

} // namespace strongroom::ui

#include "pages/DatabasesPage.h"

#include "conversion/ConversionWizard.h"
#include "dashboard/DatabaseDashboard.h"
#include "keys/Keyring.h"
#include "postgres/PgBackupHistory.h"
#include "postgres/PgConnectionDialog.h"
#include "postgres/PgDashboard.h"
#include "sqlcipher/FileMagic.h"

#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
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
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_views->setCurrentIndex(row + 1); });
    for (const SavedPgConnection &saved : pgsaved::load())
        addPostgres(saved);
}

namespace {
// Marks the list's PostgreSQL items (their Qt::UserRole holds the conninfo, not a path).
constexpr int kPostgresRole = Qt::UserRole + 1;
} // namespace

QWidget *DatabasesPage::createEmptyState()
{
    auto *empty = new QWidget;
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    auto *text =
        new QLabel(tr("<h2>No database open</h2><p>Open a SQLCipher or SQLite database to see its encryption "
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
    auto *postgres = new QPushButton(tr("Connect to &PostgreSQL…"));
    connect(postgres, &QPushButton::clicked, this, &DatabasesPage::connectToPostgres);
    layout->addWidget(postgres, 0, Qt::AlignCenter);
    layout->addStretch();
    return empty;
}

QStringList DatabasesPage::openPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->data(kPostgresRole).toBool())
            paths << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return paths;
}

QStringList DatabasesPage::postgresConnections() const
{
    QStringList conninfos;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kPostgresRole).toBool())
            conninfos << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return conninfos;
}

PgDashboard *DatabasesPage::postgresDashboard(const QString &conninfo) const
{
    for (int i = 1; i < m_views->count(); ++i)
        if (auto *d = qobject_cast<PgDashboard *>(m_views->widget(i)); d && d->saved().conninfo == conninfo)
            return d;
    return nullptr;
}

void DatabasesPage::connectToPostgres()
{
    auto *dialog = new PgConnectionDialog(m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SavedPgConnection saved{dialog->name(), dialog->connection().conninfo(),
                                      dialog->savePasswordInKeyring()};
        if (saved.passwordInKeyring)
            Keyring().write(dialog->connection().keyringAccount(), dialog->password().secret, this,
                            [](Status) {});
        pgsaved::store(saved);
        showPostgres(saved, dialog->password());
    });
    dialog->open();
}

PgDashboard *DatabasesPage::showPostgres(const SavedPgConnection &saved, const postgres::PgPassword &password)
{
    PgDashboard *dashboard = postgresDashboard(saved.conninfo);
    if (!dashboard)
        dashboard = addPostgres(saved);
    if (password.isSet())
        dashboard->setPassword(password);
    m_list->setCurrentRow(m_views->indexOf(dashboard) - 1);
    return dashboard;
}

PgDashboard *DatabasesPage::addPostgres(const SavedPgConnection &saved)
{
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/sections/databases.svg")),
                                     tr("%1 (PostgreSQL)").arg(saved.name));
    item->setData(Qt::UserRole, saved.conninfo);
    item->setData(kPostgresRole, true);
    item->setToolTip(saved.conninfo);
    auto *dashboard = new PgDashboard(saved, m_runner, m_jobs);
    m_views->addWidget(dashboard);
    m_list->addItem(item);
    connect(dashboard, &PgDashboard::forgetRequested, this,
            [this, dashboard] { removePostgres(dashboard, true); });
    connect(dashboard, &PgDashboard::editRequested, this, [this, dashboard] { editPostgres(dashboard); });
    // A database restored from this connection's backups, listed and shown beside it.
    connect(dashboard->backups(), &PgBackupHistory::connectionRequested, this,
            [this](const postgres::PgConnection &connection) {
                const SavedPgConnection restored{connection.option(QStringLiteral("dbname")),
                                                 connection.conninfo(), false};
                pgsaved::store(restored);
                showPostgres(restored);
            });
    return dashboard;
}

void DatabasesPage::removePostgres(PgDashboard *dashboard, bool forgetPassword)
{
    const SavedPgConnection saved = dashboard->saved();
    pgsaved::forget(saved.conninfo);
    if (forgetPassword && saved.passwordInKeyring && Keyring::isAvailable())
        Keyring().remove(postgres::PgConnection::parse(saved.conninfo)->keyringAccount(), this,
                         [](Status) {});
    const int row = m_views->indexOf(dashboard) - 1;
    delete m_list->takeItem(row);
    m_views->removeWidget(dashboard);
    dashboard->deleteLater();
    m_views->setCurrentIndex(m_list->currentRow() + 1);
}

void DatabasesPage::editPostgres(PgDashboard *dashboard)
{
    auto *dialog = new PgConnectionDialog(m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnection(*postgres::PgConnection::parse(dashboard->saved().conninfo),
                          dashboard->saved().name);
    connect(dialog, &QDialog::accepted, this, [this, dialog, dashboard = QPointer<PgDashboard>(dashboard)] {
        SavedPgConnection saved{dialog->name(), dialog->connection().conninfo(),
                                dialog->savePasswordInKeyring()};
        // The same connection without a new password keeps the one in the keyring.
        const bool keepKeyring = dashboard && dashboard->saved().conninfo == saved.conninfo &&
                                 dashboard->saved().passwordInKeyring && !dialog->password().isSet();
        saved.passwordInKeyring = saved.passwordInKeyring || keepKeyring;
        if (dashboard)
            removePostgres(dashboard, !keepKeyring);
        if (saved.passwordInKeyring)
            Keyring().write(dialog->connection().keyringAccount(), dialog->password().secret, this,
                            [](Status) {});
        pgsaved::store(saved);
        showPostgres(saved, dialog->password());
    });
    dialog->open();
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
                // An open dashboard still shows the original (now under its kept name): it opens the new
                // file.
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

#pragma once

#include "conversion/ConversionRequest.h"
#include "keys/KeyReader.h"
#include "postgres/PgConnection.h"
#include "postgres/PgSavedConnections.h"
#include "sqlcipher/DatabaseOpener.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class ConversionWizard;
class DatabaseDashboard;
class JobsIndicator;
class PgDashboard;

// The Databases section: the databases opened in this session and the saved PostgreSQL connections
// on the left, the selected one's dashboard on the right, and an empty state that says how to open
// one.
class DatabasesPage : public QWidget
{
    Q_OBJECT
public:
    DatabasesPage(JobRunner *runner, JobsIndicator *jobs, QWidget *parent = nullptr);

    // Opens (or selects, when already open) a database; `key` may be empty, then the page asks.
    void openDatabase(const QString &path, const KeySource &key = {});
    void openDatabase(const QString &path, const std::optional<KeyMaterial> &key);
    QStringList openPaths() const;
    DatabaseDashboard *dashboard(const QString &path) const;

    // Asks for a PostgreSQL connection (PgConnectionDialog), saves it and shows its dashboard.
    void connectToPostgres();
    // Adds (or selects) a saved connection's dashboard; `password` is used for this session only.
    PgDashboard *showPostgres(const SavedPgConnection &saved, const postgres::PgPassword &password = {});
    PgDashboard *postgresDashboard(const QString &conninfo) const;
    QStringList postgresConnections() const;

    // Opens the conversion wizard: on `path` when given (with the key and settings of its open
    // dashboard, if any), else on the file page. "Open the new file" at its end reopens the file.
    ConversionWizard *startConversion(const QString &path = {},
                                      std::optional<ConversionKind> preferred = std::nullopt);

Q_SIGNALS:
    void openFileRequested();
    void databaseOpened(const QString &path);

private:
    QWidget *createEmptyState();
    // Shows the file's dashboard (adding it when new) and opens the file with `request`.
    void openWith(OpenRequest request);
    PgDashboard *addPostgres(const SavedPgConnection &saved);
    void removePostgres(PgDashboard *dashboard, bool forgetPassword);
    void editPostgres(PgDashboard *dashboard);

    JobRunner *m_runner;
    JobsIndicator *m_jobs;
    QListWidget *m_list;
    QStackedWidget *m_views;
};

} // namespace strongroom::ui

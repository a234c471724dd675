#pragma once

#include "core/JobHandle.h"
#include "sqlcipher/DatabaseOpener.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace strongroom {
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

// A dashboard's connection to its database: the opening job (which tries the key and the cipher
// settings) and the session it gives, until closed.
class DashboardConnection : public QObject
{
    Q_OBJECT
public:
    DashboardConnection(QString path, JobRunner *runner, QObject *parent = nullptr);
    ~DashboardConnection() override;

    bool opening() const { return m_openJob != nullptr; }
    // Starts the opening job; the key in `request` is wiped when it ends. Ignored while one runs.
    void open(OpenRequest request);
    // Closes the session (a restore is about to replace the file); open() makes a new one.
    void close();
    std::shared_ptr<DatabaseSession> session() const { return m_session; }

Q_SIGNALS:
    // The opening ended; session() holds the connection when it opened.
    void openFinished(const strongroom::OpenDiagnosis &diagnosis);

private:
    QString m_path;
    JobRunner *m_runner;
    QPointer<JobHandle> m_openJob;
    std::shared_ptr<DatabaseSession> m_session;
};

} // namespace strongroom::ui

#include "dashboard/DashboardConnection.h"

#include "core/JobRunner.h"
#include "sqlcipher/DatabaseSession.h"

namespace strongroom::ui {

DashboardConnection::DashboardConnection(QString path, JobRunner *runner, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_runner(runner)
{
}

DashboardConnection::~DashboardConnection()
{
    close();
}

void DashboardConnection::open(OpenRequest request)
{
    if (m_openJob)
        return;
    request.path = m_path;
    auto job = std::make_shared<OpenDatabaseJob>(std::move(request));
    m_openJob = m_runner->start(job);
    connect(m_openJob, &JobHandle::finished, this, [this, job](const JobReport &) {
        const OpenDiagnosis diagnosis = job->takeDiagnosis();
        m_session = diagnosis.session;
        Q_EMIT openFinished(diagnosis);
    });
}

void DashboardConnection::close()
{
    if (m_session)
        m_session->close();
    m_session.reset();
}

} // namespace strongroom::ui

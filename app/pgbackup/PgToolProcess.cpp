#include "pgbackup/PgToolProcess.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace strongroom::pgbackup {

PgToolProcess::PgToolProcess(Tick tick) : m_tick(std::move(tick))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
}

PgToolProcess::~PgToolProcess()
{
    stop();
}

Status PgToolProcess::start(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment)
{
    m_name = QFileInfo(program).fileName();
    m_process.setProcessEnvironment(environment);
    m_process.start(program, arguments, QIODevice::ReadOnly);
    if (!m_process.waitForStarted(30000))
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("PgBackup", "%1 could not be started: %2")
                         .arg(program, m_process.errorString()));
    setOpenMode(QIODevice::ReadOnly);
    return {};
}

void PgToolProcess::takeStandardError()
{
    m_partialLine += m_process.readAllStandardError();
    qsizetype end;
    while ((end = m_partialLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partialLine.left(end)).trimmed();
        m_partialLine.remove(0, end + 1);
        // pg_dump --verbose: "pg_dump: dumping contents of table "public.orders""
        static const QRegularExpression table(QStringLiteral("dumping contents of table \"(.+)\""));
        const QRegularExpressionMatch match = table.match(line);
        if (match.hasMatch()) {
            ++m_tables;
            m_currentTable = match.captured(1);
        }
        m_lastLines.append(line);
        if (m_lastLines.size() > 12)
            m_lastLines.removeFirst();
    }
}

qint64 PgToolProcess::readData(char *data, qint64 maxSize)
{
    while (true) {
        takeStandardError();
        if (m_process.bytesAvailable() > 0) {
            const qint64 n = m_process.read(data, maxSize);
            if (n > 0)
                m_bytes += n;
            return n;
        }
        if (!m_tick()) {
            stop();
            setErrorString(QCoreApplication::translate("PgBackup", "stopped"));
            return -1;
        }
        if (m_process.state() == QProcess::NotRunning) {
            takeStandardError();
            return m_process.bytesAvailable() > 0 ? m_process.read(data, maxSize) : 0;
        }
        m_process.waitForReadyRead(25);
    }
}

Status PgToolProcess::finish()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.waitForFinished(-1);
    takeStandardError();
    if (!m_partialLine.isEmpty())
        m_lastLines.append(QString::fromUtf8(m_partialLine).trimmed());
    if (m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0)
        return {};
    QStringList errors;
    for (const QString &line : std::as_const(m_lastLines))
        if (line.contains(QLatin1String("error")) || line.contains(QLatin1String("FATAL")) ||
            line.contains(QLatin1String("DETAIL")))
            errors.append(line);
    return Error(ExitCode::Failure,
                 QCoreApplication::translate("PgBackup", "%1 failed (exit %2): %3")
                     .arg(m_name)
                     .arg(m_process.exitCode())
                     .arg((errors.isEmpty() ? m_lastLines : errors).join(QLatin1Char(' '))));
}

void PgToolProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopped = true;
    m_process.terminate();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace strongroom::pgbackup

#pragma once

#include "core/Result.h"

#include <QIODevice>
#include <QProcess>
#include <QStringList>
#include <functional>

namespace strongroom::pgbackup {

// A PostgreSQL client program (pg_dump, pg_dumpall) whose standard output is read as a device, on
// the job's thread, without an event loop: each read waits at most 25 ms for the child and calls
// `tick` in between (the job advances its counts, reports progress and answers cancel there; tick
// returning false stops the child and fails the read). The child's --verbose lines on stderr are
// parsed as they come ("dumping contents of table ..."), and the last ones are kept for a message.
class PgToolProcess : public QIODevice
{
public:
    using Tick = std::function<bool()>;
    explicit PgToolProcess(Tick tick);
    ~PgToolProcess() override;

    Status start(const QString &program, const QStringList &arguments,
                 const QProcessEnvironment &environment);
    // After the end of its output: waits for the child; an error naming its last words unless it
    // exited 0.
    Status finish();
    void stop();

    bool isSequential() const override { return true; }
    qint64 bytesOut() const { return m_bytes; }
    int tablesDumped() const { return m_tables; }
    QString currentTable() const { return m_currentTable; }
    bool stopped() const { return m_stopped; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void takeStandardError();

    QProcess m_process;
    Tick m_tick;
    QString m_name;
    QByteArray m_partialLine;
    QStringList m_lastLines;
    QString m_currentTable;
    int m_tables = 0;
    qint64 m_bytes = 0;
    bool m_stopped = false;
};

} // namespace strongroom::pgbackup

#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <sys/stat.h>

// A file that never reaches its end: a fifo in `folder` that `yes` keeps writing to, so a job that
// reads it runs until it is interrupted (the tests of Ctrl-C). The writer is killed on destruction.
class EndlessFifo
{
public:
    explicit EndlessFifo(const QString &folder) : m_path(folder + QStringLiteral("/endless"))
    {
        if (::mkfifo(QFile::encodeName(m_path).constData(), 0600) != 0)
            return;
        m_writer.start(QStringLiteral("sh"),
                       {QStringLiteral("-c"), QStringLiteral("exec yes > '%1'").arg(m_path)});
        m_writing = m_writer.waitForStarted();
    }
    ~EndlessFifo()
    {
        m_writer.kill();
        m_writer.waitForFinished();
    }
    EndlessFifo(const EndlessFifo &) = delete;
    EndlessFifo &operator=(const EndlessFifo &) = delete;

    // False when the fifo could not be made or its writer did not start.
    bool writing() const { return m_writing; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QProcess m_writer;
    bool m_writing = false;
};

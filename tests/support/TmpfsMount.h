#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A tmpfs of `size` mounted on a fresh folder for one test; unmounted however the test ends.
class TmpfsMount
{
public:
    explicit TmpfsMount(const QString &size)
    {
        m_ok = QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                  QStringLiteral("size=") + size, QStringLiteral("strongroom-test"),
                                  m_dir.path()}) == 0;
    }
    ~TmpfsMount()
    {
        if (m_ok)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    bool ok() const { return m_ok; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }
    bool remountReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

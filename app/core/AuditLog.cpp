#include "core/AuditLog.h"

#include "core/SafeFile.h"
#include "core/Sha256.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QSysInfo>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

namespace strongroom {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

QString currentUser()
{
    if (const passwd *pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(getuid());
}

// Holds an exclusive flock on the log for the lifetime of the object.
class LogLock
{
public:
    explicit LogLock(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~LogLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int fd() const { return m_fd; }

private:
    int m_fd = -1;
};

struct Head {
    qint64 seq = 0;
    QString sha256 = kGenesis;
};

Head readHead(const QString &headPath)
{
    QFile file(headPath);
    Head head;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        head.seq = json.value(QStringLiteral("seq")).toInteger();
        head.sha256 = json.value(QStringLiteral("sha256")).toString(kGenesis);
    }
    return head;
}

} // namespace

AuditLog::AuditLog(QString path) : m_path(std::move(path)) {}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/strongroom/audit.jsonl");
}

Status AuditLog::append(const QString &action, const QString &target, const QString &outcome,
                        const QJsonObject &details) const
{
    safefile::makePrivateFolder(QFileInfo(m_path).absolutePath());
    LogLock lock(m_path);
    if (lock.fd() < 0)
        return Error(ExitCode::Failure,
                     QStringLiteral("%1: cannot open the audit log for writing. Check the folder's permissions.")
                         .arg(m_path));

    const Head head = readHead(headPath());
    QJsonObject entry{{QStringLiteral("seq"), head.seq + 1},
                      {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("user"), currentUser()},
                      {QStringLiteral("host"), QSysInfo::machineHostName()},
                      {QStringLiteral("action"), action},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("outcome"), outcome},
                      {QStringLiteral("prev"), head.sha256}};
    if (!details.isEmpty())
        entry.insert(QStringLiteral("details"), details);
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    const QByteArray withNewline = line + '\n';
    if (::write(lock.fd(), withNewline.constData(), size_t(withNewline.size())) != withNewline.size() ||
        ::fdatasync(lock.fd()) != 0)
        return Error(ExitCode::Failure, QStringLiteral("%1: writing the audit log failed (disk full?).").arg(m_path));

    const QByteArray headRecord = QJsonDocument(QJsonObject{{QStringLiteral("seq"), head.seq + 1},
                                                            {QStringLiteral("sha256"), sha256Hex(line)}})
                                      .toJson(QJsonDocument::Compact);
    return safefile::writeFileAtomically(headPath(), headRecord, QStringLiteral("audit-head"),
                                         QStringLiteral("audit head record"));
}

Result<QList<QJsonObject>> AuditLog::entries() const
{
    QFile file(m_path);
    QList<QJsonObject> list;
    if (!file.exists())
        return list;
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure, QStringLiteral("%1: cannot read the audit log.").arg(m_path));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            list.append(QJsonDocument::fromJson(line).object());
    }
    return list;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    QFile file(m_path);
    const Head head = readHead(headPath());
    if (!file.exists()) {
        if (head.seq != 0) {
            v.intact = false;
            v.problem = QStringLiteral("the log file is missing but its head record says it had %1 lines").arg(head.seq);
        }
        return v;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        v.intact = false;
        v.problem = QStringLiteral("cannot read the log");
        return v;
    }
    QString prev = kGenesis;
    qint64 expectedSeq = 1;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++v.lines;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        QString problem;
        if (entry.isEmpty())
            problem = QStringLiteral("line %1 is not a JSON object").arg(v.lines);
        else if (entry.value(QStringLiteral("prev")).toString() != prev)
            problem = QStringLiteral("line %1 does not follow the line before it: a line was edited, inserted or "
                                     "removed here")
                          .arg(v.lines);
        else if (entry.value(QStringLiteral("seq")).toInteger() != expectedSeq)
            problem = QStringLiteral("line %1 has sequence number %2, expected %3")
                          .arg(v.lines)
                          .arg(entry.value(QStringLiteral("seq")).toInteger())
                          .arg(expectedSeq);
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBadLine = v.lines;
            v.problem = problem;
            return v;
        }
        prev = sha256Hex(line);
        ++expectedSeq;
    }
    if (head.seq != v.lines || head.sha256 != prev) {
        v.intact = false;
        v.firstBadLine = v.lines;
        v.problem = QStringLiteral("the log ends at line %1 but its head record names line %2 with another hash: "
                                   "lines were removed from the end or the last line was changed")
                        .arg(v.lines)
                        .arg(head.seq);
    }
    return v;
}

} // namespace strongroom

#include "core/AuditLog.h"

#include "core/SafeFile.h"
#include "core/Sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
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

struct Head
{
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

// The last line of the log (lines are short: the last 64 KiB hold it).
QByteArray lastLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(std::max<qint64>(0, file.size() - 65536));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.last().trimmed();
}

// Where the chain ends: the head, or the last line when a crash came between writing that line and
// updating the head (the line follows the head exactly), so the next line links to it.
Head chainTip(const QString &logPath, const QString &headPath)
{
    Head head = readHead(headPath);
    const QByteArray last = lastLine(logPath);
    if (last.isEmpty() || sha256Hex(last) == head.sha256)
        return head;
    const QJsonObject entry = QJsonDocument::fromJson(last).object();
    if (entry.value(QStringLiteral("prev")).toString() == head.sha256 &&
        entry.value(QStringLiteral("seq")).toInteger() == head.seq + 1)
        return Head{head.seq + 1, sha256Hex(last)};
    return head;
}

} // namespace

AuditLog::AuditLog(QString path, QString systemPath)
    : m_path(std::move(path)), m_systemPath(std::move(systemPath))
{
}

QString AuditLog::systemPathForThisProcess()
{
    return ::geteuid() == 0 ? QStringLiteral("/var/log/strongroom/audit.jsonl") : QString();
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/strongroom/audit.jsonl");
}

Status AuditLog::append(const QString &action, const QString &target, const QString &outcome,
                        const QJsonObject &details) const
{
    if (Status s = appendToChain(action, target, outcome, details); !s)
        return s;
    if (m_systemPath.isEmpty())
        return Status::success();
    safefile::makePrivateFolder(QFileInfo(m_systemPath).absolutePath());
    return AuditLog(m_systemPath, QString()).appendToChain(action, target, outcome, details);
}

Status AuditLog::appendToChain(const QString &action, const QString &target, const QString &outcome,
                               const QJsonObject &details) const
{
    safefile::makePrivateFolder(QFileInfo(m_path).absolutePath());
    LogLock lock(m_path);
    if (lock.fd() < 0)
        return Error(
            ExitCode::Failure,
            QCoreApplication::translate(
                "AuditLog", "%1: cannot open the audit log for writing. Check the folder's permissions.")
                .arg(m_path));

    const Head head = chainTip(m_path, headPath());
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
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("AuditLog", "%1: writing the audit log failed (disk full?).")
                         .arg(m_path));

    auditjournal::send(m_path, line, entry);

    return safefile::writeFileAtomically(
        headPath(),
        QJsonDocument(
            QJsonObject{{QStringLiteral("seq"), head.seq + 1}, {QStringLiteral("sha256"), sha256Hex(line)}})
            .toJson(QJsonDocument::Compact),
        QStringLiteral("audit-head"), QCoreApplication::translate("AuditLog", "audit head record"));
}

Result<QList<QJsonObject>> AuditLog::entries() const
{
    QFile file(m_path);
    QList<QJsonObject> list;
    if (!file.exists())
        return list;
    if (!file.open(QIODevice::ReadOnly))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("AuditLog", "%1: cannot read the audit log.").arg(m_path));
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
        v.intact = false;
        if (QFileInfo::exists(headPath())) {
            v.problem = QCoreApplication::translate(
                            "AuditLog", "the log file is missing but its head record says it had %1 lines")
                            .arg(head.seq);
        } else {
            v.noLog = true;
            v.problem = QCoreApplication::translate(
                "AuditLog", "there is no audit log: neither the log nor its head record exists (nothing "
                            "was logged by this user here, or both were deleted)");
        }
        compareWithJournal(v, {});
        return v;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        v.intact = false;
        v.problem = QCoreApplication::translate("AuditLog", "cannot read the log");
        return v;
    }
    QList<QByteArray> lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() && file.atEnd())
            break;
        lines.append(line);
    }
    v.lines = int(lines.size());
    QString prev = kGenesis;
    QString beforeLast = kGenesis;
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        const QJsonObject entry = QJsonDocument::fromJson(lines[i]).object();
        QString problem;
        if (entry.isEmpty())
            problem = QCoreApplication::translate("AuditLog", "line %1 is not a JSON object").arg(number);
        else if (entry.value(QStringLiteral("prev")).toString() != prev &&
                 entry.value(QStringLiteral("seq")).toInteger() == number && number > 1) {
            // In its place and numbered right, but it names another hash for the line before it:
            // that line is the one that was changed.
            problem = QCoreApplication::translate("AuditLog",
                                                  "line %1 was changed: line %2 recorded another hash for it")
                          .arg(number - 1)
                          .arg(number);
            v.intact = false;
            v.firstBadLine = number - 1;
            v.problem = problem;
            compareWithJournal(v, lines);
            return v;
        } else if (entry.value(QStringLiteral("prev")).toString() != prev)
            problem =
                QCoreApplication::translate(
                    "AuditLog", "line %1 does not follow the line before it: a line was edited, inserted or "
                                "removed here")
                    .arg(number);
        else if (entry.value(QStringLiteral("seq")).toInteger() != number)
            problem = QCoreApplication::translate("AuditLog", "line %1 has sequence number %2, expected %3")
                          .arg(number)
                          .arg(entry.value(QStringLiteral("seq")).toInteger())
                          .arg(number);
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBadLine = number;
            v.problem = problem;
            compareWithJournal(v, lines);
            return v;
        }
        beforeLast = prev;
        prev = sha256Hex(lines[i]);
    }
    if (head.seq == v.lines && head.sha256 == prev) {
        // The head names the last line.
    } else if (v.lines > 0 && head.seq == v.lines - 1 && head.sha256 == beforeLast) {
        v.headLagged = true;
    } else {
        v.intact = false;
        v.firstBadLine = v.lines;
        v.problem =
            QCoreApplication::translate(
                "AuditLog", "the log ends at line %1 but its head record names line %2 with another hash: "
                            "lines were removed from the end or the last line was changed")
                .arg(v.lines)
                .arg(head.seq);
    }
    compareWithJournal(v, lines);
    return v;
}

void AuditLog::compareWithJournal(Verification &v, const QList<QByteArray> &lines) const
{
    QString why;
    if (!auditjournal::available(&why)) {
        v.journalNote = QCoreApplication::translate(
                            "AuditLog", "journal not available: entries are only in the local chain (%1)")
                            .arg(why);
        return;
    }
    const Result<auditjournal::Snapshot> journal = auditjournal::read(m_path);
    if (!journal) {
        v.journalNote = QCoreApplication::translate(
                            "AuditLog", "journal not readable: entries are only in the local chain (%1)")
                            .arg(journal.error().message);
        return;
    }
    v.journalCompared = true;
    QSet<QString> sent;
    for (const auditjournal::Entry &e : journal->entries)
        sent.insert(e.lineHash);
    QSet<QString> local;
    for (int i = 0; i < lines.size(); ++i) {
        const QString hash = sha256Hex(lines[i]);
        local.insert(hash);
        // Lines older than the journal's oldest entry were rotated out of it: nothing to compare.
        const QDateTime time = QDateTime::fromString(
            QJsonDocument::fromJson(lines[i]).object().value(QStringLiteral("time")).toString(),
            Qt::ISODateWithMs);
        // A crash between writing the last line and updating the head may also have come before the
        // line was sent to the journal: the line the head lags behind is not held against it.
        const bool lastOfACrash = v.headLagged && i == lines.size() - 1;
        if (!sent.contains(hash) && !lastOfACrash && (!time.isValid() || time >= journal->keptSince))
            v.missingFromJournal.append(i + 1);
    }
    for (const auditjournal::Entry &e : journal->entries)
        if (!local.contains(e.lineHash))
            v.missingLocally.append(e);
    if (v.missingFromJournal.isEmpty() && v.missingLocally.isEmpty())
        return;
    v.intact = false;
    v.noLog = false; // the journal proves there was a log
    if (v.problem.isEmpty()) {
        v.firstBadLine = v.missingFromJournal.isEmpty() ? 0 : v.missingFromJournal.first();
        v.problem =
            QCoreApplication::translate(
                "AuditLog", "the local chain and the system journal differ: %1 entries of the journal are "
                            "missing from the log, %2 lines of the log are missing from the journal")
                .arg(v.missingLocally.size())
                .arg(v.missingFromJournal.size());
    }
}

} // namespace strongroom

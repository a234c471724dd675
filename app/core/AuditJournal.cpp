#include "core/AuditJournal.h"

#include "core/Sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sys/socket.h>
#include <sys/un.h>
#include <systemd/sd-journal.h>
#include <unistd.h>

namespace strongroom::auditjournal {

namespace {

constexpr char kSocket[] = "/run/systemd/journal/socket";

QByteArray field(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + value.toUtf8();
}

// One field of the current entry, without its "NAME=" prefix.
QString currentField(sd_journal *journal, const char *name)
{
    const void *data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(journal, name, &data, &length) < 0)
        return {};
    const QByteArray all(static_cast<const char *>(data), qsizetype(length));
    return QString::fromUtf8(all.mid(all.indexOf('=') + 1));
}

QDateTime currentTime(sd_journal *journal)
{
    uint64_t usec = 0;
    if (sd_journal_get_realtime_usec(journal, &usec) < 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000), QTimeZone::UTC);
}

class JournalHandle
{
public:
    JournalHandle() { m_result = sd_journal_open(&m_journal, SD_JOURNAL_LOCAL_ONLY); }
    ~JournalHandle()
    {
        if (m_journal)
            sd_journal_close(m_journal);
    }
    JournalHandle(const JournalHandle &) = delete;
    JournalHandle &operator=(const JournalHandle &) = delete;
    sd_journal *get() const { return m_result >= 0 ? m_journal : nullptr; }
    int result() const { return m_result; }

private:
    sd_journal *m_journal = nullptr;
    int m_result = 0;
};

} // namespace

bool available(QString *why)
{
    // The socket file survives a stopped journald, so ask it: a datagram socket connects only while
    // someone listens.
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::copy(std::begin(kSocket), std::end(kSocket), address.sun_path);
    const bool listening =
        fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!listening && why)
        *why = QFileInfo::exists(QString::fromLatin1(kSocket))
                   ? QCoreApplication::translate("AuditJournal", "journald does not answer on %1")
                         .arg(QString::fromLatin1(kSocket))
                   : QCoreApplication::translate("AuditJournal", "journald is not running here (no %1)")
                         .arg(QString::fromLatin1(kSocket));
    return listening;
}

void send(const QString &logPath, const QByteArray &line, const QJsonObject &entry)
{
    const QString action = entry.value(QStringLiteral("action")).toString();
    const QString target = entry.value(QStringLiteral("target")).toString();
    const QString outcome = entry.value(QStringLiteral("outcome")).toString();
    const QByteArray fields[] = {
        field("MESSAGE", QStringLiteral("strongroom audit: %1 %2: %3").arg(action, target, outcome)),
        field("PRIORITY", QStringLiteral("5")), // notice
        field("SYSLOG_IDENTIFIER", QStringLiteral("strongroom")),
        field("STRONGROOM_ACTION", action),
        field("STRONGROOM_TARGET", target),
        field("STRONGROOM_RESULT", outcome),
        field("STRONGROOM_SEQ", QString::number(entry.value(QStringLiteral("seq")).toInteger())),
        field(kLogField, QFileInfo(logPath).absoluteFilePath()),
        field(kLineHashField, sha256Hex(line)),
    };
    iovec vector[std::size(fields)];
    for (size_t i = 0; i < std::size(fields); ++i)
        vector[i] = iovec{const_cast<char *>(fields[i].constData()), size_t(fields[i].size())};
    // sd_journal_sendv (not sd_journal_send) so that a target holding '%' is never a format string.
    sd_journal_sendv(vector, int(std::size(fields)));
}

Result<Snapshot> read(const QString &logPath)
{
    JournalHandle handle;
    sd_journal *journal = handle.get();
    if (!journal)
        return Error(ExitCode::Environment,
                     QCoreApplication::translate("AuditJournal", "cannot open the system journal (%1)")
                         .arg(QString::fromLocal8Bit(strerror(-handle.result()))));
    Snapshot snapshot;
    // The oldest entry this user can read at all: where the journal's memory begins.
    if (sd_journal_seek_head(journal) >= 0 && sd_journal_next(journal) > 0)
        snapshot.keptSince = currentTime(journal);
    if (!snapshot.keptSince.isValid())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "AuditJournal",
                         "this user can read no entry of the system journal (members of the group "
                         "systemd-journal can)"));

    const QByteArray logMatch = field(kLogField, QFileInfo(logPath).absoluteFilePath());
    // _UID is set by journald from the sender's credentials: another user cannot add to this trail.
    const QByteArray uidMatch = "_UID=" + QByteArray::number(uint(getuid()));
    if (sd_journal_add_match(journal, logMatch.constData(), size_t(logMatch.size())) < 0 ||
        sd_journal_add_match(journal, uidMatch.constData(), size_t(uidMatch.size())) < 0)
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("AuditJournal", "cannot search the system journal"));
    sd_journal_seek_head(journal);
    while (sd_journal_next(journal) > 0) {
        Entry entry;
        entry.lineHash = currentField(journal, kLineHashField);
        entry.seq = currentField(journal, "STRONGROOM_SEQ").toLongLong();
        entry.action = currentField(journal, "STRONGROOM_ACTION");
        entry.target = currentField(journal, "STRONGROOM_TARGET");
        entry.time = currentTime(journal);
        snapshot.entries.append(entry);
    }
    return snapshot;
}

} // namespace strongroom::auditjournal

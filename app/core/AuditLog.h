#pragma once

#include "core/AuditJournal.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom {

// The append-only audit trail: one JSON line per state-changing action (UTC time, user, host,
// action, target, outcome, details), each carrying the SHA-256 of the line before it, and a head
// file with the hash of the last line, so an edited, inserted or deleted line, including the last
// one, is detected. Callers never pass secrets in details. Every line also goes to the system
// journal (see AuditJournal.h), which verify compares with the chain where journald runs. A process
// running as root also keeps a second chain in systemPath() (/var/log/strongroom, out of the
// user's reach).
class AuditLog
{
public:
    explicit AuditLog(QString path = defaultPath(), QString systemPath = systemPathForThisProcess());

    // $XDG_DATA_HOME/strongroom/audit.jsonl (~/.local/share/strongroom/audit.jsonl).
    static QString defaultPath();
    // /var/log/strongroom/audit.jsonl when the effective user is root, else empty (no second chain).
    static QString systemPathForThisProcess();
    QString path() const { return m_path; }
    QString systemPath() const { return m_systemPath; }
    QString headPath() const { return m_path + QStringLiteral(".head"); }

    Status append(const QString &action, const QString &target, const QString &outcome,
                  const QJsonObject &details = {}) const;

    Result<QList<QJsonObject>> entries() const;

    struct Verification
    {
        bool intact = true;
        // Neither the log nor its head exists: nothing was logged, or both were deleted. Not intact,
        // since there is nothing to vouch for.
        bool noLog = false;
        int lines = 0;
        int firstBadLine = 0; // 1-based; 0 when intact
        QString problem;
        // The head names the line before the last: a crash came between writing the last line and
        // updating the head. Accepted, and repaired by the next append.
        bool headLagged = false;
        // Whether the chain was compared with the system journal, and if not, why not.
        bool journalCompared = false;
        QString journalNote;
        QList<int> missingFromJournal;             // line numbers of local lines the journal never received
        QList<auditjournal::Entry> missingLocally; // journal entries with no line in the local chain
    };
    Verification verify() const;

private:
    Status appendToChain(const QString &action, const QString &target, const QString &outcome,
                         const QJsonObject &details) const;
    void compareWithJournal(Verification &v, const QList<QByteArray> &lines) const;

    QString m_path;
    QString m_systemPath;
};

} // namespace strongroom

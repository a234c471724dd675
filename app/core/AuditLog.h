#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom {

// The append-only audit trail: one JSON line per state-changing action (UTC time, user, host,
// action, target, outcome, details), each carrying the SHA-256 of the line before it, and a head
// file with the hash of the last line, so an edited, inserted or deleted line, including the last
// one, is detected. Callers never pass secrets in details.
class AuditLog
{
public:
    explicit AuditLog(QString path = defaultPath());

    // $XDG_DATA_HOME/strongroom/audit.jsonl (~/.local/share/strongroom/audit.jsonl).
    static QString defaultPath();
    QString path() const { return m_path; }
    QString headPath() const { return m_path + QStringLiteral(".head"); }

    Status append(const QString &action, const QString &target, const QString &outcome,
                  const QJsonObject &details = {}) const;

    Result<QList<QJsonObject>> entries() const;

    struct Verification {
        bool intact = true;
        int lines = 0;
        int firstBadLine = 0; // 1-based; 0 when intact
        QString problem;
    };
    Verification verify() const;

private:
    QString m_path;
};

} // namespace strongroom

#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace strongroom {

// The system journal's copy of the audit trail. The user can rewrite their own audit.jsonl, chain
// and head included, but not what journald received from their processes: every line is also sent
// with sd_journal_send, tagged with the log's path and the SHA-256 of the line, and `audit verify`
// compares the two. Where journald does not run (containers, build roots) nothing is sent and
// verify says the entries are only in the local chain.
namespace auditjournal {

// The journal's fields, as `journalctl STRONGROOM_LOG=...` shows them.
inline constexpr char kLogField[] = "STRONGROOM_LOG";
inline constexpr char kLineHashField[] = "STRONGROOM_LINE_HASH";

// True when journald accepts messages (its socket answers); otherwise `why` says what is missing.
bool available(QString *why = nullptr);

// Sends one chain line. Failures are ignored: the local chain is the record, the journal its witness.
void send(const QString &logPath, const QByteArray &line, const QJsonObject &entry);

struct Entry
{
    QString lineHash;
    qint64 seq = 0;
    QString action;
    QString target;
    QDateTime time;
};

// What this user's processes sent for the log at `logPath`, oldest first, and the time of the
// oldest entry the journal still keeps (older lines were rotated away and cannot be compared).
struct Snapshot
{
    QList<Entry> entries;
    QDateTime keptSince;
};
// An error when the journal cannot be opened or this user can read none of it.
Result<Snapshot> read(const QString &logPath);

} // namespace auditjournal
} // namespace strongroom

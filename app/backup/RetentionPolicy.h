#pragma once

#include "backup/BackupRecord.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace strongroom {

// "1y5m7d2h": years, months, days, hours, as restic's --keep-within reads it.
struct RetentionDuration
{
    int years = 0, months = 0, days = 0, hours = 0;
    static std::optional<RetentionDuration> parse(const QString &text);
    QString toString() const;
    // `from` moved back by this duration.
    QDateTime before(const QDateTime &from) const;
};

// Which backups to keep, with restic's `forget` semantics: each --keep-* rule is a bucket of
// periods (last = each backup, hourly, daily, weekly (ISO), monthly, yearly, all in UTC); walking
// the backups newest first, a backup is kept by a rule when it is the newest one of a period the
// rule has not seen yet and the rule still has counts left (-1: unlimited); when a rule still has
// counts left at the oldest backup, that one is kept too ("oldest daily snapshot"), so the history
// is as long as the limits allow. Rules are ORed. --keep-within keeps everything within the
// duration before the newest backup (not before now). An empty policy keeps the last 5.
struct RetentionPolicy
{
    int last = 0, hourly = 0, daily = 0, weekly = 0, monthly = 0, yearly = 0;
    std::optional<RetentionDuration> within;
    bool includeProtected = false; // pre-restore backups take part instead of being kept

    bool isEmpty() const;
    static RetentionPolicy defaultPolicy();
    QString toString() const;
};

struct RetentionDecision
{
    BackupRecord backup;
    bool keep = false;
    QStringList reasons; // why it is kept ("daily snapshot", "within 7d", "protected (pre-restore)")
};

// Pure: the decision for every backup, newest first. Only sealed entries (BackupRecord::isSealed)
// take part: backups found without a catalog entry ("not yet verified": a file someone copied in is
// not pruned before it is known; `backup verify` adopts it), with a refused entry, or with an
// unsealed one (older entries) are kept, and so are pre-restore backups unless includeProtected.
// Whether a seal holds takes the key: RemoveBackupsJob checks it before it removes a backup.
QList<RetentionDecision> applyRetention(const RetentionPolicy &policy, QList<BackupRecord> backups);

} // namespace strongroom

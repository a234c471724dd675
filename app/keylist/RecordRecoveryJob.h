#pragma once

#include "core/Job.h"

#include <optional>

namespace strongroom {

// `key record-recovery KEYID --where TEXT` and the Keys page's "Record Recovery Copy": notes where
// the recovery copy of a key is kept (a safe, a printed sheet in the office, a password manager's
// entry), with today's date, in the console's settings (keylistsettings::setRecoveryRecord); an
// empty `where` removes the record. Strongroom cannot see such a copy, so this record is the
// evidence the audit's keys.recovery check reads. Never a secret: the text names a place. Writes
// the audit line "key.record-recovery" with the text recorded and the one it replaced.
// Data: {"keyId", "where", "recorded", "previous"}.
class RecordRecoveryJob : public Job
{
public:
    RecordRecoveryJob(QString keyId, QString where);
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // Words about a place, one line, at most 500 characters: std::nullopt when `where` is one, else why not.
    static std::optional<QString> problemWith(const QString &where);

private:
    QString m_keyId;
    QString m_where;
};

} // namespace strongroom

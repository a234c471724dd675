#include "keylist/RecordRecoveryJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "keylist/KeyListSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace strongroom {

RecordRecoveryJob::RecordRecoveryJob(QString keyId, QString where)
    : m_keyId(std::move(keyId)), m_where(where.trimmed())
{
}

QString RecordRecoveryJob::title() const
{
    return QCoreApplication::translate("RecordRecoveryJob", "Record the recovery copy of %1").arg(m_keyId);
}

QList<JobStep> RecordRecoveryJob::steps() const
{
    return {
        JobStep{QCoreApplication::translate("RecordRecoveryJob", "Record where the recovery copy is kept")}};
}

std::optional<QString> RecordRecoveryJob::problemWith(const QString &where)
{
    if (where.size() > 500)
        return QCoreApplication::translate("RecordRecoveryJob",
                                           "Say where in at most 500 characters (%1 given).")
            .arg(where.size());
    for (const QChar c : where)
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("RecordRecoveryJob",
                                               "Say where in one line, without control characters.");
    return std::nullopt;
}

void RecordRecoveryJob::run(JobContext &context)
{
    context.startStep(0);
    if (const std::optional<QString> problem = problemWith(m_where))
        return context.fail(Error(ExitCode::Usage, *problem));
    const keylistsettings::RecoveryRecord previous = keylistsettings::recoveryRecords().value(m_keyId);
    const keylistsettings::RecoveryRecord record{m_where, QDateTime::currentDateTimeUtc()};
    keylistsettings::setRecoveryRecord(m_keyId, record);
    const QString recorded = m_where.isEmpty() ? QString() : record.recorded.toString(Qt::ISODate);
    context.audit().append(
        QStringLiteral("key.record-recovery"), m_keyId, QStringLiteral("succeeded"),
        {{QStringLiteral("where"), m_where}, {QStringLiteral("previous"), previous.where}});
    context.setData({{QStringLiteral("keyId"), m_keyId},
                     {QStringLiteral("where"), m_where},
                     {QStringLiteral("recorded"), recorded},
                     {QStringLiteral("previous"), previous.where}});
    context.setOverview(
        m_where.isEmpty()
            ? QCoreApplication::translate("RecordRecoveryJob", "%1 has no recovery copy recorded any more.")
                  .arg(m_keyId)
            : QCoreApplication::translate("RecordRecoveryJob",
                                          "Recorded for %1: its recovery copy is kept at \"%2\" (%3).")
                  .arg(m_keyId, m_where, record.recorded.toString(Qt::ISODate)));
}

} // namespace strongroom

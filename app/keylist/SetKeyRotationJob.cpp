#include "keylist/SetKeyRotationJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "keylist/KeyListSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace strongroom {

SetKeyRotationJob::SetKeyRotationJob(QString keyId, int days) : m_keyId(std::move(keyId)), m_days(days) {}

QString SetKeyRotationJob::title() const
{
    return QCoreApplication::translate("SetKeyRotationJob", "Set the rotation period of %1").arg(m_keyId);
}

QList<JobStep> SetKeyRotationJob::steps() const
{
    return {JobStep{QCoreApplication::translate("SetKeyRotationJob", "Record the rotation period")}};
}

void SetKeyRotationJob::run(JobContext &context)
{
    context.startStep(0);
    const int previous = keylistsettings::keyRotationDays().value(m_keyId, 0);
    keylistsettings::setKeyRotationDays(m_keyId, m_days);
    const int global = keylistsettings::rotationDays();
    const auto period = [](int days) {
        return days > 0 ? QJsonValue(days) : QJsonValue(QStringLiteral("default"));
    };
    context.audit().append(QStringLiteral("key.set-rotation"), m_keyId, QStringLiteral("succeeded"),
                           {{QStringLiteral("days"), period(m_days)},
                            {QStringLiteral("previous"), period(previous)},
                            {QStringLiteral("global"), global}});
    context.setData({{QStringLiteral("keyId"), m_keyId},
                     {QStringLiteral("rotationDays"), m_days > 0 ? m_days : global},
                     {QStringLiteral("ownRotation"), m_days > 0}});
    context.setOverview(
        m_days > 0
            ? QCoreApplication::translate("SetKeyRotationJob", "%1 is now due for rotation every %2 days.")
                  .arg(m_keyId)
                  .arg(m_days)
            : QCoreApplication::translate("SetKeyRotationJob",
                                          "%1 follows the global rotation period again (%2 days).")
                  .arg(m_keyId)
                  .arg(global));
}

} // namespace strongroom

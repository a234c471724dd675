#include "keylist/KnownKey.h"

#include <QJsonArray>

namespace strongroom {

int KnownKey::ageDays(const QDateTime &now) const
{
    if (!created.isValid())
        return 0;
    return int(std::max<qint64>(0, created.toUTC().date().daysTo(now.toUTC().date())));
}

QDate KnownKey::dueDate(int globalDays) const
{
    return created.isValid() ? created.toUTC().date().addDays(rotationDays(globalDays)) : QDate();
}

bool KnownKey::isDue(const QDateTime &now, int globalDays) const
{
    return created.isValid() && replacedBy.isEmpty() && ageDays(now) > rotationDays(globalDays);
}

QJsonObject KnownKey::toJson(const QDateTime &now, int rotationDays) const
{
    return QJsonObject{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("keyId"), keyId},
        {QStringLiteral("label"), label},
        {QStringLiteral("source"), source},
        {QStringLiteral("created"), created.isValid() ? created.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("createdFrom"), createdFrom},
        {QStringLiteral("ageDays"), ageDays(now)},
        {QStringLiteral("dueDate"), dueDate(rotationDays).toString(Qt::ISODate)},
        {QStringLiteral("due"), isDue(now, rotationDays)},
        {QStringLiteral("rotationDays"), this->rotationDays(rotationDays)},
        {QStringLiteral("ownRotation"), ownRotationDays > 0},
        {QStringLiteral("replacedBy"), replacedBy},
        {QStringLiteral("replacedOn"),
         replacedOn.isValid() ? replacedOn.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("recoveryWhere"), recoveryWhere},
        {QStringLiteral("recoveryRecorded"),
         recoveryRecorded.isValid() ? recoveryRecorded.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("opens"), QJsonArray::fromStringList(opens)}};
}

} // namespace strongroom

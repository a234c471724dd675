#include "sqlcipher/OpenDiagnosis.h"

#include <QJsonArray>

namespace strongroom {

QString OpenDiagnosis::caseName(Case c)
{
    switch (c) {
    case Case::Opened:
        return QStringLiteral("opened");
    case Case::OpenedReadOnly:
        return QStringLiteral("opened-read-only");
    case Case::PlainSqlite:
        return QStringLiteral("plain-sqlite");
    case Case::KeyNeeded:
        return QStringLiteral("key-needed");
    case Case::WrongKey:
        return QStringLiteral("wrong-key");
    case Case::NotADatabase:
        return QStringLiteral("not-a-database");
    case Case::Empty:
        return QStringLiteral("empty");
    case Case::Damaged:
        return QStringLiteral("damaged");
    case Case::Locked:
        return QStringLiteral("locked");
    case Case::NotFound:
        return QStringLiteral("not-found");
    case Case::Unreadable:
        return QStringLiteral("unreadable");
    case Case::BadSettings:
        return QStringLiteral("invalid-settings");
    case Case::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject OpenDiagnosis::toJson() const
{
    return QJsonObject{
        {QStringLiteral("case"), caseName(what)},
        {QStringLiteral("path"), path},
        {QStringLiteral("message"), message},
        {QStringLiteral("exit_code"), int(exitCode)},
        {QStringLiteral("profiles_tried"), QJsonArray::fromStringList(profilesTried)},
        {QStringLiteral("file_type"), fileType.isEmpty() ? QJsonValue() : QJsonValue(fileType)},
        {QStringLiteral("read_only"), readOnly}};
}

} // namespace strongroom

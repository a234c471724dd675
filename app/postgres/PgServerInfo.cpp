#include "postgres/PgServerInfo.h"

#include <QJsonArray>

namespace strongroom::postgres {

namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonObject PgTableInfo::toJson() const
{
    QJsonObject o{
        {QStringLiteral("schema"), table.schema},          {QStringLiteral("name"), table.name},
        {QStringLiteral("estimated_rows"), estimatedRows}, {QStringLiteral("table_bytes"), tableBytes},
        {QStringLiteral("toast_bytes"), toastBytes},       {QStringLiteral("index_bytes"), indexBytes},
        {QStringLiteral("total_bytes"), totalBytes()},     {QStringLiteral("readable"), readable}};
    if (exactRows >= 0)
        o.insert(QStringLiteral("exact_rows"), exactRows);
    return o;
}

QJsonObject PgServerInfo::toJson() const
{
    QJsonArray tableArray;
    for (const PgTableInfo &t : tables)
        tableArray.append(t.toJson());
    QJsonObject o{{QStringLiteral("server_version"), serverVersion},
                  {QStringLiteral("server_version_number"), serverVersionNumber},
                  {QStringLiteral("host"), host},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("database_bytes"), databaseBytes},
                  {QStringLiteral("encoding"), encoding},
                  {QStringLiteral("tls"), tls.toJson()},
                  {QStringLiteral("settings"),
                   QJsonObject{{QStringLiteral("password_encryption"), orNull(passwordEncryption)},
                               {QStringLiteral("ssl"), orNull(ssl)},
                               {QStringLiteral("ssl_min_protocol_version"), orNull(sslMinProtocol)}}},
                  {QStringLiteral("data_directory"), dataDirectory},
                  {QStringLiteral("storage"), storage.toJson()},
                  {QStringLiteral("exact_counts"), exactCounts},
                  {QStringLiteral("tables"), tableArray}};
    if (!snapshot.isEmpty())
        o.insert(QStringLiteral("snapshot"), snapshot);
    return o;
}

} // namespace strongroom::postgres

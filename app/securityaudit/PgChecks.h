#pragma once

#include "postgres/PgServerInfo.h"
#include "securityaudit/SecurityCheck.h"

#include <QList>

namespace strongroom::pgchecks {

// The checks on one PostgreSQL connection, from what PgInfoJob read through it: TLS in use with
// sslmode=verify-full (a Unix socket needs no TLS, but a server with ssl = off leaves its TCP
// clients unencrypted), ssl_min_protocol_version at least TLSv1.2, password_encryption =
// scram-sha-256, and the data directory on an encrypted device (only a local server can be seen).
// `subject` names the connection (PgConnection::displayName()).
QList<SecurityCheck> fromInfo(const QString &subject, const postgres::PgServerInfo &info);
// The connection could not be made or read: nothing about it was checked, and the report says so.
SecurityCheck notReached(const QString &subject, const QString &message);

} // namespace strongroom::pgchecks

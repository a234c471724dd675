#pragma once

// Where a PostgreSQL server is, as the user named it: a libpq conninfo ("host=db port=5432
// dbname=shop"), a URI ("postgresql://app@db/shop?sslmode=verify-full") or a service name from
// pg_service.conf ("shop", the same as "service=shop"). It never holds a password: passwords come
// from .pgpass (libpq reads it), the key options or the keyring, and travel separately (PgPassword).

#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QList>
#include <QString>
#include <utility>

namespace strongroom::postgres {

class PgConnection
{
public:
    using Option = std::pair<QString, QString>; // libpq keyword, value

    // Parses with libpq's own parser (PQconninfoParse), so every keyword libpq knows works. A
    // password inside the text is refused: it would sit in argv, shell history and settings.
    static Result<PgConnection> parse(const QString &text);
    static PgConnection fromOptions(const QList<Option> &options);

    QList<Option> options() const { return m_options; }
    QString option(const QString &keyword) const;
    void setOption(const QString &keyword, const QString &value); // an empty value removes it

    // The options as key=value pairs, quoted for libpq; never a password.
    QString conninfo() const;
    // "app@db:5432/shop" or "service shop", for lists and messages.
    QString displayName() const;
    bool isEmpty() const { return m_options.isEmpty(); }
    // True when libpq would reach the server through a Unix socket or a loopback address, as far
    // as the options tell (an unset host means libpq's default socket).
    bool namesLocalServer() const;
    // The desktop keyring's account for this connection's password ("postgres/host=db dbname=shop").
    QString keyringAccount() const { return QStringLiteral("postgres/") + conninfo(); }

private:
    QList<Option> m_options;
};

// A password for one connection, in wiped memory. Empty means "let libpq decide" (.pgpass,
// PGPASSFILE, or no password at all).
struct PgPassword
{
    KeyMaterial secret;
    QString origin; // "the environment variable PGPW", "the keyring", for messages

    bool isSet() const { return !secret.isEmpty(); }
};

} // namespace strongroom::postgres

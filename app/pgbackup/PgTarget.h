#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QString>
#include <optional>

struct pg_conn;

namespace strongroom::pgbackup {

// The database a backup reads or a restore writes: a libpq conninfo, URI or "service=NAME", and the
// password when the user gave one through a key option (otherwise libpq finds it in .pgpass or the
// service file). A password written inside the conninfo is taken out of it, so the text can be shown
// and handed to pg_dump; children get the password only through a private passfile (PgPassFile.h).
struct PgTarget
{
    QString conninfo;
    std::optional<KeyMaterial> password;

    // The conninfo as key='value' pairs without any password (safe for a child's command line, a
    // log or the manifest); an error when libpq cannot parse it.
    Result<QString> withoutPassword() const;
    // The password to use: the one given, else one found inside the conninfo.
    std::optional<KeyMaterial> effectivePassword() const;
    // The same target for another database on the same server ("dbname" replaced).
    PgTarget withDatabase(const QString &database) const;
};

// Connects with libpq (the password passed as a parameter, never in a string); the error names
// libpq's reason: wrong password exits 3, anything else 1.
Result<pg_conn *> connectTo(const PgTarget &target);

// The text of a libpq error, trimmed.
QString libpqMessage(const pg_conn *connection);

} // namespace strongroom::pgbackup

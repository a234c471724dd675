#pragma once

#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace strongroom::pgbackup {

// How a PostgreSQL password reaches pg_dump, pg_restore or psql: a passfile ("*:*:*:*:PASSWORD", as
// libpq's .pgpass reads it) in a 0700 folder of its own under $XDG_RUNTIME_DIR (memory, not disk,
// where there is one), 0600, named to the child by PGPASSFILE in that child's environment alone,
// and removed with this object. Without a password the child finds one where libpq looks itself.
class PgPassFile
{
public:
    static Result<std::unique_ptr<PgPassFile>> create(const std::optional<KeyMaterial> &password);
    ~PgPassFile();

    // The environment for a child: ours, plus PGPASSFILE when there is a password; PGPASSWORD is
    // never added.
    QProcessEnvironment environment() const;

private:
    PgPassFile() = default;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_path;
};

} // namespace strongroom::pgbackup

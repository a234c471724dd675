#pragma once

// How a child program (pg_dump, pg_restore, psql) gets a password: a private passfile, 0600 in a
// 0700 folder of its own (in $XDG_RUNTIME_DIR when there is one, so it stays in memory), named to
// libpq by PGPASSFILE in that child's environment alone. The password is never on the child's
// command line or in its environment. The file is overwritten and removed when this object ends.

#include "core/Result.h"
#include "postgres/PgConnection.h"

#include <QProcessEnvironment>
#include <QString>
#include <memory>

namespace strongroom::postgres {

class PgPassFile
{
public:
    ~PgPassFile();
    PgPassFile(const PgPassFile &) = delete;
    PgPassFile &operator=(const PgPassFile &) = delete;

    // A passfile whose one line matches every host, port, database and user.
    static Result<std::unique_ptr<PgPassFile>> create(const PgPassword &password);

    QString path() const { return m_path; }

    // The environment for a child: `base` without any password variable libpq reads, with
    // PGPASSFILE naming this file.
    QProcessEnvironment
    environment(QProcessEnvironment base = QProcessEnvironment::systemEnvironment()) const;

    // `base` without PGPASSWORD: a child that gets no password of ours uses .pgpass (or the user's
    // PGPASSFILE) as libpq does, and never a password from an environment.
    static QProcessEnvironment withoutPasswords(QProcessEnvironment base);

private:
    PgPassFile() = default;
    QString m_folder;
    QString m_path;
    qint64 m_size = 0;
};

} // namespace strongroom::postgres

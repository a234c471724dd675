#pragma once

// The PostgreSQL connections the Databases section remembers, in QSettings: a name and the
// conninfo, never a password (that stays in ~/.pgpass, or in the desktop keyring when the user
// asked for it, under PgConnection::keyringAccount()).

#include <QList>
#include <QString>

namespace strongroom::ui {

struct SavedPgConnection
{
    QString name;
    QString conninfo;
    bool passwordInKeyring = false;
    friend bool operator==(const SavedPgConnection &, const SavedPgConnection &) = default;
};

namespace pgsaved {

QList<SavedPgConnection> load();
// Adds `connection`, or replaces the one with the same conninfo.
void store(const SavedPgConnection &connection);
void forget(const QString &conninfo);

} // namespace pgsaved

} // namespace strongroom::ui

#include "postgres/PgSavedConnections.h"

#include "postgres/PgConnection.h"

#include <QSettings>

namespace strongroom::ui::pgsaved {

namespace {

const QString kGroup = QStringLiteral("postgres/connections");

void save(const QList<SavedPgConnection> &connections)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), connections[i].name);
        settings.setValue(QStringLiteral("conninfo"), connections[i].conninfo);
        settings.setValue(QStringLiteral("passwordInKeyring"), connections[i].passwordInKeyring);
    }
    settings.endArray();
}

} // namespace

QList<SavedPgConnection> load()
{
    QSettings settings;
    QList<SavedPgConnection> connections;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedPgConnection c{settings.value(QStringLiteral("name")).toString(),
                            settings.value(QStringLiteral("conninfo")).toString(),
                            settings.value(QStringLiteral("passwordInKeyring")).toBool()};
        // A conninfo edited by hand to hold a password is not used (and so not kept).
        if (postgres::PgConnection::parse(c.conninfo).ok())
            connections.append(c);
    }
    settings.endArray();
    return connections;
}

void store(const SavedPgConnection &connection)
{
    QList<SavedPgConnection> connections = load();
    bool replaced = false;
    for (SavedPgConnection &c : connections) {
        if (c.conninfo == connection.conninfo) {
            c = connection;
            replaced = true;
        }
    }
    if (!replaced)
        connections.append(connection);
    save(connections);
}

void forget(const QString &conninfo)
{
    QList<SavedPgConnection> connections = load();
    connections.removeIf([&](const SavedPgConnection &c) { return c.conninfo == conninfo; });
    save(connections);
}

} // namespace strongroom::ui::pgsaved

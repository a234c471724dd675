#pragma once

#include "support/PostgresServer.h"

#include <QString>

// The databases "shop" the PostgreSQL backup tests back up, made on a PostgresServer.

// For the tests of backups and restores: "shop" on `server`, with what a dump must
// carry through intact: products (5000 rows with jsonb), orders (`orders` rows of 256-character notes)
// and a table in a schema of its own whose name needs quoting (audit."Event Log", 777 rows). `more` is
// SQL run after them in the same statement: the tables the test's own cases need. The result of that
// statement (or why CREATE DATABASE failed).
inline PostgresServer::SqlResult makeShopDatabase(const PostgresServer &server, int orders,
                                                  const QString &more)
{
    const QString shop = QStringLiteral("shop");
    if (!server.createDatabase(shop))
        return {false, QStringLiteral("CREATE DATABASE shop failed"), {}};
    const QString tables = QStringLiteral(R"(
        CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL, attributes jsonb);
        INSERT INTO products (name, attributes)
          SELECT 'product ' || i, jsonb_build_object('colour', i % 9, 'tags', jsonb_build_array('a', i))
          FROM generate_series(1, 5000) i;
        CREATE TABLE orders (id bigserial PRIMARY KEY, product int, note text);
        INSERT INTO orders (product, note) SELECT i % 5000 + 1, repeat(md5(i::text), 8)
          FROM generate_series(1, %1) i;
        CREATE SCHEMA audit;
        CREATE TABLE audit."Event Log" (at timestamptz DEFAULT now(), what text);
        INSERT INTO audit."Event Log" (what) SELECT 'event ' || i FROM generate_series(1, 777) i;
        )");
    return server.sql(tables.arg(orders) + more, shop);
}

// For the tests that need a backup, not its contents (schedules, the audit): "shop" on `server` with
// one table, orders, of `orders` rows. The result of its SQL (or why CREATE DATABASE failed).
inline PostgresServer::SqlResult makeOrdersDatabase(const PostgresServer &server, int orders)
{
    const QString shop = QStringLiteral("shop");
    if (!server.createDatabase(shop))
        return {false, QStringLiteral("CREATE DATABASE shop failed"), {}};
    return server.sql(
        QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, item text); INSERT INTO orders "
                       "SELECT i, 'item ' || i FROM generate_series(1, %1) i;")
            .arg(orders),
        shop);
}

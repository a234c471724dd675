-- The demo database of `./dev.sh demo`: a small shop. Generated rows give the dashboard tables of
-- different sizes; images are blobs, as real shops keep them.
PRAGMA journal_mode = WAL;
PRAGMA user_version = 7;
PRAGMA application_id = 1397707347;
BEGIN;
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    created_at TEXT NOT NULL
);
CREATE TABLE variants (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    colour TEXT NOT NULL,
    size TEXT NOT NULL,
    stock INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX variants_by_product ON variants(product_id);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    variant_id INTEGER NOT NULL REFERENCES variants(id),
    quantity INTEGER NOT NULL,
    customer_email TEXT NOT NULL,
    placed_at TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX orders_by_time ON orders(placed_at);
CREATE INDEX orders_by_customer ON orders(customer_email);
CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    mime_type TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE subscribers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    subscribed_at TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0
);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO products (id, sku, name, description, price_cents, created_at)
SELECT i, printf('SKU-%05d', i),
       printf('%s %s', CASE i % 5 WHEN 0 THEN 'Linen' WHEN 1 THEN 'Wool' WHEN 2 THEN 'Cotton' WHEN 3 THEN 'Silk' ELSE 'Hemp' END,
                       CASE i % 4 WHEN 0 THEN 'shirt' WHEN 1 THEN 'scarf' WHEN 2 THEN 'jacket' ELSE 'cap' END),
       'Made in small batches; ' || hex(randomblob(24)),
       900 + (i * 37) % 12000,
       date('2024-01-01', printf('+%d days', i % 600))
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2400)
INSERT INTO variants (id, product_id, colour, size, stock)
SELECT i, 1 + (i - 1) % 400,
       CASE i % 6 WHEN 0 THEN 'navy' WHEN 1 THEN 'sand' WHEN 2 THEN 'black' WHEN 3 THEN 'olive' WHEN 4 THEN 'red' ELSE 'white' END,
       CASE i % 4 WHEN 0 THEN 'S' WHEN 1 THEN 'M' WHEN 2 THEN 'L' ELSE 'XL' END,
       (i * 13) % 90
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)
INSERT INTO orders (id, variant_id, quantity, customer_email, placed_at, status)
SELECT i, 1 + (i * 7) % 2400, 1 + i % 3, printf('customer%05d@example.org', (i * 31) % 9000),
       datetime('2024-03-01', printf('+%d minutes', i * 17)),
       CASE WHEN i % 50 = 0 THEN 'refunded' WHEN i % 7 = 0 THEN 'open' ELSE 'shipped' END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO images (id, product_id, mime_type, data)
SELECT i, 1 + (i - 1) % 400, 'image/webp', randomblob(6000 + (i * 97) % 9000) FROM n;

INSERT INTO settings (key, value) VALUES
    ('shop.name', 'Northwind Threads'), ('shop.currency', 'EUR'), ('shop.timezone', 'Europe/Berlin'),
    ('mail.sender', 'orders@example.org'), ('tax.rate', '0.19'), ('backup.retention', 'daily 7, weekly 4');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO subscribers (id, email, subscribed_at, confirmed)
SELECT i, printf('reader%05d@example.net', i), datetime('2023-06-01', printf('+%d hours', i * 3)), i % 4 <> 0 FROM n;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);

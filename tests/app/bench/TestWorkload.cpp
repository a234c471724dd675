#include "bench/ParameterValues.h"
#include "bench/Workload.h"
#include "sqlcipher/Database.h"
#include "support/SqlCipherShell.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strongroom;
using namespace strongroom::bench;

// What `bench queries` runs: workload files split one per line or at `;` (outside quotes, across
// lines), comments skipped; the built-in set found from the schema (the largest table by rows, its
// first text column with a needle from the data); `:param` values drawn from the named table's
// column, `:id` meaning the primary key, the same sequence for the same seed, and clear refusals.
// The database is made by the real `sqlcipher` shell.
class TestWorkload : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop.db"));
        const ShellRun made = runSqlCipherShell(
            path, "CREATE TABLE customers(cid INTEGER PRIMARY KEY, name TEXT, city TEXT);\n"
                  "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300)\n"
                  "  INSERT INTO customers SELECT x * 10, 'customer-' || x, 'city-' || (x % 7) FROM c;\n"
                  "CREATE TABLE tiny(id INTEGER PRIMARY KEY, v BLOB);\n"
                  "INSERT INTO tiny(v) VALUES (x'00'), (x'01');\n");
        QVERIFY2(made.exitCode == 0, made.err.constData());
        auto opened = Database::open(path, {Database::Access::ReadOnly});
        QVERIFY(opened.ok());
        m_db = std::move(*opened);
    }

    void splitsFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("one per line") << QStringLiteral("SELECT 1\n\nSELECT 2\n")
                                      << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("semicolons, spanning lines")
            << QStringLiteral("SELECT *\n  FROM t;\nSELECT 2;")
            << QStringList{QStringLiteral("SELECT *\n  FROM t"), QStringLiteral("SELECT 2")};
        QTest::newRow("a semicolon inside quotes is text")
            << QStringLiteral("SELECT 'a;b'; SELECT \"x;\" FROM t")
            << QStringList{QStringLiteral("SELECT 'a;b'"), QStringLiteral("SELECT \"x;\" FROM t")};
        QTest::newRow("comments skipped") << QStringLiteral("-- the hot path\nSELECT 1\n  -- indented\n")
                                          << QStringList{QStringLiteral("SELECT 1")};
    }

    void splitsFiles()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, statements);
        QStringList got;
        for (const WorkloadStatement &s : workload::fromText(text))
            got.append(s.sql);
        QCOMPARE(got, statements);
    }

    void anEmptyOrMissingFileIsAUsageError()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.sql"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- nothing\n\n");
        f.close();
        QCOMPARE(int(workload::fromFile(empty).error().code), 2);
        QCOMPARE(int(workload::fromFile(m_dir.filePath(QStringLiteral("missing.sql"))).error().code), 2);
    }

    void builtInSetUsesTheLargestTable()
    {
        const QList<WorkloadStatement> set = workload::builtIn(*m_db);
        QStringList names;
        for (const WorkloadStatement &s : set)
            names.append(s.name);
        QCOMPARE(names, (QStringList{QStringLiteral("select-1"), QStringLiteral("page-100"),
                                     QStringLiteral("point-lookup"), QStringLiteral("count-largest"),
                                     QStringLiteral("like-search")}));
        for (const WorkloadStatement &s : set.mid(1))
            QVERIFY2(s.sql.contains(QLatin1String("\"customers\"")), qPrintable(s.sql));
        // The needle comes from the data: the LIKE search finds rows.
        Statement like = m_db->prepare(set.last().sql);
        QVERIFY(like.step());
        QVERIFY(like.int64(0) > 0);
    }

    void parametersTakeExistingValues_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow(":id means the primary key")
            << QStringLiteral("SELECT * FROM customers WHERE cid = :id");
        QTest::newRow(":cid names the column") << QStringLiteral("SELECT * FROM customers WHERE cid = :cid");
        QTest::newRow(":rowid") << QStringLiteral("SELECT * FROM \"customers\" WHERE rowid = :rowid");
        QTest::newRow("text column") << QStringLiteral("SELECT cid FROM customers WHERE name = :name");
    }

    void parametersTakeExistingValues()
    {
        QFETCH(QString, sql);
        auto values = ParameterValues::draw(*m_db, sql, 7);
        QVERIFY2(values.ok(), qPrintable(values.error().message));
        Statement statement = m_db->prepare(sql);
        for (int i = 0; i < 50; ++i) {
            statement.reset();
            statement.bind(1, values->forIteration(i).first());
            QVERIFY2(statement.step(), "every drawn value finds its row");
        }
        auto again = ParameterValues::draw(*m_db, sql, 7);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(again->forIteration(i), values->forIteration(i));
    }

    void parametersWithoutASourceAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("no such column")
            << QStringLiteral("SELECT * FROM customers WHERE cid = :nope") << QStringLiteral(":nope");
        QTest::newRow("positional") << QStringLiteral("SELECT * FROM customers WHERE cid = ?")
                                    << QStringLiteral("positional");
        QTest::newRow("no table") << QStringLiteral("SELECT :x") << QStringLiteral(":x");
    }

    void parametersWithoutASourceAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        auto values = ParameterValues::draw(*m_db, sql, 1);
        QVERIFY(!values.ok());
        QCOMPARE(int(values.error().code), 2);
        QVERIFY2(values.error().message.contains(named), qPrintable(values.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWorkload)
#include "TestWorkload.moc"

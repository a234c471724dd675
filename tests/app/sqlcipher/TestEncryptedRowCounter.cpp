#include "DbFixtures.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/EncryptedRowCounter.h"
#include "sqlcipher/Statement.h"

#include <QTemporaryDir>
#include <QtCrypto>

using namespace strongroom;

Q_DECLARE_METATYPE(strongroom::CipherSettings)

// Row counts read from the encrypted pages against SQLite's count(*) on files the `sqlcipher` shell
// wrote: rowid tables several levels deep, a WITHOUT ROWID table (whose interior cells are rows
// too), an empty table, overflowing rows, a table with freed pages; and a walk that meets what it
// does not expect fails instead of counting.
class TestEncryptedRowCounter : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    static KeyMaterial key(const QByteArray &text) { return KeyMaterial(QCA::SecureArray(text)); }

    static QByteArray schema()
    {
        return "CREATE TABLE deep(id INTEGER PRIMARY KEY, v TEXT);\n"
               "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 30000)\n"
               "  INSERT INTO deep SELECT x, printf('%050d', x) FROM c;\n"
               "CREATE INDEX deep_v ON deep(v);\n"
               "CREATE TABLE \"odd \"\"name\"\"\"(k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;\n"
               "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 6000)\n"
               "  INSERT INTO \"odd \"\"name\"\"\" SELECT printf('key-%08d', x), randomblob(60) FROM c;\n"
               "CREATE TABLE empty(a);\n"
               "CREATE TABLE blobs(id INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB);\n"
               "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300)\n"
               "  INSERT INTO blobs(data) SELECT randomblob(3000) FROM c;\n"
               "DELETE FROM deep WHERE id % 7 = 0 OR id BETWEEN 1000 AND 4000;\n";
    }

    struct Made
    {
        QString path;
        PageKeys keys;
        QList<EncryptedRowCounter::Table> tables;
        QMap<QString, qint64> sqliteCounts;
    };

    // The file, its page keys, and SQLite's own answers through a connection of Strongroom's.
    static Made make(const QString &path, const QByteArray &pragmas, const QByteArray &passphrase,
                     const CipherSettings &settings)
    {
        Made made;
        made.path = path;
        dbfixtures::makeWithShell(path, pragmas + "\n" + schema());
        const Result<PageKeys> keys = PageKeys::ofFile(path, key(passphrase), settings);
        if (!keys)
            return made;
        made.keys = keys.value();
        const KeyMaterial raw = made.keys.rawKey();
        Result<std::unique_ptr<Database>> db =
            Database::open(path, {Database::Access::ReadOnly, &raw, settings});
        if (!db)
            return made;
        Statement s = db.value()->prepare(
            QStringLiteral("SELECT name, rootpage FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%' ORDER BY name"));
        while (s.step())
            made.tables.append({s.text(0), s.int64(1)});
        for (const EncryptedRowCounter::Table &table : made.tables) {
            const QString quoted = QLatin1Char('"') + QString(table.name).replace('"', "\"\"") + '"';
            made.sqliteCounts.insert(
                table.name,
                db.value()->scalar(QStringLiteral("SELECT count(*) FROM ") + quoted).toLongLong());
        }
        return made;
    }

    static Result<QMap<QString, qint64>> count(const Made &made, const CipherSettings &settings,
                                               const QList<EncryptedRowCounter::Table> &tables)
    {
        QFile file(made.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ExitCode::Failure, QStringLiteral("cannot open"));
        const uchar *data = file.map(0, file.size());
        Result<QMap<QString, qint64>> counted =
            EncryptedRowCounter::count(data, file.size(), made.keys, settings, tables);
        file.unmap(const_cast<uchar *>(data));
        return counted;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void countsEqualSqlitesCountStar_data()
    {
        QTest::addColumn<QByteArray>("pragmas");
        QTest::addColumn<CipherSettings>("settings");
        CipherSettings small = CipherSettings::sqlcipher4();
        small.pageSize = 1024;
        small.kdfIter = 4000;
        CipherSettings v4 = CipherSettings::sqlcipher4();
        v4.kdfIter = 4000;
        CipherSettings custom = v4;
        custom.pageSize = 8192;
        custom.hmacAlgorithm = QStringLiteral("HMAC_SHA256");
        CipherSettings v3 = CipherSettings::sqlcipher3();
        v3.kdfIter = 4000;
        QTest::newRow("1 KiB pages: deep trees")
            << QByteArray("PRAGMA key = 'rows';\nPRAGMA cipher_page_size = 1024;\nPRAGMA kdf_iter = 4000;")
            << small;
        QTest::newRow("SQLCipher 4 pages")
            << QByteArray("PRAGMA key = 'rows';\nPRAGMA kdf_iter = 4000;") << v4;
        QTest::newRow("8 KiB pages, HMAC-SHA256")
            << QByteArray("PRAGMA key = 'rows';\nPRAGMA cipher_page_size = 8192;\nPRAGMA kdf_iter = 4000;\n"
                          "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;")
            << custom;
        QTest::newRow("SQLCipher 3 layout")
            << QByteArray("PRAGMA key = 'rows';\nPRAGMA cipher_compatibility = 3;\nPRAGMA kdf_iter = 4000;")
            << v3;
    }

    void countsEqualSqlitesCountStar()
    {
        QFETCH(QByteArray, pragmas);
        QFETCH(CipherSettings, settings);
        QVERIFY(EncryptedRowCounter::supports(settings));
        const Made made =
            make(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_') + ".db"),
                 pragmas, "rows", settings);
        QCOMPARE(made.tables.size(), 4);
        QCOMPARE(made.sqliteCounts.value(QStringLiteral("empty")), 0);
        QCOMPARE(made.sqliteCounts.value(QStringLiteral("blobs")), 300);
        QVERIFY(made.sqliteCounts.value(QStringLiteral("deep")) > 20000);

        const Result<QMap<QString, qint64>> counted = count(made, settings, made.tables);
        QVERIFY2(counted, counted ? "" : qPrintable(counted.error().message));
        QCOMPARE(counted.value(), made.sqliteCounts);
    }

    void aWalkThatMeetsTheUnexpectedFailsInsteadOfCounting()
    {
        CipherSettings settings = CipherSettings::sqlcipher4();
        settings.kdfIter = 4000;
        const Made made = make(m_dir.filePath(QStringLiteral("odd.db")),
                               "PRAGMA key = 'rows';\nPRAGMA kdf_iter = 4000;", "rows", settings);
        QVERIFY(!made.tables.isEmpty());
        const qint64 pageCount = QFileInfo(made.path).size() / settings.pageSize;
        const EncryptedRowCounter::Table deep = made.tables.at(0);
        QCOMPARE(deep.name, QStringLiteral("blobs"));

        const QList<QList<EncryptedRowCounter::Table>> cases{
            {{QStringLiteral("past the end"), pageCount + 3}},
            {{QStringLiteral("page 1"), 1}},
            {deep, deep}, // the same pages reached twice
        };
        for (const auto &tables : cases) {
            const Result<QMap<QString, qint64>> counted = count(made, settings, tables);
            QVERIFY(!counted);
            QCOMPARE(counted.error().code, ExitCode::Integrity);
        }

        // Pages decrypted with another key are no b-tree pages.
        Made wrong = made;
        wrong.keys = PageKeys::derive(key("other"), made.keys.salt, settings).value();
        const Result<QMap<QString, qint64>> counted = count(wrong, settings, made.tables);
        QVERIFY(!counted);
        QCOMPARE(counted.error().code, ExitCode::Integrity);
    }
};

QTEST_GUILESS_MAIN(TestEncryptedRowCounter)
#include "TestEncryptedRowCounter.moc"

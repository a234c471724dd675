// ContentFingerprint, what the conversion's verification compares between the original and the new
// file: on databases made by the real `sqlcipher` shell, a copy made by SQLCipher's own
// sqlcipher_export() has the same fingerprint; one changed value, a value of another storage class
// (1, '1', x'31'), a changed schema each change it; row order on disk, ANALYZE statistics and the
// file's encryption do not. A damaged page is an integrity error (4) and the caller's tick cancels.
#include "../sqlcipher/DbFixtures.h"
#include "ConversionFixtures.h"
#include "conversion/ContentFingerprint.h"
#include "sqlcipher/Database.h"

#include <QTemporaryDir>
#include <QtCrypto>

using namespace strongroom;

namespace {
const QByteArray kKey = fixtures::kRawKey;

KeyMaterial key()
{
    return KeyMaterial(QCA::SecureArray(kKey));
}

// Fingerprint of a plain file (no key) or of a SQLCipher 4 file with kKey.
Result<ContentFingerprint> fingerprintOf(const QString &path, bool encrypted,
                                         const WorkProgress &progress = {})
{
    const KeyMaterial k = key();
    auto db = Database::open(path, {Database::Access::ReadOnly, encrypted ? &k : nullptr, {}, 0});
    if (!db)
        return db.error();
    return fingerprintDatabase(**db, progress);
}

QString tableHash(const ContentFingerprint &fp, const QString &table)
{
    for (const TableFingerprint &t : fp.tables)
        if (t.name == table)
            return t.sha256;
    return {};
}
} // namespace

class TestContentFingerprint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString plainWith(const QByteArray &sql)
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.db").arg(++m_files));
        dbfixtures::makeWithShell(path, sql);
        return path;
    }

    ContentFingerprint of(const QString &path, bool encrypted = false)
    {
        auto fp = fingerprintOf(path, encrypted);
        if (!fp.ok())
            qWarning("%s", qPrintable(fp.error().message));
        return fp.ok() ? *fp : ContentFingerprint{};
    }

private Q_SLOTS:
    void anExportedEncryptedCopyHasTheSameFingerprint()
    {
        const QString plain = plainWith(fixtures::sampleSchemaAndRows(200));
        const QString encrypted = m_dir.filePath(QStringLiteral("exported.db"));
        const ShellRun r = runSqlCipherShell(
            plain, "ATTACH DATABASE '" + QFile::encodeName(encrypted) + "' AS enc KEY \"" + kKey +
                       "\";\nSELECT sqlcipher_export('enc');\nDETACH DATABASE enc;\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const ContentFingerprint a = of(plain), b = of(encrypted, true);
        QVERIFY(!a.schemaSha256.isEmpty());
        QCOMPARE(a.tables.size(), 3); // people, tags, log: not the view, not the index
        QCOMPARE(a.totalRows(), 200 + 5 + (200 - 200 / 7));
        QCOMPARE(b.schemaSha256, a.schemaSha256);
        for (int i = 0; i < a.tables.size(); ++i) {
            QCOMPARE(b.tables.at(i).name, a.tables.at(i).name);
            QCOMPARE(b.tables.at(i).rows, a.tables.at(i).rows);
            QCOMPARE(b.tables.at(i).sha256, a.tables.at(i).sha256);
        }
    }

    void theHeaderFieldsAreRead()
    {
        const ContentFingerprint fp =
            of(plainWith(fixtures::sampleSchemaAndRows(5) + "PRAGMA journal_mode = WAL;\n"));
        QCOMPARE(fp.userVersion, 42);
        QCOMPARE(fp.applicationId, 1234567);
        QCOMPARE(fp.autoVacuum, 1);
        QCOMPARE(fp.journalMode, QStringLiteral("wal"));
        const QJsonObject header = fp.headerJson();
        QCOMPARE(header.value(QStringLiteral("user_version")).toInteger(), 42);
        QCOMPARE(header.value(QStringLiteral("application_id")).toInteger(), 1234567);
        QCOMPARE(header.value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(header.value(QStringLiteral("auto_vacuum")).toInt(), 1);
    }

    void eachStorageClassHashesDifferently_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("integer 1") << QByteArray("1");
        QTest::newRow("text '1'") << QByteArray("'1'");
        QTest::newRow("blob x'31'") << QByteArray("x'31'");
        QTest::newRow("real 1.0") << QByteArray("1.0");
        QTest::newRow("NULL") << QByteArray("NULL");
        QTest::newRow("empty text") << QByteArray("''");
        QTest::newRow("empty blob") << QByteArray("x''");
    }
    void eachStorageClassHashesDifferently()
    {
        QFETCH(QByteArray, value);
        static QMap<QString, QByteArray> seen; // table hash -> the value that gave it
        const ContentFingerprint fp =
            of(plainWith("CREATE TABLE t(v);\nINSERT INTO t VALUES (" + value + ");\n"));
        QCOMPARE(fp.tables.size(), 1);
        QCOMPARE(fp.tables.first().rows, 1);
        const QString hash = fp.tables.first().sha256;
        QVERIFY2(!seen.contains(hash),
                 qPrintable(QStringLiteral("same hash as %1").arg(QString::fromLatin1(seen.value(hash)))));
        seen.insert(hash, value);
    }

    void rowsAreHashedInKeyOrderNotInTheOrderTheyWereWritten()
    {
        const QByteArray schema = "CREATE TABLE r(id INTEGER PRIMARY KEY, v);\n"
                                  "CREATE TABLE w(k TEXT PRIMARY KEY, v) WITHOUT ROWID;\n";
        const ContentFingerprint a = of(plainWith(schema + "INSERT INTO r VALUES (1, 'a'), (2, 'b');\n"
                                                           "INSERT INTO w VALUES ('x', 1), ('y', 2);\n"));
        const ContentFingerprint b = of(plainWith(schema + "INSERT INTO r VALUES (2, 'b'), (1, 'a');\n"
                                                           "INSERT INTO w VALUES ('y', 2), ('x', 1);\n"));
        QCOMPARE(tableHash(b, QStringLiteral("r")), tableHash(a, QStringLiteral("r")));
        QCOMPARE(tableHash(b, QStringLiteral("w")), tableHash(a, QStringLiteral("w")));
        QVERIFY(!tableHash(a, QStringLiteral("w")).isEmpty());
    }

    void oneChangedValueChangesOnlyItsTable()
    {
        const QByteArray schema = "CREATE TABLE a(id INTEGER PRIMARY KEY, v);\nCREATE TABLE b(v);\n"
                                  "INSERT INTO b VALUES ('same');\n";
        const ContentFingerprint one = of(plainWith(schema + "INSERT INTO a VALUES (1, 'abc');\n"));
        const ContentFingerprint two = of(plainWith(schema + "INSERT INTO a VALUES (1, 'abd');\n"));
        QVERIFY(tableHash(one, QStringLiteral("a")) != tableHash(two, QStringLiteral("a")));
        QCOMPARE(tableHash(one, QStringLiteral("b")), tableHash(two, QStringLiteral("b")));
        QCOMPARE(one.schemaSha256, two.schemaSha256);
    }

    void theSchemaCountsButAnalyzeStatisticsDoNot()
    {
        const QByteArray base =
            "CREATE TABLE a(id INTEGER PRIMARY KEY, v);\nINSERT INTO a VALUES (1, 'x'), (2, 'y');\n";
        const ContentFingerprint plain = of(plainWith(base));
        const ContentFingerprint indexed = of(plainWith(base + "CREATE INDEX a_v ON a(v);\n"));
        const ContentFingerprint analyzed = of(plainWith(base + "ANALYZE;\n"));
        QVERIFY(indexed.schemaSha256 != plain.schemaSha256);
        QCOMPARE(tableHash(indexed, QStringLiteral("a")), tableHash(plain, QStringLiteral("a")));
        QCOMPARE(analyzed.schemaSha256, plain.schemaSha256);
        QCOMPARE(analyzed.tables.size(), 1);
    }

    void theTickSeesTheRowsAndCanCancel()
    {
        const QString path =
            plainWith("CREATE TABLE n(x);\nWITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                      "FROM c WHERE i < 10000) INSERT INTO n SELECT i FROM c;\n");
        QList<qint64> ticks;
        auto all = fingerprintOf(path, false,
                                 WorkProgress(WorkProgress::Hooks{
                                     [&ticks](qint64 rows, qint64) { ticks.append(rows); }, {}, {}, {}}));
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->totalRows(), 10000);
        QVERIFY(ticks.size() >= 2);
        QCOMPARE(ticks.last(), 10000);
        QVERIFY(std::is_sorted(ticks.cbegin(), ticks.cend()));

        int calls = 0;
        auto cancelled =
            fingerprintOf(path, false, WorkProgress::cancelledWhen([&calls] { return ++calls >= 1; }));
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ExitCode::Cancelled);
        QCOMPARE(calls, 1);
    }

    void aDamagedPageIsAnIntegrityError()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        // One table and no index: every page but the first holds rows of "big".
        dbfixtures::makeWithShell(path,
                                  fixtures::keyPragmas(kKey) +
                                      "CREATE TABLE big(id INTEGER PRIMARY KEY, b BLOB);\n"
                                      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                      "WHERE x < 600) INSERT INTO big SELECT x, randomblob(200) FROM c;\n");
        QCOMPARE(of(path, true).totalRows(), 600);
        QVERIFY(QFileInfo(path).size() > 4096 * 20);
        // Page 20's HMAC fails once a byte of it flips.
        dbfixtures::flipByte(path, 4096 * 19 + 300);
        auto fp = fingerprintOf(path, true);
        QVERIFY(!fp.ok());
        QCOMPARE(fp.error().kindName(), QStringLiteral("integrity"));
        QVERIFY2(fp.error().message.contains(QStringLiteral("big")), qPrintable(fp.error().message));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestContentFingerprint test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestContentFingerprint.moc"

// Verification, step 3 of the conversion's safety protocol: the report that decides whether the new
// file may replace the original. On fingerprints of databases made by the real `sqlcipher` shell:
// an exact copy passes; a lost row, a changed value, a missing or extra table, a changed schema or
// header field each fail with a problem that names it. A copy that does not open, or fails an
// integrity check, fails; a copy compared page by page is judged by its pages, not by the checks.
#include "../sqlcipher/DbFixtures.h"
#include "ConversionFixtures.h"
#include "conversion/Verification.h"
#include "sqlcipher/Database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtCrypto>

using namespace strongroom;

class TestVerification : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    ContentFingerprint m_source;

    static const QByteArray &schema()
    {
        static const QByteArray s = "PRAGMA user_version = 7;\n"
                                    "CREATE TABLE a(id INTEGER PRIMARY KEY, v);\nCREATE TABLE b(v);\n"
                                    "INSERT INTO a VALUES (1, 'one'), (2, 'two'), (3, 'three');\n"
                                    "INSERT INTO b VALUES ('x');\n";
        return s;
    }

    ContentFingerprint fingerprint(const QByteArray &sql)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.db").arg(++m_files));
        const ShellRun r = runSqlCipherShell(path, sql);
        if (r.exitCode != 0)
            qWarning("sqlcipher: %s", r.err.constData());
        auto db = Database::open(path, {Database::Access::ReadOnly, nullptr, {}, 0});
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return {};
        }
        auto fp = fingerprintDatabase(**db, {});
        return fp.ok() ? fp.value() : ContentFingerprint{};
    }

    // A report as the export path fills it: it opened, both integrity checks passed.
    static VerificationReport checked(const ContentFingerprint &source, const ContentFingerprint &copy)
    {
        VerificationReport report = compareFingerprints(source, copy);
        report.opensWithNewKey = true;
        report.cipherIntegrity = QStringLiteral("ok");
        report.integrity = QStringLiteral("ok");
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = fingerprint(schema());
        QCOMPARE(m_source.tables.size(), 2);
        QCOMPARE(m_source.userVersion, 7);
    }

    void anExactCopyPasses()
    {
        const VerificationReport report = checked(m_source, fingerprint(schema()));
        QVERIFY2(report.passed(), qPrintable(report.problems().join(QStringLiteral("; "))));
        QVERIFY(report.schemaEqual && report.headerEqual());
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("tables")).toArray().size(), 2);
        QVERIFY2(!json.contains(QStringLiteral("pages_compared")),
                 "verified by fingerprints, not page by page");
    }

    void everyDifferenceFailsAndIsNamed_data()
    {
        QTest::addColumn<QByteArray>("change"); // SQL run on the copy after the source's script
        QTest::addColumn<QString>("problem");
        QTest::newRow("a lost row") << QByteArray("DELETE FROM a WHERE id = 2;")
                                    << "table a: 3 rows in the source, 2 in the copy";
        QTest::newRow("a changed value") << QByteArray("UPDATE a SET v = 'TWO' WHERE id = 2;")
                                         << "table a: 3 rows in the source, 3 in the copy, different content";
        QTest::newRow("a value of another type")
            << QByteArray("UPDATE a SET v = 1 WHERE id = 1;") << "different content";
        QTest::newRow("a missing table") << QByteArray("DROP TABLE b;") << "table b: missing in the copy";
        QTest::newRow("an extra table")
            << QByteArray("CREATE TABLE c(v);") << "table c: missing in the source";
        QTest::newRow("a changed schema") << QByteArray("CREATE INDEX a_v ON a(v);") << "the schema differs";
        QTest::newRow("a changed header field")
            << QByteArray("PRAGMA user_version = 8;") << "header fields differ";
    }
    void everyDifferenceFailsAndIsNamed()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, problem);
        const VerificationReport report = checked(m_source, fingerprint(schema() + change + '\n'));
        QVERIFY(!report.passed());
        const QString problems = report.problems().join(QStringLiteral("; "));
        QVERIFY2(problems.contains(problem), qPrintable(problems));
        QCOMPARE(report.toJson().value(QStringLiteral("passed")).toBool(true), false);
    }

    void theChecksOfTheCopyDecide_data()
    {
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("cipherIntegrity");
        QTest::addColumn<QString>("integrity");
        QTest::addColumn<bool>("passed");
        QTest::newRow("all ok") << true << "ok" << "ok" << true;
        QTest::newRow("a plain copy has no page HMACs") << true << "not encrypted" << "ok" << true;
        QTest::newRow("does not open") << false << "ok" << "ok" << false;
        QTest::newRow("a page fails its HMAC") << true << "page 7: HMAC check failed" << "ok" << false;
        QTest::newRow("integrity_check finds a problem")
            << true << "ok" << "row 3 missing from index" << false;
        QTest::newRow("a check that did not run") << true << QString() << "ok" << false;
    }
    void theChecksOfTheCopyDecide()
    {
        QFETCH(bool, opens);
        QFETCH(QString, cipherIntegrity);
        QFETCH(QString, integrity);
        QFETCH(bool, passed);
        VerificationReport report = checked(m_source, m_source);
        report.opensWithNewKey = opens;
        report.cipherIntegrity = cipherIntegrity;
        report.integrity = integrity;
        QCOMPARE(report.passed(), passed);
        if (!passed)
            QCOMPARE(report.problems().size(), 1);
    }

    void aCopyComparedPageByPageIsJudgedByItsPages()
    {
        VerificationReport report;
        report.pagesCompared = 42;
        report.schemaEqual = true;
        report.opensWithNewKey = true;
        report.tablesRead = {QStringLiteral("a"), QStringLiteral("b")};
        QVERIFY2(report.passed(), qPrintable(report.problems().join(QStringLiteral("; "))));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("pages_compared")).toInteger(), 42);
        QCOMPARE(json.value(QStringLiteral("tables_read")).toArray().size(), 2);
        report.opensWithNewKey = false;
        QVERIFY(!report.passed());
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestVerification test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVerification.moc"

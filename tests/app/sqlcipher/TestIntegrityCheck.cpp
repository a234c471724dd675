#include "DbFixtures.h"
#include "sqlcipher/CipherCheckEstimate.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/IntegrityCheck.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtCrypto>

using namespace strongroom;
using namespace dbfixtures;

// The one engine for SQLite's and SQLCipher's integrity checks, on files the sqlcipher shell wrote:
// what each check reports, the error it makes of it, and a cancel that stops integrity_check.
class TestIntegrityCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QCA::Initializer m_qca;

    static KeyMaterial key(const QByteArray &text) { return KeyMaterial(QCA::SecureArray(text)); }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static std::unique_ptr<Database> open(const QString &path, const KeyMaterial *key)
    {
        Result<std::unique_ptr<Database>> db =
            Database::open(path, {Database::Access::ReadOnly, key, CipherSettings::sqlcipher4()});
        if (!db)
            qWarning("%s", qPrintable(db.error().message));
        return db ? std::move(db.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeWithShell(path("clean.db"), "PRAGMA key = 'pw4';\n" + content());
        makeWithShell(path("flipped.db"), "PRAGMA key = 'pw4';\n" + content());
        flipByte(path("flipped.db"), 4096 * 2 + 100); // inside page 3
        // An index whose schema no longer matches its entries: integrity_check finds every row missing.
        makeWithShell(path("index.db"),
                      ".dbconfig defensive off\n"
                      "CREATE TABLE t(a, b);\n"
                      "INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);\n"
                      "CREATE INDEX i ON t(a);\n"
                      "PRAGMA writable_schema = ON;\n"
                      "UPDATE sqlite_schema SET sql = 'CREATE INDEX i ON t(b)' WHERE name = 'i';\n");
        // Big enough that integrity_check asks to go on many times.
        makeWithShell(path("big.db"),
                      "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT, w BLOB);\n"
                      "CREATE INDEX t_v ON t(v);\n"
                      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000)\n"
                      "  INSERT INTO t SELECT x, hex(randomblob(16)), randomblob(64) FROM c;\n");
    }

    void anIntactFilePassesBothChecks()
    {
        const KeyMaterial k = key("pw4");
        auto db = open(path("clean.db"), &k);
        QVERIFY(db);
        const Result<QStringList> pages = integritycheck::problems(*db, integritycheck::Kind::CipherPages);
        QVERIFY(pages);
        QVERIFY2(pages->isEmpty(), qPrintable(pages->join(QLatin1Char('\n'))));
        const Result<QStringList> structure = integritycheck::problems(*db, integritycheck::Kind::Structure);
        QVERIFY(structure);
        QVERIFY(structure->isEmpty()); // "ok" is no problem
        QVERIFY(integritycheck::verifyPages(*db, CipherSettings::sqlcipher4()));
    }

    void aPageThatFailsItsHmacIsNamedAndIsAnIntegrityFailure()
    {
        const KeyMaterial k = key("pw4");
        auto db = open(path("flipped.db"), &k);
        QVERIFY(db);
        const Result<QStringList> pages = integritycheck::problems(*db, integritycheck::Kind::CipherPages);
        QVERIFY(pages);
        QVERIFY2(pages->join(QLatin1Char('\n')).contains(QLatin1String("page 3")),
                 qPrintable(pages->join(QLatin1Char('\n'))));
        const Status s = integritycheck::verify(*db, integritycheck::Kind::CipherPages);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ExitCode::Integrity);
        QCOMPARE(s.error().kindName(), QStringLiteral("damaged"));
        QVERIFY(s.error().message.startsWith(path("flipped.db") + QStringLiteral(": the file is damaged")));
    }

    void eachStructureProblemIsOneLine()
    {
        auto db = open(path("index.db"), nullptr);
        QVERIFY(db);
        const Result<QStringList> found = integritycheck::problems(*db, integritycheck::Kind::Structure);
        QVERIFY(found);
        QCOMPARE(found->size(), 3);
        QCOMPARE(found->first(), QStringLiteral("row 1 missing from index i"));
        const Status s = integritycheck::verify(*db, integritycheck::Kind::Structure);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("PRAGMA integrity_check reports 3 problem(s)")),
                 qPrintable(s.error().message));
    }

    void withoutHmacsThePageCheckIsIntegrityCheck()
    {
        auto db = open(path("index.db"), nullptr);
        QVERIFY(db);
        CipherSettings noHmac = CipherSettings::sqlcipher1();
        QVERIFY(!noHmac.useHmac);
        const Status s = integritycheck::verifyPages(*db, noHmac);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("PRAGMA integrity_check")));
    }

    void aCancelStopsIntegrityCheckAtOnce()
    {
        auto db = open(path("big.db"), nullptr);
        QVERIFY(db);
        int asked = 0;
        QElapsedTimer sinceStop;
        const Result<QStringList> found =
            integritycheck::problems(*db, integritycheck::Kind::Structure, WorkProgress::cancelledWhen([&] {
                if (++asked < 3)
                    return false;
                sinceStop.start();
                return true;
            }));
        QVERIFY(found.cancelled());
        QVERIFY(asked >= 3); // asked while it ran
        qInfo("integrity_check ended %lld ms after the cancel", qint64(sinceStop.elapsed()));
        QVERIFY(sinceStop.elapsed() < 200);
        // The connection is usable again, and the full check passes.
        const Result<QStringList> again = integritycheck::problems(*db, integritycheck::Kind::Structure);
        QVERIFY(again);
        QVERIFY(again->isEmpty());
    }

    // cipher_integrity_check asks nothing while it runs: it is declared unstoppable with an estimate,
    // declared ended when it returns, and a cancel asked meanwhile makes its result Cancelled.
    void theCipherCheckIsDeclaredUnstoppableAndACancelDuringItEndsItCancelled()
    {
        const KeyMaterial k = key("pw4");
        auto db = open(path("clean.db"), &k);
        QVERIFY(db);
        QList<qint64> declared;
        bool cancelRequested = false;
        const WorkProgress work(WorkProgress::Hooks{{},
                                                    [&] { return cancelRequested; },
                                                    {},
                                                    [&](qint64 expectedMs) {
                                                        declared.append(expectedMs);
                                                        if (expectedMs > 0)
                                                            cancelRequested = true; // Ctrl-C meanwhile
                                                    }});
        const Result<QStringList> found =
            integritycheck::problems(*db, integritycheck::Kind::CipherPages, work);
        QVERIFY(found.cancelled());
        QCOMPARE(declared.size(), 2);
        QVERIFY(declared.first() > 0);
        QCOMPARE(declared.last(), qint64(0));
        // Without a cancel the same check runs to its answer.
        cancelRequested = false;
        declared.clear();
        const WorkProgress quiet(
            WorkProgress::Hooks{{}, [] { return false; }, {}, [&](qint64 ms) { declared.append(ms); }});
        const Result<QStringList> again =
            integritycheck::problems(*db, integritycheck::Kind::CipherPages, quiet);
        QVERIFY(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(declared.size(), 2);
    }

    void theEstimateGrowsWithTheFileAndIsNeverZero()
    {
        qInfo("HMAC-SHA512 measured at %.0f MiB/s", ciphercheck::measuredHmacBytesPerSecond() / 1048576.0);
        QVERIFY(ciphercheck::measuredHmacBytesPerSecond() > 0);
        QCOMPARE(ciphercheck::expectedMs(0), qint64(1));
        const qint64 gib = ciphercheck::expectedMs(qint64(1) << 30);
        QVERIFY(gib > ciphercheck::expectedMs(qint64(1) << 20));
        // Half the measured HMAC rate: a GiB takes at least 2 GiB's worth of HMAC time.
        QVERIFY(double(gib) >=
                2000.0 * double(qint64(1) << 30) / ciphercheck::measuredHmacBytesPerSecond() - 1);
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "TestIntegrityCheck.moc"

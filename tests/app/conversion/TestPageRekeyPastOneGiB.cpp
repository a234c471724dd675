#include "ConversionFixtures.h"

#include <QStorageInfo>
#include <QTemporaryDir>

using namespace fixtures;

// A rekey of a database larger than 1 GiB, page by page: the page holding the byte at 1 GiB, which
// SQLite never writes and which has no HMAC, is carried over as it is, every other page opens in the
// sqlcipher shell with the new key (cipher_integrity_check clean), and the rows on both sides of that
// page read back. About 1.1 GB is written three times (input, result, kept original).
class TestPageRekeyPastOneGiB : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static QByteArray bytesAt(const QString &path, qint64 offset, int size)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return {};
        return f.read(size);
    }

private Q_SLOTS:
    void theLockPageIsCarriedOverAndEveryOtherPageRekeyed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("big.db"));
        if (QStorageInfo(dir.path()).bytesAvailable() < 4LL * 1024 * 1024 * 1024)
            QSKIP("needs 4 GiB free beside the temporary folder for a 1.1 GB database, its rekeyed copy and "
                  "the kept original");
        const QByteArray fastKdf = "PRAGMA kdf_iter = 4000;\n";
        const ShellRun made = runSqlCipherShell(
            db, keyPragmas(kOldPassphrase, fastKdf) +
                    "PRAGMA journal_mode = OFF;\nPRAGMA synchronous = OFF;\n"
                    "CREATE TABLE big(id INTEGER PRIMARY KEY, b BLOB);\n"
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100)\n"
                    "  INSERT INTO big SELECT i, zeroblob(1000000) FROM n;\n"
                    "CREATE TABLE tail(id INTEGER PRIMARY KEY, v TEXT);\n"
                    "INSERT INTO tail(v) VALUES ('after the lock page'), ('last');\n");
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const qint64 lockPageOffset = 0x40000000; // page 262145 of 4 KiB starts at the byte at 1 GiB
        QVERIFY(QFileInfo(db).size() > lockPageOffset + 16 * 4096);
        const QByteArray lockPage = bytesAt(db, lockPageOffset, 4096);

        const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("rekey"),
                                 QStringLiteral("--key-env"), QStringLiteral("OLD_KEY"),
                                 QStringLiteral("--source-kdf-iter"), QStringLiteral("4000"),
                                 QStringLiteral("--new-key-env"), QStringLiteral("NEW_KEY"), db},
                                {}, cliEnvironment(m_home.filePath(QStringLiteral("data"))), 540000);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(jsonOf(r).value(QStringLiteral("method")).toString(), QStringLiteral("pages"));
        QCOMPARE(bytesAt(db, lockPageOffset, 4096), lockPage);

        const ShellRun check = runSqlCipherShell(db, keyPragmas(kNewPassphrase, fastKdf) +
                                                         "PRAGMA cipher_integrity_check;\n"
                                                         "SELECT count(*), sum(length(b)) FROM big;\n"
                                                         "SELECT group_concat(v, '|') FROM tail;\n");
        QVERIFY2(check.exitCode == 0 && check.err.isEmpty(), check.err.constData());
        QByteArray out = check.out;
        if (out.startsWith("ok\n"))
            out.remove(0, 3);
        QCOMPARE(out, QByteArray("1100|1100000000\nafter the lock page|last\n"));
    }
};

QTEST_GUILESS_MAIN(TestPageRekeyPastOneGiB)
#include "TestPageRekeyPastOneGiB.moc"

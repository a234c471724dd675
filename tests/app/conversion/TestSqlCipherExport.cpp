// exportDatabase, the conversion's copy through SQLCipher's own sqlcipher_export(): the result is
// read by the real `sqlcipher` shell with the target's key and settings (and not without them), holds
// the same dump, and carries the header fields sqlcipher_export() leaves behind (user_version,
// application_id, auto_vacuum, WAL). Committed -wal frames of the source are copied and the source's
// -wal is never folded into it; an existing target is never overwritten; the tick cancels.
#include "../sqlcipher/DbFixtures.h"
#include "ConversionFixtures.h"
#include "conversion/SqlCipherExport.h"
#include "sqlcipher/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtCrypto>
#include <sys/stat.h>

using namespace fixtures;
using namespace strongroom;

namespace {
const QByteArray kCustomPragmas = "PRAGMA cipher_page_size = 8192;\nPRAGMA kdf_iter = 64000;\n"
                                  "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;\n"
                                  "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256;\n";

CipherSettings customSettings()
{
    CipherSettings s;
    s.pageSize = 8192;
    s.kdfIter = 64000;
    s.hmacAlgorithm = QStringLiteral("HMAC_SHA256");
    s.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA256");
    return s;
}

ContentFingerprint headerOf(const QString &path, const KeyMaterial *key, const CipherSettings &settings = {})
{
    ContentFingerprint header;
    auto db = Database::open(path, {Database::Access::ReadOnly, key, settings, 0});
    if (db)
        readHeaderFields(**db, header);
    else
        qWarning("%s", qPrintable(db.error().message));
    return header;
}
} // namespace

class TestSqlCipherExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const KeyMaterial m_old{QCA::SecureArray(kOldPassphrase)};
    const KeyMaterial m_new{QCA::SecureArray(kNewPassphrase)};

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void aPlainFileBecomesAnEncryptedOneWithTheGivenSettingsAndHeader()
    {
        const QString source = path(QStringLiteral("plain.db")), target = path(QStringLiteral("custom.db"));
        makeDatabase(source, {}, {}, 120, /*wal=*/true);
        const ContentFingerprint header = headerOf(source, nullptr);
        QCOMPARE(header.journalMode, QStringLiteral("wal"));
        const Status s =
            exportDatabase({source, nullptr, {}}, {target, &m_new, customSettings()}, header, 0, {});
        QVERIFY2(s.ok(), qPrintable(s.error().message));

        const QByteArray expected = shellContent(source, {});
        QVERIFY(!expected.startsWith("ERROR"));
        QCOMPARE(shellContent(target, kNewPassphrase, kCustomPragmas), expected);
        QVERIFY2(shellContent(target, kNewPassphrase).startsWith("ERROR"),
                 "the SQLCipher 4 defaults must not open a file written with custom settings");
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    void anEncryptedFileBecomesAPlainOneWithThePageSizeAsked()
    {
        const QString source = path(QStringLiteral("enc.db")), target = path(QStringLiteral("plain-out.db"));
        makeDatabase(source, kOldPassphrase, {}, 50);
        const ContentFingerprint header = headerOf(source, &m_old);
        QCOMPARE(header.userVersion, 42);
        const Status s = exportDatabase({source, &m_old, CipherSettings::sqlcipher4()}, {target, nullptr, {}},
                                        header, 8192, {});
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(shellContent(target, {}), shellContent(source, kOldPassphrase));
        const ShellRun pageSize = runSqlCipherShell(target, "PRAGMA page_size;\n");
        QCOMPARE(pageSize.out.trimmed(), QByteArray("8192"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.read(16).startsWith("SQLite format 3"), "the result is plain SQLite");
    }

    void committedWalFramesAreCopiedAndTheSourcesWalIsLeftAlone()
    {
        const QString live = path(QStringLiteral("live/w.db")), source = path(QStringLiteral("w.db"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("live")));
        {
            dbfixtures::HeldShell writer(
                live, keyPragmas(kOldPassphrase) +
                          "PRAGMA journal_mode = WAL;\nPRAGMA wal_autocheckpoint = 0;\n" +
                          sampleSchemaAndRows(20) + "INSERT INTO log VALUES ('from-wal');\n");
            for (const char *suffix : {"", "-wal", "-shm"})
                QVERIFY(QFile::copy(live + QLatin1String(suffix), source + QLatin1String(suffix)));
            writer.finish();
        }
        const QByteArray walBefore = fileSha256(source + QStringLiteral("-wal"));
        const QByteArray mainBefore = fileSha256(source);
        const QString target = path(QStringLiteral("w-rekeyed.db"));
        const Status s =
            exportDatabase({source, &m_old, CipherSettings::sqlcipher4()},
                           {target, &m_new, CipherSettings::sqlcipher4()}, headerOf(source, &m_old), 0, {});
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(fileSha256(source + QStringLiteral("-wal")), walBefore);
        QCOMPARE(fileSha256(source), mainBefore);
        const ShellRun r = runSqlCipherShell(
            target, keyPragmas(kNewPassphrase) + "SELECT count(*) FROM log WHERE msg = 'from-wal';\n");
        QCOMPARE(r.out.trimmed().split('\n').last(), QByteArray("1"));
    }

    void anExistingTargetIsNeverOverwritten()
    {
        const QString source = path(QStringLiteral("s.db")), target = path(QStringLiteral("taken.db"));
        makeDatabase(source, {}, {}, 5);
        dbfixtures::writeFile(target, "someone else's file");
        const Status s = exportDatabase({source, nullptr, {}}, {target, &m_new, CipherSettings::sqlcipher4()},
                                        headerOf(source, nullptr), 0, {});
        QVERIFY(!s.ok());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("someone else's file"));
    }

    // The copy asks its tick every ~100 ms of copying and stops when it answers false. What used to
    // decide whether a second tick came before the copy ended was how fast this machine copied 20 MB
    // (under load it sometimes did not). Now the test holds the pauses: the target's key derivation
    // (1,000,000 PBKDF2-HMAC-SHA512 iterations, some hundred ms even on a fast machine, done by SQLCipher
    // when the copy writes the target's first page, before the rows) puts the first tick at the first check
    // among the rows; that tick answers "go on" only after waiting out the tick interval itself, so
    // the very next check (every ~20,000 SQLite instructions, 80,000 rows to go) asks again, and
    // that answer stops the copy.
    void theTickCancelsTheCopy()
    {
        const QString source = path(QStringLiteral("big.db")), target = path(QStringLiteral("big-out.db"));
        dbfixtures::makeWithShell(source,
                                  "CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB);\n"
                                  "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE "
                                  "x < 80000) INSERT INTO t SELECT x, randomblob(250) FROM c;\n");
        CipherSettings slowKdf = CipherSettings::sqlcipher4();
        slowKdf.kdfIter = 1000000;
        QList<qint64> written;
        QElapsedTimer sinceStart;
        sinceStart.start();
        // Each tick reports, then asks whether to stop: the first waits out the tick interval and goes
        // on, the second stops the copy.
        const Status s = exportDatabase(
            {source, nullptr, {}}, {target, &m_new, slowKdf}, headerOf(source, nullptr), 0,
            WorkProgress(WorkProgress::Hooks{[&](qint64 bytes, qint64) {
                                                 written.append(bytes);
                                                 qInfo("tick %lld at %lld ms: %lld bytes written",
                                                       qint64(written.size()), sinceStart.elapsed(), bytes);
                                                 if (written.size() == 1)
                                                     QThread::msleep(150); // past the tick interval
                                             },
                                             [&written] { return written.size() >= 2; },
                                             {},
                                             {}}));
        QVERIFY2(!s.ok(), "the copy ended before it could be cancelled");
        QCOMPARE(s.error().code, ExitCode::Cancelled);
        QCOMPARE(written.size(), 2);
        QVERIFY2(QFileInfo(target).size() < QFileInfo(source).size(), "stopped in the middle of the rows");
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestSqlCipherExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSqlCipherExport.moc"

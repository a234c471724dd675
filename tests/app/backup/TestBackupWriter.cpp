#include "BackupFixtures.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtCrypto>

using namespace strongroom;
using namespace backupfixtures;

Q_DECLARE_METATYPE(strongroom::CipherSettings)

namespace {

KeyMaterial key(const QByteArray &text)
{
    return KeyMaterial(QCA::SecureArray(text));
}

// A separate process that commits transactions of 10 rows as fast as it can, each also raising a
// counter, so any consistent state has count(items) == counter.n and a multiple of 10.
class WriterProcess
{
public:
    WriterProcess(const QString &path, const QByteArray &journalMode)
        : m_script(path + QStringLiteral(".writer.sql"))
    {
        QByteArray script = keyPragma(liveKey()) + ".timeout 20000\nPRAGMA journal_mode = " + journalMode +
                            ";\nPRAGMA wal_autocheckpoint = 50;\n";
        for (int i = 0; i < 30000; ++i)
            script += "BEGIN IMMEDIATE; WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE "
                      "x < 10) "
                      "INSERT INTO items(v) SELECT randomblob(300) FROM c; UPDATE counter SET n = n + 10; "
                      "COMMIT;\n";
        // From a file: a pipe would need an event loop to keep it fed.
        writeAll(m_script, script);
        m_process.start(QStringLiteral("sqlcipher"),
                        {QStringLiteral("-batch"), path, QStringLiteral(".read ") + m_script});
        m_process.waitForStarted();
    }
    ~WriterProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QString m_script;
    QProcess m_process;
};

qint64 counter(const QString &path)
{
    return query(path, liveKey(), ".timeout 10000\nSELECT n FROM counter;").toLongLong();
}

} // namespace

class TestBackupWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBackupTakenWhileAnotherProcessWritesIsACommittedState_data()
    {
        QTest::addColumn<QByteArray>("journalMode");
        QTest::newRow("rollback journal") << QByteArray("delete");
        QTest::newRow("WAL") << QByteArray("wal");
    }

    void everyBackupTakenWhileAnotherProcessWritesIsACommittedState()
    {
        QFETCH(QByteArray, journalMode);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(
            runSqlCipherShell(db, keyPragma(liveKey()) + "PRAGMA journal_mode = " + journalMode +
                                      ";\nCREATE TABLE items(id INTEGER PRIMARY KEY, v BLOB);\n"
                                      "CREATE TABLE counter(n INTEGER); INSERT INTO counter VALUES (0);\n")
                .exitCode == 0);

        WriterProcess writer(db, journalMode);
        QElapsedTimer started;
        started.start();
        while (counter(db) < 200 && started.elapsed() < 20000)
            QThread::msleep(20);
        QVERIFY2(counter(db) >= 200, "the writer process did not start writing");

        const BackupRequest request{db, key(liveKey()), std::nullopt, {}, {}};
        QList<qint64> states;
        for (int i = 0; i < 6; ++i) {
            QVERIFY(writer.running());
            const Result<BackupRecord> record = BackupWriter::write(request, {});
            QVERIFY2(record, qPrintable(record.error().message));
            const QString path = BackupCatalog(defaultHistoryFolder(db)).pathOf(record.value());
            // The sqlcipher shell opens it with the same key and finds it intact and consistent.
            const QByteArray answer = query(path, liveKey(),
                                            "PRAGMA cipher_integrity_check;\nPRAGMA integrity_check;\n"
                                            "SELECT count(*) FROM items;\nSELECT n FROM counter;\n");
            const QList<QByteArray> lines = answer.split('\n');
            QCOMPARE(lines.size(), 3); // cipher_integrity_check prints nothing when intact
            QCOMPARE(lines.at(0), QByteArray("ok"));
            const qint64 items = lines.at(1).toLongLong();
            QCOMPARE(items, lines.at(2).toLongLong());
            QCOMPARE(items % 10, 0);
            QCOMPARE(record->rowCounts.value(QStringLiteral("items")), items);
            states.append(items);
            QThread::msleep(50);
        }
        // The writer kept committing while the backups were taken.
        QVERIFY2(states.last() > states.first(), "no writes happened between the first and the last backup");
        QVERIFY(writer.running());
    }

    void backupIsASingleFileThatTheShellOpens()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(makeDatabase(db, liveKey(), 500, "before", "wal"));
        const Result<BackupRecord> record =
            BackupWriter::write({db, key(liveKey()), std::nullopt, {}, {}}, {});
        QVERIFY2(record, qPrintable(record.error().message));
        const QString path = BackupCatalog(defaultHistoryFolder(db)).pathOf(record.value());
        QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("shop-backup-")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(query(path, liveKey(), "SELECT count(*) FROM t; SELECT m FROM marker; PRAGMA journal_mode;"),
                 QByteArray("500\nbefore\ndelete"));
        // The catalog knows it, with its checksum, settings, row counts and key id.
        QCOMPARE(record->rowCounts.value(QStringLiteral("t")), 500);
        QCOMPARE(record->settings, CipherSettings::sqlcipher4());
        QCOMPARE(record->sha256,
                 QString::fromLatin1(
                     QCA::Hash(QStringLiteral("sha256")).hash(readAll(path)).toByteArray().toHex()));
        QVERIFY(QRegularExpression(QStringLiteral("^v2-[0-9a-f]{12}$")).match(record->keyId).hasMatch());
        // Nothing else is left in the history folder.
        QCOMPARE(QDir(defaultHistoryFolder(db)).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void backupsOfEveryLayoutAreCheckedPageByPage_data()
    {
        QTest::addColumn<QByteArray>("pragmas");
        QTest::addColumn<CipherSettings>("settings");
        QTest::newRow("sqlcipher 4") << QByteArray() << CipherSettings::sqlcipher4();
        QTest::newRow("sqlcipher 3") << QByteArray("PRAGMA cipher_compatibility = 3;\n")
                                     << CipherSettings::sqlcipher3();
        // No HMAC at all: SQLCipher's own check is used (and finds nothing to check).
        QTest::newRow("sqlcipher 1") << QByteArray("PRAGMA cipher_compatibility = 1;\n")
                                     << CipherSettings::sqlcipher1();
    }

    void backupsOfEveryLayoutAreCheckedPageByPage()
    {
        QFETCH(QByteArray, pragmas);
        QFETCH(CipherSettings, settings);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(runSqlCipherShell(
                    db, keyPragma(liveKey()) + pragmas +
                            "CREATE TABLE t(a INTEGER PRIMARY KEY, b BLOB);\n"
                            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300)"
                            " INSERT INTO t SELECT x, randomblob(200) FROM c;\n")
                    .exitCode == 0);
        const Result<BackupRecord> record =
            BackupWriter::write({db, key(liveKey()), std::nullopt, {}, {}}, {});
        QVERIFY2(record, qPrintable(record.error().message));
        QCOMPARE(record->settings, settings);
        QCOMPARE(record->rowCounts.value(QStringLiteral("t")), 300);
        const QString path = BackupCatalog(defaultHistoryFolder(db)).pathOf(record.value());
        QCOMPARE(query(path, liveKey(), pragmas + "SELECT count(*) FROM t;"), QByteArray("300"));
    }

    void aDamagedPageInTheDatabaseFailsTheBackupAndLeavesNothing()
    {
        // The snapshot copies the source's pages as they are; the page check of the copy must catch
        // one that no longer matches its HMAC (bit rot in the live file), wherever it lies.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(makeDatabase(db, liveKey(), 2000, "x"));
        const qint64 pages = QFileInfo(db).size() / 4096;
        QVERIFY(pages > 20);
        QByteArray bytes = readAll(db);
        bytes[(pages - 3) * 4096 + 200] = char(bytes[(pages - 3) * 4096 + 200] ^ 0x10);
        QVERIFY(writeAll(db, bytes));
        const Result<BackupRecord> record =
            BackupWriter::write({db, key(liveKey()), std::nullopt, {}, {}}, {});
        QVERIFY(!record);
        QCOMPARE(record.error().code, ExitCode::Integrity);
        QVERIFY2(record.error().message.contains(QStringLiteral("page %1").arg(pages - 2)),
                 qPrintable(record.error().message));
        QVERIFY(QDir(defaultHistoryFolder(db)).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void aKeyThatDoesNotOpenTheDatabaseWritesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "x"));
        const Result<BackupRecord> record =
            BackupWriter::write({db, key(otherKey()), std::nullopt, {}, {}}, {});
        QVERIFY(!record);
        QCOMPARE(record.error().code, ExitCode::WrongKey);
        QVERIFY(QDir(defaultHistoryFolder(db)).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void cancellingLeavesNoFileBehind()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(makeDatabase(db, liveKey(), 2000, "x"));
        const WorkProgress cancelAtOnce = WorkProgress::cancelledWhen([] { return true; });
        const Result<BackupRecord> record =
            BackupWriter::write({db, key(liveKey()), std::nullopt, {}, {}}, cancelAtOnce);
        QVERIFY(!record);
        QCOMPARE(record.error().code, ExitCode::Cancelled);
        QVERIFY(QDir(defaultHistoryFolder(db)).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestBackupWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestBackupWriter.moc"

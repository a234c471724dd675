#include "BackupFixtures.h"
#include "backup/CheckedRowCount.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/RowCount.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;
using namespace backupfixtures;

// The row counts of a live database with every page checked on the way (what a restore shows of the
// database it replaces), against SQLite's count(*) on files the sqlcipher shell wrote.
class TestCheckedRowCount : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    static KeyMaterial key() { return KeyMaterial(QCA::SecureArray(liveKey())); }

    static Result<QMap<QString, qint64>> countCheckingEveryPage(const QString &path,
                                                                const WorkProgress &work = {})
    {
        Result<OpenedDatabase> opened = DatabaseOpener::openWithPageKeys(path, key(), {});
        if (!opened)
            return opened.error();
        if (!opened->keys)
            return Error(ExitCode::Failure, QStringLiteral("no page keys"));
        SourceDescriptors descriptors;
        Result<QMap<QString, qint64>> rows =
            countRowsCheckingEveryPage(*opened->db, descriptors, *opened->keys, opened->settings, work);
        opened->db.reset();
        descriptors.closeAll();
        return rows;
    }

    static Result<QMap<QString, qint64>> countWithSqlite(const QString &path)
    {
        Result<OpenedDatabase> opened = DatabaseOpener::openWithPageKeys(path, key(), {});
        if (!opened)
            return opened.error();
        return rowcount::rowsPerTable(*opened->db);
    }

    // A database with an index on t, and the page number of one of the index's leaf pages.
    QString makeIndexed(const QString &name, qint64 *indexPage = nullptr)
    {
        const QString path = m_dir.filePath(name);
        if (!makeDatabase(path, liveKey(), 3000, "live"))
            return {};
        query(path, liveKey(), "CREATE INDEX t_b ON t(substr(b, 1, 8));");
        if (indexPage)
            *indexPage =
                query(path, liveKey(),
                      "SELECT pageno FROM dbstat WHERE name = 't_b' AND pagetype = 'leaf' LIMIT 1 OFFSET 2;")
                    .toLongLong();
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theCountsAreSqlitesOwn()
    {
        const QString path = makeIndexed(QStringLiteral("counts.db"));
        QVERIFY(!path.isEmpty());
        const Result<QMap<QString, qint64>> checked = countCheckingEveryPage(path);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        const QMap<QString, qint64> expected{{QStringLiteral("marker"), 1}, {QStringLiteral("t"), 3000}};
        QCOMPARE(checked.value(), expected);
        QCOMPARE(countWithSqlite(path).value(), expected);
    }

    void aCancelStopsTheCheck()
    {
        const QString path = makeIndexed(QStringLiteral("cancel.db"));
        QVERIFY(!path.isEmpty());
        const Result<QMap<QString, qint64>> checked =
            countCheckingEveryPage(path, WorkProgress::cancelledWhen([] { return true; }));
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ExitCode::Cancelled);
    }

    void aDamagedPageIsNamedEvenWhereNoCountReadsIt()
    {
        // A leaf page of an index: count(*) of t need not read it, every-page checking does.
        qint64 page = 0;
        const QString path = makeIndexed(QStringLiteral("damaged.db"), &page);
        QVERIFY(page > 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * 4096 + 2000));
        char c = 0;
        QVERIFY(file.getChar(&c));
        QVERIFY(file.seek((page - 1) * 4096 + 2000));
        QVERIFY(file.putChar(char(c ^ 0x20)));
        file.close();

        const Result<QMap<QString, qint64>> checked = countCheckingEveryPage(path);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ExitCode::Integrity);
        QVERIFY2(checked.error().message.contains(QStringLiteral("page %1").arg(page)),
                 qPrintable(checked.error().message));
    }

    void rowsStillInTheWalAreCountedBySqlite()
    {
        // A copy of a WAL database taken while its writer holds 500 rows in the WAL: the database
        // file alone lacks them.
        const QString source = m_dir.filePath(QStringLiteral("wal-source.db"));
        QVERIFY(makeDatabase(source, liveKey(), 1000, "live", "wal"));
        QProcess writer;
        writer.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), source});
        QVERIFY(writer.waitForStarted());
        writer.write(keyPragma(liveKey()) +
                     "PRAGMA wal_autocheckpoint = 0;\n"
                     "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500)\n"
                     "  INSERT INTO t SELECT 5000 + x, randomblob(100) FROM c;\n"
                     "SELECT 'written';\n");
        QByteArray out;
        while (!out.contains("written") && writer.waitForReadyRead(20000))
            out += writer.readAllStandardOutput();
        QVERIFY(out.contains("written"));
        const QString copy = m_dir.filePath(QStringLiteral("wal-copy.db"));
        QVERIFY(QFile::copy(source, copy));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        writer.closeWriteChannel();
        QVERIFY(writer.waitForFinished(20000));
        QVERIFY(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);

        const Result<QMap<QString, qint64>> checked = countCheckingEveryPage(copy);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        QCOMPARE(checked->value(QStringLiteral("t")), 1500);
    }
};

QTEST_GUILESS_MAIN(TestCheckedRowCount)
#include "TestCheckedRowCount.moc"

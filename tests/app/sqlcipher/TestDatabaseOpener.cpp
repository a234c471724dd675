#include "DbFixtures.h"
#include "core/JobRunner.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/TableStatsJob.h"

#include <QTemporaryDir>
#include <QThreadPool>
#include <sqlite3.h>

using namespace strongroom;

// The opener, sessions and the statistics job in-process, as the dashboard uses them.
class TestDatabaseOpener : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_files;
    QDir m_dir;

    static OpenRequest request(const QString &path, const QByteArray &key)
    {
        OpenRequest r;
        r.path = path;
        if (!key.isEmpty())
            r.key = KeyMaterial(QCA::SecureArray(key));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        m_dir = QDir(m_files.path());
        const QByteArray c = dbfixtures::content();
        dbfixtures::makeWithShell(m_dir.filePath("v3.db"),
                                  "PRAGMA key = 'pw3';\nPRAGMA cipher_compatibility = 3;\n" + c);
        dbfixtures::makeWithShell(m_dir.filePath("plain.db"), c);
    }

    // One opener: a job opening a file with a key (backup, conversion) fails with the very kind and
    // exit code the diagnosis gives for that file (docs/cli.md's table).
    void keyedOpensFailLikeTheDiagnosis_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::newRow("wrong key") << "v3.db" << QByteArray("not-the-key") << 3 << "wrong-key";
        QTest::newRow("truncated") << "truncated.db" << QByteArray("pw3") << 4 << "damaged";
        QTest::newRow("text") << "text.db" << QByteArray("pw3") << 6 << "not-a-database";
        QTest::newRow("empty") << "empty.db" << QByteArray("pw3") << 6 << "empty";
        QTest::newRow("no such file") << "missing.db" << QByteArray("pw3") << 1 << "not-found";
    }

    void keyedOpensFailLikeTheDiagnosis()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, key);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(file);
        if (file == QLatin1String("truncated.db") && !QFile::exists(path)) {
            QFile whole(m_dir.filePath("v3.db"));
            QVERIFY(whole.open(QIODevice::ReadOnly));
            dbfixtures::writeFile(path, whole.readAll().chopped(100));
        } else if (file == QLatin1String("text.db")) {
            dbfixtures::writeFile(path, QByteArray("<html>502 Bad Gateway</html>\n").repeated(100));
        } else if (file == QLatin1String("empty.db")) {
            dbfixtures::writeFile(path, {});
        }
        const OpenDiagnosis diagnosis = DatabaseOpener::open(request(path, key));
        const KeyMaterial material{QCA::SecureArray(key)};
        const Result<OpenedDatabase> opened = DatabaseOpener::openWithKey(path, material, {});
        const Result<OpenedDatabase> withPageKeys = DatabaseOpener::openWithPageKeys(path, material, {});
        for (const Error &e : {diagnosis.error(), opened.error(), withPageKeys.error()}) {
            QCOMPARE(int(e.code), exitCode);
            QCOMPARE(e.kindName(), kind);
        }
        QVERIFY(!opened.ok());
        QVERIFY(!withPageKeys.ok());
    }

    void secondOpenTakesOneTryWithTheRememberedSettings()
    {
        OpenDiagnosis first = DatabaseOpener::open(request(m_dir.filePath("v3.db"), "pw3"));
        QCOMPARE(first.what, OpenDiagnosis::Case::Opened);
        QCOMPARE(first.profilesTried,
                 (QStringList{QStringLiteral("sqlcipher-4"), QStringLiteral("sqlcipher-3")}));
        OpenDiagnosis second = DatabaseOpener::open(request(m_dir.filePath("v3.db"), "pw3"));
        QCOMPARE(second.profilesTried, QStringList{QStringLiteral("sqlcipher-3")});
        QCOMPARE(second.session->facts().profile(), QStringLiteral("sqlcipher-3"));
    }

    void severalSessionsStayOpenAtOnceAndCloseEndsThem()
    {
        OpenDiagnosis a = DatabaseOpener::open(request(m_dir.filePath("v3.db"), "pw3"));
        OpenDiagnosis b = DatabaseOpener::open(request(m_dir.filePath("plain.db"), {}));
        QVERIFY(a.opened());
        QCOMPARE(b.what, OpenDiagnosis::Case::PlainSqlite);
        {
            auto guardA = a.session->use();
            auto guardB = b.session->use();
            QCOMPARE(guardA.database()->scalar(QStringLiteral("SELECT count(*) FROM small")).toInt(), 3);
            QCOMPARE(guardB.database()->scalar(QStringLiteral("SELECT count(*) FROM big")).toInt(), 600);
        }
        a.session->close();
        QVERIFY(!a.session->isOpen());
        QVERIFY(a.session->use().database() == nullptr);
        QVERIFY(b.session->isOpen());
    }

    // Its schema is someone else's code: only innocuous functions, and no writing the schema by hand.
    void aPlainFileFromElsewhereIsOpenedDistrustingItsSchema()
    {
        OpenDiagnosis plain = DatabaseOpener::open(request(m_dir.filePath("plain.db"), {}));
        QCOMPARE(plain.what, OpenDiagnosis::Case::PlainSqlite);
        QCOMPARE(plain.session->use().database()->scalar(QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);

        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(QFile::copy(m_dir.filePath("plain.db"), copy));
        Database::OpenOptions options;
        options.access = Database::Access::ReadWrite;
        auto db = Database::open(copy, options);
        QVERIFY(db.ok());
        int defensive = -1;
        sqlite3_db_config((*db)->handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        QCOMPARE(defensive, 1);
        // What defensive mode is for: even with writable_schema the schema cannot be rewritten.
        (*db)->exec(QStringLiteral("PRAGMA writable_schema = ON"));
        const Status edit =
            (*db)->exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql || ' ' WHERE name = 'small'"));
        QVERIFY(!edit.ok());
    }

    void statisticsArriveTableByTableOnAWorkerThread()
    {
        OpenDiagnosis opened = DatabaseOpener::open(request(m_dir.filePath("plain.db"), {}));
        QVERIFY(opened.opened());
        QMutex mutex;
        QStringList delivered;
        QList<Qt::HANDLE> threads;
        auto job = std::make_shared<TableStatsJob>(opened.session, [&](const TableStats &t) {
            QMutexLocker locker(&mutex);
            delivered.append(t.name);
            threads.append(QThread::currentThreadId());
        });
        QThreadPool pool;
        const JobReport report =
            startDetached(job, &pool)->waitPolling([](auto &, auto &) {}, [] { return false; });
        QCOMPARE(report.outcome, JobOutcome::Succeeded);
        QCOMPARE(delivered.size(), 3);
        QVERIFY(!threads.contains(QThread::currentThreadId()));
        QCOMPARE(job->tables().size(), 3);
        for (const TableStats &t : job->tables())
            QCOMPARE(t.rows, t.name == QLatin1String("big") ? 600 : t.name == QLatin1String("small") ? 3 : 2);
    }

    void cancelStopsTheStatisticsBetweenTables()
    {
        OpenDiagnosis opened = DatabaseOpener::open(request(m_dir.filePath("plain.db"), {}));
        std::atomic<int> delivered = 0;
        auto job = std::make_shared<TableStatsJob>(opened.session, [&](const TableStats &) {
            // A slow consumer of the first table gives the cancel below time to arrive.
            if (++delivered == 1)
                QThread::msleep(400);
        });
        QThreadPool pool;
        auto handle = startDetached(job, &pool);
        const JobReport report =
            handle->waitPolling([](auto &, auto &) {}, [&] { return delivered.load() >= 1; }, 20);
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY(delivered.load() < 3);
        // The session is free again for the next job.
        QVERIFY(opened.session->use().database() != nullptr);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestDatabaseOpener test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDatabaseOpener.moc"

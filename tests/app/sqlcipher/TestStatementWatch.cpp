#include "sqlcipher/Database.h"
#include "sqlcipher/StatementWatch.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace strongroom;

// The one way to stop a statement while SQLite runs it: asked on the statement's thread, false
// ends the statement with SQLITE_INTERRUPT; watches on one connection nest.
class TestStatementWatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // About a billion rows: runs for minutes unless stopped.
    static constexpr const char *kEndless =
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
        "SELECT count(*) FROM c";
    static constexpr const char *kShort =
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) "
        "SELECT count(*) FROM c";

    int run(const char *sql) const { return sqlite3_exec(m_db->handle(), sql, nullptr, nullptr, nullptr); }

    // Work that goes on while `goOn` answers true.
    static WorkProgress goingOnWhile(std::function<bool()> goOn)
    {
        return WorkProgress::cancelledWhen([goOn = std::move(goOn)] { return !goOn(); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Database>> db =
            Database::open(m_dir.filePath(QStringLiteral("w.db")), {Database::Access::Create});
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(db.value());
    }

    void aStatementStopsSoonAfterKeepGoingTurnsFalse()
    {
        QElapsedTimer running;
        running.start();
        QElapsedTimer sinceStop;
        bool stopped = false;
        {
            const StatementWatch watch(m_db->handle(), goingOnWhile([&] {
                                           if (running.elapsed() < 100)
                                               return true;
                                           if (!sinceStop.isValid())
                                               sinceStop.start();
                                           return false;
                                       }));
            QCOMPARE(run(kEndless), SQLITE_INTERRUPT);
            stopped = watch.stopped();
        }
        QVERIFY(stopped);
        qInfo("stopped %lld ms after keepGoing turned false", qint64(sinceStop.elapsed()));
        QVERIFY(sinceStop.elapsed() < 200);
    }

    void aStatementThatIsAllowedRunsToItsEnd()
    {
        int asked = 0;
        const StatementWatch watch(m_db->handle(), goingOnWhile([&] {
                                       ++asked;
                                       return true;
                                   }));
        QCOMPARE(run(kShort), SQLITE_OK);
        QVERIFY(!watch.stopped());
        QVERIFY(asked > 0);
    }

    void anOuterWatchStopsAStatementUnderAnInnerOne()
    {
        bool outerGoes = true;
        const StatementWatch outer(m_db->handle(), goingOnWhile([&] { return outerGoes; }));
        {
            int innerAsked = 0;
            const StatementWatch inner(m_db->handle(), goingOnWhile([&] {
                                           if (++innerAsked > 5)
                                               outerGoes = false; // as a cancel of the whole job would
                                           return true;
                                       }));
            QCOMPARE(run(kEndless), SQLITE_INTERRUPT);
            QVERIFY(inner.stopped());
        }
        QVERIFY(outer.stopped());
        // The inner watch gave the connection back to the outer one, which still says stop.
        QCOMPARE(run(kEndless), SQLITE_INTERRUPT);
    }

    void aStatementIsStoppedFromAnotherThreadByInterruptingIt()
    {
        // No progress handler here: the interrupt flag is what a count(*) of a whole table looks at.
        int rc = SQLITE_OK;
        QElapsedTimer running;
        running.start();
        const bool finished = StatementWatch::runInterrupting(
            [&] { rc = run(kEndless); }, goingOnWhile([&] { return running.elapsed() < 100; }),
            [&] { sqlite3_interrupt(m_db->handle()); });
        QVERIFY(!finished);
        QCOMPARE(rc, SQLITE_INTERRUPT);
        qInfo("interrupted after %lld ms", qint64(running.elapsed()));
        QVERIFY(running.elapsed() < 100 + 200);
        QVERIFY(StatementWatch::runInterrupting([&] { rc = run(kShort); }, WorkProgress(), [] {}));
        QCOMPARE(rc, SQLITE_OK);
    }

    void noWatchNoQuestions()
    {
        int asked = 0;
        {
            const StatementWatch watch(m_db->handle(), goingOnWhile([&] {
                                           ++asked;
                                           return true;
                                       }));
        }
        QCOMPARE(run(kShort), SQLITE_OK);
        QCOMPARE(asked, 0);
    }
};

QTEST_GUILESS_MAIN(TestStatementWatch)
#include "TestStatementWatch.moc"

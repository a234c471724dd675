#include "postgres/PgSession.h"
#include "support/PostgresServer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <csignal>

using namespace strongroom;
using namespace strongroom::postgres;

// PgSession against a real PostgreSQL 17 server (tests/support/PostgresServer.h): connecting over
// the private socket, typed results and parameters, libpq's reasons and the exit codes for a server
// that is not there and for a wrong or missing password, and a running query stopped within 200 ms
// as the Cancelled outcome, both through its WorkProgress and through cancel() from another thread,
// while a statement_timeout stays a failure. Also proves the fixture:
// the server runs as an unprivileged user when the test runs as root, and is gone after stop().
class TestPgSession : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    PostgresServer m_server;

    static PgConnection connection(const QString &conninfo)
    {
        Result<PgConnection> c = PgConnection::parse(conninfo);
        if (!c)
            qFatal("unparsable test conninfo: %s", qPrintable(c.error().message));
        return *c;
    }

    static PgPassword password(const QByteArray &text)
    {
        return PgPassword{KeyMaterial(QCA::SecureArray(text)), QStringLiteral("the test")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        STRONGROOM_START_POSTGRES(m_server);
        QVERIFY(m_server.createRole(QStringLiteral("app"), "app: s3cret:with\\colons"));
    }

    void serverRunsUnprivilegedInAPrivateFolder()
    {
        QVERIFY(m_server.isRunning());
        QVERIFY(m_server.postmasterPid() > 0);
        QFile status(QStringLiteral("/proc/%1/status").arg(m_server.postmasterPid()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("\nUid:");
        QVERIFY(at >= 0);
        const QList<QByteArray> uids =
            text.mid(at + 5, text.indexOf('\n', at + 1) - at - 5).simplified().split(' ');
        QVERIFY(!uids.isEmpty());
        QVERIFY2(uids.first().toInt() != 0, "the postmaster runs as root");
        QVERIFY(!(QFileInfo(m_server.dataDir()).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
        QCOMPARE(m_server.sql(QStringLiteral("SHOW listen_addresses")).value(), QString());
    }

    void runsQueriesWithParameters()
    {
        auto session = PgSession::open(connection(m_server.conninfo()));
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        QVERIFY((*session)->viaSocket());
        QCOMPARE((*session)->serverVersionNumber() / 10000, 17);
        QCOMPARE((*session)->user(), QStringLiteral("postgres"));
        auto result = (*session)->exec(QStringLiteral("SELECT $1::bigint * 2, $2::text, NULL::int"),
                                       {QStringLiteral("21000000000"), QStringLiteral("grüße")});
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->int64(0, 0), Q_INT64_C(42000000000));
        QCOMPARE(result->text(0, 1), QStringLiteral("grüße"));
        QVERIFY(result->isNull(0, 2));
        QCOMPARE((*session)->quoteIdentifier(QStringLiteral("my \"t\"")), QStringLiteral("\"my \"\"t\"\"\""));
        const PgTlsStatus tls = (*session)->tls();
        QVERIFY(tls.socket);
        QVERIFY(!tls.inUse);
    }

    void queryErrorsCarryTheServersMessage()
    {
        auto session = PgSession::open(connection(m_server.conninfo()));
        QVERIFY(session.ok());
        auto result = (*session)->exec(QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ExitCode::Failure);
        QVERIFY2(result.error().message.contains(QLatin1String("no_such_table")),
                 qPrintable(result.error().message));
        QCOMPARE((*session)->lastSqlState(), QStringLiteral("42P01"));
        // The session is usable afterwards.
        QCOMPARE((*session)->exec(QStringLiteral("SELECT 1"))->value(), QStringLiteral("1"));
    }

    void passwordRolesConnectOnlyWithTheirPassword_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("expectedExit");
        QTest::newRow("right password") << QByteArray("app: s3cret:with\\colons") << 0;
        QTest::newRow("wrong password") << QByteArray("wrong") << int(ExitCode::WrongKey);
        QTest::newRow("no password") << QByteArray() << int(ExitCode::WrongKey);
    }
    void passwordRolesConnectOnlyWithTheirPassword()
    {
        QFETCH(QByteArray, secret);
        QFETCH(int, expectedExit);
        qputenv("PGPASSFILE", "/nonexistent"); // no ~/.pgpass of the machine's user interferes
        auto session =
            PgSession::open(connection(m_server.conninfo(QStringLiteral("postgres"), QStringLiteral("app"))),
                            secret.isEmpty() ? PgPassword{} : password(secret));
        qunsetenv("PGPASSFILE");
        if (expectedExit == 0) {
            QVERIFY2(session.ok(), qPrintable(session.error().message));
            QCOMPARE((*session)->user(), QStringLiteral("app"));
        } else {
            QVERIFY(!session.ok());
            QCOMPARE(int(session.error().code), expectedExit);
            QVERIFY2(session.error().message.contains(QLatin1String("password")),
                     qPrintable(session.error().message));
        }
    }

    void unreachableServerIsAnEnvironmentErrorWithLibpqsReason()
    {
        QTemporaryDir empty;
        auto session =
            PgSession::open(connection(QStringLiteral("host=%1 port=5999 dbname=x").arg(empty.path())));
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, ExitCode::Environment);
        QVERIFY2(session.error().message.contains(QLatin1String("No such file or directory")),
                 qPrintable(session.error().message));
    }

    void cancelOfItsWorkProgressStopsARunningQueryWithin200ms()
    {
        auto session = PgSession::open(connection(m_server.conninfo()));
        QVERIFY(session.ok());
        QElapsedTimer clock;
        clock.start();
        qint64 cancelAskedAt = -1;
        auto result =
            (*session)->exec(QStringLiteral("SELECT pg_sleep(30)"), {}, WorkProgress::cancelledWhen([&] {
                                 if (clock.elapsed() < 300)
                                     return false;
                                 if (cancelAskedAt < 0)
                                     cancelAskedAt = clock.elapsed();
                                 return true;
                             }));
        QVERIFY(result.cancelled());
        QVERIFY2(clock.elapsed() - cancelAskedAt < 200,
                 qPrintable(QString::number(clock.elapsed() - cancelAskedAt)));
        QCOMPARE((*session)->exec(QStringLiteral("SELECT 2"))->value(), QStringLiteral("2"));
    }

    // The server reports its statement_timeout with the SQLSTATE of a cancel (57014): it is a
    // failure, not the Cancelled outcome, since nobody cancelled.
    void aStatementTimeoutIsAFailureNotACancel()
    {
        auto session = PgSession::open(connection(m_server.conninfo()));
        QVERIFY(session.ok());
        auto result = (*session)->exec(QStringLiteral("SET statement_timeout = '100ms'; SELECT pg_sleep(5)"));
        QVERIFY(!result.ok());
        QVERIFY(!result.cancelled());
        QCOMPARE(result.error().code, ExitCode::Failure);
        QVERIFY2(result.error().message.contains(QLatin1String("statement timeout")),
                 qPrintable(result.error().message));
        QCOMPARE((*session)->lastSqlState(), QStringLiteral("57014"));
    }

    void cancelFromAnotherThreadStopsARunningQuery()
    {
        auto session = PgSession::open(connection(m_server.conninfo()));
        QVERIFY(session.ok());
        PgSession *s = session->get();
        QElapsedTimer clock;
        std::atomic<qint64> cancelledAt{-1};
        clock.start();
        std::unique_ptr<QThread> canceller(QThread::create([&] {
            QThread::msleep(300);
            cancelledAt = clock.elapsed();
            s->cancel();
        }));
        canceller->start();
        auto result = s->exec(QStringLiteral("SELECT pg_sleep(30)"));
        const qint64 endedAt = clock.elapsed();
        canceller->wait();
        QVERIFY(result.cancelled());
        QVERIFY2(endedAt - cancelledAt < 200, qPrintable(QString::number(endedAt - cancelledAt)));
    }

    void stoppedServerLeavesNoProcess()
    {
        PostgresServer second;
        STRONGROOM_START_POSTGRES(second);
        const qint64 pid = second.postmasterPid();
        QVERIFY(pid > 0);
        QCOMPARE(second.sql(QStringLiteral("SELECT 40 + 2")).value(), QStringLiteral("42"));
        second.stop();
        QVERIFY(!second.isRunning());
        QVERIFY2(::kill(pid_t(pid), 0) != 0, "the postmaster is still there after stop()");
    }
};

QTEST_GUILESS_MAIN(TestPgSession)
#include "TestPgSession.moc"

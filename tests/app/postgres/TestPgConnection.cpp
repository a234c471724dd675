#include "postgres/PgConnection.h"
#include "postgres/PgPassFile.h"
#include "support/PostgresServer.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

using namespace strongroom;
using namespace strongroom::postgres;

// Connections as admins write them (conninfo, URI, service name) parsed by libpq's own parser and
// written back without change of meaning; a password inside the text refused; and the passfile a
// child gets its password through: 0600 in a 0700 folder, escaped as libpq reads it, wiped and
// removed afterwards, with the password on neither the child's command line nor in its
// environment, and a real `psql` logging in through it.
class TestPgConnection : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

    static int modeOf(const QString &path)
    {
        struct stat st{};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

private Q_SLOTS:
    void parsesTheFormsAdminsUse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("dbname");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("display");
        QTest::newRow("conninfo") << "host=db.example port=5433 dbname=shop user=app sslmode=verify-full"
                                  << "db.example"
                                  << "5433"
                                  << "shop"
                                  << "app"
                                  << ""
                                  << "app@db.example:5433/shop";
        QTest::newRow("quoted conninfo") << "host=/run/postgresql dbname='my shop'"
                                         << "/run/postgresql"
                                         << ""
                                         << "my shop"
                                         << ""
                                         << ""
                                         << "/run/postgresql/my shop";
        QTest::newRow("uri") << "postgresql://app@db.example:5433/shop?sslmode=require"
                             << "db.example"
                             << "5433"
                             << "shop"
                             << "app"
                             << ""
                             << "app@db.example:5433/shop";
        QTest::newRow("service name") << "shop"
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "shop"
                                      << "service shop";
        QTest::newRow("service keyword") << "service=shop dbname=other"
                                         << ""
                                         << ""
                                         << "other"
                                         << ""
                                         << "shop"
                                         << "localhost/other";
    }
    void parsesTheFormsAdminsUse()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, dbname);
        QFETCH(QString, user);
        QFETCH(QString, service);
        QFETCH(QString, display);
        const Result<PgConnection> c = PgConnection::parse(text);
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c->option(QStringLiteral("host")), host);
        QCOMPARE(c->option(QStringLiteral("port")), port);
        QCOMPARE(c->option(QStringLiteral("dbname")), dbname);
        QCOMPARE(c->option(QStringLiteral("user")), user);
        QCOMPARE(c->option(QStringLiteral("service")), service);
        QCOMPARE(c->displayName(), display);
        // The written-back conninfo means the same to libpq.
        const Result<PgConnection> again = PgConnection::parse(c->conninfo());
        QVERIFY2(again.ok(), qPrintable(c->conninfo()));
        QCOMPARE(again->options(), c->options());
    }

    void refusesPasswordsAndNonsense_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("password keyword") << "host=db password=hunter2"
                                          << "password";
        QTest::newRow("password in uri") << "postgresql://app:hunter2@db/shop"
                                         << "password";
        QTest::newRow("unknown keyword") << "host=db colour=blue"
                                         << "colour";
        QTest::newRow("unterminated quote") << "host='db"
                                            << "quote";
        QTest::newRow("empty") << "  "
                               << "No PostgreSQL connection";
    }
    void refusesPasswordsAndNonsense()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const Result<PgConnection> c = PgConnection::parse(text);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ExitCode::Usage);
        QVERIFY2(c.error().message.contains(says), qPrintable(c.error().message));
        QVERIFY2(!c.error().message.contains(QLatin1String("hunter2")), "the error repeats the password");
    }

    void settingOptionsNeverStoresAPassword()
    {
        PgConnection c = PgConnection::fromOptions({{QStringLiteral("host"), QStringLiteral("db")},
                                                    {QStringLiteral("password"), QStringLiteral("x")}});
        c.setOption(QStringLiteral("dbname"), QStringLiteral("shop"));
        c.setOption(QStringLiteral("host"), QString());
        QCOMPARE(c.conninfo(), QStringLiteral("dbname=shop"));
    }

    void localServersAreRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("local");
        QTest::newRow("socket") << "host=/run/postgresql" << true;
        QTest::newRow("default socket") << "dbname=shop" << true;
        QTest::newRow("localhost") << "host=localhost" << true;
        QTest::newRow("loopback") << "host=127.0.0.1" << true;
        QTest::newRow("remote") << "host=db.example" << false;
        QTest::newRow("one remote of two") << "host=localhost,db.example" << false;
    }
    void localServersAreRecognised()
    {
        QFETCH(QString, text);
        QFETCH(bool, local);
        QCOMPARE(PgConnection::parse(text)->namesLocalServer(), local);
    }

    void passfileIsPrivateEscapedAndRemoved()
    {
        const QByteArray secret = "pa:ss\\word with spaces";
        QString path;
        QString folder;
        {
            auto file = PgPassFile::create(PgPassword{KeyMaterial(QCA::SecureArray(secret)), {}});
            QVERIFY2(file.ok(), qPrintable(file.error().message));
            path = (*file)->path();
            folder = QFileInfo(path).absolutePath();
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(folder), 0700);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("*:*:*:*:pa\\:ss\\\\word with spaces\n"));
            QProcessEnvironment base;
            base.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("leak"));
            base.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
            const QProcessEnvironment env = (*file)->environment(base);
            QVERIFY(!env.contains(QStringLiteral("PGPASSWORD")));
            QCOMPARE(env.value(QStringLiteral("PGPASSFILE")), path);
            QCOMPARE(env.value(QStringLiteral("PATH")), QStringLiteral("/usr/bin"));
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(folder));
    }

    // A real psql logs in as a password role through the passfile; while it runs, its command line
    // and its environment (/proc/PID/cmdline and environ) hold no trace of the password.
    void childLogsInThroughThePassfileAlone()
    {
        PostgresServer server;
        STRONGROOM_START_POSTGRES(server);
        const QByteArray secret = "child: only-in-the-passfile";
        QVERIFY(server.createRole(QStringLiteral("app"), secret));
        auto file = PgPassFile::create(PgPassword{KeyMaterial(QCA::SecureArray(secret)), {}});
        QVERIFY(file.ok());
        QProcess psql;
        psql.setProcessEnvironment((*file)->environment());
        psql.start(PostgresServer::serverBinDir() + QStringLiteral("/psql"),
                   {QStringLiteral("--no-psqlrc"), QStringLiteral("-At"), QStringLiteral("-d"),
                    server.conninfo(QStringLiteral("postgres"), QStringLiteral("app")), QStringLiteral("-c"),
                    QStringLiteral("SELECT current_user, pg_sleep(1)")});
        QVERIFY(psql.waitForStarted());
        QThread::msleep(300);
        for (const char *what : {"cmdline", "environ"}) {
            QFile proc(QStringLiteral("/proc/%1/%2").arg(psql.processId()).arg(QLatin1String(what)));
            QVERIFY(proc.open(QIODevice::ReadOnly));
            const QByteArray seen = proc.readAll();
            QVERIFY2(!seen.isEmpty(), what);
            QVERIFY2(!seen.contains("only-in-the-passfile"), what);
        }
        QVERIFY(psql.waitForFinished(30000));
        QCOMPARE(psql.exitCode(), 0);
        QCOMPARE(psql.readAllStandardOutput().trimmed(), QByteArray("app|"));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "TestPgConnection.moc"

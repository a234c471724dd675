#include "app/backup/BackupFixtures.h"
#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "securityaudit/PgChecks.h"
#include "securityaudit/SecurityAuditJob.h"
#include "support/CliProcess.h"
#include "support/PostgresServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::postgres;

// The security audit's PostgreSQL checks against real PostgreSQL 17 servers, through the same
// SecurityAuditJob as `audit run`: a Unix socket to a server with ssl = off warns, TCP without TLS
// fails, TLS with sslmode=require warns and verify-full passes; ssl_min_protocol_version TLSv1
// fails and TLSv1.2 passes; password_encryption md5 fails and scram-sha-256 passes; the server's
// data directory in a temporary folder is judged by what StorageEncryption finds under it (an
// encrypted device passes); a server that cannot be reached is reported, not skipped. Through the
// CLI: `audit run --dbname CONN` checks the connection and exits 11 on a failure, 2 on a conninfo
// holding a password.
class TestPgAuditChecks : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;
    PostgresServer m_server;
    std::unique_ptr<PostgresServer> m_tlsServer;
    QThreadPool m_pool;

    QList<SecurityCheck> audit(const QStringList &connections)
    {
        SecurityAuditRequest request;
        request.pgConnections = connections;
        request.scheduleFolder = m_dir.filePath(QStringLiteral("schedules"));
        auto job = std::make_shared<SecurityAuditJob>(request);
        const JobReport report =
            startDetached(job, &m_pool, {}, AuditLog(m_dir.filePath(QStringLiteral("audit.jsonl"))))
                ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; }, 20);
        if (report.outcome != JobOutcome::Succeeded)
            qWarning() << "the audit did not succeed:"
                       << (report.error ? report.error->message : report.overview);
        QList<SecurityCheck> pg;
        for (const SecurityCheck &check : job->checks())
            if (check.area == QLatin1String("postgres"))
                pg.append(check);
        return pg;
    }

    static SecurityCheck::Result resultOf(const QList<SecurityCheck> &checks, const QString &id)
    {
        for (const SecurityCheck &check : checks)
            if (check.id == id)
                return check.result;
        qWarning() << "no check" << id;
        return SecurityCheck::Result::Manual;
    }

    static QString evidenceOf(const QList<SecurityCheck> &checks, const QString &id)
    {
        for (const SecurityCheck &check : checks)
            if (check.id == id)
                return check.evidence;
        return {};
    }

    // ALTER SYSTEM and a reload; the postmaster reads the file when its signal arrives, so this
    // waits (up to 10 s) until a new session sees the value.
    bool setSystem(const QString &name, const QString &value)
    {
        if (!m_server.sql(QStringLiteral("ALTER SYSTEM SET %1 = '%2'").arg(name, value)).ok ||
            !m_server.sql(QStringLiteral("SELECT pg_reload_conf()")).ok)
            return false;
        for (int i = 0; i < 200; ++i) {
            if (m_server.sql(QStringLiteral("SHOW %1").arg(name)).value() == value)
                return true;
            QTest::qWait(50);
        }
        qWarning() << name << "did not become" << value;
        return false;
    }

    PostgresServer *tlsServer()
    {
        if (!m_tlsServer) {
            m_tlsServer = std::make_unique<PostgresServer>(PostgresServer::Options{true});
            if (!m_tlsServer->start()) {
                qWarning() << "the TLS server did not start:" << m_tlsServer->error();
                return nullptr;
            }
        }
        return m_tlsServer->isRunning() ? m_tlsServer.get() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        STRONGROOM_START_POSTGRES(m_server);
    }

    void aSocketToAServerWithoutTlsWarns()
    {
        const QList<SecurityCheck> checks = audit({m_server.conninfo()});
        QCOMPARE(checks.size(), 4);
        QCOMPARE(resultOf(checks, QStringLiteral("postgres.tls")), SecurityCheck::Result::Warn);
        QVERIFY2(evidenceOf(checks, QStringLiteral("postgres.tls")).contains(QLatin1String("ssl = off")),
                 qPrintable(evidenceOf(checks, QStringLiteral("postgres.tls"))));
    }

    void tlsOverTcp_data()
    {
        QTest::addColumn<QString>("sslmode");
        QTest::addColumn<SecurityCheck::Result>("expected");
        QTest::newRow("disable fails") << "disable" << SecurityCheck::Result::Fail;
        QTest::newRow("require warns") << "require" << SecurityCheck::Result::Warn;
        QTest::newRow("verify-full passes") << "verify-full" << SecurityCheck::Result::Pass;
    }
    void tlsOverTcp()
    {
        QFETCH(QString, sslmode);
        QFETCH(SecurityCheck::Result, expected);
        PostgresServer *server = tlsServer();
        if (!server)
            QSKIP("The PostgreSQL server with TLS did not start (see the warning above).");
        QString conninfo =
            server->tlsConninfo(QStringLiteral("postgres"), PostgresServer::superuser(), sslmode);
        if (sslmode == QLatin1String("verify-full"))
            conninfo += QStringLiteral(" sslrootcert=") + server->certificatePath();
        const QList<SecurityCheck> checks = audit({conninfo});
        QVERIFY2(resultOf(checks, QStringLiteral("postgres.tls")) == expected,
                 qPrintable(evidenceOf(checks, QStringLiteral("postgres.tls"))));
    }

    void sslMinimumProtocol_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<SecurityCheck::Result>("expected");
        QTest::newRow("TLSv1 fails") << "TLSv1" << SecurityCheck::Result::Fail;
        QTest::newRow("TLSv1.2 passes") << "TLSv1.2" << SecurityCheck::Result::Pass;
        QTest::newRow("TLSv1.3 passes") << "TLSv1.3" << SecurityCheck::Result::Pass;
    }
    void sslMinimumProtocol()
    {
        QFETCH(QString, protocol);
        QFETCH(SecurityCheck::Result, expected);
        QVERIFY(setSystem(QStringLiteral("ssl_min_protocol_version"), protocol));
        const QList<SecurityCheck> checks = audit({m_server.conninfo()});
        QCOMPARE(resultOf(checks, QStringLiteral("postgres.ssl-min-protocol")), expected);
        QVERIFY(evidenceOf(checks, QStringLiteral("postgres.ssl-min-protocol")).contains(protocol));
        QVERIFY(setSystem(QStringLiteral("ssl_min_protocol_version"), QStringLiteral("TLSv1.2")));
    }

    void passwordEncryption_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<SecurityCheck::Result>("expected");
        QTest::newRow("md5 fails") << "md5" << SecurityCheck::Result::Fail;
        QTest::newRow("scram-sha-256 passes") << "scram-sha-256" << SecurityCheck::Result::Pass;
    }
    void passwordEncryption()
    {
        QFETCH(QString, method);
        QFETCH(SecurityCheck::Result, expected);
        QVERIFY(setSystem(QStringLiteral("password_encryption"), method));
        const QList<SecurityCheck> checks = audit({m_server.conninfo()});
        QCOMPARE(resultOf(checks, QStringLiteral("postgres.password-encryption")), expected);
        QVERIFY(setSystem(QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256")));
    }

    // The fixture's cluster lies in a temporary folder: the check says what StorageEncryption found
    // under it (on a test machine, a plain disk or tmpfs).
    void aLocalDataDirectoryIsJudgedByItsDevice()
    {
        const StorageEncryption storage = StorageEncryption::probe(m_server.dataDir());
        const QList<SecurityCheck> checks = audit({m_server.conninfo()});
        const SecurityCheck::Result expected =
            storage.state == StorageEncryption::State::Encrypted      ? SecurityCheck::Result::Pass
            : storage.state == StorageEncryption::State::NotEncrypted ? SecurityCheck::Result::Fail
                                                                      : SecurityCheck::Result::Manual;
        QCOMPARE(resultOf(checks, QStringLiteral("postgres.data-encrypted")), expected);
        QCOMPARE(evidenceOf(checks, QStringLiteral("postgres.data-encrypted")), storage.describe());
        if (storage.state != StorageEncryption::State::NotEncrypted)
            qWarning()
                << "The test cluster's folder is not on a plain device here, so the failing case ran as"
                << storage.stateName() << storage.reason;
    }

    // The verdicts on what PgInfoJob read, for the states a test server cannot be put in (its data
    // directory on a LUKS device; a role that may not read the settings).
    void theVerdictsFollowWhatWasRead()
    {
        PgServerInfo info;
        info.tls.socket = true;
        info.ssl = QStringLiteral("on");
        info.passwordEncryption = QStringLiteral("scram-sha-256");
        info.sslMinProtocol = QString();
        info.dataDirectory = QStringLiteral("/srv/pg");
        info.storage.state = StorageEncryption::State::Encrypted;
        info.storage.mapping = QStringLiteral("luks-pg");
        const QList<SecurityCheck> checks = pgchecks::fromInfo(QStringLiteral("db"), info);
        QCOMPARE(resultOf(checks, QStringLiteral("postgres.tls")), SecurityCheck::Result::Pass);
        QCOMPARE(resultOf(checks, QStringLiteral("postgres.ssl-min-protocol")),
                 SecurityCheck::Result::Manual);
        QCOMPARE(resultOf(checks, QStringLiteral("postgres.data-encrypted")), SecurityCheck::Result::Pass);
        info.storage.state = StorageEncryption::State::NotEncrypted;
        QCOMPARE(resultOf(pgchecks::fromInfo(QStringLiteral("db"), info),
                          QStringLiteral("postgres.data-encrypted")),
                 SecurityCheck::Result::Fail);
    }

    void aServerThatCannotBeReachedIsReported()
    {
        const QString missing =
            QStringLiteral("host=%1 port=1 dbname=postgres user=postgres connect_timeout=2")
                .arg(m_dir.filePath(QStringLiteral("nosocket")));
        const QList<SecurityCheck> checks = audit({missing});
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().id, QStringLiteral("postgres.connection"));
        QCOMPARE(checks.first().result, SecurityCheck::Result::Warn);
        QVERIFY(checks.first().evidence.startsWith(QLatin1String("Not checked")));
    }

    void theCliChecksDbnameAndExits11OnAFailure()
    {
        QVERIFY(setSystem(QStringLiteral("password_encryption"), QStringLiteral("md5")));
        const QProcessEnvironment env = backupfixtures::environment(m_dir.filePath(QStringLiteral("home")));
        const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("run"),
                                   QStringLiteral("--dbname"), m_server.conninfo()},
                                  {}, env, 300000);
        QVERIFY(setSystem(QStringLiteral("password_encryption"), QStringLiteral("scram-sha-256")));
        QCOMPARE(run.exitCode, 11);
        bool found = false;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = value.toObject();
            if (check.value(QStringLiteral("id")).toString() ==
                QLatin1String("postgres.password-encryption")) {
                found = true;
                QCOMPARE(check.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
            }
        }
        QVERIFY2(found, run.out.constData());

        const CliRun refused =
            runCli({QStringLiteral("audit"), QStringLiteral("run"), QStringLiteral("--dbname"),
                    QStringLiteral("host=db password=hunter2")},
                   {}, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.err.contains("hunter2"));
    }
};

QTEST_GUILESS_MAIN(TestPgAuditChecks)
#include "TestPgAuditChecks.moc"

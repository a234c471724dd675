#pragma once

// A real PostgreSQL 17 server for one test program: initdb in a private 0700 folder, a Unix socket in
// a private folder of its own, no TCP (or, in TLS mode, 127.0.0.1 on a free port with a self-signed
// certificate made by `openssl req`). Run as an unprivileged user when the test runs as root (initdb
// refuses root): `nobody`, or the system user strongroom-pgtest made with useradd when there is none.
// Stopped by the destructor (fast shutdown, then SIGKILL of the postmaster), and, when the test
// program dies without running it, by the kernel (the postmaster's parent-death signal).
//
//   PostgresServer server;
//   STRONGROOM_START_POSTGRES(server);          // QSKIPs with the reason when PostgreSQL 17 is absent
//   server.sql("CREATE TABLE t (x int)");
//   PgConnection::parse(server.conninfo());     // host=SOCKETDIR port=PORT dbname=postgres user=postgres
//
// The superuser `postgres` logs in without a password (trust); every other role needs its password
// (scram-sha-256), so createRole() makes the roles the password tests use.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class PostgresServer
{
public:
    struct Options
    {
        bool tls = false; // also listen on 127.0.0.1 with ssl=on
    };

    struct SqlResult
    {
        bool ok = false;
        QString error; // libpq's message when !ok
        QList<QStringList> rows;
        // The first column of the first row ("" when there is none).
        QString value() const
        {
            return rows.isEmpty() || rows.first().isEmpty() ? QString() : rows.first().first();
        }
    };

    PostgresServer();
    explicit PostgresServer(Options options);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Where the server programs are: $STRONGROOM_PG_BINDIR, else /usr/lib/postgresql/17/bin.
    static QString serverBinDir();
    // A program of the server's version (psql, pg_dump, pg_restore, initdb): serverBinDir()'s, else
    // the one on PATH ("" when there is neither).
    static QString program(const QString &name);
    // Why no server can be started here ("" when one can): for QSKIP.
    static QString unavailableReason();

    // Makes the cluster and starts the server; waits until it accepts connections. On failure
    // error() says why (with the server's log).
    bool start();
    void stop();
    bool isRunning() const;
    QString error() const { return m_error; }

    static QString superuser() { return QStringLiteral("postgres"); }
    // Over the private Unix socket.
    QString conninfo(const QString &dbname = QStringLiteral("postgres"),
                     const QString &user = superuser()) const;
    // Over TCP to 127.0.0.1 (TLS mode only); sslmode "disable" gives a connection without TLS.
    QString tlsConninfo(const QString &dbname = QStringLiteral("postgres"), const QString &user = superuser(),
                        const QString &sslmode = QStringLiteral("require")) const;

    QString socketDir() const { return m_socketDir; }
    int port() const { return m_port; }
    int tlsPort() const { return m_tlsPort; }
    QString dataDir() const { return m_dataDir; }
    QString certificatePath() const { return m_certificate; } // the self-signed server certificate (TLS mode)
    qint64 postmasterPid() const;
    QString log() const; // the server's log so far

    // Runs SQL as the superuser in `dbname` (several statements allowed); rows as text, NULL as "".
    SqlResult sql(const QString &statement, const QString &dbname = QStringLiteral("postgres")) const;
    bool createDatabase(const QString &name) const;
    // count(*) of every user table in `dbname`, keyed "schema.table": what a restore must reproduce.
    QMap<QString, qint64> rowCounts(const QString &dbname) const;
    // A login role that must give `password` (stored as SCRAM-SHA-256).
    bool createRole(const QString &name, const QByteArray &password) const;

private:
    bool runAsServerUser(const QString &program, const QStringList &args, QByteArray *output = nullptr);
    QStringList asServerUser(const QString &program, const QStringList &args) const;
    bool prepareServerUser();
    bool makeCertificate();
    bool writeConfig();
    bool fail(const QString &message);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_dataDir;
    QString m_socketDir;
    QString m_certificate;
    QString m_logPath;
    int m_port = 5432;
    int m_tlsPort = 0;
    int m_uid = -1; // the unprivileged user the server runs as when we are root, -1 otherwise
    int m_gid = -1;
    std::unique_ptr<QProcess> m_postmaster;
    QString m_error;
};

// Starts `server` or ends the test: QSKIP with the reason when PostgreSQL 17 is not installed here,
// QFAIL with the reason (and the server log) when it is installed but did not start.
#define STRONGROOM_START_POSTGRES(server)                                                                    \
    do {                                                                                                     \
        if (const QString why = PostgresServer::unavailableReason(); !why.isEmpty())                         \
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL test server: ") + why));                          \
        if (!(server).start())                                                                               \
            QFAIL(qPrintable(QStringLiteral("The PostgreSQL test server did not start: ") +                  \
                             (server).error()));                                                             \
    } while (false)

#include "support/PostgresServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <arpa/inet.h>
#include <csignal>
#include <grp.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const char *const kFallbackUser = "strongroom-pgtest";

// A TCP port on 127.0.0.1 that nobody listens on right now.
int freeLocalPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

PostgresServer::PostgresServer() : PostgresServer(Options{}) {}

PostgresServer::PostgresServer(Options options) : m_options(options) {}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::serverBinDir()
{
    return qEnvironmentVariable("STRONGROOM_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/17/bin"));
}

QString PostgresServer::program(const QString &name)
{
    const QString server = serverBinDir() + QLatin1Char('/') + name;
    return QFileInfo(server).isExecutable() ? server : QStandardPaths::findExecutable(name);
}

QString PostgresServer::unavailableReason()
{
    const QString dir = serverBinDir();
    for (const char *program : {"initdb", "postgres"}) {
        if (!QFileInfo(dir + QLatin1Char('/') + QLatin1String(program)).isExecutable())
            return QStringLiteral("%1/%2 is missing (install postgresql-17)")
                .arg(dir, QLatin1String(program));
    }
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return QStringLiteral("running as root, and setpriv (util-linux) is missing to start the server as "
                              "an unprivileged user");
    return {};
}

bool PostgresServer::fail(const QString &message)
{
    m_error = message;
    const QString serverLog = log();
    if (!serverLog.isEmpty())
        m_error += QStringLiteral("\n--- server log ---\n") + serverLog;
    return false;
}

bool PostgresServer::prepareServerUser()
{
    if (::geteuid() != 0)
        return true;
    const passwd *user = ::getpwnam("nobody");
    if (!user) {
        user = ::getpwnam(kFallbackUser);
        if (!user) {
            QProcess::execute(QStringLiteral("useradd"),
                              {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                               QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"),
                               QLatin1String(kFallbackUser)});
            user = ::getpwnam(kFallbackUser);
        }
    }
    if (!user)
        return fail(
            QStringLiteral("running as root and no unprivileged user to run the server as (nobody, %1)")
                .arg(QLatin1String(kFallbackUser)));
    m_uid = int(user->pw_uid);
    m_gid = int(user->pw_gid);
    // The private folder stays 0700; it belongs to the server's user, and we are root.
    const QByteArray root = QFile::encodeName(m_root->path());
    if (::chown(root.constData(), uid_t(m_uid), gid_t(m_gid)) != 0)
        return fail(
            QStringLiteral("cannot hand %1 to the server's user: %2").arg(m_root->path(), qt_error_string()));
    return true;
}

QStringList PostgresServer::asServerUser(const QString &program, const QStringList &args) const
{
    if (m_uid < 0)
        return QStringList{program} + args;
    // The parent-death signal is set after the user change (which would clear it), so a test
    // program that crashes takes its server with it.
    return QStringList{QStringLiteral("setpriv"),
                       QStringLiteral("--reuid=%1").arg(m_uid),
                       QStringLiteral("--regid=%1").arg(m_gid),
                       QStringLiteral("--clear-groups"),
                       QStringLiteral("--pdeathsig=QUIT"),
                       QStringLiteral("--"),
                       program} +
           args;
}

bool PostgresServer::runAsServerUser(const QString &program, const QStringList &args, QByteArray *output)
{
    const QStringList command = asServerUser(program, args);
    QProcess p;
    p.setWorkingDirectory(m_root->path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 failed (%2): %3")
                .arg(command.join(QLatin1Char(' ')), p.errorString(), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    if (output)
        *output = p.readAll();
    return true;
}

bool PostgresServer::makeCertificate()
{
    const QString key = m_root->filePath(QStringLiteral("server.key"));
    m_certificate = m_root->filePath(QStringLiteral("server.crt"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), key,
             QStringLiteral("-out"), m_certificate});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl req failed: %1 %2")
                      .arg(p.errorString(), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    // The server refuses a key others can read, and runs as its own user.
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    if (m_uid >= 0) {
        for (const QString &file : {key, m_certificate}) {
            if (::chown(QFile::encodeName(file).constData(), uid_t(m_uid), gid_t(m_gid)) != 0)
                return fail(QStringLiteral("cannot hand %1 to the server's user").arg(file));
        }
    }
    return true;
}

bool PostgresServer::writeConfig()
{
    QFile conf(m_dataDir + QStringLiteral("/postgresql.auto.conf"));
    if (!conf.open(QIODevice::Append))
        return fail(QStringLiteral("cannot write %1").arg(conf.fileName()));
    QStringList lines{
        QStringLiteral("unix_socket_directories = %1").arg(quoted(m_socketDir)),
        QStringLiteral("port = %1").arg(m_options.tls ? m_tlsPort : m_port),
        QStringLiteral("listen_addresses = %1")
            .arg(quoted(m_options.tls ? QStringLiteral("127.0.0.1") : QString())),
        // A test server: nothing to survive a power cut, and little memory on a shared machine.
        QStringLiteral("fsync = off"),
        QStringLiteral("full_page_writes = off"),
        QStringLiteral("synchronous_commit = off"),
        QStringLiteral("shared_buffers = '32MB'"),
        QStringLiteral("max_connections = 50"),
        QStringLiteral("logging_collector = off"),
        QStringLiteral("password_encryption = 'scram-sha-256'"),
        QStringLiteral("lc_messages = 'C'"),
    };
    if (m_options.tls) {
        lines << QStringLiteral("ssl = on") << QStringLiteral("ssl_cert_file = %1").arg(quoted(m_certificate))
              << QStringLiteral("ssl_key_file = %1")
                     .arg(quoted(m_root->filePath(QStringLiteral("server.key"))));
    }
    conf.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    conf.close();

    // The superuser is trusted (the tests' own connections); every other role gives its password.
    QFile hba(m_dataDir + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write %1").arg(hba.fileName()));
    hba.write("local all postgres trust\n"
              "local all all scram-sha-256\n"
              "host all postgres 127.0.0.1/32 trust\n"
              "host all all 127.0.0.1/32 scram-sha-256\n");
    return true;
}

bool PostgresServer::start()
{
    if (isRunning())
        return true;
    m_error.clear();
    if (const QString why = unavailableReason(); !why.isEmpty())
        return fail(why);
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/strongroom-pg-XXXXXX"));
    if (!m_root->isValid())
        return fail(QStringLiteral("cannot make a temporary folder: %1").arg(m_root->errorString()));
    QFile::setPermissions(m_root->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dataDir = m_root->filePath(QStringLiteral("data"));
    m_socketDir = m_root->filePath(QStringLiteral("socket"));
    m_logPath = m_root->filePath(QStringLiteral("server.log"));
    if (!QDir().mkpath(m_socketDir))
        return fail(QStringLiteral("cannot make %1").arg(m_socketDir));
    QFile::setPermissions(m_socketDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_options.tls && (m_tlsPort = freeLocalPort()) == 0)
        return fail(QStringLiteral("no free TCP port on 127.0.0.1"));
    if (!prepareServerUser())
        return false;
    if (m_uid >= 0 && ::chown(QFile::encodeName(m_socketDir).constData(), uid_t(m_uid), gid_t(m_gid)) != 0)
        return fail(QStringLiteral("cannot hand %1 to the server's user").arg(m_socketDir));
    if (m_options.tls && !makeCertificate())
        return fail(m_error);

    if (!runAsServerUser(serverBinDir() + QStringLiteral("/initdb"),
                         {QStringLiteral("--pgdata=") + m_dataDir, QStringLiteral("--username=postgres"),
                          QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                          QStringLiteral("--locale=C"), QStringLiteral("--no-sync"),
                          QStringLiteral("--no-instructions")}))
        return fail(m_error);
    if (!writeConfig())
        return false;

    m_postmaster = std::make_unique<QProcess>();
    m_postmaster->setWorkingDirectory(m_root->path());
    m_postmaster->setStandardOutputFile(m_logPath);
    m_postmaster->setStandardErrorFile(m_logPath, QIODevice::Append);
    const QStringList command =
        asServerUser(serverBinDir() + QStringLiteral("/postgres"), {QStringLiteral("-D"), m_dataDir});
    m_postmaster->start(command.first(), command.mid(1));
    if (!m_postmaster->waitForStarted(10000))
        return fail(QStringLiteral("cannot start postgres: %1").arg(m_postmaster->errorString()));

    const QByteArray ping = conninfo().toUtf8();
    QDeadlineTimer deadline(60000);
    while (PQping(ping.constData()) != PQPING_OK) {
        if (m_postmaster->state() == QProcess::NotRunning) {
            m_postmaster.reset();
            return fail(QStringLiteral("postgres ended before accepting connections"));
        }
        if (deadline.hasExpired()) {
            stop();
            return fail(QStringLiteral("postgres did not accept connections within 60 s"));
        }
        QThread::msleep(50);
    }
    return true;
}

void PostgresServer::stop()
{
    if (!m_postmaster)
        return;
    if (m_postmaster->state() != QProcess::NotRunning) {
        const qint64 pid = postmasterPid();
        // Fast shutdown: disconnects the clients, no checkpoint wait beyond the last one.
        ::kill(pid_t(pid), SIGINT);
        if (!m_postmaster->waitForFinished(15000)) {
            ::kill(pid_t(pid), SIGKILL);
            m_postmaster->waitForFinished(5000);
        }
    }
    m_postmaster.reset();
}

bool PostgresServer::isRunning() const
{
    return m_postmaster && m_postmaster->state() == QProcess::Running;
}

qint64 PostgresServer::postmasterPid() const
{
    // setpriv execs postgres in place, so the child is the postmaster itself.
    return m_postmaster ? m_postmaster->processId() : 0;
}

QString PostgresServer::log() const
{
    QFile f(m_logPath);
    if (m_logPath.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString PostgresServer::conninfo(const QString &dbname, const QString &user) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(quoted(m_socketDir))
        .arg(m_options.tls ? m_tlsPort : m_port)
        .arg(quoted(dbname), quoted(user));
}

QString PostgresServer::tlsConninfo(const QString &dbname, const QString &user, const QString &sslmode) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 sslmode=%4")
        .arg(m_tlsPort)
        .arg(quoted(dbname), quoted(user), sslmode);
}

PostgresServer::SqlResult PostgresServer::sql(const QString &statement, const QString &dbname) const
{
    SqlResult result;
    PGconn *conn = PQconnectdb(conninfo(dbname).toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        result.error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return result;
    }
    PGresult *res = PQexec(conn, statement.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(res);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        result.ok = true;
        for (int row = 0; row < PQntuples(res); ++row) {
            QStringList values;
            for (int column = 0; column < PQnfields(res); ++column)
                values.append(QString::fromUtf8(PQgetvalue(res, row, column)));
            result.rows.append(values);
        }
    } else {
        result.error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    }
    PQclear(res);
    PQfinish(conn);
    return result;
}

bool PostgresServer::createDatabase(const QString &name) const
{
    return sql(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)).ok;
}

QMap<QString, qint64> PostgresServer::rowCounts(const QString &dbname) const
{
    QMap<QString, qint64> counts;
    const SqlResult tables = sql(
        QStringLiteral("SELECT schemaname || '.' || relname FROM pg_stat_user_tables ORDER BY 1"), dbname);
    for (const QStringList &row : tables.rows) {
        const QStringList parts = row.first().split(QLatin1Char('.'));
        counts.insert(
            row.first(),
            sql(QStringLiteral("SELECT count(*) FROM \"%1\".\"%2\"").arg(parts.at(0), parts.at(1)), dbname)
                .value()
                .toLongLong());
    }
    return counts;
}

bool PostgresServer::createRole(const QString &name, const QByteArray &password) const
{
    QByteArray escaped = password;
    escaped.replace('\'', "''");
    return sql(QStringLiteral(
                   "SET password_encryption = 'scram-sha-256'; CREATE ROLE \"%1\" LOGIN PASSWORD '%2'")
                   .arg(name, QString::fromUtf8(escaped)))
        .ok;
}

#include "postgres/PgSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cerrno>
#include <cstring>
#include <libpq-fe.h>
#include <poll.h>

namespace strongroom::postgres {

namespace {

constexpr int kSliceMs = 50;

QString connectionError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// How a failed connection attempt is classified for the exit codes (docs/cli.md).
Error classifyConnectFailure(PGconn *conn, const PgPassword &password)
{
    const QString reason = connectionError(conn);
    if (PQconnectionNeedsPassword(conn))
        return Error(ExitCode::WrongKey,
                     QCoreApplication::translate("PgSession",
                                                 "The server asks for a password and none was given "
                                                 "(%1). Give it with --password-env, --password-file, "
                                                 "--password-stdin or in ~/.pgpass.")
                         .arg(reason),
                     QStringLiteral("password-required"));
    if (reason.contains(QLatin1String("authentication failed")) || reason.contains(QLatin1String("28P01")))
        return Error(ExitCode::WrongKey,
                     QCoreApplication::translate("PgSession", "The server refused the password%1: %2")
                         .arg(password.origin.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (") + password.origin + QLatin1Char(')'),
                              reason),
                     QStringLiteral("authentication-failed"));
    return Error(
        ExitCode::Environment,
        QCoreApplication::translate("PgSession", "Cannot connect to the PostgreSQL server: %1").arg(reason),
        QStringLiteral("connection-failed"));
}

} // namespace

// ---------------------------------------------------------------------------------------------

PgResult::PgResult(pg_result *result) : m_result(result, PQclear) {}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

int PgResult::column(const char *name) const
{
    return m_result ? PQfnumber(m_result.get(), name) : -1;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column);
}

QString PgResult::text(int row, int column) const
{
    return isNull(row, column) ? QString() : QString::fromUtf8(PQgetvalue(m_result.get(), row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

double PgResult::real(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result.get(), row, column)).toDouble();
}

// ---------------------------------------------------------------------------------------------

QString PgTlsStatus::describe() const
{
    if (socket)
        return QCoreApplication::translate("PgTlsStatus", "not needed (Unix socket on this machine)");
    if (!inUse)
        return QCoreApplication::translate("PgTlsStatus",
                                           "none: the connection is not encrypted (sslmode %1)")
            .arg(sslmode);
    const QString verified =
        hostnameVerified() ? QCoreApplication::translate("PgTlsStatus", "certificate and host name verified")
        : certificateVerified()
            ? QCoreApplication::translate("PgTlsStatus", "certificate verified, host name not")
            : QCoreApplication::translate("PgTlsStatus", "certificate NOT verified");
    return QStringLiteral("%1, %2 (%3 bits), %4, sslmode %5")
        .arg(protocol, cipher)
        .arg(keyBits)
        .arg(verified, sslmode);
}

QJsonObject PgTlsStatus::toJson() const
{
    return QJsonObject{{QStringLiteral("socket"), socket},
                       {QStringLiteral("in_use"), inUse},
                       {QStringLiteral("protocol"), protocol},
                       {QStringLiteral("cipher"), cipher},
                       {QStringLiteral("key_bits"), keyBits},
                       {QStringLiteral("sslmode"), sslmode},
                       {QStringLiteral("certificate_verified"), inUse && certificateVerified()},
                       {QStringLiteral("hostname_verified"), inUse && hostnameVerified()}};
}

// ---------------------------------------------------------------------------------------------

PgSession::PgSession(pg_conn *conn) : m_conn(conn), m_cancel(PQgetCancel(conn)) {}

PgSession::~PgSession()
{
    {
        QMutexLocker lock(&m_cancelMutex);
        PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    PQfinish(m_conn);
}

Result<std::unique_ptr<PgSession>> PgSession::open(const PgConnection &connection, const PgPassword &password,
                                                   const WorkProgress &work)
{
    // The conninfo is expanded from "dbname"; the keywords after it override or add to it. The
    // password goes from wiped memory to libpq's own copy, nowhere else.
    const QByteArray conninfo = connection.conninfo().toUtf8();
    QCA::SecureArray passwordCopy(password.secret.secret());
    passwordCopy.append(QCA::SecureArray(QByteArray(1, '\0')));
    std::vector<const char *> keywords{"dbname", "fallback_application_name"};
    std::vector<const char *> values{conninfo.constData(), "strongroom"};
    if (connection.option(QStringLiteral("connect_timeout")).isEmpty()) {
        keywords.push_back("connect_timeout");
        values.push_back("15");
    }
    if (password.isSet()) {
        keywords.push_back("password");
        values.push_back(passwordCopy.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = PQconnectStartParams(keywords.data(), values.data(), 1);
    passwordCopy.fill('\0');
    if (!conn)
        return Error(ExitCode::Failure, QCoreApplication::translate("PgSession", "libpq is out of memory."));
    if (PQstatus(conn) == CONNECTION_BAD) {
        Error error = classifyConnectFailure(conn, password);
        PQfinish(conn);
        return error;
    }
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        if (work.cancelled()) {
            PQfinish(conn);
            return Cancelled{};
        }
        pollfd fd{PQsocket(conn), short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int ready = ::poll(&fd, 1, kSliceMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready > 0)
            state = PQconnectPoll(conn);
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        Error error = classifyConnectFailure(conn, password);
        PQfinish(conn);
        return error;
    }
    PQsetClientEncoding(conn, "UTF8");
    // libpq prints the server's notices on stderr by default, into the CLI's output and the tests'.
    PQsetNoticeProcessor(conn, [](void *, const char *) {}, nullptr);
    return std::unique_ptr<PgSession>(new PgSession(conn));
}

bool PgSession::waitSocket(bool forWrite, int timeoutMs) const
{
    pollfd fd{PQsocket(m_conn), short(forWrite ? POLLOUT : POLLIN), 0};
    return ::poll(&fd, 1, timeoutMs) > 0;
}

Error PgSession::errorFromResult(pg_result *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    m_lastSqlState = state ? QString::fromLatin1(state) : QString();
    const QString message = result && *PQresultErrorMessage(result)
                                ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed()
                                : connectionError(m_conn);
    // query_canceled: our cancel(), or the server's statement_timeout (a failure like any other).
    if (m_lastSqlState == QLatin1String("57014") && m_cancelAsked)
        return Cancelled{}.error();
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return Error(
            ExitCode::Environment,
            QCoreApplication::translate("PgSession", "The connection to the PostgreSQL server was lost: %1")
                .arg(message),
            QStringLiteral("connection-failed"));
    return Error(ExitCode::Failure, QCoreApplication::translate("PgSession", "PostgreSQL: %1").arg(message),
                 QStringLiteral("postgres"));
}

bool PgSession::send(const QString &sql)
{
    m_cancelAsked = false;
    return PQsendQuery(m_conn, sql.toUtf8().constData()) == 1;
}

int PgSession::socket() const
{
    return PQsocket(m_conn);
}

bool PgSession::consume()
{
    if (!PQconsumeInput(m_conn))
        return true; // the connection broke: takeResult() reports it
    return PQisBusy(m_conn) == 0;
}

Result<PgResult> PgSession::takeResult()
{
    // A query string may hold several statements: the last result counts, the first error wins.
    std::optional<Error> error;
    PgResult last;
    while (PGresult *result = PQgetResult(m_conn)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK || status == PGRES_EMPTY_QUERY) {
            last = PgResult(result);
        } else {
            if (!error)
                error = errorFromResult(result);
            PQclear(result);
        }
    }
    if (error)
        return *error;
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return errorFromResult(nullptr);
    m_lastSqlState.clear();
    return last;
}

Result<PgResult> PgSession::exec(const QString &sql, const QStringList &parameters, const WorkProgress &work)
{
    const QByteArray query = sql.toUtf8();
    m_cancelAsked = false;
    int sent = 0;
    if (parameters.isEmpty()) {
        sent = PQsendQuery(m_conn, query.constData());
    } else {
        QList<QByteArray> storage;
        std::vector<const char *> values;
        for (const QString &p : parameters) {
            storage.append(p.toUtf8());
            values.push_back(p.isNull() ? nullptr : storage.last().constData());
        }
        sent = PQsendQueryParams(m_conn, query.constData(), int(values.size()), nullptr, values.data(),
                                 nullptr, nullptr, 0);
    }
    if (!sent)
        return errorFromResult(nullptr);
    bool cancelSent = false;
    while (!consume()) {
        if (!cancelSent && work.cancelled()) {
            cancel();
            cancelSent = true;
        }
        waitSocket(false, kSliceMs);
    }
    Result<PgResult> result = takeResult();
    // The query may have ended just before the cancel reached the server: cancelled all the same.
    if (cancelSent && result.ok())
        return Cancelled{};
    return result;
}

void PgSession::cancel()
{
    m_cancelAsked = true;
    QMutexLocker lock(&m_cancelMutex);
    if (!m_cancel)
        return;
    char message[256] = {};
    PQcancel(m_cancel, message, sizeof message);
}

QString PgSession::serverVersion() const
{
    const char *v = PQparameterStatus(m_conn, "server_version");
    return v ? QString::fromUtf8(v) : QString();
}

int PgSession::serverVersionNumber() const
{
    return PQserverVersion(m_conn);
}

QString PgSession::host() const
{
    return QString::fromUtf8(PQhost(m_conn));
}

QString PgSession::port() const
{
    return QString::fromUtf8(PQport(m_conn));
}

QString PgSession::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

QString PgSession::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

bool PgSession::viaSocket() const
{
    const QString h = host();
    return h.isEmpty() || h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@'));
}

PgTlsStatus PgSession::tls() const
{
    PgTlsStatus status;
    status.socket = viaSocket();
    status.inUse = PQsslInUse(m_conn) == 1;
    if (PQconninfoOption *options = PQconninfo(m_conn)) {
        for (PQconninfoOption *o = options; o->keyword; ++o) {
            if (std::strcmp(o->keyword, "sslmode") == 0 && o->val)
                status.sslmode = QString::fromLatin1(o->val);
        }
        PQconninfoFree(options);
    }
    if (status.inUse) {
        auto attribute = [this](const char *name) {
            const char *v = PQsslAttribute(m_conn, name);
            return v ? QString::fromUtf8(v) : QString();
        };
        status.protocol = attribute("protocol");
        status.cipher = attribute("cipher");
        status.keyBits = attribute("key_bits").toInt();
    }
    return status;
}

QString PgSession::quoteIdentifier(const QString &identifier) const
{
    const QByteArray raw = identifier.toUtf8();
    char *escaped = PQescapeIdentifier(m_conn, raw.constData(), size_t(raw.size()));
    if (!escaped)
        return {};
    const QString result = QString::fromUtf8(escaped);
    PQfreemem(escaped);
    return result;
}

} // namespace strongroom::postgres

#pragma once

// One libpq connection. Every wait (connecting, a query) polls the socket in slices of at most
// 50 ms and asks work.cancelled() in between (core/WorkProgress.h), so a job stops within 200 ms: a
// running query is stopped with PQcancel, and the call returns Cancelled{}, the outcome, not an
// error. cancel() may also be called from another thread.

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "postgres/PgConnection.h"

#include <QJsonObject>
#include <QMutex>
#include <QStringList>
#include <atomic>
#include <memory>

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace strongroom::postgres {

// The rows of one query, as text (libpq's text format).
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    int rows() const;
    int columns() const;
    int column(const char *name) const; // -1 when absent
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const; // 0 for NULL
    double real(int row, int column) const;
    QString value() const { return rows() > 0 && columns() > 0 ? text(0, 0) : QString(); }

private:
    std::shared_ptr<pg_result> m_result;
};

// Whether and how the connection is encrypted in transit.
struct PgTlsStatus
{
    bool socket = false; // a Unix socket: TLS does not apply
    bool inUse = false;
    QString protocol; // "TLSv1.3"
    QString cipher;   // "TLS_AES_256_GCM_SHA384"
    int keyBits = 0;
    QString sslmode; // as libpq used it: disable, allow, prefer, require, verify-ca, verify-full
    bool certificateVerified() const { return sslmode == QLatin1String("verify-ca") || hostnameVerified(); }
    bool hostnameVerified() const { return sslmode == QLatin1String("verify-full"); }

    QString describe() const; // one line for a person
    QJsonObject toJson() const;
};

class PgSession
{
public:
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    // Connects. Failures: the server asks for a password none was given for, or refuses it →
    // ExitCode::WrongKey; unreachable, refused, unknown database → ExitCode::Environment; each with
    // libpq's reason. A cancel while connecting: Cancelled.
    static Result<std::unique_ptr<PgSession>>
    open(const PgConnection &connection, const PgPassword &password = {}, const WorkProgress &work = {});

    // Runs one statement (several when there are no parameters), parameters passed as text
    // separately from the SQL. A query stopped by a cancel of `work`, or by cancel(), is Cancelled.
    Result<PgResult> exec(const QString &sql, const QStringList &parameters = {},
                          const WorkProgress &work = {});

    // Asks the server to stop the running query; safe from any thread. The query then ends Cancelled.
    void cancel();

    // The parts the multiplexing callers (PgRowCounter) drive themselves.
    bool send(const QString &sql);
    int socket() const;
    // Reads what has arrived; true when the query's result is complete (then takeResult()).
    bool consume();
    Result<PgResult> takeResult();

    QString lastSqlState() const { return m_lastSqlState; }
    // The server's version, "17.2", and as libpq's number, 170002.
    QString serverVersion() const;
    int serverVersionNumber() const;
    // Where libpq actually connected (the socket folder or the host name), port, database and user.
    QString host() const;
    QString port() const;
    QString database() const;
    QString user() const;
    bool viaSocket() const;
    PgTlsStatus tls() const;

    // libpq's escape for an identifier ("my table" → "\"my table\"").
    QString quoteIdentifier(const QString &identifier) const;
    pg_conn *handle() const { return m_conn; }

private:
    explicit PgSession(pg_conn *conn);
    bool waitSocket(bool forWrite, int timeoutMs) const;
    Error errorFromResult(pg_result *result);

    pg_conn *m_conn = nullptr;
    mutable QMutex m_cancelMutex;
    pg_cancel *m_cancel = nullptr;
    // Set by cancel(), cleared as each query is sent: tells our cancel from a statement_timeout,
    // which the server reports with the same SQLSTATE.
    std::atomic<bool> m_cancelAsked{false};
    QString m_lastSqlState;
};

} // namespace strongroom::postgres

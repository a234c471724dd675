#pragma once

#include "bench/QueryRunSettings.h"
#include "core/Job.h"
#include "postgres/PgConnection.h"

#include <QJsonObject>
#include <optional>

namespace strongroom::bench {

struct PgQueryBenchRequest : QueryRunSettings
{
    postgres::PgConnection connection;
    postgres::PgPassword password; // empty: as libpq finds it (.pgpass, service file)
    std::optional<postgres::PgConnection> against;
    postgres::PgPassword againstPassword; // empty: as libpq finds it
};

// `bench queries --dbname CONN [--against CONN2]`: the workload of QueryBenchJob on a PostgreSQL
// connection, and with `against` on a second one (TLS on vs off, a cluster on an encrypted volume vs
// a plain one), interleaved in rounds (A then B, B then A, ...) so both see the same machine state,
// with the overhead of A over B per statement (Overhead.h: "no measurable difference" inside the
// noise). Each connection's sessions are read-only (default_transaction_read_only), so a workload
// cannot change the data. One execution is timed from sending the statement to the last row
// received (libpq's text format, every row read), on CLOCK_MONOTONIC. Statements with parameters
// go through the extended protocol (parsed each time, as most applications send them), the others
// as simple queries. Cancel stops a running statement with PQcancel within 200 ms. A saved baseline
// is a state change: then the job writes the audit line `bench.queries`.
//
// Data: as QueryBenchJob's with "kind": "postgresql", "target" (the connection's display name),
// "server_version", "tls", and with `against` "against", "against_server_version", "against_tls",
// and per statement "against" (LatencyStats) and "overhead".
class PgQueryBenchJob : public Job
{
public:
    explicit PgQueryBenchJob(PgQueryBenchRequest request) : m_request(std::move(request)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    const QJsonObject &result() const { return m_result; }
    int regressions() const { return m_regressions; }
    // Which connection could not be opened (its error says why: "password-required", ...), so a
    // caller asks for the right password.
    enum class Connection
    {
        None,
        Target,
        Against
    };
    Connection failedConnection() const { return m_failedConnection; }

private:
    PgQueryBenchRequest m_request;
    Connection m_failedConnection = Connection::None;
    QJsonObject m_result;
    int m_regressions = 0;
};

} // namespace strongroom::bench

#include "bench/PgQueryBenchJob.h"

#include "bench/Baseline.h"
#include "bench/LatencyStats.h"
#include "bench/MachineFacts.h"
#include "bench/MeasuredSide.h"
#include "bench/MonotonicClock.h"
#include "bench/Overhead.h"
#include "bench/PgWorkload.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "postgres/PgSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace strongroom::bench {

namespace {

using postgres::PgSession;

struct PgSide
{
    PgSession *session = nullptr;
    QList<qint64> samples;
    QList<qint64> roundP50;
    qint64 next = 0;
};

// One timed execution: from sending to the whole result received.
Result<qint64> timeOnce(PgSession &session, const QString &sql, const QStringList &values,
                        const WorkProgress &cancelled)
{
    const qint64 start = monotonicNs();
    Result<postgres::PgResult> result = session.exec(sql, values, cancelled);
    const qint64 elapsed = monotonicNs() - start;
    if (!result)
        return result.error();
    return elapsed;
}

Result<std::unique_ptr<PgSession>> openReadOnly(const postgres::PgConnection &connection,
                                                const postgres::PgPassword &password,
                                                const WorkProgress &cancelled)
{
    Result<std::unique_ptr<PgSession>> session = PgSession::open(connection, password, cancelled);
    if (!session)
        return session;
    if (Result<postgres::PgResult> set =
            (*session)->exec(QStringLiteral("SET default_transaction_read_only = on"), {}, cancelled);
        !set)
        return set.error();
    return session;
}

} // namespace

QString PgQueryBenchJob::title() const
{
    return m_request.against ? QCoreApplication::translate("Benchmark", "Benchmark %1 against %2")
                                   .arg(m_request.connection.displayName(), m_request.against->displayName())
                             : QCoreApplication::translate("Benchmark", "Benchmark queries on %1")
                                   .arg(m_request.connection.displayName());
}

QList<JobStep> PgQueryBenchJob::steps() const
{
    QList<JobStep> steps{{QCoreApplication::translate("Benchmark", "Connect"), false},
                         {QCoreApplication::translate("Benchmark", "Prepare the workload"), false}};
    steps.append({QCoreApplication::translate("Benchmark", "Measure"), false});
    if (!m_request.saveBaseline.isEmpty() || !m_request.compareBaseline.isEmpty())
        steps.append({QCoreApplication::translate("Benchmark", "Compare and save"), false});
    return steps;
}

void PgQueryBenchJob::run(JobContext &context)
{
    const PgQueryBenchRequest &r = m_request;
    const bool two = r.against.has_value();
    const QString targetName = r.connection.displayName();
    int step = 0;
    CancelWatch watch{&context};
    // Asked before every short statement: the watch asks the job at most every 50 ms.
    const WorkProgress cancelled = WorkProgress::cancelledWhen([&watch] { return watch.check(); });
    if (r.iterations < 1 || r.rounds < 1 || r.warmup < 0 || r.durationSeconds < 0) {
        context.fail(Error(ExitCode::Usage,
                           QCoreApplication::translate(
                               "Benchmark", "Iterations and rounds must be at least 1, the warm-up and the "
                                            "duration at least 0.")));
        return;
    }

    context.startStep(step++);
    Result<std::unique_ptr<PgSession>> a = openReadOnly(r.connection, r.password, cancelled);
    if (!a) {
        if (!a.cancelled()) {
            m_failedConnection = Connection::Target;
            context.fail(a.error());
        }
        return;
    }
    std::unique_ptr<PgSession> b;
    if (two) {
        Result<std::unique_ptr<PgSession>> opened = openReadOnly(*r.against, r.againstPassword, cancelled);
        if (!opened) {
            if (!opened.cancelled()) {
                m_failedConnection = Connection::Against;
                Error error = opened.error();
                error.message = QCoreApplication::translate("Benchmark", "Connection B (%1): %2")
                                    .arg(r.against->displayName(), error.message);
                context.fail(error);
            }
            return;
        }
        b = std::move(*opened);
    }

    context.startStep(step++);
    QList<WorkloadStatement> statements = r.statements;
    QString workloadName = QStringLiteral("custom");
    if (!r.workloadFile.isEmpty()) {
        Result<QList<WorkloadStatement>> loaded = workload::fromFile(r.workloadFile);
        if (!loaded) {
            context.fail(loaded.error());
            return;
        }
        statements = *loaded;
        workloadName = QFileInfo(r.workloadFile).absoluteFilePath();
    } else if (statements.isEmpty()) {
        Result<QList<WorkloadStatement>> builtIn = pgworkload::builtIn(**a);
        if (!builtIn) {
            context.fail(builtIn.error());
            return;
        }
        statements = *builtIn;
        workloadName = QStringLiteral("built-in");
    }
    std::optional<QJsonObject> base;
    if (!r.compareBaseline.isEmpty()) {
        Result<QJsonObject> loaded = baseline::load(r.compareBaseline);
        if (!loaded) {
            context.fail(loaded.error());
            return;
        }
        base = *loaded;
    }
    if (!r.saveBaseline.isEmpty()) {
        if (Result<QString> valid = baseline::pathFor(r.saveBaseline); !valid) {
            context.fail(valid.error());
            return;
        }
    }
    // The values come from A's data, so both connections run exactly the same sequence.
    QList<pgworkload::PgBoundStatement> bound;
    for (const WorkloadStatement &s : std::as_const(statements)) {
        Result<pgworkload::PgBoundStatement> prepared = pgworkload::PgBoundStatement::prepare(**a, s.sql);
        if (!prepared) {
            context.fail(prepared.error());
            return;
        }
        bound.append(*prepared);
    }

    const int sideCount = two ? 2 : 1;
    std::vector<std::array<PgSide, 2>> sides(size_t(statements.size()));
    for (auto &pair : sides) {
        pair[0].session = a->get();
        pair[1].session = b.get();
    }
    context.startStep(step++, qint64(statements.size()) * r.rounds, ProgressUnit::Items);
    std::optional<Error> failure;
    auto failed = [&](const Error &error, qsizetype i, int side) {
        Error e = error;
        e.message =
            QCoreApplication::translate("Benchmark", "%1 (statement %2, on %3)")
                .arg(error.message, statements[i].name, side == 0 ? targetName : r.against->displayName());
        failure = e;
    };
    const qint64 budgetNs = qint64(r.durationSeconds * 1e9 / r.rounds);
    StatementProgress progress(context, statements.size(), sideCount, r.iterations, r.warmup, r.rounds,
                               budgetNs > 0);
    for (qsizetype i = 0; i < statements.size() && !failure && !watch.check(); ++i) {
        progress.start(i, statements[i].name);
        for (int s = 0; s < sideCount && !failure; ++s) {
            PgSide &side = sides[i][s];
            for (int w = 0; w < r.warmup && !failure && !watch.check(); ++w) {
                Result<qint64> t =
                    timeOnce(*side.session, bound[i].sql(), bound[i].forIteration(side.next++), cancelled);
                if (!t)
                    failed(t.error(), i, s);
                progress.executed();
            }
            side.next = 0;
        }
        for (int round = 0; round < r.rounds && !failure && !watch.check(); ++round) {
            const qint64 perRound = r.iterations / r.rounds + (round < r.iterations % r.rounds ? 1 : 0);
            for (int k = 0; k < sideCount && !failure; ++k) {
                // A then B in even rounds, B then A in odd ones: neither always runs first.
                const int s = round % 2 == 0 ? k : sideCount - 1 - k;
                PgSide &side = sides[i][s];
                QList<qint64> roundSamples;
                const qint64 roundStart = monotonicNs();
                for (qint64 n = 0;; ++n) {
                    const bool more =
                        budgetNs > 0 ? (n == 0 || monotonicNs() - roundStart < budgetNs) : n < perRound;
                    if (!more || watch.check())
                        break;
                    Result<qint64> t = timeOnce(*side.session, bound[i].sql(),
                                                bound[i].forIteration(side.next++), cancelled);
                    if (!t) {
                        failed(t.error(), i, s);
                        break;
                    }
                    roundSamples.append(*t);
                    progress.executed();
                }
                addRound(side.samples, side.roundP50, std::move(roundSamples));
                progress.roundDone();
            }
            context.addProgress(1);
        }
    }
    if (watch.cancelled || context.isCancelled())
        return; // a statement stopped by PQcancel ends as Cancelled: nothing to report, nothing saved
    if (failure) {
        context.fail(*failure);
        return;
    }

    QJsonArray results;
    QStringList lines;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QJsonObject o{
            {QStringLiteral("name"), statements[i].name},
            {QStringLiteral("sql"), statements[i].sql},
            {QStringLiteral("target"), measuredSideJson(sides[i][0].samples, sides[i][0].roundP50)}};
        const LatencyStats sa = LatencyStats::fromSamples(sides[i][0].samples);
        QString line = QCoreApplication::translate("Benchmark", "%1: p50 %2, p95 %3, p99 %4")
                           .arg(statements[i].name, microsecondsText(double(sa.p50Ns) / 1000.0),
                                microsecondsText(double(sa.p95Ns) / 1000.0),
                                microsecondsText(double(sa.p99Ns) / 1000.0));
        if (two) {
            const LatencyStats sb = LatencyStats::fromSamples(sides[i][1].samples);
            const Overhead overhead =
                Overhead::between(sa.p50Ns, sb.p50Ns, sides[i][0].roundP50, sides[i][1].roundP50);
            o.insert(QStringLiteral("against"), measuredSideJson(sides[i][1].samples, sides[i][1].roundP50));
            o.insert(QStringLiteral("overhead"), overhead.toJson());
            line += QCoreApplication::translate("Benchmark", "; against p50 %1; overhead %2")
                        .arg(microsecondsText(double(sb.p50Ns) / 1000.0), overhead.verdict());
        }
        results.append(o);
        lines.append(line);
    }
    m_result =
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("postgresql")},
                    {QStringLiteral("target"), targetName},
                    {QStringLiteral("encrypted"), QJsonValue()},
                    {QStringLiteral("server_version"), (*a)->serverVersion()},
                    {QStringLiteral("tls"), (*a)->tls().toJson()},
                    {QStringLiteral("workload"), workloadName},
                    {QStringLiteral("settings"),
                     QJsonObject{{QStringLiteral("iterations"),
                                  r.durationSeconds > 0 ? QJsonValue() : QJsonValue(r.iterations)},
                                 {QStringLiteral("duration_s"),
                                  r.durationSeconds > 0 ? QJsonValue(r.durationSeconds) : QJsonValue()},
                                 {QStringLiteral("warmup"), r.warmup},
                                 {QStringLiteral("rounds"), r.rounds},
                                 {QStringLiteral("plain_twin"), false},
                                 {QStringLiteral("against"), two},
                                 {QStringLiteral("clock"), QStringLiteral("CLOCK_MONOTONIC, ns")},
                                 {QStringLiteral("timed"), QStringLiteral("send to last row received")},
                                 {QStringLiteral("percentiles"), QStringLiteral("nearest-rank")}}},
                    {QStringLiteral("machine"), MachineFacts::collect().toJson()},
                    {QStringLiteral("statements"), results}};
    if (two) {
        m_result.insert(QStringLiteral("against"), r.against->displayName());
        m_result.insert(QStringLiteral("against_server_version"), b->serverVersion());
        m_result.insert(QStringLiteral("against_tls"), b->tls().toJson());
    }

    auto audit = [&](const QString &outcome) {
        if (r.saveBaseline.isEmpty())
            return;
        const AuditLog &log = context.audit();
        log.append(QStringLiteral("bench.queries"), targetName, outcome,
                   {{QStringLiteral("against"), two ? r.against->displayName() : QString()},
                    {QStringLiteral("statements"), int(statements.size())},
                    {QStringLiteral("baseline"), r.saveBaseline}});
    };
    const std::optional<int> regressions = finishQueryRun(
        context, step,
        {targetName, int(statements.size()), r.saveBaseline, r.compareBaseline, r.thresholdPercent, base},
        m_result, lines, audit);
    if (regressions)
        m_regressions = *regressions;
}

} // namespace strongroom::bench

#include "bench/QueryBenchJob.h"

#include "bench/Baseline.h"
#include "bench/LatencyStats.h"
#include "bench/MachineFacts.h"
#include "bench/MeasuredSide.h"
#include "bench/MonotonicClock.h"
#include "bench/Overhead.h"
#include "bench/ParameterValues.h"
#include "bench/TimedStatement.h"
#include "conversion/ContentFingerprint.h"
#include "conversion/SqlCipherExport.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "sqlcipher/DatabaseSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace strongroom::bench {

namespace {

extern "C" int onSqliteProgress(void *watch)
{
    return static_cast<CancelWatch *>(watch)->check() ? 1 : 0;
}

class ProgressHandlerScope
{
public:
    ProgressHandlerScope(sqlite3 *db, CancelWatch &watch) : m_db(db)
    {
        sqlite3_progress_handler(m_db, 4000, onSqliteProgress, &watch);
    }
    ~ProgressHandlerScope() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    ProgressHandlerScope(const ProgressHandlerScope &) = delete;
    ProgressHandlerScope &operator=(const ProgressHandlerScope &) = delete;

private:
    sqlite3 *m_db;
};

// One target's side of one statement.
struct Side
{
    std::optional<TimedStatement> statement;
    QList<qint64> samples;
    QList<qint64> roundP50;
    qint64 next = 0; // iteration index: both sides draw the same parameter values in the same order
};

} // namespace

QString QueryBenchJob::title() const
{
    const QString name = m_request.session ? QFileInfo(m_request.session->path()).fileName() : QString();
    return m_request.againstPlainTwin
               ? QCoreApplication::translate("Benchmark", "Benchmark %1 against a plain twin").arg(name)
               : QCoreApplication::translate("Benchmark", "Benchmark queries on %1").arg(name);
}

QList<JobStep> QueryBenchJob::steps() const
{
    QList<JobStep> steps{{QCoreApplication::translate("Benchmark", "Prepare the workload"), false}};
    if (m_request.againstPlainTwin)
        steps.append({QCoreApplication::translate("Benchmark", "Make the decrypted twin"), false});
    steps.append({QCoreApplication::translate("Benchmark", "Measure"), false});
    if (m_request.againstPlainTwin)
        steps.append({QCoreApplication::translate("Benchmark", "Remove the twin"), false});
    if (!m_request.saveBaseline.isEmpty() || !m_request.compareBaseline.isEmpty())
        steps.append({QCoreApplication::translate("Benchmark", "Compare and save"), false});
    return steps;
}

void QueryBenchJob::run(JobContext &context)
{
    const QueryBenchRequest &r = m_request;
    const bool twin = r.againstPlainTwin;
    int step = 0;
    context.startStep(step++);
    if (!r.session) {
        context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("Benchmark", "No database to benchmark.")));
        return;
    }
    DatabaseSession::Guard guard = r.session->use();
    Database *a = guard.database();
    const FileFacts facts = r.session->facts();
    const QString path = QFileInfo(r.session->path()).absoluteFilePath();
    if (!a) {
        context.fail(Error(
            ExitCode::Failure,
            QCoreApplication::translate("Benchmark", "%1 was closed before the benchmark began.").arg(path)));
        return;
    }
    if (twin && !facts.settings) {
        context.fail(Error(ExitCode::Usage,
                           QCoreApplication::translate(
                               "Benchmark", "%1 is not encrypted: a plain twin would measure the same file "
                                            "twice. Run without --against-plain-twin.")
                               .arg(path)));
        return;
    }
    if (r.iterations < 1 || r.rounds < 1 || r.warmup < 0 || r.durationSeconds < 0) {
        context.fail(Error(ExitCode::Usage,
                           QCoreApplication::translate(
                               "Benchmark", "Iterations and rounds must be at least 1, the warm-up and the "
                                            "duration at least 0.")));
        return;
    }

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
        statements = workload::builtIn(*a);
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
    QList<ParameterValues> values;
    std::vector<std::array<Side, 2>> sides(size_t(statements.size()));
    for (qsizetype i = 0; i < statements.size(); ++i) {
        Result<ParameterValues> drawn = ParameterValues::draw(*a, statements[i].sql, quint32(0x5eed0000 + i));
        if (!drawn) {
            context.fail(drawn.error());
            return;
        }
        values.append(*drawn);
        Result<TimedStatement> prepared = TimedStatement::prepare(*a, statements[i].sql);
        if (!prepared) {
            context.fail(prepared.error());
            return;
        }
        sides[i][0].statement.emplace(std::move(*prepared));
    }

    // The twin: a private folder (0700) holding a 0600 file, removed with everything SQLite put
    // beside it when `twinFolder` goes out of scope, on every way out of this function.
    std::unique_ptr<QTemporaryDir> twinFolder;
    std::unique_ptr<Database> b;
    QString twinPath;
    bool auditable = !r.saveBaseline.isEmpty();
    auto audit = [&](const QString &outcome) {
        if (!auditable)
            return;
        const AuditLog &log = context.audit();
        log.append(QStringLiteral("bench.queries"), path, outcome,
                   {{QStringLiteral("plain_twin"), twin},
                    {QStringLiteral("statements"), int(statements.size())},
                    {QStringLiteral("baseline"), r.saveBaseline}});
    };
    if (twin) {
        context.startStep(step++, facts.sizeBytes(), ProgressUnit::Bytes);
        // Beside the target by default: a twin on another file system (a tmpfs /tmp) would add that
        // file system's cost of the per-statement lock and header check to the "overhead".
        QString folder = r.twinFolder.isEmpty() ? QFileInfo(path).absolutePath() : r.twinFolder;
        if (!QFileInfo(folder).isWritable()) {
            context.addDetail(QCoreApplication::translate(
                                  "Benchmark",
                                  "%1 is not writable, so the twin is in %2, maybe on another file system: "
                                  "the overhead then includes that difference.")
                                  .arg(folder, QDir::tempPath()));
            folder = QDir::tempPath();
        }
        if (Status space = safefile::requireFreeSpace(
                folder, facts.sizeBytes(), QCoreApplication::translate("Benchmark", "the decrypted twin"));
            !space) {
            context.fail(space.error());
            return;
        }
        twinFolder = std::make_unique<QTemporaryDir>(folder + QStringLiteral("/.strongroom-bench-XXXXXX"));
        if (!twinFolder->isValid()) {
            context.fail(
                Error(ExitCode::Failure,
                      QCoreApplication::translate(
                          "Benchmark", "%1: cannot make a private folder for the decrypted twin (%2).")
                          .arg(folder, twinFolder->errorString())));
            return;
        }
        auditable = true;
        twinPath = twinFolder->filePath(QStringLiteral("plain-twin.db"));
        context.log(QCoreApplication::translate("Benchmark", "Decrypted twin: %1").arg(twinPath));
        ContentFingerprint header;
        readHeaderFields(*a, header);
        const std::optional<KeyMaterial> key = r.session->key();
        const Status exported =
            exportDatabase({path, key ? &*key : nullptr, *facts.settings}, {twinPath, nullptr, {}}, header,
                           facts.settings->pageSize, workProgress(context));
        if (!exported) {
            if (!exported.cancelled())
                context.fail(exported.error());
            audit(exported.cancelled() ? QStringLiteral("cancelled") : QStringLiteral("failed"));
            return;
        }
        Result<std::unique_ptr<Database>> opened =
            Database::open(twinPath, {Database::Access::ReadOnly, nullptr});
        if (!opened) {
            context.fail(opened.error());
            audit(QStringLiteral("failed"));
            return;
        }
        b = std::move(*opened);
        for (qsizetype i = 0; i < statements.size(); ++i) {
            Result<TimedStatement> prepared = TimedStatement::prepare(*b, statements[i].sql);
            if (!prepared) {
                context.fail(prepared.error());
                audit(QStringLiteral("failed"));
                return;
            }
            sides[i][1].statement.emplace(std::move(*prepared));
        }
    }

    const int sideCount = twin ? 2 : 1;
    context.startStep(step++, qint64(statements.size()) * r.rounds, ProgressUnit::Items);
    CancelWatch watch{&context};
    std::optional<Error> failure;
    {
        ProgressHandlerScope handlerA(a->handle(), watch);
        std::optional<ProgressHandlerScope> handlerB;
        if (b)
            handlerB.emplace(b->handle(), watch);
        const qint64 budgetNs = qint64(r.durationSeconds * 1e9 / r.rounds);
        StatementProgress progress(context, statements.size(), sideCount, r.iterations, r.warmup, r.rounds,
                                   budgetNs > 0);
        for (qsizetype i = 0; i < statements.size() && !failure && !watch.cancelled; ++i) {
            progress.start(i, statements[i].name);
            for (int s = 0; s < sideCount && !failure; ++s) {
                for (int w = 0; w < r.warmup && !failure && !watch.check(); ++w) {
                    Result<qint64> t = sides[i][s].statement->run(values[i].forIteration(sides[i][s].next++));
                    if (t.cancelled())
                        break; // interrupted by the progress handler: the watch saw the cancel
                    if (!t)
                        failure = t.error();
                    progress.executed();
                }
                sides[i][s].next = 0; // the measured runs start the value sequence afresh on each side
            }
            for (int round = 0; round < r.rounds && !failure && !watch.check(); ++round) {
                const qint64 perRound = r.iterations / r.rounds + (round < r.iterations % r.rounds ? 1 : 0);
                for (int k = 0; k < sideCount && !failure; ++k) {
                    // A then B in even rounds, B then A in odd ones: neither always runs first.
                    Side &side = sides[i][round % 2 == 0 ? k : sideCount - 1 - k];
                    QList<qint64> roundSamples;
                    const qint64 roundStart = monotonicNs();
                    for (qint64 n = 0;; ++n) {
                        const bool more =
                            budgetNs > 0 ? (n == 0 || monotonicNs() - roundStart < budgetNs) : n < perRound;
                        if (!more || watch.check())
                            break;
                        Result<qint64> t = side.statement->run(values[i].forIteration(side.next++));
                        if (t.cancelled())
                            break; // interrupted by the progress handler: the watch saw the cancel
                        if (!t) {
                            failure = t.error();
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
    }
    const bool cancelled = watch.cancelled || context.isCancelled();

    QJsonArray results;
    QStringList lines;
    if (!failure && !cancelled) {
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
            if (twin) {
                const LatencyStats sb = LatencyStats::fromSamples(sides[i][1].samples);
                const Overhead overhead =
                    Overhead::between(sa.p50Ns, sb.p50Ns, sides[i][0].roundP50, sides[i][1].roundP50);
                o.insert(QStringLiteral("plain_twin"),
                         measuredSideJson(sides[i][1].samples, sides[i][1].roundP50));
                o.insert(QStringLiteral("overhead"), overhead.toJson());
                line += QCoreApplication::translate("Benchmark", "; plain p50 %1; overhead %2")
                            .arg(microsecondsText(double(sb.p50Ns) / 1000.0), overhead.verdict());
            }
            results.append(o);
            lines.append(line);
        }
    }

    bool twinRemoved = false;
    if (twin) {
        context.startStep(step++);
        sides.clear(); // finalize the twin's statements before its connection closes
        b.reset();
        twinFolder->remove();
        twinRemoved = !QFileInfo::exists(twinPath);
        if (!twinRemoved)
            context.log(QCoreApplication::translate(
                            "Benchmark", "The decrypted twin %1 could not be removed; remove it yourself.")
                            .arg(twinPath));
    }
    if (failure || cancelled) {
        if (failure)
            context.fail(*failure);
        audit(failure ? QStringLiteral("failed") : QStringLiteral("cancelled"));
        return;
    }

    m_result = QJsonObject{
        {QStringLiteral("target"), path},
        {QStringLiteral("encrypted"), facts.settings.has_value()},
        {QStringLiteral("cipher"), facts.settings ? QJsonValue(facts.settings->toJson()) : QJsonValue()},
        {QStringLiteral("workload"), workloadName},
        {QStringLiteral("settings"),
         QJsonObject{
             {QStringLiteral("iterations"), r.durationSeconds > 0 ? QJsonValue() : QJsonValue(r.iterations)},
             {QStringLiteral("duration_s"),
              r.durationSeconds > 0 ? QJsonValue(r.durationSeconds) : QJsonValue()},
             {QStringLiteral("warmup"), r.warmup},
             {QStringLiteral("rounds"), r.rounds},
             {QStringLiteral("plain_twin"), twin},
             {QStringLiteral("clock"), QStringLiteral("CLOCK_MONOTONIC, ns")},
             {QStringLiteral("percentiles"), QStringLiteral("nearest-rank")}}},
        {QStringLiteral("machine"), MachineFacts::collect().toJson()},
        {QStringLiteral("statements"), results}};
    if (twin) {
        m_result.insert(QStringLiteral("twin_folder"), QFileInfo(twinPath).absolutePath());
        m_result.insert(QStringLiteral("twin_removed"), twinRemoved);
    }

    const std::optional<int> regressions = finishQueryRun(
        context, step,
        {path, int(statements.size()), r.saveBaseline, r.compareBaseline, r.thresholdPercent, base}, m_result,
        lines, audit);
    if (regressions)
        m_regressions = *regressions;
}

} // namespace strongroom::bench

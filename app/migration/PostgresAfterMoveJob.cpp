#include "migration/PostgresAfterMoveJob.h"

#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "migration/MigrationJournal.h"
#include "migration/RowCountComparison.h"
#include "postgres/PgSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

namespace strongroom::migration {

namespace {

enum AfterMoveStep
{
    StartServer,
    WaitForServer,
    CountRows,
    CompareRows
};

// The command's last words, for the message when it fails.
QString tail(QByteArray output)
{
    output = output.trimmed();
    if (output.size() > 2000)
        output = "…" + output.right(2000);
    return QString::fromLocal8Bit(output);
}

} // namespace

PostgresAfterMoveJob::PostgresAfterMoveJob(Request request) : m_request(std::move(request)) {}

QString PostgresAfterMoveJob::title() const
{
    return QCoreApplication::translate("PostgresAfterMoveJob",
                                       "Start PostgreSQL on the new location and compare");
}

QList<JobStep> PostgresAfterMoveJob::steps() const
{
    return {{QCoreApplication::translate("PostgresAfterMoveJob", "Start the server (your command)")},
            {QCoreApplication::translate("PostgresAfterMoveJob", "Wait for it to accept connections")},
            {QCoreApplication::translate("PostgresAfterMoveJob", "Count every table exactly")},
            {QCoreApplication::translate("PostgresAfterMoveJob", "Compare with the counts before the move")}};
}

void PostgresAfterMoveJob::run(JobContext &context)
{
    check(context);
    const JobReport &report = context.reportSoFar();
    QJsonObject details{{QStringLiteral("image"), QFileInfo(m_request.image).absoluteFilePath()}};
    for (const char *key : {"started", "tables", "total_rows_before", "total_rows_now", "difference_count"})
        if (report.data.contains(QLatin1String(key)))
            details.insert(QLatin1String(key), report.data.value(QLatin1String(key)));
    const QString target = report.data.value(QStringLiteral("folder")).toString();
    if (report.error) {
        details.insert(QStringLiteral("reason"), report.error->kindName());
        context.audit().append(QStringLiteral("volume.migrate-dir.postgres"), target,
                               QStringLiteral("failed"), details);
    } else if (context.sawCancel()) {
        context.audit().append(QStringLiteral("volume.migrate-dir.postgres"), target,
                               QStringLiteral("cancelled"), details);
    } else {
        context.audit().append(QStringLiteral("volume.migrate-dir.postgres"), target,
                               QStringLiteral("succeeded"), details);
    }
}

void PostgresAfterMoveJob::check(JobContext &context)
{
    const Request &r = m_request;
    QJsonObject data{{QStringLiteral("image"), QFileInfo(r.image).absoluteFilePath()}};
    auto fail = [&](const Error &error) {
        context.setData(data);
        context.fail(error);
    };
    context.startStep(StartServer);
    auto loaded = MigrationJournal::load(r.image);
    if (!loaded) {
        fail(loaded.error());
        return;
    }
    if (!loaded->has_value()) {
        fail(Error(ExitCode::Usage,
                   QCoreApplication::translate("PostgresAfterMoveJob", "%1 has no migration journal (%2).")
                       .arg(r.image, MigrationJournal::pathFor(r.image)),
                   QStringLiteral("not-found")));
        return;
    }
    MigrationJournal journal = **loaded;
    data.insert(QStringLiteral("folder"), journal.folder());
    const QJsonObject recorded = journal.value(QStringLiteral("row_counts"));
    if (recorded.isEmpty()) {
        fail(Error(ExitCode::Usage,
                   QCoreApplication::translate(
                       "PostgresAfterMoveJob",
                       "The journal %1 holds no row counts to compare with: they are recorded when the "
                       "migration is run with --dbname while the server still runs on %2.")
                       .arg(MigrationJournal::pathFor(r.image), journal.folder())));
        return;
    }
    const QDeadlineTimer deadline(qint64(r.waitSeconds) * 1000);

    // 1. The user's command, without a shell; it ends once the server is started.
    data.insert(QStringLiteral("started"), !r.startCommand.isEmpty());
    if (!r.startCommand.isEmpty()) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        context.log(QCoreApplication::translate("PostgresAfterMoveJob", "Running %1")
                        .arg(r.startCommand.join(QLatin1Char(' '))));
        process.start(r.startCommand.first(), r.startCommand.mid(1));
        if (!process.waitForStarted()) {
            fail(Error(ExitCode::Environment,
                       QCoreApplication::translate("PostgresAfterMoveJob", "Cannot run %1: %2")
                           .arg(r.startCommand.first(), process.errorString())));
            return;
        }
        while (!process.waitForFinished(50)) {
            if (process.state() == QProcess::NotRunning)
                break;
            if (context.isCancelled() || deadline.hasExpired()) {
                process.kill();
                process.waitForFinished(-1);
                if (context.isCancelled())
                    return;
                fail(Error(ExitCode::Failure,
                           QCoreApplication::translate(
                               "PostgresAfterMoveJob",
                               "%1 did not return within %2 s; a service command must return once the server "
                               "is started (pg_ctl start -w, systemctl start). It was stopped.")
                               .arg(r.startCommand.first())
                               .arg(r.waitSeconds)));
                return;
            }
        }
        const QString output = tail(process.readAll());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            fail(Error(ExitCode::Failure,
                       QCoreApplication::translate("PostgresAfterMoveJob", "%1 failed (exit %2): %3")
                           .arg(r.startCommand.first())
                           .arg(process.exitCode())
                           .arg(output)));
            return;
        }
    }

    // 2. Until the server takes a connection: a wrong password ends it at once.
    context.startStep(WaitForServer);
    for (;;) {
        auto session = postgres::PgSession::open(r.counting.connection, r.counting.password,
                                                 workProgress(context).cancelOnly());
        if (session)
            break;
        if (session.cancelled() || context.isCancelled())
            return;
        if (session.error().code != ExitCode::Environment || deadline.hasExpired()) {
            fail(session.error());
            return;
        }
        for (int i = 0; i < 5 && !context.isCancelled(); ++i)
            QThread::msleep(50);
    }

    // 3. Exact counts in one snapshot.
    context.startStep(CountRows);
    postgres::PgInfoJob::Request counting = r.counting;
    counting.exactCounts = true;
    postgres::PgInfoJob counter(counting);
    const JobReport counted = context.runChild(counter);
    if (counted.outcome == JobOutcome::Cancelled)
        return;
    if (counted.error) {
        fail(*counted.error);
        return;
    }

    // 4. The comparison.
    context.startStep(CompareRows);
    const postgres::PgServerInfo now = counter.info();
    const QJsonObject nowJson = rowCountsJson(now);
    const QStringList differences = compareRowCounts(recorded, now);
    data.insert(QStringLiteral("tables"), nowJson.value(QStringLiteral("tables")).toObject().size());
    data.insert(QStringLiteral("total_rows_before"), recorded.value(QStringLiteral("total_rows")));
    data.insert(QStringLiteral("total_rows_now"), nowJson.value(QStringLiteral("total_rows")));
    data.insert(QStringLiteral("difference_count"), differences.size());
    data.insert(QStringLiteral("differences"), QJsonArray::fromStringList(differences));
    journal.set(QStringLiteral("postgres_compared"),
                QJsonObject{{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {QStringLiteral("total_rows"), nowJson.value(QStringLiteral("total_rows"))},
                            {QStringLiteral("differences"), differences.size()}});
    if (auto s = journal.save(); !s) {
        fail(s.error());
        return;
    }
    for (const QString &d : differences)
        context.addDetail(d);
    if (!differences.isEmpty()) {
        fail(Error(ExitCode::Integrity,
                   QCoreApplication::translate("PostgresAfterMoveJob",
                                               "PostgreSQL on %1 differs from before the move in %2 tables "
                                               "(first: %3).")
                       .arg(journal.folder())
                       .arg(differences.size())
                       .arg(differences.first()),
                   QStringLiteral("row-counts-differ")));
        return;
    }
    context.setData(data);
    context.setOverview(
        QCoreApplication::translate("PostgresAfterMoveJob",
                                    "PostgreSQL on %1: all %2 tables have exactly the rows they "
                                    "had before the move (%3 rows).")
            .arg(journal.folder())
            .arg(nowJson.value(QStringLiteral("tables")).toObject().size())
            .arg(nowJson.value(QStringLiteral("total_rows")).toInteger()));
}

} // namespace strongroom::migration

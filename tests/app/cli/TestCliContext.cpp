#include "cli/CliContext.h"

#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace strongroom;
using namespace strongroom::cli;

Q_DECLARE_METATYPE(strongroom::JobOutcome)

// How a verb ends after its job (CliContext::failedExit, finishJob, cancelled), with each option the
// verbs use: the exit code, what goes to stdout and what to stderr, in text and with --json; and that
// every way to end cancelled gives the one cancel contract of docs/cli.md.
class TestCliContext : public QObject
{
    Q_OBJECT

    struct Ended
    {
        std::optional<int> exit;
        QString out;
        QString err;
    };

    // Runs `how` on a context with --json or without, and collects what it printed.
    static Ended ending(bool json, const std::function<std::optional<int>(CliContext &)> &how)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliContext context(json, outStream, errStream);
        Ended ended;
        ended.exit = how(context);
        outStream.flush();
        errStream.flush();
        ended.out = out;
        ended.err = err;
        return ended;
    }

    static Ended end(const JobReport &report, const FinishOptions &options, bool json)
    {
        return ending(json, [&](CliContext &c) { return c.failedExit(report, options); });
    }

    static JobReport report(JobOutcome outcome, bool finished = true)
    {
        JobReport r;
        r.outcome = outcome;
        r.overview = QStringLiteral("Paused; run it again to resume.");
        r.data = QJsonObject{{QStringLiteral("schedule"), QStringLiteral("nightly")},
                             {QStringLiteral("finished"), finished}};
        if (outcome == JobOutcome::Failed)
            r.error = Error(ExitCode::Integrity, QStringLiteral("page 7 is damaged"));
        return r;
    }

private Q_SLOTS:
    void aVerbEndsAsItsJobDid_data()
    {
        QTest::addColumn<JobOutcome>("outcome");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<bool>("json");
        QTest::addColumn<int>("options"); // 0 plain, 1 resumable (encrypt/decrypt), 2 schedule report
        QTest::addColumn<int>("exit");    // -1: no exit, the verb goes on to print
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");

        QTest::newRow("succeeded: the verb prints")
            << JobOutcome::Succeeded << true << false << 0 << -1 << QString() << QString();
        QTest::newRow("cancelled: 130 and the message") << JobOutcome::Cancelled << true << false << 0 << 130
                                                        << QString() << QStringLiteral("Cancelled.\n");
        QTest::newRow("cancelled, resumable: the overview says how to resume")
            << JobOutcome::Cancelled << false << false << 1 << 130 << QString()
            << QStringLiteral("Cancelled. Paused; run it again to resume.\n");
        QTest::newRow("paused at a checkpoint counts as cancelled where resumable")
            << JobOutcome::Succeeded << false << false << 1 << 130 << QString()
            << QStringLiteral("Cancelled. Paused; run it again to resume.\n");
        QTest::newRow("paused is a success where the option is not given")
            << JobOutcome::Succeeded << false << false << 0 << -1 << QString() << QString();
        QTest::newRow("failed: the message and its exit code")
            << JobOutcome::Failed << true << false << 0 << 4 << QString()
            << QStringLiteral("strongroom-cli: page 7 is damaged\n");
        QTest::newRow("failed with the report beside: the overview first")
            << JobOutcome::Failed << true << false << 2 << 4
            << QStringLiteral("Paused; run it again to resume.\n")
            << QStringLiteral("strongroom-cli: page 7 is damaged\n");
    }

    void aVerbEndsAsItsJobDid()
    {
        QFETCH(JobOutcome, outcome);
        QFETCH(bool, finished);
        QFETCH(bool, json);
        QFETCH(int, options);
        QFETCH(int, exit);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QList<FinishOptions> choices(3);
        for (FinishOptions &choice : choices)
            choice.cancelledMessage = QStringLiteral("Cancelled.");
        choices[1].cancelledShowsOverview = true; // what encrypt and decrypt use
        choices[1].unfinishedIsCancelled = true;
        choices[2].reportBesideError = true; // what the schedule verbs use
        const Ended ended = end(report(outcome, finished), choices[options], json);
        QCOMPARE(ended.exit.value_or(-1), exit);
        QCOMPARE(ended.out, out);
        QCOMPARE(ended.err, err);
    }

    void withJsonTheErrorObjectStandsBesideTheReportsData()
    {
        FinishOptions options;
        options.reportBesideError = true;
        const Ended ended = end(report(JobOutcome::Failed), options, /*json=*/true);
        QCOMPARE(ended.exit.value_or(-1), 4);
        QVERIFY(ended.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(ended.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("schedule")).toString(), QStringLiteral("nightly"));
        QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 exitCodeKind(ExitCode::Integrity));
    }

    // The one cancel contract (docs/cli.md, "Cancel"): however a verb comes to end cancelled, it
    // exits 130 and says the message on stderr; with --json stdout holds the {"error"} object of kind
    // "cancelled" with the same message, and nothing else.
    void everyWayToEndCancelledEndsTheSameWay_data()
    {
        QTest::addColumn<int>("way");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("message");

        const QString plain = QStringLiteral("Cancelled.");
        const QString own = QStringLiteral("Cancelled; nothing was removed.");
        const QString notConfirmed = QStringLiteral("Not confirmed; nothing was changed.");
        for (const bool json : {false, true}) {
            const char *mode = json ? " (--json)" : "";
            QTest::addRow("a cancelled job, no words of the verb's own%s", mode) << 0 << json << plain;
            QTest::addRow("a cancelled job with the verb's words%s", mode) << 1 << json << own;
            QTest::addRow("a cancelled job whose overview says what was kept%s", mode)
                << 2 << json << QStringLiteral("Cancelled. Paused; run it again to resume.");
            QTest::addRow("a job failed with a cancel's code%s", mode) << 3 << json << plain;
            QTest::addRow("a confirmation not given (fail)%s", mode) << 4 << json << notConfirmed;
            QTest::addRow("a cancel the verb found itself%s", mode) << 5 << json << own;
            QTest::addRow("a cancelled job that ends a verb by finishJob%s", mode) << 6 << json << plain;
        }
    }

    void everyWayToEndCancelledEndsTheSameWay()
    {
        QFETCH(int, way);
        QFETCH(bool, json);
        QFETCH(QString, message);
        JobReport cancelled = report(JobOutcome::Cancelled);
        const Ended ended = ending(json, [&](CliContext &c) -> std::optional<int> {
            FinishOptions options;
            switch (way) {
            case 0:
                return c.failedExit(cancelled);
            case 1:
                return c.failedExit(cancelled, QStringLiteral("Cancelled; nothing was removed."));
            case 2:
                options.cancelledMessage = QStringLiteral("Cancelled.");
                options.cancelledShowsOverview = true;
                return c.failedExit(cancelled, options);
            case 3: {
                JobReport failed = report(JobOutcome::Failed);
                failed.error = Error(ExitCode::Cancelled, QStringLiteral("stopped"));
                return c.failedExit(failed);
            }
            case 4:
                return c.fail(
                    Error(ExitCode::Cancelled, QStringLiteral("Not confirmed; nothing was changed.")));
            case 5:
                return c.cancelled(QStringLiteral("Cancelled; nothing was removed."));
            default:
                return c.finishJob(cancelled);
            }
        });
        QCOMPARE(ended.exit.value_or(-1), 130);
        QCOMPARE(ended.err, message + QLatin1Char('\n'));
        if (!json) {
            QVERIFY2(ended.out.isEmpty(), qPrintable(ended.out));
            return;
        }
        QJsonParseError parsed;
        const QJsonObject o = QJsonDocument::fromJson(ended.out.toUtf8(), &parsed).object();
        QCOMPARE(parsed.error, QJsonParseError::NoError);
        QCOMPARE(o.keys(), QStringList{QStringLiteral("error")});
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 130);
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    }

    // A schedule's report stands beside the error object: a cancel keeps what ran before it.
    void withJsonACancelledReportBesideTheErrorKeepsItsData()
    {
        FinishOptions options;
        options.reportBesideError = true;
        const Ended ended = end(report(JobOutcome::Cancelled), options, /*json=*/true);
        QCOMPARE(ended.exit.value_or(-1), 130);
        QCOMPARE(ended.err, QStringLiteral("Cancelled.\n"));
        const QJsonObject o = QJsonDocument::fromJson(ended.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("schedule")).toString(), QStringLiteral("nightly"));
        QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("cancelled"));
    }

    // finishJob's success: the data with --json, else the overview (and details when asked) on
    // stdout, or on stderr where stdout carries the verb's own data.
    void aSucceededJobPrintsItsReport_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("details");
        QTest::addColumn<bool>("onStderr");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");

        const QString overview = QStringLiteral("Paused; run it again to resume.\n");
        QTest::newRow("the overview") << false << false << false << overview << QString();
        QTest::newRow("the overview and details")
            << false << true << false << overview + QStringLiteral("table t: 3 rows\n") << QString();
        QTest::newRow("on stderr when stdout carries data")
            << false << true << true << QString() << overview + QStringLiteral("table t: 3 rows\n");
        QTest::newRow("--json: the data alone")
            << true << true << false
            << QString::fromUtf8(QJsonDocument(report(JobOutcome::Succeeded).data).toJson()) << QString();
    }

    void aSucceededJobPrintsItsReport()
    {
        QFETCH(bool, json);
        QFETCH(bool, details);
        QFETCH(bool, onStderr);
        QFETCH(QString, out);
        QFETCH(QString, err);
        JobReport succeeded = report(JobOutcome::Succeeded);
        succeeded.details = QStringList{QStringLiteral("table t: 3 rows")};
        FinishOptions options;
        options.showDetails = details;
        options.reportOnStderr = onStderr;
        const Ended ended = ending(json, [&](CliContext &c) { return c.finishJob(succeeded, options); });
        QCOMPARE(ended.exit.value_or(-1), 0);
        QCOMPARE(ended.out, out);
        QCOMPARE(ended.err, err);
    }

    void withJsonAndNoOptionOnlyTheErrorObjectIsPrinted()
    {
        const Ended ended = end(report(JobOutcome::Failed), {}, /*json=*/true);
        QCOMPARE(ended.exit.value_or(-1), 4);
        const QJsonObject o = QJsonDocument::fromJson(ended.out.toUtf8()).object();
        QCOMPARE(o.keys(), QStringList{QStringLiteral("error")});
    }
};

QTEST_GUILESS_MAIN(TestCliContext)
#include "TestCliContext.moc"

#include "cli/CliContext.h"

#include <QJsonDocument>
#include <QTest>

using namespace strongroom;
using namespace strongroom::cli;

Q_DECLARE_METATYPE(strongroom::JobOutcome)

// How a verb ends after its job (CliContext::failedExit), with each option the verbs use: the exit
// code, what goes to stdout and what to stderr, in text and with --json.
class TestCliContext : public QObject
{
    Q_OBJECT

    struct Ended
    {
        std::optional<int> exit;
        QString out;
        QString err;
    };

    static Ended end(const JobReport &report, const FailedExitOptions &options, bool json)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliContext context(json, outStream, errStream);
        Ended ended;
        ended.exit = context.failedExit(report, options);
        outStream.flush();
        errStream.flush();
        ended.out = out;
        ended.err = err;
        return ended;
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
        QList<FailedExitOptions> choices(3);
        for (FailedExitOptions &choice : choices)
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
        FailedExitOptions options;
        options.reportBesideError = true;
        const Ended ended = end(report(JobOutcome::Failed), options, /*json=*/true);
        QCOMPARE(ended.exit.value_or(-1), 4);
        QVERIFY(ended.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(ended.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("schedule")).toString(), QStringLiteral("nightly"));
        QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 exitCodeKind(ExitCode::Integrity));
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

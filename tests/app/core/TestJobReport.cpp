// JobReport's two faces: toText for the person who ran the job, in their language (German says how
// the job ended, its steps' states and the labels in German; the numbers keep their C form), and
// toJson for scripts, whose outcome and step states stay identifiers whatever the language.
#include "core/JobReport.h"
#include "support/UserLanguage.h"

#include <QJsonArray>
#include <QTest>

using namespace strongroom;

namespace {

// A report as a job of three steps leaves it: the first done, the second in `ended`, the third never
// started; 2.5 s long.
JobReport reportOf(JobOutcome outcome, StepState ended)
{
    JobReport report;
    report.title = QStringLiteral("Checksum of data.bin");
    report.outcome = outcome;
    report.overview = QStringLiteral("The overview.");
    report.started = QDateTime(QDate(2026, 12, 5), QTime(10, 0), QTimeZone::UTC);
    report.finished = report.started.addMSecs(2500);
    StepReport first;
    first.name = QStringLiteral("Read");
    first.state = StepState::Done;
    first.done = 3;
    first.durationMs = 1000;
    first.unit = ProgressUnit::Rows;
    StepReport second;
    second.name = QStringLiteral("Write");
    second.state = ended;
    StepReport third;
    third.name = QStringLiteral("Record");
    report.steps = {first, second, third};
    report.details = {QStringLiteral("a detail")};
    if (outcome == JobOutcome::Failed)
        report.error = Error(ExitCode::Integrity, QStringLiteral("The file is damaged."));
    return report;
}

} // namespace

class TestJobReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { useGerman(false); }

    void theTextSaysHowTheJobEndedInTheUsersLanguage_data()
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<JobOutcome>("outcome");
        QTest::addColumn<StepState>("ended");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en: succeeded")
            << false << JobOutcome::Succeeded << StepState::Done
            << QStringLiteral("Checksum of data.bin: succeeded after 2.5 s\nThe overview.\nSteps:\n"
                              "  [ok]   Read (3 rows, 3 rows/s)\n  [ok]   Write\n  [ ]    Record\n"
                              "Details:\n  a detail\n");
        QTest::newRow("en: failed")
            << false << JobOutcome::Failed << StepState::Failed
            << QStringLiteral("Checksum of data.bin: failed after 2.5 s\nThe overview.\n"
                              "Error: The file is damaged.\nSteps:\n"
                              "  [ok]   Read (3 rows, 3 rows/s)\n  [FAIL] Write\n  [ ]    Record\n"
                              "Details:\n  a detail\n");
        QTest::newRow("en: cancelled")
            << false << JobOutcome::Cancelled << StepState::Cancelled
            << QStringLiteral("Checksum of data.bin: cancelled after 2.5 s\nThe overview.\nSteps:\n"
                              "  [ok]   Read (3 rows, 3 rows/s)\n  [stop] Write\n  [ ]    Record\n"
                              "Details:\n  a detail\n");
        QTest::newRow("de: succeeded")
            << true << JobOutcome::Succeeded << StepState::Done
            << QStringLiteral("Checksum of data.bin: erfolgreich nach 2.5 s\nThe overview.\nSchritte:\n"
                              "  [ok]     Read (3 Zeilen, 3 Zeilen/s)\n  [ok]     Write\n  [ ]      Record\n"
                              "Details:\n  a detail\n");
        QTest::newRow("de: failed")
            << true << JobOutcome::Failed << StepState::Failed
            << QStringLiteral("Checksum of data.bin: fehlgeschlagen nach 2.5 s\nThe overview.\n"
                              "Fehler: The file is damaged.\nSchritte:\n"
                              "  [ok]     Read (3 Zeilen, 3 Zeilen/s)\n  [FEHLER] Write\n  [ ]      Record\n"
                              "Details:\n  a detail\n");
        QTest::newRow("de: cancelled")
            << true << JobOutcome::Cancelled << StepState::Cancelled
            << QStringLiteral("Checksum of data.bin: abgebrochen nach 2.5 s\nThe overview.\nSchritte:\n"
                              "  [ok]     Read (3 Zeilen, 3 Zeilen/s)\n  [Stopp]  Write\n  [ ]      Record\n"
                              "Details:\n  a detail\n");
    }
    void theTextSaysHowTheJobEndedInTheUsersLanguage()
    {
        QFETCH(bool, german);
        QFETCH(JobOutcome, outcome);
        QFETCH(StepState, ended);
        QFETCH(QString, expected);
        useGerman(german);
        QCOMPARE(reportOf(outcome, ended).toText(), expected);
    }

    // Scripts read the JSON: the same identifiers in every language.
    void theJsonKeepsItsIdentifiersInGerman()
    {
        useGerman(true);
        const QJsonObject json = reportOf(JobOutcome::Cancelled, StepState::Cancelled).toJson();
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
        const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0)[QStringLiteral("state")].toString(), QStringLiteral("done"));
        QCOMPARE(steps.at(1)[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(steps.at(2)[QStringLiteral("state")].toString(), QStringLiteral("pending"));
        QCOMPARE(steps.at(0)[QStringLiteral("unit")].toString(), QStringLiteral("rows"));
    }
};

QTEST_GUILESS_MAIN(TestJobReport)
#include "TestJobReport.moc"

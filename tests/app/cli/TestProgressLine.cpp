#include "cli/ProgressLine.h"
#include "support/UserLanguage.h"

#include <QCoreApplication>
#include <QTest>

using namespace strongroom;
using namespace strongroom::cli;

// The CLI's progress line names the step and, inside a step made of parts (a benchmark's statements,
// JobContext::startPart), the part that runs with its own progress, as the console's job dialog does;
// the whole line follows the user's language.
class TestProgressLine : public QObject
{
    Q_OBJECT

    static QList<JobStep> steps()
    {
        return {{QStringLiteral("Prepare")}, {QStringLiteral("Measure")}, {QStringLiteral("Report")}};
    }

    // The Measure step at its second statement of five, as MeasuredSide reports it.
    static JobProgress atStatement(qint64 partDone, qint64 partTotal)
    {
        JobProgress p;
        p.step = 1;
        p.partIndex = 1;
        p.partCount = 5;
        p.part = JobPart{QCoreApplication::translate("Benchmark", "Statement %1 of %2: %3")
                             .arg(2)
                             .arg(5)
                             .arg(QStringLiteral("point lookup")),
                         partDone, partTotal};
        return p;
    }

private Q_SLOTS:
    void cleanup() { useGerman(false); }

    // The job names the part in the user's language (MeasuredSide translates "Statement %1 of %2: %3"),
    // so each row's progress is made after its language is set.
    void thePartOfTheStepIsNamed_data()
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<bool>("withPart");
        QTest::addColumn<qint64>("partDone");
        QTest::addColumn<qint64>("partTotal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en: part with a total")
            << false << true << qint64(40) << qint64(100)
            << QStringLiteral("[2/3] Measure - Statement 2 of 5: point lookup (40 of 100)");
        QTest::newRow("en: part, amount only")
            << false << true << qint64(7) << qint64(0)
            << QStringLiteral("[2/3] Measure - Statement 2 of 5: point lookup (7)");
        QTest::newRow("en: part just started")
            << false << true << qint64(0) << qint64(0)
            << QStringLiteral("[2/3] Measure - Statement 2 of 5: point lookup");
        QTest::newRow("de: part with a total")
            << true << true << qint64(40) << qint64(100)
            << QStringLiteral("[2/3] Measure - Anweisung 2 von 5: point lookup (40 von 100)");
        QTest::newRow("no part: the step alone")
            << false << false << qint64(0) << qint64(0) << QStringLiteral("[2/3] Measure");
    }
    void thePartOfTheStepIsNamed()
    {
        QFETCH(bool, german);
        QFETCH(bool, withPart);
        QFETCH(qint64, partDone);
        QFETCH(qint64, partTotal);
        QFETCH(QString, expected);
        useGerman(german);
        JobProgress progress;
        progress.step = 1;
        if (withPart)
            progress = atStatement(partDone, partTotal);
        QCOMPARE(ProgressLine::render(steps(), progress, false, 0), expected);
    }

    // Percent, amount, rate and ETA follow the part, all in the user's language.
    void theWholeLineIsGerman()
    {
        useGerman(true);
        JobProgress p = atStatement(40, 100);
        p.done = 3400;
        p.total = 6800;
        p.unit = ProgressUnit::Rows;
        p.rate = 1200;
        p.etaMs = 3000;
        p.suspended = true;
        QCOMPARE(ProgressLine::render(steps(), p, true, 0),
                 QStringLiteral(
                     "[2/3] Measure - Anweisung 2 von 5: point lookup (40 von 100)  50.0%  3400 Zeilen  "
                     "1200 Zeilen/s  noch 3 s  (angehalten)  wird beendet..."));
        JobProgress one = atStatement(0, 0);
        one.done = 1;
        one.unit = ProgressUnit::Rows;
        QCOMPARE(ProgressLine::render(steps(), one, false, 0),
                 QStringLiteral("[2/3] Measure - Anweisung 2 von 5: point lookup  1 Zeile"));
    }

    void beforeTheFirstStepTheLineSaysItIsStarting()
    {
        useGerman(true);
        QCOMPARE(ProgressLine::render(steps(), JobProgress{}, false, 0), QStringLiteral("startet ..."));
    }
};

QTEST_GUILESS_MAIN(TestProgressLine)
#include "TestProgressLine.moc"

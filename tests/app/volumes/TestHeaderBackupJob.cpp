// HeaderBackupJob, what `volume header-backup|header-restore` and the Volumes page run, through the
// real job runner on LUKS2 images made by the cryptsetup tool: a cancel is audited as what happened.
// One asked before the job looks stops it with nothing written (the image's header as before, no
// backup file, no kept copy): the outcome is Cancelled without an error and the audit line says
// "cancelled". One that arrives after the job's last look, while the header is being written, finds
// the work done: the outcome is Succeeded, the header restored (a key added after the backup no
// longer opens) or the backup file written, and the audit line says "succeeded".
#include "LuksFixtures.h"
#include "core/JobRunner.h"
#include "volumes/HeaderBackupJob.h"

#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>

using namespace strongroom;
using Direction = HeaderBackupJob::Direction;

class TestHeaderBackupJob : public QObject
{
    Q_OBJECT

    QThreadPool m_pool;

    // Runs the job; `stopRequested` is the cancel the job sees each time it looks (the CLI's Ctrl-C).
    JobReport run(LuksFixtures &fx, const HeaderBackupJob::Request &request,
                  std::function<bool()> stopRequested)
    {
        return startDetached(std::make_shared<HeaderBackupJob>(request), &m_pool, std::move(stopRequested),
                             AuditLog(fx.path(QStringLiteral("audit.jsonl")), QString()))
            ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; });
    }

    static QList<QJsonObject> auditLines(LuksFixtures &fx)
    {
        const auto entries = AuditLog(fx.path(QStringLiteral("audit.jsonl")), QString()).entries();
        return entries ? entries.value() : QList<QJsonObject>();
    }

    static QStringList keptCopies(LuksFixtures &fx)
    {
        return QDir(fx.dir.path()).entryList({QStringLiteral("*.before-header-restore-*")}, QDir::Files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cryptsetup")).isEmpty())
            QSKIP("not run: the cryptsetup tool, which makes the test images, is not installed");
    }

    void aCancelIsAuditedAsWhatHappened_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<bool>("late");
        QTest::addColumn<JobOutcome>("outcome");
        QTest::addColumn<QString>("audited");
        QTest::newRow("backup, cancel before the job looks")
            << Direction::Backup << false << JobOutcome::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("backup, cancel once the file is written")
            << Direction::Backup << true << JobOutcome::Succeeded << QStringLiteral("succeeded");
        QTest::newRow("restore, cancel before the job looks")
            << Direction::Restore << false << JobOutcome::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("restore, cancel while the header is written")
            << Direction::Restore << true << JobOutcome::Succeeded << QStringLiteral("succeeded");
    }
    void aCancelIsAuditedAsWhatHappened()
    {
        QFETCH(Direction, direction);
        QFETCH(bool, late);
        QFETCH(JobOutcome, outcome);
        QFETCH(QString, audited);
        LuksFixtures fx;
        const QString image = fx.cheapLuksFormat(QStringLiteral("head.img"), "alpha");
        const QString backup = fx.path(QStringLiteral("head.header"));
        HeaderBackupJob::Request request = HeaderBackupJob::Request::backup(image, backup);
        std::function<bool()> stopRequested = [] { return true; };
        if (direction == Direction::Restore) {
            // A backup by the tool, then a key added after it: a restore takes that key away again.
            QCOMPARE(LuksFixtures::tool(QStringLiteral("cryptsetup"),
                                        {QStringLiteral("luksHeaderBackup"), image,
                                         QStringLiteral("--header-backup-file"), backup})
                         .first,
                     0);
            QVERIFY(fx.addKeyWithTool(image, "alpha", "later",
                                      {QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                                       QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")}));
            request = HeaderBackupJob::Request::restore(image, backup);
            // The copy of the current header is made after the job's last look, right before the
            // header is written: a cancel from then on is late.
            if (late)
                stopRequested = [&fx] { return !keptCopies(fx).isEmpty(); };
        } else if (late) {
            stopRequested = [backup] { return QFileInfo::exists(backup); };
        }
        const QByteArray headerBefore = fx.luksDump(image);

        const JobReport report = run(fx, request, stopRequested);

        QVERIFY2(!report.error, qPrintable(report.toText()));
        QCOMPARE(report.outcome, outcome);
        // The cancel was asked by the time the job ended, in every row.
        QVERIFY(stopRequested());
        const bool written = outcome == JobOutcome::Succeeded;
        if (direction == Direction::Backup) {
            QCOMPARE(QFileInfo::exists(backup), written);
        } else {
            QCOMPARE(fx.toolOpens(image, "later"), !written);
            QCOMPARE(keptCopies(fx).size(), written ? 1 : 0);
            if (!written)
                QCOMPARE(fx.luksDump(image), headerBefore);
        }
        QVERIFY(fx.toolOpens(image, "alpha"));
        const QList<QJsonObject> lines = auditLines(fx);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("action")).toString(),
                 direction == Direction::Backup ? QStringLiteral("volume.header-backup")
                                                : QStringLiteral("volume.header-restore"));
        QCOMPARE(lines.first().value(QStringLiteral("outcome")).toString(), audited);
        QCOMPARE(lines.first().value(QStringLiteral("target")).toString(),
                 QFileInfo(image).absoluteFilePath());
        if (written)
            QVERIFY(!lines.first()
                         .value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("uuid"))
                         .toString()
                         .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeaderBackupJob)
#include "TestHeaderBackupJob.moc"

// VolumeMappingJob, what `volume open|close|mount|unmount` and the Volumes page run: how it names
// itself, and how a request that cannot run ends, through the real job runner. The system bus is
// one without udisks2 (none in the build root), so as root the in-process path answers; that
// udisks2 itself does the work is TestUdisksClient's part.
#include "LuksFixtures.h"
#include "core/JobRunner.h"
#include "core/KernelFeatures.h"
#include "volumes/UdisksClient.h"
#include "volumes/VolumeMappingJob.h"

#include <QJsonDocument>
#include <QTest>
#include <QThreadPool>
#include <QtCrypto>
#include <unistd.h>

using namespace strongroom;
using Verb = VolumeMappingRequest::Verb;

namespace {
// A bus nobody listens on: no udisks2 whatever the machine runs.
QDBusConnection deadBus()
{
    return QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/strongroom-test-bus"),
                                         QStringLiteral("strongroom-dead-bus"));
}

VolumeMappingRequest request(Verb verb, const QString &image)
{
    VolumeMappingRequest r;
    r.verb = verb;
    r.image = image;
    return r;
}
} // namespace

class TestVolumeMappingJob : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;
    QString m_image;
    QThreadPool m_pool;

    JobReport run(VolumeMappingRequest request, const QByteArray &secret = {})
    {
        auto job =
            std::make_shared<VolumeMappingJob>(request, KeyMaterial(QCA::SecureArray(secret)), deadBus());
        return startDetached(job, &m_pool, {}, AuditLog(m_fx.path(QStringLiteral("audit.jsonl"))))
            ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_image = m_fx.cheapLuksFormat(QStringLiteral("v.img"), "pw");
        QVERIFY(QFileInfo(m_image).isFile());
    }

    void titlesSayWhatHappensToWhichImage()
    {
        QCOMPARE(VolumeMappingJob(request(Verb::Open, m_image)).title(), QStringLiteral("Open v.img"));
        QCOMPARE(VolumeMappingJob(request(Verb::Close, m_image)).title(), QStringLiteral("Close v.img"));
        QCOMPARE(VolumeMappingJob(request(Verb::Mount, m_image)).title(), QStringLiteral("Mount v.img"));
        QCOMPARE(VolumeMappingJob(request(Verb::Unmount, m_image)).title(), QStringLiteral("Unmount v.img"));
        // One step: once udisks (and polkit) is asked there is nothing to cancel into.
        QCOMPARE(VolumeMappingJob(request(Verb::Close, m_image)).steps().size(), 1);
    }

    void withoutUdisksANormalUserGetsExit7NamingThePackage()
    {
        UdisksClient udisks(deadBus());
        auto backend = chooseMappingBackend(udisks, false);
        QVERIFY(!backend.ok());
        QCOMPARE(backend.error().code, ExitCode::Environment);
        QVERIFY2(backend.error().message.contains(QStringLiteral("system bus")) &&
                     backend.error().message.contains(QStringLiteral("systemctl start dbus")),
                 qPrintable(backend.error().message));
        // Root goes on without udisks2, in this process.
        QCOMPARE(*chooseMappingBackend(udisks, true), MappingBackend::InProcess);
    }

    void suggestedMappingNamesAreOnesDmCryptTakes_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("/srv/pg.img") << QStringLiteral("strongroom-pg");
        QTest::newRow("spaces and brackets")
            << QStringLiteral("/home/ann/My Data (2).luks") << QStringLiteral("strongroom-My-Data--2-");
        QTest::newRow("non-ASCII") << QStringLiteral("/srv/Größe.img") << QStringLiteral("strongroom-Gr--e");
        QTest::newRow("no base name") << QStringLiteral("/srv/.img") << QStringLiteral("strongroom-volume");
        QTest::newRow("long") << QStringLiteral("/srv/%1.img").arg(QString(100, QLatin1Char('a')))
                              << QStringLiteral("strongroom-") + QString(53, QLatin1Char('a'));
    }
    void suggestedMappingNamesAreOnesDmCryptTakes()
    {
        QFETCH(QString, image);
        QFETCH(QString, expected);
        QCOMPARE(suggestedMappingName(image), expected);
    }

    void openingWithoutDeviceMapperFailsWithTheReasonAndNoKey()
    {
        if (::geteuid() != 0)
            QSKIP("not run: without udisks2 only root reaches the in-process path (this test is not root)");
        const JobReport report = run(request(Verb::Open, m_image), "a secret passphrase");
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QVERIFY(report.error);
        // Whatever the machine, the key is in neither the report nor its log.
        const QByteArray everything =
            report.toText().toUtf8() + QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(!everything.contains("a secret passphrase"));
        if (deviceMapperAvailable()) {
            qWarning("not run: this machine has device-mapper, so the in-process open went ahead (%s)",
                     qPrintable(report.error->message));
            return;
        }
        QCOMPARE(report.exitCode(), ExitCode::Environment);
        QCOMPARE(report.error->kindName(), QStringLiteral("no-device-mapper"));
        QCOMPARE(report.steps.size(), 1);
        QCOMPARE(report.steps.first().state, StepState::Failed);
        QVERIFY(report.data.isEmpty()); // nothing to audit as done
    }

    void aRequestTheInProcessPathRefusesFailsTheJob_data()
    {
        QTest::addColumn<int>("verb");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("mount without a folder")
            << int(Verb::Mount) << QString() << QStringLiteral("empty folder");
        QTest::newRow("bad mapping name")
            << int(Verb::Close) << QStringLiteral("no/slashes") << QStringLiteral("is not allowed");
        QTest::newRow("leading dash")
            << int(Verb::Unmount) << QStringLiteral("-x") << QStringLiteral("is not allowed");
    }
    void aRequestTheInProcessPathRefusesFailsTheJob()
    {
        if (::geteuid() != 0)
            QSKIP("not run: without udisks2 only root reaches the in-process path (this test is not root)");
        QFETCH(int, verb);
        QFETCH(QString, name);
        QFETCH(QString, says);
        VolumeMappingRequest named = request(Verb(verb), m_image);
        named.mappingName = name;
        const JobReport report = run(named);
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QCOMPARE(report.exitCode(), ExitCode::Usage);
        QVERIFY2(report.error->message.contains(says), qPrintable(report.error->message));
        QVERIFY(report.data.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestVolumeMappingJob test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVolumeMappingJob.moc"

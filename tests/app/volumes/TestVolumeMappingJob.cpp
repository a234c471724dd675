// VolumeMappingJob, the console's open/close/mount/unmount: how it names itself, and how a request
// that cannot run ends (no device-mapper, a request the helper would refuse), through the real job
// runner. The helper program given does not exist, so nothing privileged is ever started.
#include "LuksFixtures.h"
#include "core/JobRunner.h"
#include "core/KernelFeatures.h"
#include "volumes/VolumeMappingJob.h"

#include <QJsonDocument>
#include <QTest>
#include <QThreadPool>
#include <QtCrypto>

using namespace strongroom;

class TestVolumeMappingJob : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;
    QString m_image;
    QThreadPool m_pool;

    JobReport run(const helper::Request &request, const QByteArray &secret = {})
    {
        auto job = std::make_shared<VolumeMappingJob>(request, KeyMaterial(QCA::SecureArray(secret)),
                                                      m_fx.path(QStringLiteral("no-such-helper")));
        return startDetached(job, &m_pool)
            ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_image = m_fx.cheapLuksFormat(QStringLiteral("v.img"), "pw");
        QVERIFY(QFileInfo(m_image).isFile());
    }

    void titlesSayWhatIsMappedWhere()
    {
        const QString dir = m_fx.dir.path();
        QCOMPARE(VolumeMappingJob({QStringLiteral("open"), m_image, QStringLiteral("vault"), {}}).title(),
                 QStringLiteral("Open v.img as vault"));
        QCOMPARE(VolumeMappingJob({QStringLiteral("close"), {}, QStringLiteral("vault"), {}}).title(),
                 QStringLiteral("Close vault"));
        QCOMPARE(VolumeMappingJob({QStringLiteral("mount"), {}, QStringLiteral("vault"), dir}).title(),
                 QStringLiteral("Mount vault on %1").arg(dir));
        QCOMPARE(VolumeMappingJob({QStringLiteral("unmount"), {}, {}, dir}).title(),
                 QStringLiteral("Unmount %1").arg(dir));
        // One step: once pkexec runs there is nothing to cancel into.
        QCOMPARE(VolumeMappingJob({QStringLiteral("close"), {}, QStringLiteral("vault"), {}}).steps().size(),
                 1);
    }

    void withoutDeviceMapperTheJobFailsWithTheReason()
    {
        const JobReport report =
            run({QStringLiteral("open"), m_image, QStringLiteral("vault"), {}}, "a secret passphrase");
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QVERIFY(report.error);
        // Whatever the machine, the key is in neither the report nor its log.
        const QByteArray everything =
            report.toText().toUtf8() + QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(!everything.contains("a secret passphrase"));
        if (deviceMapperAvailable()) {
            // The request is good, so here it goes on to the (missing) program; see TestHelperClient.
            QVERIFY(report.error->kindName() != QLatin1String("no-device-mapper"));
            return;
        }
        QCOMPARE(report.exitCode(), ExitCode::Environment);
        QCOMPARE(report.error->kindName(), QStringLiteral("no-device-mapper"));
        QVERIFY(report.error->message.contains(QStringLiteral("device-mapper is not available")));
        QCOMPARE(report.steps.size(), 1);
        QCOMPARE(report.steps.first().state, StepState::Failed);
    }

    void aRequestTheHelperWouldRefuseFailsTheJob_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("relative image") << QStringLiteral("open") << QStringLiteral("v.img")
                                        << QStringLiteral("vault") << QStringLiteral("absolute path");
        QTest::newRow("bad name") << QStringLiteral("close") << QString() << QStringLiteral("no/slashes")
                                  << QStringLiteral("is not allowed");
    }
    void aRequestTheHelperWouldRefuseFailsTheJob()
    {
        QFETCH(QString, verb);
        QFETCH(QString, image);
        QFETCH(QString, name);
        QFETCH(QString, says);
        const JobReport report = run({verb, image, name, {}}, "pw");
        QCOMPARE(report.outcome, JobOutcome::Failed);
        QCOMPARE(report.exitCode(), ExitCode::Usage);
        QVERIFY2(report.error->message.contains(says), qPrintable(report.error->message));
        QVERIFY(report.data.isEmpty()); // nothing to audit as done
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

// volumes/HelperClient: what is refused before strongroom-helper (or pkexec) is started. The program
// handed to callHelper does not exist, so a request that got as far as starting it would fail with
// "Cannot start …" instead of the answers checked here.
#include "LuksFixtures.h"
#include "core/KernelFeatures.h"
#include "volumes/HelperClient.h"

#include <QTest>
#include <QtCrypto>
#include <unistd.h>

using namespace strongroom;

class TestHelperClient : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;
    QString m_image;
    QString m_missingProgram;

    static KeyMaterial key(const QByteArray &secret) { return KeyMaterial(QCA::SecureArray(secret)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_image = m_fx.cheapLuksFormat(QStringLiteral("v.img"), "pw");
        QVERIFY(QFileInfo(m_image).isFile());
        m_missingProgram = m_fx.path(QStringLiteral("no-such-helper"));
    }

    void withoutDeviceMapperEveryVerbStopsBeforeStartingAnything_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("open") << QStringLiteral("open");
        QTest::newRow("close") << QStringLiteral("close");
        QTest::newRow("mount") << QStringLiteral("mount");
        QTest::newRow("unmount") << QStringLiteral("unmount");
    }
    void withoutDeviceMapperEveryVerbStopsBeforeStartingAnything()
    {
        QFETCH(QString, verb);
        const helper::Request request{verb, verb == QLatin1String("open") ? m_image : QString(),
                                      verb == QLatin1String("unmount") ? QString() : QStringLiteral("vault"),
                                      verb.endsWith(QLatin1String("mount")) ? m_fx.dir.path() : QString()};
        QVERIFY(helper::validate(request).ok()); // a good request: only device-mapper can stop it
        const KeyMaterial pw = key("pw");
        const auto answer = helper::callHelper(request, &pw, m_missingProgram);
        QVERIFY(!answer.ok());
        const Error &error = answer.error();
        if (deviceMapperAvailable()) {
            // Here the request goes on to the program: as root it is started directly (and is
            // missing); as a user pkexec would be asked, which a test must not do.
            if (::geteuid() == 0)
                QVERIFY2(error.message.contains(QStringLiteral("Cannot start")), qPrintable(error.message));
            return;
        }
        QCOMPARE(error.code, ExitCode::Environment);
        QCOMPARE(error.kindName(), QStringLiteral("no-device-mapper"));
        QVERIFY(error.message.contains(QStringLiteral("/dev/mapper/control")));
        QVERIFY(
            error.message.contains(QStringLiteral("cannot be opened, mounted, unmounted or closed here")));
    }

    void invalidRequestsAreRefusedByValidation_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mountpoint");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown verb")
            << QStringLiteral("format") << QString() << QStringLiteral("x") << QString()
            << int(ExitCode::Usage) << QStringLiteral("Unknown helper verb");
        QTest::newRow("relative image")
            << QStringLiteral("open") << QStringLiteral("v.img") << QStringLiteral("vault") << QString()
            << int(ExitCode::Usage) << QStringLiteral("absolute path");
        QTest::newRow("dot-dot image")
            << QStringLiteral("open") << QStringLiteral("/tmp/../etc/shadow") << QStringLiteral("vault")
            << QString() << int(ExitCode::Usage) << QStringLiteral("absolute path");
        QTest::newRow("bad name") << QStringLiteral("close") << QString() << QStringLiteral("../control")
                                  << QString() << int(ExitCode::Usage) << QStringLiteral("is not allowed");
        QTest::newRow("empty name") << QStringLiteral("mount") << QString() << QString()
                                    << QStringLiteral("/tmp") << int(ExitCode::Usage)
                                    << QStringLiteral("is not allowed");
        QTest::newRow("missing mount point")
            << QStringLiteral("unmount") << QString() << QString() << QStringLiteral("/no/such/folder")
            << int(ExitCode::Failure) << QStringLiteral("existing folder");
    }
    void invalidRequestsAreRefusedByValidation()
    {
        QFETCH(QString, verb);
        QFETCH(QString, image);
        QFETCH(QString, name);
        QFETCH(QString, mountpoint);
        QFETCH(int, code);
        QFETCH(QString, says);
        const helper::Request request{verb, image, name, mountpoint};
        const KeyMaterial pw = key("pw");
        const auto answer = helper::callHelper(request, &pw, m_missingProgram);
        QVERIFY(!answer.ok());
        // Refused by validation on every machine, with or without device-mapper.
        QCOMPARE(int(answer.error().code), code);
        QVERIFY2(answer.error().message.contains(says), qPrintable(answer.error().message));
        QCOMPARE(answer.error().message, helper::validate(request).error().message);
    }

    void openNeedsAKeyWithoutLineBreaks()
    {
        const helper::Request request{QStringLiteral("open"), m_image, QStringLiteral("vault"), {}};
        const auto none = helper::callHelper(request, nullptr, m_missingProgram);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ExitCode::Usage);
        QVERIFY(none.error().message.contains(QStringLiteral("needs its key")));

        // What follows a line break would reach the helper as a request of its own.
        const KeyMaterial twoLines = key("pw\n{\"verb\":\"close\",\"name\":\"other\"}");
        const auto refused = helper::callHelper(request, &twoLines, m_missingProgram);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ExitCode::Usage);
        QVERIFY(refused.error().message.contains(QStringLiteral("line break")));
        QVERIFY(!refused.error().message.contains(QStringLiteral("other")));
    }

    void theHelperIsLookedForBesideTheProgramFirst()
    {
        // Tests are built beside strongroom-helper, as the CLI and the console are.
        QCOMPARE(helper::helperProgram(),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/strongroom-helper"));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestHelperClient test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHelperClient.moc"

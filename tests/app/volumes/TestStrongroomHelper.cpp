// strongroom-helper's contract (JSON lines, allowlist, path validation, passphrase on its own line)
// and `volume open/close/mount/unmount` where device-mapper is missing.
#include "LuksFixtures.h"
#include "core/KernelFeatures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestStrongroomHelper : public QObject
{
    Q_OBJECT

    static QList<QJsonObject> talk(const QByteArray &input)
    {
        QProcess p;
        p.start(strongroomBinary(QStringLiteral("strongroom-helper")), {});
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        QList<QJsonObject> answers;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                answers.append(QJsonDocument::fromJson(line).object());
        return answers;
    }
    static int code(const QJsonObject &answer)
    {
        return answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
    }

private Q_SLOTS:
    void requestsOutsideTheAllowlistOrWithBadPathsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("expected");
        QTest::newRow("unknown verb") << QByteArray(R"({"verb":"format","image":"/tmp/x","name":"x"})") << 2;
        QTest::newRow("not json") << QByteArray("open /dev/sda") << 2;
        QTest::newRow("relative image") << QByteArray(R"({"verb":"open","image":"x.img","name":"x"})") << 2;
        QTest::newRow("dot-dot image")
            << QByteArray(R"({"verb":"open","image":"/tmp/../etc/shadow","name":"x"})") << 2;
        QTest::newRow("bad mapping name") << QByteArray(R"({"verb":"close","name":"../control"})") << 2;
        QTest::newRow("mount point missing")
            << QByteArray(R"({"verb":"unmount","mountpoint":"/no/such/folder"})") << 1;
    }
    void requestsOutsideTheAllowlistOrWithBadPathsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, expected);
        const QList<QJsonObject> answers = talk(request + "\nsecret-line-if-open\n");
        QVERIFY(!answers.isEmpty());
        QCOMPARE(answers.first().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(code(answers.first()), expected);
    }

    void withoutDeviceMapperOpenSaysSoAndConsumesThePassphrase()
    {
        if (strongroom::deviceMapperAvailable())
            QSKIP("this machine has device-mapper; the exit-7 path is for machines without it");
        LuksFixtures fx;
        const QString image =
            fx.cheapLuksFormat(QStringLiteral("v.img"), "pw");
        const QByteArray open = QJsonDocument(QJsonObject{{QStringLiteral("verb"), QStringLiteral("open")},
                                                          {QStringLiteral("image"), image},
                                                          {QStringLiteral("name"), QStringLiteral("vault")}})
                                    .toJson(QJsonDocument::Compact);
        // Two requests: the passphrase line of the first must not be read as the second request.
        const QList<QJsonObject> answers =
            talk(open + "\npw\n" + R"({"verb":"close","name":"vault"})" + "\n");
        QCOMPARE(answers.size(), 2);
        QCOMPARE(code(answers[0]), 7);
        QVERIFY(answers[0]
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("device-mapper")));
        QCOMPARE(code(answers[1]), 7);
    }

    void cliMappingVerbsExitSevenWithoutDeviceMapper_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("open") << QStringList{QStringLiteral("open"), QStringLiteral("IMAGE"),
                                             QStringLiteral("vault")};
        QTest::newRow("close") << QStringList{QStringLiteral("close"), QStringLiteral("vault")};
        QTest::newRow("mount") << QStringList{QStringLiteral("mount"), QStringLiteral("vault"),
                                              QStringLiteral("DIR")};
        QTest::newRow("unmount") << QStringList{QStringLiteral("unmount"), QStringLiteral("DIR")};
    }
    void cliMappingVerbsExitSevenWithoutDeviceMapper()
    {
        if (strongroom::deviceMapperAvailable())
            QSKIP("this machine has device-mapper; the exit-7 path is for machines without it");
        QFETCH(QStringList, args);
        LuksFixtures fx;
        const QString image =
            fx.cheapLuksFormat(QStringLiteral("v.img"), "pw");
        args.replaceInStrings(QStringLiteral("IMAGE"), image)
            .replaceInStrings(QStringLiteral("DIR"), fx.dir.path());
        // Only `open` reads a key; the other verbs take no key options at all.
        const QStringList cliArgs =
            QStringList{QStringLiteral("volume")} + args + QStringList{QStringLiteral("--json")};
        const CliRun run =
            args.first() == QLatin1String("open") ? fx.cliWithKey(cliArgs, "pw") : fx.cli(cliArgs);
        QCOMPARE(run.exitCode, 7);
        const QJsonObject error = jsonOf(run).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("no-device-mapper"));
        QVERIFY(error.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("/dev/mapper/control")));
    }
};

QTEST_GUILESS_MAIN(TestStrongroomHelper)
#include "TestStrongroomHelper.moc"

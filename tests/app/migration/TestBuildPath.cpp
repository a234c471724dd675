// How a migration chooses its build (chooseBuildPath): mapped only where the volume can be opened
// (device-mapper, and udisks2 or root) and, for a normal user, every entry is the user's; the
// user-space build everywhere else, with the reason; --build mapped where it cannot run: exit 7 with
// the reason; --build user-space always. Plus this machine's own facts, printed.
#include "migration/BuildPath.h"

#include <QTest>

using namespace strongroom;
using namespace strongroom::migration;

Q_DECLARE_METATYPE(BuildPathPreference)
Q_DECLARE_METATYPE(BuildPath)

class TestBuildPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesByWhatTheMachineAllows_data()
    {
        QTest::addColumn<BuildPathPreference>("preference");
        QTest::addColumn<bool>("deviceMapper");
        QTest::addColumn<bool>("udisks");
        QTest::addColumn<bool>("root");
        QTest::addColumn<int>("foreign");
        QTest::addColumn<int>("exitCode"); // 0: chosen
        QTest::addColumn<BuildPath>("path");
        QTest::addColumn<QString>("reasonMentions");
        using P = BuildPathPreference;
        QTest::newRow("auto, no device-mapper: user-space")
            << P::Automatic << false << true << true << 0 << 0 << BuildPath::UserSpace
            << QStringLiteral("device-mapper");
        QTest::newRow("auto, udisks2 as a user: mapped") << P::Automatic << true << true << false << 0 << 0
                                                         << BuildPath::Mapped << QStringLiteral("udisks2");
        QTest::newRow("auto, root without udisks2: mapped")
            << P::Automatic << true << false << true << 3 << 0 << BuildPath::Mapped << QStringLiteral("root");
        QTest::newRow("auto, a user without udisks2: user-space")
            << P::Automatic << true << false << false << 0 << 0 << BuildPath::UserSpace
            << QStringLiteral("not running");
        QTest::newRow("auto, a user, others' files: user-space")
            << P::Automatic << true << true << false << 2 << 0 << BuildPath::UserSpace
            << QStringLiteral("other users");
        QTest::newRow("mapped without device-mapper: exit 7")
            << P::Mapped << false << true << true << 0 << 7 << BuildPath::UserSpace
            << QStringLiteral("device-mapper");
        QTest::newRow("mapped, a user with others' files: exit 7")
            << P::Mapped << true << true << false << 1 << 7 << BuildPath::UserSpace
            << QStringLiteral("other users");
        QTest::newRow("mapped where it can run: mapped")
            << P::Mapped << true << true << false << 0 << 0 << BuildPath::Mapped << QStringLiteral("udisks2");
        QTest::newRow("user-space asked for: user-space")
            << P::UserSpace << true << true << true << 0 << 0 << BuildPath::UserSpace
            << QStringLiteral("--build user-space");
    }

    void choosesByWhatTheMachineAllows()
    {
        QFETCH(BuildPathPreference, preference);
        QFETCH(bool, deviceMapper);
        QFETCH(bool, udisks);
        QFETCH(bool, root);
        QFETCH(int, foreign);
        QFETCH(int, exitCode);
        QFETCH(BuildPath, path);
        QFETCH(QString, reasonMentions);
        BuildPathFacts facts;
        facts.deviceMapper = deviceMapper;
        facts.udisks = udisks;
        facts.udisksProblem = udisks ? QString() : QStringLiteral("udisks2 is not running on this machine");
        facts.root = root;
        facts.foreignEntries = foreign;
        facts.firstForeign = foreign > 0 ? QByteArray("base/1") : QByteArray();
        const auto choice = chooseBuildPath(preference, facts);
        if (exitCode != 0) {
            QVERIFY(!choice);
            QCOMPARE(int(choice.error().code), exitCode);
            QVERIFY2(choice.error().message.contains(reasonMentions), qPrintable(choice.error().message));
            return;
        }
        QVERIFY2(choice, qPrintable(choice.error().message));
        QCOMPARE(choice->path, path);
        QVERIFY2(choice->reason.contains(reasonMentions), qPrintable(choice->reason));
    }

    void namesRoundTrip()
    {
        for (const BuildPath path : {BuildPath::Mapped, BuildPath::UserSpace})
            QVERIFY(buildPathFromName(buildPathName(path)) == path);
        QVERIFY(buildPathPreferenceFromName(QStringLiteral("auto")) == BuildPathPreference::Automatic);
        QVERIFY(!buildPathPreferenceFromName(QStringLiteral("loop")));
    }

    void thisMachine()
    {
        const BuildPathFacts facts = probeBuildPathFacts({});
        const auto choice = chooseBuildPath(BuildPathPreference::Automatic, facts);
        QVERIFY(choice);
        qInfo("Here: device-mapper %s, udisks2 %s, root %s: %s build (%s)", facts.deviceMapper ? "yes" : "no",
              facts.udisks ? "yes" : "no", facts.root ? "yes" : "no", qPrintable(buildPathName(choice->path)),
              qPrintable(choice->reason));
        if (!facts.deviceMapper)
            QCOMPARE(choice->path, BuildPath::UserSpace);
    }
};

QTEST_GUILESS_MAIN(TestBuildPath)
#include "TestBuildPath.moc"

#include "schedule/SystemdUnits.h"

#include <QTest>

using namespace strongroom;

// The unit text: --daily and --weekly become the calendar expressions systemd reads; a path with a
// space, a % or a $ reaches the service as it is (quoted, specifiers doubled); no key delivery means
// no credential line and no --key-file; a sealed key is LoadCredentialEncrypted= with its file.
class TestSystemdUnits : public QObject
{
    Q_OBJECT

private slots:
    void times_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("calendar"); // empty: refused
        QTest::newRow("daily") << QString() << QStringLiteral("02:30") << QStringLiteral("*-*-* 02:30:00");
        QTest::newRow("daily one digit hour")
            << QString() << QStringLiteral("7:05") << QStringLiteral("*-*-* 07:05:00");
        QTest::newRow("daily 24:00") << QString() << QStringLiteral("24:00") << QString();
        QTest::newRow("daily no minutes") << QString() << QStringLiteral("3") << QString();
        QTest::newRow("weekly sunday")
            << QStringLiteral("Sunday") << QStringLiteral("04:00") << QStringLiteral("Sun *-*-* 04:00:00");
        QTest::newRow("weekly mon") << QStringLiteral("mon") << QStringLiteral("23:59")
                                    << QStringLiteral("Mon *-*-* 23:59:00");
        QTest::newRow("weekly no day") << QStringLiteral("Caturday") << QStringLiteral("04:00") << QString();
    }

    void times()
    {
        QFETCH(QString, day);
        QFETCH(QString, time);
        QFETCH(QString, calendar);
        const std::optional<ScheduleTime> parsed = day.isEmpty() ? dailyAt(time) : weeklyAt(day, time);
        QCOMPARE(parsed ? parsed->calendar : QString(), calendar);
        if (parsed)
            QCOMPARE(parsed->intervalSeconds, day.isEmpty() ? 86400 : 7 * 86400);
    }

    void execArgumentsSurviveSystemdsParsing()
    {
        QCOMPARE(systemdunits::execArgument(QStringLiteral("/usr/bin/strongroom-cli")),
                 QStringLiteral("/usr/bin/strongroom-cli"));
        QCOMPARE(systemdunits::execArgument(QStringLiteral("/opt/my tools/cli")),
                 QStringLiteral("\"/opt/my tools/cli\""));
        QCOMPARE(systemdunits::execArgument(QStringLiteral("/a%b$c")), QStringLiteral("\"/a%%b$$c\""));
    }

    void serviceNamesOnlyWhereTheKeyIs()
    {
        Schedule s;
        s.name = QStringLiteral("nightly");
        s.target = QStringLiteral("/srv/100% shop.db");
        s.calendar = QStringLiteral("*-*-* 02:30:00");
        systemdunits::ServiceInputs inputs{QStringLiteral("/usr/bin/strongroom-cli"),
                                           QStringLiteral("/home/a b/.local/share"),
                                           QStringLiteral("/var/lib/strongroom/nightly.cred")};
        QString text = systemdunits::serviceText(s, inputs);
        QVERIFY(!text.contains(QStringLiteral("Credential")));
        QVERIFY(text.contains(QStringLiteral("\nExecStart=/usr/bin/strongroom-cli schedule exec nightly\n")));
        QVERIFY(text.contains(QStringLiteral("Description=Strongroom backup of /srv/100%% shop.db")));
        QVERIFY(text.contains(QStringLiteral("\nEnvironment=\"XDG_DATA_HOME=/home/a b/.local/share\"\n")));
        s.keyDelivery = Schedule::KeyDelivery::Credential;
        text = systemdunits::serviceText(s, inputs);
        QVERIFY(text.contains(QStringLiteral(
            "\nLoadCredentialEncrypted=strongroom-nightly.key:/var/lib/strongroom/nightly.cred\n")));
        QVERIFY(
            text.contains(QStringLiteral(" schedule exec nightly --key-file %d/strongroom-nightly.key\n")));
        QVERIFY(text.contains(QStringLiteral("\nOnFailure=strongroom-failure@%n.service\n")));
        const QString timer = systemdunits::timerText(s);
        QVERIFY(timer.contains(QStringLiteral("\nOnCalendar=*-*-* 02:30:00\nPersistent=true\n")));
        QVERIFY(timer.contains(QStringLiteral("\nWantedBy=timers.target\n")));
    }
};

QTEST_GUILESS_MAIN(TestSystemdUnits)
#include "TestSystemdUnits.moc"

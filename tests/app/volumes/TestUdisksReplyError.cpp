#include "volumes/UdisksReplyError.h"

#include <QTest>

using namespace strongroom;

// Every error reply udisks2 (or the bus on its behalf) gives maps to one exit code, and the replies
// that mean "the user stopped it" are a cancel, not a failure. The replies are the D-Bus error names
// udisks2 2.10 and dbus-daemon send (udisks's udisksdaemonutil.c, the D-Bus specification).
class TestUdisksReplyError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachReplyHasItsMeaning_data()
    {
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::newRow("polkit dialog dismissed")
            << QStringLiteral("org.freedesktop.UDisks2.Error.NotAuthorizedDismissed") << true
            << int(ExitCode::Cancelled) << QStringLiteral("cancelled");
        QTest::newRow("udisks cancelled the call")
            << QStringLiteral("org.freedesktop.UDisks2.Error.Cancelled") << true << int(ExitCode::Cancelled)
            << QStringLiteral("cancelled");
        QTest::newRow("polkit refused")
            << QStringLiteral("org.freedesktop.UDisks2.Error.NotAuthorized") << false
            << int(ExitCode::Failure) << QStringLiteral("not-authorized");
        QTest::newRow("polkit could ask, no agent")
            << QStringLiteral("org.freedesktop.UDisks2.Error.NotAuthorizedCanObtain") << false
            << int(ExitCode::Failure) << QStringLiteral("not-authorized");
        QTest::newRow("no udisks2 on the bus")
            << QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown") << false
            << int(ExitCode::Environment) << QStringLiteral("no-udisks");
        QTest::newRow("udisks2 did not answer")
            << QStringLiteral("org.freedesktop.DBus.Error.NoReply") << false << int(ExitCode::Environment)
            << QStringLiteral("no-udisks");
        QTest::newRow("device busy") << QStringLiteral("org.freedesktop.UDisks2.Error.DeviceBusy") << false
                                     << int(ExitCode::Busy) << QString();
        QTest::newRow("anything else") << QStringLiteral("org.freedesktop.UDisks2.Error.Failed") << false
                                       << int(ExitCode::Failure) << QString();
    }

    void eachReplyHasItsMeaning()
    {
        QFETCH(QString, errorName);
        QFETCH(bool, cancelled);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        const QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.UDisks2"),
            QStringLiteral("/org/freedesktop/UDisks2/block_devices/loop0"),
            QStringLiteral("org.freedesktop.UDisks2.Filesystem"), QStringLiteral("Mount"));
        const QDBusMessage reply = call.createErrorReply(errorName, QStringLiteral("the reason udisks gave"));
        const Status status = udisksReplyError(reply, QStringLiteral("Mounting /dev/loop0"));
        QVERIFY(!status.ok());
        QCOMPARE(status.cancelled(), cancelled);
        QCOMPARE(int(status.error().code), exitCode);
        if (!kind.isEmpty())
            QCOMPARE(status.error().kindName(), kind);
        // The message says which call and what udisks said, whatever it means.
        QVERIFY2(status.error().message.contains(QLatin1String("Mounting /dev/loop0")),
                 qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(QLatin1String("the reason udisks gave")),
                 qPrintable(status.error().message));
    }
};

QTEST_GUILESS_MAIN(TestUdisksReplyError)
#include "TestUdisksReplyError.moc"

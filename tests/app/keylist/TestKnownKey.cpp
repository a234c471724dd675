#include "keylist/KnownKey.h"

#include <QTest>

using namespace strongroom;

// Age and rotation: whole days since the key was made; due only after more days than the rotation
// period; an unknown date is never due. The due date is the created date plus the period.
class TestKnownKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A key's own period (key set-rotation) decides instead of the global one; a replaced key is
    // never due.
    void aKeysOwnPeriodOverridesTheGlobalOneAndAReplacedKeyIsNotDue()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), QTimeZone::UTC);
        KnownKey key;
        key.created = now.addDays(-40);
        QVERIFY(!key.isDue(now, 180));
        key.ownRotationDays = 30;
        QVERIFY(key.isDue(now, 180));
        QCOMPARE(key.rotationDays(180), 30);
        QCOMPARE(key.dueDate(180), key.created.date().addDays(30));
        QCOMPARE(key.toJson(now, 180).value(QStringLiteral("rotationDays")).toInt(), 30);
        QVERIFY(key.toJson(now, 180).value(QStringLiteral("ownRotation")).toBool());
        key.replacedBy = QStringLiteral("v2-000000000001");
        QVERIFY(!key.isDue(now, 180));
        QCOMPARE(key.toJson(now, 180).value(QStringLiteral("replacedBy")).toString(), key.replacedBy);
    }

    void aKeyIsDueOnlyAfterTheRotationPeriod_data()
    {
        QTest::addColumn<int>("daysOld");
        QTest::addColumn<int>("rotationDays");
        QTest::addColumn<bool>("due");
        QTest::newRow("new") << 0 << 180 << false;
        QTest::newRow("on the last day") << 180 << 180 << false;
        QTest::newRow("one day over") << 181 << 180 << true;
        QTest::newRow("short period") << 31 << 30 << true;
        QTest::newRow("long period") << 200 << 365 << false;
    }
    void aKeyIsDueOnlyAfterTheRotationPeriod()
    {
        QFETCH(int, daysOld);
        QFETCH(int, rotationDays);
        QFETCH(bool, due);
        const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), QTimeZone::UTC);
        KnownKey key;
        key.created = now.addDays(-daysOld);
        QCOMPARE(key.ageDays(now), daysOld);
        QCOMPARE(key.isDue(now, rotationDays), due);
        QCOMPARE(key.dueDate(rotationDays), key.created.date().addDays(rotationDays));
        const QJsonObject json = key.toJson(now, rotationDays);
        QCOMPARE(json.value(QStringLiteral("due")).toBool(), due);
        QCOMPARE(json.value(QStringLiteral("ageDays")).toInt(), daysOld);
    }

    void aKeyWithoutADateIsNeverDue()
    {
        const KnownKey key;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(key.ageDays(now), 0);
        QVERIFY(!key.isDue(now, 1));
        QVERIFY(key.toJson(now, 1).value(QStringLiteral("created")).toString().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestKnownKey)
#include "TestKnownKey.moc"

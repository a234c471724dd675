#include "core/Age.h"

#include <QTest>

using namespace strongroom;

// The boundaries of each unit, and a clock that went backwards.
class TestAge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ageIsRoundedDownInTheLargestUnitThatFits_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << QStringLiteral("0 min");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("0 min");
        QTest::newRow("59 min 59 s") << qint64(3599) << QStringLiteral("59 min");
        QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 h");
        QTest::newRow("47 h 59 min") << qint64(2 * 86400 - 60) << QStringLiteral("47 h");
        QTest::newRow("2 d") << qint64(2 * 86400) << QStringLiteral("2 d");
        QTest::newRow("400 d") << qint64(400 * 86400 + 7) << QStringLiteral("400 d");
        QTest::newRow("in the future") << qint64(-300) << QStringLiteral("0 min");
    }
    void ageIsRoundedDownInTheLargestUnitThatFits()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 12, 3), QTime(14, 0), QTimeZone::UTC);
        QCOMPARE(Age::between(now.addSecs(-seconds), now).englishText(), text);
    }
};

QTEST_GUILESS_MAIN(TestAge)
#include "TestAge.moc"

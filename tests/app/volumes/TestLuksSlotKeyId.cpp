#include "volumes/LuksSlotKeyId.h"

#include <QJsonObject>
#include <QTest>

using namespace strongroom;

// The id of a LUKS slot's key from the audit log's lines (as KeySlotJob writes them): the first
// form without a change, the newest change's new id after one (lines read in time order, whatever
// their order in the list), the first form again after an add-key into a freed slot; lines of other
// images, other slots and runs that did not succeed say nothing; a line of the old form (old and new
// id the same) keeps the first id.
class TestLuksSlotKeyId : public QObject
{
    Q_OBJECT

    static QJsonObject line(const QString &action, const QString &time, int slot, const QString &oldId = {},
                            const QString &newId = {},
                            const QString &image = QStringLiteral("/srv/vault.img"),
                            const QString &outcome = QStringLiteral("succeeded"))
    {
        QJsonObject details{{QStringLiteral("slot"), slot}};
        if (!newId.isEmpty()) {
            details.insert(QStringLiteral("old_key_id"), oldId);
            details.insert(QStringLiteral("new_key_id"), newId);
        }
        return {{QStringLiteral("action"), action},
                {QStringLiteral("time"), time},
                {QStringLiteral("target"), image},
                {QStringLiteral("outcome"), outcome},
                {QStringLiteral("details"), details}};
    }

private Q_SLOTS:
    void theIdsAreTheSlotsAndTheChangesStamp()
    {
        QCOMPARE(luksslotkeyid::firstKeyId(QStringLiteral("0123456789abcdef"), 2),
                 QStringLiteral("luks-01234567-slot2"));
        QCOMPARE(luksslotkeyid::changedKeyId(
                     QStringLiteral("0123456789abcdef"), 2,
                     QDateTime::fromString(QStringLiteral("2026-12-05T06:12:00.123Z"), Qt::ISODateWithMs)),
                 QStringLiteral("luks-01234567-slot2-20261205T061200123Z"));
    }

    void theCurrentIdFollowsTheSlotsHistory_data()
    {
        const QString first = QStringLiteral("luks-01234567-slot0");
        const QString second = first + QStringLiteral("-20261201T000000000Z");
        const QString third = first + QStringLiteral("-20261202T000000000Z");
        const QString change = QStringLiteral("volume.change-key");
        const QString add = QStringLiteral("volume.add-key");
        QTest::addColumn<QList<QJsonObject>>("lines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no line: the first id") << QList<QJsonObject>{} << first;
        QTest::newRow("one change: its new id")
            << QList<QJsonObject>{line(change, QStringLiteral("2026-12-01T00:00:00.000Z"), 0, first, second)}
            << second;
        QTest::newRow("two changes, listed out of order: the newest")
            << QList<QJsonObject>{line(change, QStringLiteral("2026-12-02T00:00:00.000Z"), 0, second, third),
                                  line(change, QStringLiteral("2026-12-01T00:00:00.000Z"), 0, first, second)}
            << third;
        QTest::newRow("an add-key after the change: the first id again")
            << QList<QJsonObject>{line(change, QStringLiteral("2026-12-01T00:00:00.000Z"), 0, first, second),
                                  line(add, QStringLiteral("2026-12-03T00:00:00.000Z"), 0)}
            << first;
        QTest::newRow("another image, another slot, a failed change: nothing")
            << QList<QJsonObject>{line(change, QStringLiteral("2026-12-01T00:00:00.000Z"), 0, first, second,
                                       QStringLiteral("/srv/other.img")),
                                  line(change, QStringLiteral("2026-12-01T00:00:00.000Z"), 1, first, second),
                                  line(change, QStringLiteral("2026-12-01T00:00:00.000Z"), 0, first, second,
                                       QStringLiteral("/srv/vault.img"), QStringLiteral("failed"))}
            << first;
        QTest::newRow("a line of the old form keeps the first id")
            << QList<QJsonObject>{line(change, QStringLiteral("2026-12-01T00:00:00.000Z"), 0, first, first)}
            << first;
    }
    void theCurrentIdFollowsTheSlotsHistory()
    {
        QFETCH(QList<QJsonObject>, lines);
        QFETCH(QString, expected);
        const QList<luksslotkeyid::SlotEvent> history =
            luksslotkeyid::slotHistory(lines, QStringLiteral("/srv/vault.img"), 0);
        QCOMPARE(luksslotkeyid::currentKeyId(history, QStringLiteral("0123456789abcdef"), 0), expected);
        for (qsizetype i = 1; i < history.size(); ++i)
            QVERIFY(history.at(i - 1).time <= history.at(i).time);
    }
};

QTEST_GUILESS_MAIN(TestLuksSlotKeyId)
#include "TestLuksSlotKeyId.moc"

// Slot names, Strongroom's labels for LUKS2 key slots ("operational", "recovery"), kept in tokens of
// type "strongroom-slot" bound to the slot. On images made by the cryptsetup tool: a name is read
// back by a fresh context and seen by the tool as a token bound to its slot; renaming keeps one
// token per slot; clearing removes only that slot's name; LUKS1 (no tokens) refuses with exit 6.
#include "LuksFixtures.h"
#include "volumes/CryptDevice.h"
#include "volumes/SlotNames.h"

#include <QRegularExpression>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

class TestSlotNames : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;
    int m_images = 0;

    QString luks2WithTwoSlots()
    {
        const QString image =
            m_fx.cheapLuksFormat(QStringLiteral("n%1.img").arg(++m_images), QByteArrayLiteral("zero"));
        if (!m_fx.addKeyWithTool(image, "zero", "one",
                                 {QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                                  QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")}))
            return {};
        return image;
    }

    static std::unique_ptr<CryptDevice> load(const QString &image)
    {
        auto device = CryptDevice::load(image);
        if (!device) {
            qWarning("%s", qPrintable(device.error().message));
            return nullptr;
        }
        return std::move(device.value());
    }

    // How many tokens of Strongroom's type the cryptsetup tool lists.
    int toolTokenCount(const QString &image) { return int(m_fx.luksDump(image).count(": strongroom-slot")); }

private Q_SLOTS:
    void aNameIsReadBackAndTheToolSeesItBoundToTheSlot()
    {
        const QString image = luks2WithTwoSlots();
        QVERIFY(!image.isEmpty());
        {
            auto device = load(image);
            QVERIFY(device);
            QVERIFY(slotNames(*device).isEmpty());
            const Status named = setSlotName(*device, 1, QStringLiteral("recovery"));
            QVERIFY2(named.ok(), qPrintable(named.error().message));
        }
        auto again = load(image);
        QVERIFY(again);
        QCOMPARE(slotNames(*again), (QMap<int, QString>{{1, QStringLiteral("recovery")}}));
        const QByteArray dump = m_fx.luksDump(image);
        QCOMPARE(toolTokenCount(image), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("\\n\\s+\\d+: strongroom-slot\\n\\s+Keyslot:\\s+1\\n"))
                     .match(QString::fromUtf8(dump))
                     .hasMatch(),
                 dump.constData());
        // The key still opens its slot: naming touched only the token area.
        QVERIFY(m_fx.toolOpens(image, "one", 1));
    }

    void renamingKeepsOneTokenPerSlot()
    {
        const QString image = luks2WithTwoSlots();
        auto device = load(image);
        QVERIFY(device);
        QVERIFY(setSlotName(*device, 0, QStringLiteral("operational")).ok());
        QVERIFY(setSlotName(*device, 1, QStringLiteral("recovery")).ok());
        QVERIFY(setSlotName(*device, 1, QStringLiteral("safe at the bank")).ok());
        QCOMPARE(slotNames(*device), (QMap<int, QString>{{0, QStringLiteral("operational")},
                                                         {1, QStringLiteral("safe at the bank")}}));
        QCOMPARE(toolTokenCount(image), 2);
    }

    void clearingRemovesOnlyThatSlotsName()
    {
        const QString image = luks2WithTwoSlots();
        auto device = load(image);
        QVERIFY(device);
        QVERIFY(setSlotName(*device, 0, QStringLiteral("operational")).ok());
        QVERIFY(setSlotName(*device, 1, QStringLiteral("recovery")).ok());
        QVERIFY(clearSlotName(*device, 1).ok());
        QCOMPARE(slotNames(*device), (QMap<int, QString>{{0, QStringLiteral("operational")}}));
        QCOMPARE(toolTokenCount(image), 1);
        // An empty name is the same as clearing it; clearing an unnamed slot is no error.
        QVERIFY(setSlotName(*device, 0, {}).ok());
        QVERIFY(clearSlotName(*device, 5).ok());
        QVERIFY(slotNames(*device).isEmpty());
        QCOMPARE(toolTokenCount(image), 0);
    }

    void namesKeepEveryCharacter()
    {
        const QString image = luks2WithTwoSlots();
        auto device = load(image);
        QVERIFY(device);
        const QString name = QStringLiteral("Schlüssel \"Tresor\" 鍵 / \\ {json}");
        QVERIFY(setSlotName(*device, 0, name).ok());
        auto again = load(image);
        QVERIFY(again);
        QCOMPARE(slotNames(*again).value(0), name);
    }

    void luks1CannotNameSlots()
    {
        const QString image =
            m_fx.luksFormat(QStringLiteral("luks1.img"),
                            {QStringLiteral("--type"), QStringLiteral("luks1"),
                             QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")},
                            "zero");
        auto device = load(image);
        QVERIFY(device);
        QVERIFY(!device->isLuks2());
        const QByteArray before = m_fx.luksDump(image);
        const Status named = setSlotName(*device, 0, QStringLiteral("operational"));
        QVERIFY(!named.ok());
        QCOMPARE(named.error().code, ExitCode::Unsupported);
        QVERIFY2(named.error().message.contains(QStringLiteral("LUKS1")), qPrintable(named.error().message));
        QVERIFY(slotNames(*device).isEmpty());
        QCOMPARE(m_fx.luksDump(image), before);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestSlotNames test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSlotNames.moc"

// keyslots, the key-slot operations behind `volume add-key|change-key|remove-key|retune|test-key` and
// the key-slot dialogs, on real LUKS2 images made by the cryptsetup tool; every outcome is checked
// with the cryptsetup tool too. Proven: the guard that never removes the last slot nor a slot
// without a different key proving another one, the slot numbers and names each operation keeps,
// and the exit codes of a wrong key, a busy slot and an empty one.
#include "LuksFixtures.h"
#include "volumes/CryptDevice.h"
#include "volumes/KeySlots.h"
#include "volumes/SlotNames.h"

#include <QRegularExpression>
#include <QTest>
#include <QtCrypto>
#include <libcryptsetup.h>

using namespace strongroom;

namespace {
KeyMaterial key(const QByteArray &secret)
{
    return KeyMaterial(QCA::SecureArray(secret));
}

const QStringList kCheapSlot{QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                             QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")};

// The PBKDF2 iterations of `slot` as the cryptsetup tool reports them.
int toolIterations(LuksFixtures &fx, const QString &image, int slot)
{
    const QString dump = QString::fromUtf8(fx.luksDump(image));
    const QRegularExpression re(
        QStringLiteral("\\n\\s+%1: luks2\\n(?:.*\\n)*?\\s+Iterations:\\s+(\\d+)").arg(slot));
    auto m = re.match(dump);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
} // namespace

class TestKeySlots : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;
    int m_images = 0;
    QString m_twoSlots; // read, never changed

    // A fresh image: slot 0 opened by "zero"; with `second`, slot 1 opened by "one".
    QString image(bool second)
    {
        const QString path =
            m_fx.cheapLuksFormat(QStringLiteral("v%1.img").arg(++m_images), QByteArrayLiteral("zero"));
        if (second && !m_fx.addKeyWithTool(path, "zero", "one", kCheapSlot))
            return {};
        return path;
    }

    std::unique_ptr<CryptDevice> load(const QString &path)
    {
        auto device = CryptDevice::load(path);
        if (!device) {
            qWarning("%s", qPrintable(device.error().message));
            return nullptr;
        }
        return std::move(device.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_twoSlots = image(true);
        QVERIFY2(!m_twoSlots.isEmpty() && m_fx.toolOpens(m_twoSlots, "one", 1),
                 "cryptsetup made the test image");
    }

    void testKeyFindsTheSlotAKeyOpens_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("onlySlot");
        QTest::addColumn<int>("expectedSlot"); // -1: an error
        QTest::addColumn<int>("exitCode");
        QTest::newRow("key of slot 0, any slot") << QByteArray("zero") << -1 << 0 << 0;
        QTest::newRow("key of slot 1, any slot") << QByteArray("one") << -1 << 1 << 0;
        QTest::newRow("key of slot 1, asked for slot 1") << QByteArray("one") << 1 << 1 << 0;
        QTest::newRow("key of slot 1, asked for slot 0: wrong key") << QByteArray("one") << 0 << -1 << 3;
        QTest::newRow("key of no slot: wrong key") << QByteArray("nobody") << -1 << -1 << 3;
        QTest::newRow("an empty slot: failure") << QByteArray("zero") << 5 << -1 << 1;
    }
    void testKeyFindsTheSlotAKeyOpens()
    {
        QFETCH(QByteArray, secret);
        QFETCH(int, onlySlot);
        QFETCH(int, expectedSlot);
        QFETCH(int, exitCode);
        const QString shared = m_twoSlots;
        auto device = load(shared);
        QVERIFY(device);
        auto slot = keyslots::testKey(*device, key(secret), onlySlot);
        if (expectedSlot >= 0) {
            QVERIFY2(slot.ok(), qPrintable(slot.error().message));
            QCOMPARE(*slot, expectedSlot);
        } else {
            QVERIFY(!slot.ok());
            QCOMPARE(int(slot.error().code), exitCode);
            QVERIFY2(slot.error().message.startsWith(shared), qPrintable(slot.error().message));
        }
    }

    void theLastSlotIsNeverRemoved()
    {
        const QString path = image(false);
        auto device = load(path);
        QVERIFY(device);
        auto verdict = keyslots::checkRemoval(*device, 0, key("zero"));
        QVERIFY(!verdict.allowed);
        QVERIFY2(verdict.reason.contains(QStringLiteral("last key slot")), qPrintable(verdict.reason));
        const Status removed = keyslots::remove(*device, 0, key("zero"));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, ExitCode::Failure);
        QCOMPARE(removed.error().kindName(), QStringLiteral("refused"));
        QVERIFY(m_fx.toolOpens(path, "zero", 0));
    }

    void aSlotGoesOnlyWhenADifferentKeyOpensAnother_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<QByteArray>("otherKey");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("provenSlot");
        QTest::newRow("slot 1 with the key of slot 0") << 1 << QByteArray("zero") << true << 0;
        QTest::newRow("slot 0 with the key of slot 1") << 0 << QByteArray("one") << true << 1;
        QTest::newRow("slot 1 with its own key") << 1 << QByteArray("one") << false << -1;
        QTest::newRow("slot 1 with a key of no slot") << 1 << QByteArray("nobody") << false << -1;
        QTest::newRow("an unused slot") << 4 << QByteArray("zero") << false << -1;
    }
    void aSlotGoesOnlyWhenADifferentKeyOpensAnother()
    {
        QFETCH(int, slot);
        QFETCH(QByteArray, otherKey);
        QFETCH(bool, allowed);
        QFETCH(int, provenSlot);
        const QString path = image(true);
        auto device = load(path);
        QVERIFY(device);
        auto verdict = keyslots::checkRemoval(*device, slot, key(otherKey));
        QCOMPARE(verdict.allowed, allowed);
        QCOMPARE(verdict.provenSlot, provenSlot);
        QCOMPARE(verdict.reason.isEmpty(), allowed);

        const Status removed = keyslots::remove(*device, slot, key(otherKey));
        QCOMPARE(removed.ok(), allowed);
        const QByteArray secretOfSlot = slot == 0 ? "zero" : "one";
        if (allowed) {
            QVERIFY2(!m_fx.toolOpens(path, secretOfSlot),
                     "the removed slot's key no longer opens the volume");
            QVERIFY(m_fx.toolOpens(path, otherKey, provenSlot));
        } else {
            QVERIFY(m_fx.toolOpens(path, "zero", 0));
            QVERIFY(m_fx.toolOpens(path, "one", 1));
        }
    }

    void addPutsTheKeyInAFreeSlotWithItsName()
    {
        const QString path = image(false);
        auto device = load(path);
        QVERIFY(device);
        auto slot =
            keyslots::add(*device, key("zero"), key("recovery-pw"),
                          PbkdfSettings::minimal(QStringLiteral("pbkdf2")), QStringLiteral("recovery"));
        QVERIFY2(slot.ok(), qPrintable(slot.error().message));
        QCOMPARE(*slot, 1);
        QVERIFY(m_fx.toolOpens(path, "recovery-pw", 1));
        QVERIFY(m_fx.toolOpens(path, "zero", 0));
        QCOMPARE(slotNames(*device).value(1), QStringLiteral("recovery"));
        QCOMPARE(keyslots::slotLabel(*device, 1), QStringLiteral("slot 1 (recovery)"));
        QCOMPARE(keyslots::slotLabel(*device, 0), QStringLiteral("slot 0"));
        // The cost asked for is the slot's cost, not libcryptsetup's benchmark.
        QCOMPARE(toolIterations(m_fx, path, 1), 1000);
    }

    void addIntoAChosenSlot()
    {
        const QString path = image(false);
        auto device = load(path);
        QVERIFY(device);
        auto slot = keyslots::add(*device, key("zero"), key("seven"),
                                  PbkdfSettings::minimal(QStringLiteral("pbkdf2")), {}, 7);
        QVERIFY2(slot.ok(), qPrintable(slot.error().message));
        QCOMPARE(*slot, 7);
        QVERIFY(m_fx.toolOpens(path, "seven", 7));
        QVERIFY(slotNames(*device).isEmpty());
    }

    void addRefuses_data()
    {
        QTest::addColumn<QByteArray>("existing");
        QTest::addColumn<QByteArray>("added");
        QTest::addColumn<int>("slot");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("an empty new key: usage") << QByteArray("zero") << QByteArray() << -1 << 2 << "empty";
        QTest::newRow("a slot in use: failure")
            << QByteArray("zero") << QByteArray("new") << 0 << 1 << "already in use";
        QTest::newRow("an existing key that opens nothing: wrong key")
            << QByteArray("nobody") << QByteArray("new") << -1 << 3 << "opens no key slot";
    }
    void addRefuses()
    {
        QFETCH(QByteArray, existing);
        QFETCH(QByteArray, added);
        QFETCH(int, slot);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString path = image(false);
        auto device = load(path);
        QVERIFY(device);
        const QByteArray before = m_fx.luksDump(path);
        const auto result = keyslots::add(*device, key(existing), key(added),
                                          PbkdfSettings::minimal(QStringLiteral("pbkdf2")), {}, slot);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), exitCode);
        QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
        QCOMPARE(m_fx.luksDump(path), before);
    }

    void changeKeepsTheSlotItsNameAndItsCost()
    {
        const QString path = image(true);
        auto device = load(path);
        QVERIFY(device);
        QVERIFY(setSlotName(*device, 1, QStringLiteral("operational")).ok());
        auto slot = keyslots::change(*device, key("one"), key("one-new"), std::nullopt);
        QVERIFY2(slot.ok(), qPrintable(slot.error().message));
        QCOMPARE(*slot, 1);
        QVERIFY(m_fx.toolOpens(path, "one-new", 1));
        QVERIFY(!m_fx.toolOpens(path, "one"));
        QVERIFY(m_fx.toolOpens(path, "zero", 0));
        QCOMPARE(slotNames(*device).value(1), QStringLiteral("operational"));
        QCOMPARE(toolIterations(m_fx, path, 1), 1000); // the slot's own cost, not a new benchmark
    }

    void changeWithAWrongOldKeyChangesNothing()
    {
        const QString path = image(true);
        auto device = load(path);
        QVERIFY(device);
        const QByteArray before = m_fx.luksDump(path);
        auto slot = keyslots::change(*device, key("nobody"), key("new"), std::nullopt);
        QVERIFY(!slot.ok());
        QCOMPARE(slot.error().code, ExitCode::WrongKey);
        QCOMPARE(m_fx.luksDump(path), before);
    }

    void retuneRewritesTheSlotWithTheNewCostAndItStillOpens()
    {
        const QString path = image(true);
        auto device = load(path);
        QVERIFY(device);
        PbkdfSettings pbkdf = PbkdfSettings::minimal(QStringLiteral("pbkdf2"));
        pbkdf.iterations = 2345;
        const Status retuned = keyslots::retune(*device, 1, key("one"), pbkdf);
        QVERIFY2(retuned.ok(), qPrintable(retuned.error().message));
        QCOMPARE(toolIterations(m_fx, path, 1), 2345);
        QCOMPARE(toolIterations(m_fx, path, 0), 1000);
        QVERIFY(m_fx.toolOpens(path, "one", 1));
        QVERIFY(m_fx.toolOpens(path, "zero", 0));
    }

    void retuneNeedsTheKeyOfThatSlot()
    {
        const QString path = image(true);
        auto device = load(path);
        QVERIFY(device);
        const Status retuned =
            keyslots::retune(*device, 1, key("zero"), PbkdfSettings::minimal(QStringLiteral("pbkdf2")));
        QVERIFY(!retuned.ok());
        QCOMPARE(retuned.error().code, ExitCode::WrongKey);
        QCOMPARE(toolIterations(m_fx, path, 1), 1000);
    }

    void removingANamedSlotRemovesItsName()
    {
        const QString path = image(true);
        auto device = load(path);
        QVERIFY(device);
        QVERIFY(setSlotName(*device, 1, QStringLiteral("recovery")).ok());
        QVERIFY(keyslots::remove(*device, 1, key("zero")).ok());
        QVERIFY(slotNames(*device).isEmpty());
        QVERIFY2(!m_fx.luksDump(path).contains("strongroom-slot"), "no token is left for the removed slot");
    }

    void labelsEscapeControlCharactersInNames()
    {
        const QString path = image(true);
        auto device = load(path);
        QVERIFY(device);
        QVERIFY(setSlotName(*device, 1, QStringLiteral("evil\x1b[2Jname")).ok());
        const QString label = keyslots::slotLabel(*device, 1);
        QVERIFY2(!label.contains(QChar(0x1b)), qPrintable(label));
        QVERIFY2(label.startsWith(QStringLiteral("slot 1 (evil")), qPrintable(label));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestKeySlots test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeySlots.moc"

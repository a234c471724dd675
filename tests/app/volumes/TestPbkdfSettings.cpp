// PbkdfSettings, the key-slot costs of `volume create|add-key|retune --pbkdf...` and the wizards:
// validate() accepts exactly libcryptsetup's limits (each boundary on both sides) and refuses the
// rest with exit 2; apply() makes the next slot libcryptsetup writes use these costs, as the
// cryptsetup tool then reports them; the JSON names only the fields of the chosen type.
#include "LuksFixtures.h"
#include "volumes/CryptDevice.h"
#include "volumes/PbkdfSettings.h"

#include <QTest>
#include <QtCrypto>
#include <libcryptsetup.h>

using namespace strongroom;

namespace {
PbkdfSettings settings(const QString &type, int memoryKib, int parallel, int iterations,
                       int iterTimeMs = 2000)
{
    PbkdfSettings s;
    s.type = type;
    s.memoryKib = memoryKib;
    s.parallel = parallel;
    s.iterations = iterations;
    s.iterTimeMs = iterTimeMs;
    return s;
}
} // namespace

Q_DECLARE_METATYPE(strongroom::PbkdfSettings)

class TestPbkdfSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateAcceptsExactlyLibcryptsetupsLimits_data()
    {
        QTest::addColumn<PbkdfSettings>("s");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("names"); // what the message names when refused
        const QString a = QStringLiteral("argon2id");
        QTest::newRow("the defaults") << PbkdfSettings() << true << QString();
        QTest::newRow("argon2i") << settings(QStringLiteral("argon2i"), 65536, 2, 0) << true << QString();
        QTest::newRow("pbkdf2") << settings(QStringLiteral("pbkdf2"), 0, 0, 0) << true << QString();
        QTest::newRow("unknown type") << settings(QStringLiteral("scrypt"), 65536, 1, 0) << false << "scrypt";
        QTest::newRow("type is case-sensitive")
            << settings(QStringLiteral("Argon2id"), 65536, 1, 0) << false << "Argon2id";
        QTest::newRow("memory 32 KiB") << settings(a, 32, 1, 4) << true << QString();
        QTest::newRow("memory 31 KiB") << settings(a, 31, 1, 4) << false << "--pbkdf-memory";
        QTest::newRow("memory 4 GiB") << settings(a, 4 * 1024 * 1024, 1, 4) << true << QString();
        QTest::newRow("memory 4 GiB + 1 KiB")
            << settings(a, 4 * 1024 * 1024 + 1, 1, 4) << false << "--pbkdf-memory";
        QTest::newRow("parallel 0") << settings(a, 1024, 0, 4) << false << "--pbkdf-parallel";
        QTest::newRow("parallel 4") << settings(a, 1024, 4, 4) << true << QString();
        QTest::newRow("parallel 5") << settings(a, 1024, 5, 4) << false << "--pbkdf-parallel";
        QTest::newRow("argon2 3 iterations") << settings(a, 1024, 1, 3) << false << "at least 4";
        QTest::newRow("pbkdf2 999 iterations")
            << settings(QStringLiteral("pbkdf2"), 0, 0, 999) << false << "at least 1000";
        QTest::newRow("pbkdf2 1000 iterations")
            << settings(QStringLiteral("pbkdf2"), 0, 0, 1000) << true << QString();
        QTest::newRow("pbkdf2 ignores argon2's memory")
            << settings(QStringLiteral("pbkdf2"), 1, 99, 1000) << true << QString();
        QTest::newRow("iter time 0") << settings(a, 1024, 1, 0, 0) << false << "--iter-time";
        QTest::newRow("iter time 1 ms") << settings(a, 1024, 1, 0, 1) << true << QString();
        QTest::newRow("iter time 60 s") << settings(a, 1024, 1, 0, 60000) << true << QString();
        QTest::newRow("iter time 60.001 s") << settings(a, 1024, 1, 0, 60001) << false << "--iter-time";
        QTest::newRow("forced iterations make the iter time irrelevant")
            << settings(a, 1024, 1, 4, 0) << true << QString();
    }
    void validateAcceptsExactlyLibcryptsetupsLimits()
    {
        QFETCH(PbkdfSettings, s);
        QFETCH(bool, valid);
        QFETCH(QString, names);
        const Status status = s.validate();
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QCOMPARE(status.error().code, ExitCode::Usage);
            QVERIFY2(status.error().message.contains(names), qPrintable(status.error().message));
        }
    }

    void minimalSettingsAreTheSmallestValidOnes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("argon2id") << QStringLiteral("argon2id");
        QTest::newRow("argon2i") << QStringLiteral("argon2i");
        QTest::newRow("pbkdf2") << QStringLiteral("pbkdf2");
    }
    void minimalSettingsAreTheSmallestValidOnes()
    {
        QFETCH(QString, type);
        const PbkdfSettings s = PbkdfSettings::minimal(type);
        QCOMPARE(s.type, type);
        QVERIFY(s.validate().ok());
        PbkdfSettings less = s;
        if (s.isArgon2()) {
            QCOMPARE(s.memoryKib, 32);
            QCOMPARE(s.parallel, 1);
            less.memoryKib -= 1;
            QVERIFY(!less.validate().ok());
            less = s;
        }
        less.iterations -= 1;
        QVERIFY(!less.validate().ok());
    }

    void jsonNamesTheFieldsOfTheType()
    {
        const QJsonObject argon = settings(QStringLiteral("argon2id"), 65536, 2, 0, 1500).toJson();
        QCOMPARE(argon, (QJsonObject{{QStringLiteral("type"), QStringLiteral("argon2id")},
                                     {QStringLiteral("memory_kib"), 65536},
                                     {QStringLiteral("parallel"), 2},
                                     {QStringLiteral("iter_time_ms"), 1500}}));
        PbkdfSettings pbkdf2 = settings(QStringLiteral("pbkdf2"), 65536, 2, 5000);
        pbkdf2.hash = QStringLiteral("sha512");
        QCOMPARE(pbkdf2.toJson(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("pbkdf2")},
                                               {QStringLiteral("hash"), QStringLiteral("sha512")},
                                               {QStringLiteral("iterations"), 5000}}));
    }

    void appliedCostsAreTheNextSlotsCosts_data()
    {
        QTest::addColumn<PbkdfSettings>("s");
        QTest::addColumn<QByteArray>("toolSays"); // lines of `cryptsetup luksDump` for slot 1
        PbkdfSettings argon = PbkdfSettings::minimal(QStringLiteral("argon2id"));
        argon.memoryKib = 64;
        argon.iterations = 5;
        PbkdfSettings pbkdf2 = PbkdfSettings::minimal(QStringLiteral("pbkdf2"));
        pbkdf2.iterations = 1234;
        pbkdf2.hash = QStringLiteral("sha512");
        QTest::newRow("argon2id") << argon
                                  << QByteArray("PBKDF:      argon2id\n\tTime cost:  5\n\tMemory:     64\n");
        QTest::newRow("pbkdf2") << pbkdf2
                                << QByteArray(
                                       "PBKDF:      pbkdf2\n\tHash:       sha512\n\tIterations: 1234\n");
    }
    void appliedCostsAreTheNextSlotsCosts()
    {
        QFETCH(PbkdfSettings, s);
        QFETCH(QByteArray, toolSays);
        LuksFixtures fx;
        const QString image = fx.cheapLuksFormat(QStringLiteral("p.img"), "zero");
        auto device = CryptDevice::load(image);
        QVERIFY2(device.ok(), qPrintable(device.error().message));
        const Status applied = s.apply((*device)->handle());
        QVERIFY2(applied.ok(), qPrintable(applied.error().message));
        QCOMPARE(crypt_keyslot_add_by_passphrase((*device)->handle(), 1, "zero", 4, "one", 3), 1);
        const QByteArray dump = fx.luksDump(image);
        const qsizetype slot1 = dump.indexOf("  1: luks2");
        QVERIFY2(slot1 > 0, dump.constData());
        QVERIFY2(dump.indexOf(toolSays, slot1) > slot1, dump.constData());
        QVERIFY(fx.toolOpens(image, "one", 1));
    }

    void applyRefusesInvalidSettingsBeforeLibcryptsetupSeesThem()
    {
        LuksFixtures fx;
        const QString image = fx.cheapLuksFormat(QStringLiteral("q.img"), "zero");
        auto device = CryptDevice::load(image);
        QVERIFY2(device.ok(), qPrintable(device.error().message));
        const Status applied = settings(QStringLiteral("argon2id"), 8, 1, 4).apply((*device)->handle());
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, ExitCode::Usage);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestPbkdfSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPbkdfSettings.moc"

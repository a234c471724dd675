// The wizard's live estimate: what one unlock costs on this machine for given PBKDF settings.
#include "volumes/PbkdfSettings.h"
#include "volumes/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

class TestPbkdfCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forcedCostsAreTimedByOneDerivation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("memoryKib");
        QTest::newRow("argon2id 8 MiB") << QStringLiteral("argon2id") << 8192;
        QTest::newRow("pbkdf2") << QStringLiteral("pbkdf2") << 0;
    }
    void forcedCostsAreTimedByOneDerivation()
    {
        QFETCH(QString, type);
        QFETCH(int, memoryKib);
        PbkdfSettings s = PbkdfSettings::minimal(type);
        if (memoryKib)
            s.memoryKib = memoryKib;
        const auto cost = calibratePbkdf(s);
        QVERIFY2(cost.ok(), qPrintable(cost.error().message));
        QVERIFY(cost.value().measured);
        QVERIFY(cost.value().milliseconds > 0);
        QCOMPARE(cost.value().memoryKib, memoryKib);
        QCOMPARE(cost.value().iterations, s.iterations);
    }

    void benchmarkedCostsAimAtTheIterationTime()
    {
        PbkdfSettings s;
        s.type = QStringLiteral("argon2id");
        s.memoryKib = 4096;
        s.parallel = 1;
        s.iterTimeMs = 50;
        const auto cost = calibratePbkdf(s);
        QVERIFY2(cost.ok(), qPrintable(cost.error().message));
        QVERIFY(!cost.value().measured);
        QVERIFY(cost.value().iterations >= 4);
        QVERIFY(cost.value().memoryKib > 0 && cost.value().memoryKib <= 4096);
    }

    void settingsOutsideLibcryptsetupLimitsAreUsageErrors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("memoryKib");
        QTest::addColumn<int>("iterations");
        QTest::newRow("unknown type") << QStringLiteral("scrypt") << 1024 << 0;
        QTest::newRow("argon2 memory too small") << QStringLiteral("argon2id") << 8 << 4;
        QTest::newRow("pbkdf2 too few iterations") << QStringLiteral("pbkdf2") << 0 << 10;
    }
    void settingsOutsideLibcryptsetupLimitsAreUsageErrors()
    {
        QFETCH(QString, type);
        QFETCH(int, memoryKib);
        QFETCH(int, iterations);
        PbkdfSettings s;
        s.type = type;
        s.memoryKib = memoryKib;
        s.iterations = iterations;
        QCOMPARE(s.validate().error().code, ExitCode::Usage);
    }

    void recoveryKeysAreEightGroupsOfFiveAndDiffer()
    {
        const QCA::SecureArray a = recoverykey::generate(), b = recoverykey::generate();
        QCOMPARE(a.size(), 47);
        QVERIFY(a.toByteArray() != b.toByteArray());
        for (int i = 0; i < recoverykey::groupCount(); ++i)
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}$"))
                        .match(recoverykey::group(a, i))
                        .hasMatch());
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestPbkdfCalibration test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPbkdfCalibration.moc"

#include "core/SecureRandom.h"
#include "keys/PassphraseGenerator.h"
#include "volumes/RecoveryKey.h"

#include <QSet>
#include <QTest>
#include <QtCrypto>
#include <qcaprovider.h>

using namespace strongroom;

namespace {

// A QCA provider whose "random" hands out zero bytes: installed first and made QCA's global random
// provider, it stands for the weak std::rand() fallback QCA uses when no plugin loads. Anything that
// still drew from QCA::Random would now produce zeros.
class ZeroRandom : public QCA::RandomContext
{
    Q_OBJECT
public:
    explicit ZeroRandom(QCA::Provider *p) : QCA::RandomContext(p) {}
    Context *clone() const override { return new ZeroRandom(provider()); }
    QCA::SecureArray nextBytes(int size) override { return QCA::SecureArray(size, 0); }
};

class ZeroProvider : public QCA::Provider
{
public:
    int qcaVersion() const override { return QCA_VERSION; }
    QString name() const override { return QStringLiteral("strongroom-test-zero-random"); }
    QStringList features() const override { return {QStringLiteral("random")}; }
    Context *createContext(const QString &type) override
    {
        return type == QLatin1String("random") ? new ZeroRandom(this) : nullptr;
    }
};

bool allZero(const QCA::SecureArray &bytes)
{
    for (int i = 0; i < bytes.size(); ++i)
        if (bytes[i] != 0)
            return false;
    return true;
}

} // namespace

// Keys, passphrases and recovery keys come from getrandom(2), not from QCA::Random: with QCA's
// random provider replaced by one that gives only zeros, the generators still give varied output.
class TestSecureRandom : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QCA::insertProvider(new ZeroProvider, 0));
        QCA::setProviderPriority(QStringLiteral("strongroom-test-zero-random"), 0);
        QCA::setGlobalRandomProvider(QStringLiteral("strongroom-test-zero-random"));
        // The test's premise: QCA::Random now follows the zero provider.
        QCOMPARE(QCA::Random::randomArray(32), QCA::SecureArray(32, 0));
        QCOMPARE(QCA::globalRandomProvider(), QStringLiteral("strongroom-test-zero-random"));
    }

    void bytesHaveTheAskedLengthAndDiffer()
    {
        const QCA::SecureArray a = securerandom::bytes(32);
        const QCA::SecureArray b = securerandom::bytes(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(!allZero(a));
        QVERIFY(a != b);
        QCOMPARE(securerandom::bytes(0).size(), 0);
    }

    void uniformStaysBelowItsBoundAndReachesEveryValue()
    {
        QSet<quint32> seen;
        for (int i = 0; i < 2000; ++i) {
            const quint32 v = securerandom::uniform(10);
            QVERIFY(v < 10);
            seen.insert(v);
        }
        QCOMPARE(seen.size(), 10);
    }

    void rawKeysDoNotFollowQcaRandom()
    {
        const KeyMaterial a = PassphraseGenerator::rawKey();
        const KeyMaterial b = PassphraseGenerator::rawKey();
        const QByteArray zeroKey = "x'" + QByteArray(64, '0') + "'";
        QVERIFY(a.secret().toByteArray() != zeroKey);
        QVERIFY(a.secret() != b.secret());
    }

    void passphrasesDoNotFollowQcaRandom()
    {
        const PassphraseGenerator generator;
        const QByteArray phrase = generator.words(8).secret().toByteArray();
        // Zero bytes would pick the first word, "abandon", eight times.
        QVERIFY(phrase != QByteArray("abandon abandon abandon abandon abandon abandon abandon abandon"));
        QVERIFY(generator.words(8).secret() != generator.words(8).secret());
    }

    void recoveryKeysDoNotFollowQcaRandom()
    {
        const QCA::SecureArray a = recoverykey::generate();
        const QCA::SecureArray b = recoverykey::generate();
        // Zero bytes would give "00000-00000-..." (Crockford's 0).
        QVERIFY(recoverykey::group(a, 0) != QStringLiteral("00000") ||
                recoverykey::group(a, 1) != QStringLiteral("00000"));
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestSecureRandom)
#include "TestSecureRandom.moc"

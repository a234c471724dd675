// Recovery keys for a second key slot: eight dash-separated groups of five characters from
// Crockford's base32 (no I, L, O, U), 200 random bits. Proven over many keys: the format, that every
// character position carries random bits (the last group included, where a bit-packing slip would
// show as a constant), that all 32 characters occur, and what group() returns, inside and outside
// the key. The key is a working LUKS passphrase, checked with the cryptsetup tool.
#include "LuksFixtures.h"
#include "volumes/RecoveryKey.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

class TestRecoveryKey : public QObject
{
    Q_OBJECT

    static constexpr int kKeys = 400;

private Q_SLOTS:
    void keysAreEightGroupsOfFiveWithoutLookAlikes()
    {
        const QRegularExpression format(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}$"));
        QCOMPARE(recoverykey::groupCount(), 8);
        for (int i = 0; i < 50; ++i) {
            const QString key = QString::fromLatin1(recoverykey::generate().toByteArray());
            QVERIFY2(format.match(key).hasMatch(), qPrintable(key));
        }
    }

    void everyPositionCarriesRandomBitsAndEveryCharacterOccurs()
    {
        QList<QSet<char>> perPosition(47);
        QSet<QByteArray> keys;
        for (int i = 0; i < kKeys; ++i) {
            const QByteArray key = recoverykey::generate().toByteArray();
            keys.insert(key);
            for (int p = 0; p < key.size(); ++p)
                perPosition[p].insert(key.at(p));
        }
        QCOMPARE(keys.size(), kKeys);
        QSet<char> all;
        for (int p = 0; p < 47; ++p) {
            if (p % 6 == 5) {
                QCOMPARE(perPosition.at(p), QSet<char>{'-'});
                continue;
            }
            // 400 draws from 32 equally likely characters: fewer than 20 distinct ones at a
            // position means its bits are not random (chance below 1e-20).
            QVERIFY2(perPosition.at(p).size() >= 20,
                     qPrintable(QStringLiteral("position %1 shows only %2 characters")
                                    .arg(p)
                                    .arg(perPosition.at(p).size())));
            all.unite(perPosition.at(p));
        }
        QCOMPARE(all.size(), 32);
    }

    void groupsAreTheCharactersBetweenTheDashes()
    {
        const QCA::SecureArray key = recoverykey::generate();
        const QStringList groups = QString::fromLatin1(key.toByteArray()).split(QLatin1Char('-'));
        QCOMPARE(groups.size(), recoverykey::groupCount());
        for (int i = 0; i < recoverykey::groupCount(); ++i)
            QCOMPARE(recoverykey::group(key, i), groups.at(i));
        QCOMPARE(recoverykey::group(key, -1), QString());
        QCOMPARE(recoverykey::group(key, recoverykey::groupCount()), QString());
        QCOMPARE(recoverykey::group(QCA::SecureArray(QByteArray("ABCDE-FG")), 1), QString());
    }

    void aRecoveryKeyOpensASlotAddedWithTheTool()
    {
        LuksFixtures fx;
        const QString image = fx.cheapLuksFormat(QStringLiteral("r.img"), "first");
        const QByteArray recovery = recoverykey::generate().toByteArray();
        QVERIFY(fx.addKeyWithTool(image, "first", recovery,
                                  {QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                                   QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")}));
        QVERIFY(fx.toolOpens(image, recovery, 1));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestRecoveryKey test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRecoveryKey.moc"

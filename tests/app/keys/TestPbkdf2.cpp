// pbkdf2(), the one PBKDF2 of SQLCipher 4's page keys and the backup key id: against RFC 6070's
// published HMAC-SHA1 vectors, and against python3's hashlib for HMAC-SHA256 and -SHA512 with
// passwords and salts holding NUL bytes, one and many iterations and outputs longer than one hash
// block. Unknown hashes and zero iterations or length are refused, not derived.
#include "keys/Pbkdf2.h"
#include "support/ReferencePbkdf2.h"

#include <QTest>
#include <QtCrypto>

using namespace strongroom;

class TestPbkdf2 : public QObject
{
    Q_OBJECT

    static QByteArray derive(const QString &hash, const QByteArray &password, const QByteArray &salt,
                             int iterations, int length)
    {
        auto out = pbkdf2(hash, password.constData(), int(password.size()), salt, iterations, length);
        return out.ok() ? out->toByteArray() : QByteArray("error: ") + out.error().message.toUtf8();
    }

private Q_SLOTS:
    void rfc6070Vectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("1 iteration") << QByteArray("password") << QByteArray("salt") << 1
                                     << QByteArray("0c60c80f961f0e71f3a9b524af6012062fe037a6");
        QTest::newRow("2 iterations") << QByteArray("password") << QByteArray("salt") << 2
                                      << QByteArray("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
        QTest::newRow("4096 iterations") << QByteArray("password") << QByteArray("salt") << 4096
                                         << QByteArray("4b007901b765489abead49d926f721d065a429c1");
        QTest::newRow("long inputs, 25 bytes")
            << QByteArray("passwordPASSWORDpassword") << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt")
            << 4096 << QByteArray("3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038");
        QTest::newRow("NUL bytes, 16 bytes") << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5) << 4096
                                             << QByteArray("56fa6aa75548099dcc37d7f03425e0c3");
    }
    void rfc6070Vectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expectedHex);
        QCOMPARE(
            derive(QStringLiteral("sha1"), password, salt, iterations, int(expectedHex.size() / 2)).toHex(),
            expectedHex);
    }

    void sha256AndSha512MatchAnIndependentImplementation_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("length");
        for (const QString &hash : {QStringLiteral("sha256"), QStringLiteral("sha512")}) {
            auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(hash + QLatin1Char(' ') + QLatin1String(name)));
            };
            row("1 iteration") << hash << QByteArray("password") << QByteArray("salt") << 1 << 32;
            row("4096 iterations, 64 bytes")
                << hash << QByteArray("password") << QByteArray("salt") << 4096 << 64;
            row("NUL bytes") << hash << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5) << 1000 << 16;
            row("longer than one block") << hash << QByteArray("passwordPASSWORDpassword")
                                         << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 100 << 150;
            row("empty password") << hash << QByteArray() << QByteArray("salt") << 10 << 32;
            row("SQLCipher 4's cost, 16-byte salt")
                << hash << QByteArray("correct horse battery staple")
                << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f") << 256000 << 32;
        }
    }
    void sha256AndSha512MatchAnIndependentImplementation()
    {
        QFETCH(QString, hash);
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(int, length);
        const QByteArray expected = referencePbkdf2(hash, password, salt, iterations, length);
        if (expected.isEmpty())
            QSKIP("python3 with hashlib did not run; not checked: PBKDF2 against an independent "
                  "implementation");
        QCOMPARE(expected.size(), length);
        QCOMPARE(derive(hash, password, salt, iterations, length).toHex(), expected.toHex());
    }

    void theHashDecidesTheResult()
    {
        const QByteArray sha256 = derive(QStringLiteral("sha256"), "password", "salt", 10, 32);
        const QByteArray sha512 = derive(QStringLiteral("sha512"), "password", "salt", 10, 32);
        QCOMPARE(sha256.size(), 32);
        QVERIFY(sha256 != sha512);
        // A longer output starts with the shorter one (PBKDF2 concatenates blocks).
        QCOMPARE(derive(QStringLiteral("sha512"), "password", "salt", 10, 100).left(32), sha512);
    }

    void unsupportedRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("length");
        QTest::newRow("md5") << QStringLiteral("md5") << 1000 << 32;
        QTest::newRow("upper-case name") << QStringLiteral("SHA512") << 1000 << 32;
        QTest::newRow("no hash") << QString() << 1000 << 32;
        QTest::newRow("0 iterations") << QStringLiteral("sha512") << 0 << 32;
        QTest::newRow("negative iterations") << QStringLiteral("sha512") << -5 << 32;
        QTest::newRow("0 bytes") << QStringLiteral("sha512") << 1000 << 0;
    }
    void unsupportedRequestsAreRefused()
    {
        QFETCH(QString, hash);
        QFETCH(int, iterations);
        QFETCH(int, length);
        auto out = pbkdf2(hash, "pw", 2, "salt", iterations, length);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ExitCode::Failure);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestPbkdf2 test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPbkdf2.moc"

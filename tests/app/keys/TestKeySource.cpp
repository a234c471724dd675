#include "keys/KeyReader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

class TestKeySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawKeyFormIsRecognised_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("raw");
        const QByteArray hex64(64, 'a');
        const QByteArray hex96 = QByteArray(64, '0') + QByteArray(32, 'F');
        QTest::newRow("64 hex") << "x'" + hex64 + "'" << true;
        QTest::newRow("96 hex, key and salt") << "x'" + hex96 + "'" << true;
        QTest::newRow("upper-case X") << "X'" + hex64 + "'" << true;
        QTest::newRow("63 hex") << "x'" + hex64.left(63) + "'" << false;
        QTest::newRow("not hex") << "x'" + QByteArray(64, 'g') + "'" << false;
        QTest::newRow("no closing quote") << "x'" + hex64 << false;
        QTest::newRow("passphrase") << QByteArray("correct horse battery staple") << false;
    }

    void rawKeyFormIsRecognised()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, raw);
        KeyMaterial key{QCA::SecureArray(value)};
        QCOMPARE(key.kind() == KeyKind::Raw, raw);
        QCOMPARE(key.kindName(), raw ? QStringLiteral("raw") : QStringLiteral("passphrase"));
    }

    void environmentVariableGivesItsValue()
    {
        qputenv("STRONGROOM_TEST_KEY", "s3cret words");
        KeyReader reader;
        auto key =
            reader.read(KeySource::environment(QStringLiteral("STRONGROOM_TEST_KEY")), QStringLiteral("key"));
        QVERIFY(key.ok());
        QCOMPARE(QByteArray(key->data(), key->size()), QByteArray("s3cret words"));
    }

    void aConsumedVariableLeavesTheEnvironmentAndNoChildInheritsIt()
    {
        qputenv("STRONGROOM_TEST_CONSUMED", "k3y from env");
        KeyReader reader;
        reader.setConsumeEnvironment(true);
        auto key = reader.read(KeySource::environment(QStringLiteral("STRONGROOM_TEST_CONSUMED")),
                               QStringLiteral("key"));
        QVERIFY(key.ok());
        QCOMPARE(QByteArray(key->data(), key->size()), QByteArray("k3y from env"));
        QVERIFY(!qEnvironmentVariableIsSet("STRONGROOM_TEST_CONSUMED"));

        // A child started now (with the inherited environment) does not see it.
        QProcess child;
        child.start(QStringLiteral("/bin/cat"), {QStringLiteral("/proc/self/environ")});
        QVERIFY(child.waitForFinished(10000));
        const QByteArray childEnvironment = child.readAllStandardOutput();
        QVERIFY2(childEnvironment.contains("PATH="), "the child's environment was not read");
        QVERIFY(!childEnvironment.contains("STRONGROOM_TEST_CONSUMED"));
        QVERIFY(!childEnvironment.contains("k3y from env"));

        // The same reader gives the same key again (--key-env K --new-key-env K).
        auto again = reader.read(KeySource::environment(QStringLiteral("STRONGROOM_TEST_CONSUMED")),
                                 QStringLiteral("key"));
        QVERIFY(again.ok());
        QCOMPARE(QByteArray(again->data(), again->size()), QByteArray("k3y from env"));
    }

    void aReaderThatDoesNotConsumeLeavesTheVariable()
    {
        qputenv("STRONGROOM_TEST_KEPT", "kept");
        KeyReader reader;
        QVERIFY(
            reader.read(KeySource::environment(QStringLiteral("STRONGROOM_TEST_KEPT")), QStringLiteral("key"))
                .ok());
        QCOMPARE(qgetenv("STRONGROOM_TEST_KEPT"), QByteArray("kept"));
    }

    void unsetEnvironmentVariableIsAUsageErrorNamingIt()
    {
        qunsetenv("STRONGROOM_NOT_SET");
        KeyReader reader;
        auto key =
            reader.read(KeySource::environment(QStringLiteral("STRONGROOM_NOT_SET")), QStringLiteral("key"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ExitCode::Usage);
        QVERIFY(key.error().message.contains(QStringLiteral("STRONGROOM_NOT_SET")));
    }

    void keyFileLosesOneTrailingNewlineAndWarnsWhenOthersCanRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pass phrase\n\n");
        f.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        KeyReader reader;
        auto key = reader.read(KeySource::file(path), QStringLiteral("key"));
        QVERIFY(key.ok());
        QCOMPARE(QByteArray(key->data(), key->size()), QByteArray("pass phrase\n"));
        QCOMPARE(reader.warnings().size(), 1);
        QVERIFY(reader.warnings().first().contains(QStringLiteral("chmod 600")));
    }

    void privateKeyFileGivesNoWarning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x'" + QByteArray(64, 'b') + "'");
        f.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        KeyReader reader;
        auto key = reader.read(KeySource::file(path), QStringLiteral("key"));
        QVERIFY(key.ok());
        QCOMPARE(key->kind(), KeyKind::Raw);
        QVERIFY(reader.warnings().isEmpty());
    }

    void noSourceIsAUsageErrorThatListsTheWays()
    {
        KeyReader reader;
        auto key = reader.read(KeySource{}, QStringLiteral("key"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ExitCode::Usage);
        QVERIFY(key.error().message.contains(QStringLiteral("--key-env")));
    }

    void wipeClearsTheSecret()
    {
        KeyMaterial key{QCA::SecureArray(QByteArray("secret"))};
        QVERIFY(!key.isEmpty());
        key.wipe();
        QVERIFY(key.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestKeySource test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeySource.moc"

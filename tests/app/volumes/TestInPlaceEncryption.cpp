// `volume create --filesystem ext4`, `volume encrypt` (interrupted by SIGKILL and resumed) and
// `volume decrypt`: offline, on image files, without device-mapper. The results are checked with
// the cryptsetup tool, e2fsck and debugfs.
#include "LuksFixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QtCrypto>
#include <csignal>

namespace {
const QStringList kCheap{QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                         QStringLiteral("--pbkdf-iterations"), QStringLiteral("1000")};

bool fsckClean(const QString &image)
{
    const auto [rc, out] = LuksFixtures::tool(QStringLiteral("e2fsck"), {QStringLiteral("-fn"), image});
    if (rc != 0)
        qWarning("e2fsck: %s", out.constData());
    return rc == 0;
}

QByteArray catFromExt4(const QString &image, const QString &name)
{
    QProcess p;
    p.start(QStringLiteral("debugfs"), {QStringLiteral("-R"), QStringLiteral("cat ") + name, image});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

// A plain ext4 image holding `payload` as /payload.bin.
void makeExt4WithPayload(LuksFixtures &fx, const QString &image, int mib, const QByteArray &payload)
{
    LuksFixtures::sparseFile(image, mib);
    QCOMPARE(
        LuksFixtures::tool(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), QStringLiteral("-F"), image})
            .first,
        0);
    const QString source = fx.path(QStringLiteral("payload.src"));
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(payload);
    f.close();
    QCOMPARE(LuksFixtures::tool(QStringLiteral("debugfs"),
                                {QStringLiteral("-w"), QStringLiteral("-R"),
                                 QStringLiteral("write ") + source + QStringLiteral(" payload.bin"), image})
                 .first,
             0);
    QCOMPARE(catFromExt4(image, QStringLiteral("payload.bin")), payload);
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    return b;
}

// cryptsetup's own offline decryption, into a header file it exports: the independent check.
bool decryptWithCryptsetup(LuksFixtures &fx, const QString &image, const QByteArray &secret)
{
    const auto [rc, out] = LuksFixtures::tool(
        QStringLiteral("cryptsetup"), {QStringLiteral("reencrypt"), QStringLiteral("--decrypt"),
                                       QStringLiteral("-q"), QStringLiteral("--force-offline-reencrypt"),
                                       QStringLiteral("--header"), image + QStringLiteral(".exported-header"),
                                       QStringLiteral("--key-file"), fx.keyFile(secret), image});
    if (rc != 0)
        qWarning("cryptsetup reencrypt --decrypt: %s", out.constData());
    return rc == 0;
}
// Decrypts a copy of `image` with cryptsetup and checks its file system and /payload.bin.
bool cryptsetupDecryptsToPayload(LuksFixtures &fx, const QString &image, const QByteArray &secret,
                                 const QByteArray &payload)
{
    const QString copy = fx.path(QStringLiteral("copy.img"));
    QFile::remove(copy);
    return QFile::copy(image, copy) && decryptWithCryptsetup(fx, copy, secret) && fsckClean(copy) &&
           catFromExt4(copy, QStringLiteral("payload.bin")) == payload;
}
} // namespace

class TestInPlaceEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createMakesEncryptedExt4WithOperationalAndRecoverySlots()
    {
        LuksFixtures fx;
        const QString image = fx.path(QStringLiteral("vault.img"));
        const CliRun run = fx.cliWithKey(
            QStringList{QStringLiteral("volume"), QStringLiteral("create"), image, QStringLiteral("--size"),
                        QStringLiteral("40M"), QStringLiteral("--filesystem"), QStringLiteral("ext4"),
                        QStringLiteral("--recovery-key"), QStringLiteral("--label"), QStringLiteral("vault"),
                        QStringLiteral("--json")} +
                kCheap,
            "operational passphrase");
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject data = jsonOf(run);
        const QByteArray recovery = data.value(QStringLiteral("recovery_key")).toString().toLatin1();
        QCOMPARE(recovery.size(), 47); // 8 groups of 5, 7 dashes
        QCOMPARE(recovery.count('-'), 7);
        QCOMPARE(QFileInfo(image).size(), 40 * 1024 * 1024);
        const QByteArray dump = fx.luksDump(image);
        QVERIFY(dump.contains("Version:       \t2"));
        QVERIFY(dump.contains("vault"));
        QVERIFY(dump.contains("aes-xts-plain64"));
        QVERIFY(fx.toolOpens(image, "operational passphrase", 0));
        QVERIFY(fx.toolOpens(image, recovery, 1));
        const QJsonObject info = jsonOf(
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image, QStringLiteral("--json")}));
        const QJsonArray keyslots = info.value(QStringLiteral("keyslots")).toArray();
        QCOMPARE(keyslots[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("operational"));
        QCOMPARE(keyslots[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("recovery"));
        QVERIFY(!fx.auditLog().contains(QString::fromLatin1(recovery)));
        // The file system inside is sound: decrypted by cryptsetup itself, e2fsck finds no fault.
        QVERIFY(decryptWithCryptsetup(fx, image, "operational passphrase"));
        QVERIFY(fsckClean(image));
        // No temp files are left beside it.
        QCOMPARE(QDir(fx.dir.path())
                     .entryList({QStringLiteral(".strongroom-tmp-*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }

    void createRefusesAnExistingFile()
    {
        LuksFixtures fx;
        const QString image = fx.path(QStringLiteral("taken.img"));
        LuksFixtures::sparseFile(image, 1);
        const CliRun run = fx.cliWithKey(QStringList{QStringLiteral("volume"), QStringLiteral("create"),
                                                     image, QStringLiteral("--size"), QStringLiteral("32M")} +
                                             kCheap,
                                         "pw");
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QFileInfo(image).size(), 1024 * 1024);
    }

    void encryptionInterruptedBySigkillResumesAndKeepsTheFileSystem()
    {
        LuksFixtures fx;
        const QString image = fx.path(QStringLiteral("pgdata.img"));
        const QByteArray payload = randomBytes(3 * 1024 * 1024);
        makeExt4WithPayload(fx, image, 112, payload);

        QProcess encrypt;
        encrypt.setProcessEnvironment(fx.env);
        encrypt.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                      QStringList{QStringLiteral("volume"), QStringLiteral("encrypt"), image,
                                  QStringLiteral("--key-file"), fx.keyFile("secret")} +
                          kCheap);
        QVERIFY(encrypt.waitForStarted());
        // Kill it in the data pass: once the header on the image is whole (cryptsetup opens a key slot
        // of it). The steps before the data pass are killed at named points in the next test.
        QElapsedTimer timer;
        timer.start();
        bool onDisk = false;
        while (!onDisk && timer.elapsed() < 60000 && encrypt.state() == QProcess::Running) {
            QFile f(image);
            if (f.open(QIODevice::ReadOnly) && f.read(6) == QByteArray("LUKS\xba\xbe", 6))
                onDisk = fx.toolOpens(image, "secret");
            if (!onDisk)
                QTest::qSleep(2);
        }
        QVERIFY(onDisk);
        ::kill(pid_t(encrypt.processId()), SIGKILL);
        encrypt.waitForFinished();
        QCOMPARE(encrypt.exitStatus(), QProcess::CrashExit);

        QJsonObject info = jsonOf(
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image, QStringLiteral("--json")}));
        QVERIFY2(info.value(QStringLiteral("reencryption")).toString() != QLatin1String("none"),
                 "the kill came after the end");
        QCOMPARE(info.value(QStringLiteral("reencryption_mode")).toString(), QStringLiteral("encrypt"));

        // A wrong key does not resume anything.
        QCOMPARE(fx.cliWithKey({QStringLiteral("volume"), QStringLiteral("encrypt"), image}, "not the secret")
                     .exitCode,
                 3);

        const CliRun resumed = fx.cliWithKey(
            {QStringLiteral("volume"), QStringLiteral("encrypt"), image, QStringLiteral("--json")}, "secret");
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.out + resumed.err).constData());
        QVERIFY(jsonOf(resumed).value(QStringLiteral("resumed")).toBool());
        info = jsonOf(
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image, QStringLiteral("--json")}));
        QCOMPARE(info.value(QStringLiteral("reencryption")).toString(), QStringLiteral("none"));
        QVERIFY(fx.toolOpens(image, "secret", 0));
        // No longer readable in the clear (debugfs only says on stdout that it found a LUKS header).
        QVERIFY(!catFromExt4(image, QStringLiteral("payload.bin")).contains(payload.left(4096)));

        // Independent check: a copy decrypted by cryptsetup holds the intact file system and file.
        QVERIFY(cryptsetupDecryptsToPayload(fx, image, "secret", payload));

        // Strongroom's own decryption gives back the original plain image, size included.
        const CliRun decrypted = fx.cliWithKey(
            {QStringLiteral("volume"), QStringLiteral("decrypt"), image, QStringLiteral("--yes")}, "secret");
        QVERIFY2(decrypted.exitCode == 0, QByteArray(decrypted.out + decrypted.err).constData());
        QCOMPARE(QFileInfo(image).size(), 112 * 1024 * 1024);
        QVERIFY(fsckClean(image));
        QCOMPARE(catFromExt4(image, QStringLiteral("payload.bin")), payload);
        QVERIFY(!QFile::exists(image + QStringLiteral(".strongroom-decrypt-header")));
        QCOMPARE(fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image}).exitCode, 6);
    }

    void encryptionKilledBeforeTheDataPassResumesWithTheDataIntact_data()
    {
        QTest::addColumn<QByteArray>("point");
        QTest::addColumn<int>("tornBytes"); // bytes of the journaled header already on the image
        QTest::addColumn<QString>("stateAfterCrash");
        QTest::newRow("after growing the image")
            << QByteArray("encrypt-image-grown") << 0 << QStringLiteral("plain");
        QTest::newRow("header journaled, image untouched")
            << QByteArray("encrypt-header-journaled") << 0 << QStringLiteral("encrypting");
        QTest::newRow("torn in the primary header")
            << QByteArray("encrypt-header-journaled") << 6000 << QStringLiteral("encrypting");
        QTest::newRow("metadata written, key slots not")
            << QByteArray("encrypt-header-journaled") << 32768 << QStringLiteral("encrypting");
        QTest::newRow("header placed, journal not yet retired")
            << QByteArray("encrypt-header-placed") << 0 << QStringLiteral("encrypting");
    }

    void encryptionKilledBeforeTheDataPassResumesWithTheDataIntact()
    {
        QFETCH(QByteArray, point);
        QFETCH(int, tornBytes);
        QFETCH(QString, stateAfterCrash);
        LuksFixtures fx;
        const QString image = fx.path(QStringLiteral("pgdata.img"));
        const QByteArray payload = randomBytes(1024 * 1024);
        makeExt4WithPayload(fx, image, 40, payload);

        QProcessEnvironment env = fx.env;
        env.insert(QStringLiteral("STRONGROOM_TEST_CRASH_POINT"), QString::fromLatin1(point));
        QProcess encrypt;
        encrypt.setProcessEnvironment(env);
        encrypt.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                      QStringList{QStringLiteral("volume"), QStringLiteral("encrypt"), image,
                                  QStringLiteral("--key-file"), fx.keyFile("secret")} +
                          kCheap);
        QVERIFY(encrypt.waitForFinished(120000));
        QCOMPARE(encrypt.exitStatus(), QProcess::CrashExit);

        const QString journal = image + QStringLiteral(".strongroom-encrypt-header");
        if (tornBytes > 0) {
            // What a power cut in the middle of the header write leaves: the header's first bytes.
            QFile from(journal);
            QVERIFY(from.open(QIODevice::ReadOnly));
            QFile to(image);
            QVERIFY(to.open(QIODevice::ReadWrite));
            QCOMPARE(to.write(from.read(tornBytes)), qint64(tornBytes));
        }
        const CliRun info =
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image, QStringLiteral("--json")});
        if (stateAfterCrash == QLatin1String("plain")) {
            QCOMPARE(info.exitCode, 6);
        } else {
            QCOMPARE(jsonOf(info).value(QStringLiteral("reencryption_mode")).toString(),
                     QStringLiteral("encrypt"));
            // A wrong key changes nothing that the right key cannot finish.
            QCOMPARE(fx.cliWithKey(QStringList{QStringLiteral("volume"), QStringLiteral("encrypt"), image} +
                                       kCheap,
                                   "not the secret")
                         .exitCode,
                     3);
        }
        const CliRun resumed = fx.cliWithKey(QStringList{QStringLiteral("volume"), QStringLiteral("encrypt"),
                                                         image, QStringLiteral("--json")} +
                                                 kCheap,
                                             "secret");
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.out + resumed.err).constData());
        QCOMPARE(jsonOf(resumed).value(QStringLiteral("resumed")).toBool(),
                 stateAfterCrash != QLatin1String("plain"));
        QVERIFY(fx.toolOpens(image, "secret", 0));
        // Nothing left beside the image: no journal, no plan, no temporary header.
        const QStringList beside =
            QDir(fx.dir.path())
                .entryList({QStringLiteral("pgdata.img?*"), QStringLiteral(".strongroom-tmp-*")},
                           QDir::Files | QDir::Hidden);
        QVERIFY2(beside.isEmpty(), qPrintable(beside.join(QLatin1Char(' '))));

        // Independent check: a copy decrypted by cryptsetup holds the intact file system and file.
        QVERIFY(cryptsetupDecryptsToPayload(fx, image, "secret", payload));

        // The image grew once, not twice: decryption gives back exactly the old size.
        const CliRun decrypted = fx.cliWithKey(
            {QStringLiteral("volume"), QStringLiteral("decrypt"), image, QStringLiteral("--yes")}, "secret");
        QVERIFY2(decrypted.exitCode == 0, QByteArray(decrypted.out + decrypted.err).constData());
        QCOMPARE(QFileInfo(image).size(), 40 * 1024 * 1024);
        QCOMPARE(catFromExt4(image, QStringLiteral("payload.bin")), payload);
    }

    void encryptingAVolumeTwiceIsRefused()
    {
        LuksFixtures fx;
        const QString image = fx.path(QStringLiteral("small.img"));
        makeExt4WithPayload(fx, image, 8, QByteArray(4096, 'x'));
        QCOMPARE(fx.cliWithKey(
                       QStringList{QStringLiteral("volume"), QStringLiteral("encrypt"), image} + kCheap, "k")
                     .exitCode,
                 0);
        const CliRun again = fx.cliWithKey(QStringList{QStringLiteral("volume"), QStringLiteral("encrypt"),
                                                       image, QStringLiteral("--json")} +
                                               kCheap,
                                           "k");
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(
            jsonOf(again).value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("already-encrypted"));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestInPlaceEncryption test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestInPlaceEncryption.moc"

#include "age/AgeFile.h"
#include "age/IdentityFile.h"
#include "age/X25519Keys.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace strongroom;
using namespace strongroom::age;

// Interop both ways with the age program of Debian 13 (1.2.1): files this library writes open with
// `age -d`, files `age` writes open here, byte-identical, for X25519 (one and several recipients),
// scrypt passphrases (age -p on a pseudo-terminal, tests/support/age_tty.py) and ASCII armor, with
// payloads of 0, 1, 65 535, 65 536 and 65 537 bytes (around the 64 KiB chunk edge) and 100 MiB.
class TestAgeInterop : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;
    QString m_age;
    QString m_ageKeygen;
    const QByteArray m_passphrase = "interop: correct horse battery staple";

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray sha256Of(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return hash.result().toHex();
    }

    // A payload whose bytes differ chunk to chunk, so a reordered or repeated chunk cannot pass.
    void makePayload(const QString &file, qint64 size)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray block(1 << 20, Qt::Uninitialized);
        quint32 state = quint32(size) * 2654435761u + 1;
        for (qint64 written = 0; written < size;) {
            for (char &c : block) {
                state = state * 1664525u + 1013904223u;
                c = char(state >> 24);
            }
            const qint64 n = std::min<qint64>(block.size(), size - written);
            QCOMPARE(f.write(block.constData(), n), n);
            written += n;
        }
    }

    // Runs a program to its end; returns its exit code (-1 if it did not finish) and its stderr.
    static int run(const QString &program, const QStringList &args, const QByteArray &input,
                   QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForStarted())
            return -1;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(300000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    int runAgeOnTerminal(const QStringList &args, QByteArray *err)
    {
        const QString helper =
            qEnvironmentVariable("STRONGROOM_SOURCE_DIR") + QStringLiteral("/tests/support/age_tty.py");
        return run(QStringLiteral("python3"), QStringList{helper, m_age} + args, m_passphrase + '\n', err);
    }

    X25519Identity keygen(const QString &file)
    {
        QFile::remove(file);
        if (run(m_ageKeygen, {QStringLiteral("-o"), file}, {}) != 0)
            qFatal("age-keygen failed");
        auto identities = readIdentityFile(file, nullptr);
        if (!identities)
            qFatal("%s", qPrintable(identities.error().message));
        return identities->first();
    }

    Status ourEncrypt(const QString &from, const QString &to, const EncryptRequest &request)
    {
        QFile in(from), out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(ExitCode::Failure, QStringLiteral("cannot open files"));
        auto result = encryptFile(in, out, request);
        if (!result)
            return result.error();
        return Status::success();
    }

    DecryptOutcome ourDecrypt(const QString &from, const QString &to, const DecryptKeys &keys)
    {
        QFile in(from), out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot open files");
        return decryptFile(in, &out, keys);
    }

    static void sizes()
    {
        QTest::addColumn<qint64>("size");
        for (const qint64 size : {0, 1, 65535, 65536, 65537})
            QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(size))) << size;
        QTest::newRow("100 MiB") << (qint64(100) << 20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_age = QStandardPaths::findExecutable(QStringLiteral("age"));
        m_ageKeygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
        if (m_age.isEmpty() || m_ageKeygen.isEmpty())
            QSKIP("the age program (Debian package age) is not installed: no interop test can run");
        QVERIFY(m_dir.isValid());
    }

    void ageOpensWhatWeEncryptToOneRecipient_data() { sizes(); }
    void ageOpensWhatWeEncryptToOneRecipient()
    {
        QFETCH(qint64, size);
        const X25519Identity identity = keygen(path(QStringLiteral("key.txt")));
        makePayload(path(QStringLiteral("plain")), size);
        EncryptRequest request;
        request.recipients = {identity.recipient()};
        const Status encrypted =
            ourEncrypt(path(QStringLiteral("plain")), path(QStringLiteral("ours.age")), request);
        QVERIFY2(encrypted, qPrintable(encrypted.error().message));
        QByteArray err;
        QCOMPARE(run(m_age,
                     {QStringLiteral("-d"), QStringLiteral("-i"), path(QStringLiteral("key.txt")),
                      QStringLiteral("-o"), path(QStringLiteral("back")), path(QStringLiteral("ours.age"))},
                     {}, &err),
                 0);
        QCOMPARE(sha256Of(path(QStringLiteral("back"))), sha256Of(path(QStringLiteral("plain"))));
        // The size is what the spec says: header, nonce, and 16 bytes of tag per chunk (at least one).
        const qint64 chunks = std::max<qint64>(1, (size + 65535) / 65536);
        QVERIFY(QFileInfo(path(QStringLiteral("ours.age"))).size() > size + 16 + chunks * 16);
    }

    void weOpenWhatAgeEncryptsToOneRecipient_data() { sizes(); }
    void weOpenWhatAgeEncryptsToOneRecipient()
    {
        QFETCH(qint64, size);
        const X25519Identity identity = keygen(path(QStringLiteral("key.txt")));
        makePayload(path(QStringLiteral("plain")), size);
        QCOMPARE(run(m_age,
                     {QStringLiteral("-r"), identity.recipient().toString(), QStringLiteral("-o"),
                      path(QStringLiteral("theirs.age")), path(QStringLiteral("plain"))},
                     {}),
                 0);
        DecryptKeys keys;
        keys.identities = {identity};
        const DecryptOutcome outcome =
            ourDecrypt(path(QStringLiteral("theirs.age")), path(QStringLiteral("back")), keys);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
        QCOMPARE(outcome.released, size);
        QCOMPARE(sha256Of(path(QStringLiteral("back"))), sha256Of(path(QStringLiteral("plain"))));
    }

    void severalRecipientsEachOpenBothWays()
    {
        const X25519Identity first = keygen(path(QStringLiteral("k1.txt")));
        const X25519Identity second = keygen(path(QStringLiteral("k2.txt")));
        const X25519Identity third = X25519Identity::generate();
        makePayload(path(QStringLiteral("plain")), 65537);
        EncryptRequest request;
        request.recipients = {third.recipient(), first.recipient(), second.recipient()};
        QVERIFY(ourEncrypt(path(QStringLiteral("plain")), path(QStringLiteral("ours.age")), request));
        for (const QString &key : {QStringLiteral("k1.txt"), QStringLiteral("k2.txt")}) {
            QFile::remove(path(QStringLiteral("back")));
            QCOMPARE(run(m_age,
                         {QStringLiteral("-d"), QStringLiteral("-i"), path(key), QStringLiteral("-o"),
                          path(QStringLiteral("back")), path(QStringLiteral("ours.age"))},
                         {}),
                     0);
            QCOMPARE(sha256Of(path(QStringLiteral("back"))), sha256Of(path(QStringLiteral("plain"))));
        }
        QCOMPARE(
            run(m_age,
                {QStringLiteral("-r"), first.recipient().toString(), QStringLiteral("-r"),
                 second.recipient().toString(), QStringLiteral("-r"), third.recipient().toString(),
                 QStringLiteral("-o"), path(QStringLiteral("theirs.age")), path(QStringLiteral("plain"))},
                {}),
            0);
        for (const X25519Identity &identity : {first, second, third}) {
            DecryptKeys keys;
            keys.identities = {identity};
            const DecryptOutcome outcome =
                ourDecrypt(path(QStringLiteral("theirs.age")), path(QStringLiteral("back")), keys);
            QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
            QCOMPARE(sha256Of(path(QStringLiteral("back"))), sha256Of(path(QStringLiteral("plain"))));
        }
    }

    void armorOpensBothWays_data()
    {
        QTest::addColumn<qint64>("size");
        for (const qint64 size : {0, 1, 65537})
            QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(size))) << size;
    }
    void armorOpensBothWays()
    {
        QFETCH(qint64, size);
        const X25519Identity identity = keygen(path(QStringLiteral("key.txt")));
        makePayload(path(QStringLiteral("plain")), size);
        EncryptRequest request;
        request.recipients = {identity.recipient()};
        request.armor = true;
        QVERIFY(ourEncrypt(path(QStringLiteral("plain")), path(QStringLiteral("ours.age")), request));
        QFile::remove(path(QStringLiteral("back")));
        QCOMPARE(run(m_age,
                     {QStringLiteral("-d"), QStringLiteral("-i"), path(QStringLiteral("key.txt")),
                      QStringLiteral("-o"), path(QStringLiteral("back")), path(QStringLiteral("ours.age"))},
                     {}),
                 0);
        QCOMPARE(sha256Of(path(QStringLiteral("back"))), sha256Of(path(QStringLiteral("plain"))));
        QCOMPARE(
            run(m_age,
                {QStringLiteral("-a"), QStringLiteral("-r"), identity.recipient().toString(),
                 QStringLiteral("-o"), path(QStringLiteral("theirs.age")), path(QStringLiteral("plain"))},
                {}),
            0);
        DecryptKeys keys;
        keys.identities = {identity};
        const DecryptOutcome outcome =
            ourDecrypt(path(QStringLiteral("theirs.age")), path(QStringLiteral("back")), keys);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
        QVERIFY(outcome.armored);
        QCOMPARE(sha256Of(path(QStringLiteral("back"))), sha256Of(path(QStringLiteral("plain"))));
    }

    void passphraseFilesOpenBothWays_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("armor");
        QTest::newRow("1 byte, binary") << qint64(1) << false;
        QTest::newRow("65537 bytes, armored") << qint64(65537) << true;
    }
    void passphraseFilesOpenBothWays()
    {
        QFETCH(qint64, size);
        QFETCH(bool, armor);
        makePayload(path(QStringLiteral("plain")), size);
        EncryptRequest request;
        request.passphrase = KeyMaterial(QCA::SecureArray(m_passphrase));
        request.scryptLogN = 16; // quick to test; the CLI calibrates to about a second
        request.armor = armor;
        QVERIFY(ourEncrypt(path(QStringLiteral("plain")), path(QStringLiteral("ours.age")), request));
        QFile::remove(path(QStringLiteral("back")));
        QByteArray err;
        QCOMPARE(runAgeOnTerminal({QStringLiteral("-d"), QStringLiteral("-o"), path(QStringLiteral("back")),
                                   path(QStringLiteral("ours.age"))},
                                  &err),
                 0);
        QCOMPARE(sha256Of(path(QStringLiteral("back"))), sha256Of(path(QStringLiteral("plain"))));

        QStringList args{QStringLiteral("-p"), QStringLiteral("-o"), path(QStringLiteral("theirs.age"))};
        if (armor)
            args.prepend(QStringLiteral("-a"));
        QCOMPARE(runAgeOnTerminal(args << path(QStringLiteral("plain")), &err), 0);
        DecryptKeys keys;
        keys.passphrase = KeyMaterial(QCA::SecureArray(m_passphrase));
        DecryptOutcome outcome =
            ourDecrypt(path(QStringLiteral("theirs.age")), path(QStringLiteral("back")), keys);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
        QCOMPARE(outcome.openedBy, QStringLiteral("scrypt"));
        QCOMPARE(sha256Of(path(QStringLiteral("back"))), sha256Of(path(QStringLiteral("plain"))));

        keys.passphrase = KeyMaterial(QCA::SecureArray(QByteArray("not the passphrase")));
        outcome = ourDecrypt(path(QStringLiteral("theirs.age")), path(QStringLiteral("back")), keys);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, ExitCode::WrongKey);
    }

    // age -p on an identity file (what `age-keygen | age -p` makes) gives an identity file we read.
    void passphraseProtectedIdentityFilesOpen()
    {
        const X25519Identity identity = keygen(path(QStringLiteral("key.txt")));
        QByteArray err;
        QFile::remove(path(QStringLiteral("key.txt.age")));
        QCOMPARE(runAgeOnTerminal({QStringLiteral("-p"), QStringLiteral("-a"), QStringLiteral("-o"),
                                   path(QStringLiteral("key.txt.age")), path(QStringLiteral("key.txt"))},
                                  &err),
                 0);
        const KeyMaterial passphrase{QCA::SecureArray(m_passphrase)};
        const auto identities = readIdentityFile(path(QStringLiteral("key.txt.age")), &passphrase);
        QVERIFY2(identities, qPrintable(identities.error().message));
        QCOMPARE(identities->first().recipient().toString(), identity.recipient().toString());
        const auto withoutPassphrase = readIdentityFile(path(QStringLiteral("key.txt.age")), nullptr);
        QVERIFY(!withoutPassphrase);
        QCOMPARE(withoutPassphrase.error().code, ExitCode::WrongKey);
    }
};

QTEST_GUILESS_MAIN(TestAgeInterop)
#include "TestAgeInterop.moc"

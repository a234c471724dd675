// FileMagic, how `db info` names a file that is not the database it was given ("this is a gzip
// file, not a database"). Inputs made by the real tools (sqlcipher, gzip, xz, zstd, tar, age,
// gpg, cryptsetup) and this test's own ELF binary are recognised by their first bytes; an
// encrypted SQLCipher file and random bytes are "unknown" (they have no magic); text is text
// only when it is UTF-8 without control characters, even when the 512 bytes read end inside a
// character; an empty file is empty.
#include "sqlcipher/FileMagic.h"
#include "support/SqlCipherShell.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace strongroom;

Q_DECLARE_METATYPE(strongroom::FileMagic::Kind)

class TestFileMagic : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    // Runs `program` with `input` on stdin and its stdout into the file `output`; "" when it ran.
    QString runTool(const QString &program, const QStringList &args, const QByteArray &input,
                    const QString &output)
    {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return program + QStringLiteral(" is not installed");
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        if (!output.isEmpty())
            p.setStandardOutputFile(path(output));
        p.start(program, args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }

private Q_SLOTS:
    void filesMadeByTheirToolsAreNamed_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("description");
        QTest::newRow("gzip") << "gzip" << QStringList{QStringLiteral("-c")} << "gzip compressed data";
        QTest::newRow("xz") << "xz" << QStringList{QStringLiteral("-c")} << "xz compressed data";
        QTest::newRow("zstd") << "zstd" << QStringList{QStringLiteral("-c"), QStringLiteral("-q")}
                              << "Zstandard compressed data";
        QTest::newRow("tar") << "tar"
                             << QStringList{QStringLiteral("-cf"), QStringLiteral("-"),
                                            QStringLiteral("input.txt")}
                             << "tar archive";
        QTest::newRow("gpg armor") << "gpg"
                                   << QStringList{QStringLiteral("--homedir"),
                                                  m_dir.filePath(QStringLiteral("gnupg")),
                                                  QStringLiteral("--batch"), QStringLiteral("--enarmor")}
                                   << "OpenPGP armored data";
    }
    void filesMadeByTheirToolsAreNamed()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, description);
        writeFile(QStringLiteral("input.txt"), QByteArray("some text to pack\n").repeated(100));
        QDir().mkpath(path(QStringLiteral("gnupg")));
        QFile::setPermissions(path(QStringLiteral("gnupg")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString failed = runTool(program, args, QByteArray("some text to pack\n").repeated(100),
                                       QStringLiteral("out.bin"));
        if (!failed.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not checked: %1 files (%2)").arg(program, failed)));
        const FileMagic magic = FileMagic::identifyFile(path(QStringLiteral("out.bin")));
        QCOMPARE(magic.kind, FileMagic::Kind::OtherType);
        QCOMPARE(magic.description, description);
    }

    void anAgeFileIsNamed()
    {
        const QString failed = runTool(QStringLiteral("age-keygen"),
                                       {QStringLiteral("-o"), path(QStringLiteral("id.txt"))}, {}, {});
        if (!failed.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not checked: age files (%1)").arg(failed)));
        QFile id(path(QStringLiteral("id.txt")));
        QVERIFY(id.open(QIODevice::ReadOnly));
        const QByteArray text = id.readAll();
        const qsizetype at = text.indexOf("# public key: ");
        QVERIFY(at >= 0);
        const QString recipient = QString::fromLatin1(text.mid(at + 14, text.indexOf('\n', at) - at - 14));
        QCOMPARE(runTool(QStringLiteral("age"), {QStringLiteral("-r"), recipient}, "secret",
                         QStringLiteral("x.age")),
                 QString());
        const FileMagic magic = FileMagic::identifyFile(path(QStringLiteral("x.age")));
        QCOMPARE(magic.kind, FileMagic::Kind::OtherType);
        QCOMPARE(magic.description, QStringLiteral("age encrypted file"));
    }

    void aLuksHeaderIsNamed()
    {
        writeFile(QStringLiteral("key"), "pw");
        QFile image(path(QStringLiteral("v.img")));
        QVERIFY(image.open(QIODevice::WriteOnly));
        QVERIFY(image.resize(20 * 1024 * 1024));
        image.close();
        const QString failed = runTool(
            QStringLiteral("cryptsetup"),
            {QStringLiteral("luksFormat"), QStringLiteral("-q"), QStringLiteral("--pbkdf"),
             QStringLiteral("pbkdf2"), QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"),
             QStringLiteral("--key-file"), path(QStringLiteral("key")), image.fileName()},
            {}, {});
        if (!failed.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not checked: LUKS headers (%1)").arg(failed)));
        QCOMPARE(FileMagic::identifyFile(image.fileName()).description,
                 QStringLiteral("LUKS encrypted volume header"));
    }

    void thisTestsOwnBinaryIsAnElfExecutable()
    {
        const FileMagic magic = FileMagic::identifyFile(QCoreApplication::applicationFilePath());
        QCOMPARE(magic.kind, FileMagic::Kind::OtherType);
        QCOMPARE(magic.description, QStringLiteral("ELF executable"));
    }

    void databasesAreToldApartByTheirFirstBytes()
    {
        const QString plain = path(QStringLiteral("plain.db")), encrypted = path(QStringLiteral("enc.db"));
        QCOMPARE(runSqlCipherShell(plain, "CREATE TABLE t(x);\n").exitCode, 0);
        QCOMPARE(runSqlCipherShell(encrypted, "PRAGMA key = 'pw';\nCREATE TABLE t(x);\n").exitCode, 0);
        const FileMagic p = FileMagic::identifyFile(plain);
        QCOMPARE(p.kind, FileMagic::Kind::PlainSqlite);
        QCOMPARE(p.description, QStringLiteral("SQLite database"));
        // An encrypted file starts with its random salt: nothing to recognise, by design.
        QCOMPARE(FileMagic::identifyFile(encrypted).kind, FileMagic::Kind::Unknown);
    }

    void headsAreJudgedByTheirBytes_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<FileMagic::Kind>("kind");
        QTest::addColumn<QString>("description");
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << FileMagic::Kind::OtherType
                             << "PNG image";
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << FileMagic::Kind::OtherType
                             << "PDF document";
        QTest::newRow("PostgreSQL dump") << QByteArray("PGDMP\x01\x0e\x00", 8) << FileMagic::Kind::OtherType
                                         << "PostgreSQL custom-format dump";
        QTest::newRow("SQLite's magic without its NUL")
            << QByteArray("SQLite format 3!") << FileMagic::Kind::Text << "text";
        QTest::newRow("UTF-8 text") << QByteArray("Grüße, Zürich\n\tß\r\n") << FileMagic::Kind::Text
                                    << "text";
        QTest::newRow("text cut inside a character")
            << QByteArray(510, 'a') + QByteArray("\xc3\xa4").left(1) << FileMagic::Kind::Text << "text";
        QTest::newRow("text cut inside a three-byte character")
            << QByteArray(509, 'a') + QByteArray("\xe2\x82") << FileMagic::Kind::Text << "text";
        QTest::newRow("text cut inside a four-byte character")
            << QByteArray(508, 'a') + QByteArray("\xf0\x9f\x98") << FileMagic::Kind::Text << "text";
        QTest::newRow("short text ending in two-byte characters")
            << QByteArray("Stra\xc3\x9f\xc3\x9f") << FileMagic::Kind::Text << "text";
        QTest::newRow("a stray continuation byte") << QByteArray("abc\x82"
                                                                 "def")
                                                   << FileMagic::Kind::Unknown << QString();
        QTest::newRow("Latin-1 text") << QByteArray("M\xfcller und S\xf6hne ") + QByteArray(40, 'x')
                                      << FileMagic::Kind::Unknown << QString();
        QTest::newRow("a NUL byte") << QByteArray("text\0more", 9) << FileMagic::Kind::Unknown << QString();
        QTest::newRow("an escape") << QByteArray("\x1b[2J") << FileMagic::Kind::Unknown << QString();
    }
    void headsAreJudgedByTheirBytes()
    {
        QFETCH(QByteArray, head);
        QFETCH(FileMagic::Kind, kind);
        QFETCH(QString, description);
        const FileMagic magic = FileMagic::identify(head, head.size());
        QCOMPARE(magic.kind, kind);
        QCOMPARE(magic.description, description);
    }

    void randomBytesAreUnknown()
    {
        for (int i = 0; i < 200; ++i) {
            QByteArray head(512, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(head.data()), 128);
            const FileMagic magic = FileMagic::identify(head, 4096);
            QVERIFY2(magic.kind == FileMagic::Kind::Unknown || magic.kind == FileMagic::Kind::OtherType,
                     qPrintable(magic.description));
        }
    }

    void emptyAndMissingFiles()
    {
        writeFile(QStringLiteral("empty"), {});
        const FileMagic empty = FileMagic::identifyFile(path(QStringLiteral("empty")));
        QCOMPARE(empty.kind, FileMagic::Kind::Empty);
        QCOMPARE(empty.description, QStringLiteral("an empty file"));
        QCOMPARE(FileMagic::identifyFile(path(QStringLiteral("missing"))).kind, FileMagic::Kind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestFileMagic)

#include "TestFileMagic.moc"

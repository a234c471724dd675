#include "age/AgeFile.h"
#include "age/X25519Keys.h"
#include "postgres/PgBackupFormat.h"

#include <KCompressionDevice>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;

Q_DECLARE_METATYPE(strongroom::ui::PgBackupFormat::Kind)

// What the PostgreSQL restore wizard says a chosen file is, before any key is asked for: real age
// files (to recipients and with a passphrase), with and without the manifest and checksums of a
// `pg backup` set, a Node sidecar set, an OpenPGP message, gzip, custom-format and SQL dumps, and a
// file that is not there.
class TestPgBackupFormat : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static void writeAge(const QString &path, bool passphrase)
    {
        age::EncryptRequest request;
        if (passphrase) {
            request.passphrase = KeyMaterial(QCA::SecureArray(QByteArray("format test")));
            request.scryptLogN = 10;
        } else {
            request.recipients = {age::X25519Identity::generate().recipient()};
        }
        QByteArray plain("PGDMP and more");
        QBuffer in(&plain);
        in.open(QIODevice::ReadOnly);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(age::encryptFile(in, out, request));
    }

private Q_SLOTS:
    void tellsWhatAFileIs_data()
    {
        QTest::addColumn<QString>("make");
        QTest::addColumn<PgBackupFormat::Kind>("kind");
        QTest::addColumn<bool>("passphrase");
        QTest::addColumn<QString>("says");
        using Kind = PgBackupFormat::Kind;
        QTest::newRow("pg backup set to a recipient")
            << "set-recipient" << Kind::StrongroomSet << false << "manifest";
        QTest::newRow("pg backup set with a passphrase")
            << "set-passphrase" << Kind::StrongroomSet << true << "manifest";
        QTest::newRow("dump name without the set's other files")
            << "lone-dump" << Kind::Age << false << "without";
        QTest::newRow("age file with a passphrase") << "age-passphrase" << Kind::Age << true << "age";
        QTest::newRow("Node sidecar set") << "node" << Kind::NodeGcm << false << "64 hexadecimal";
        QTest::newRow("armored OpenPGP") << "openpgp" << Kind::OpenPgp << true << "gpg";
        QTest::newRow("gzip-compressed SQL") << "gzip" << Kind::Plain << false << "gzip";
        QTest::newRow("custom-format dump") << "custom" << Kind::Plain << false << "custom-format";
        QTest::newRow("SQL text") << "sql" << Kind::Plain << false << "SQL";
        QTest::newRow("no such file") << "missing" << Kind::Unreadable << false << "cannot be read";
    }
    void tellsWhatAFileIs()
    {
        QFETCH(QString, make);
        QFETCH(PgBackupFormat::Kind, kind);
        QFETCH(bool, passphrase);
        QFETCH(QString, says);
        QString file;
        if (make.startsWith(QLatin1String("set-")) || make == QLatin1String("lone-dump")) {
            const QString folder = path(make);
            QVERIFY(QDir().mkpath(folder));
            const QString stem = QDir(folder).filePath(QStringLiteral("shop-pgbackup-20261205-010203"));
            file = stem + QStringLiteral(".dump.zst.age");
            writeAge(file, make == QLatin1String("set-passphrase"));
            if (make != QLatin1String("lone-dump")) {
                write(stem + QStringLiteral(".manifest.age"), "age manifest");
                write(stem + QStringLiteral(".sha256"), "checksums\n");
            }
        } else if (make == QLatin1String("age-passphrase")) {
            file = path(QStringLiteral("shop.dump.age"));
            writeAge(file, true);
        } else if (make == QLatin1String("node")) {
            file = path(QStringLiteral("shop.sql.enc"));
            write(file, QByteArray(64, '\x5a'));
            write(path(QStringLiteral("shop.sql.iv")), QByteArray(32, 'a'));
            write(path(QStringLiteral("shop.sql.sha256")), QByteArray(64, 'b'));
        } else if (make == QLatin1String("openpgp")) {
            file = path(QStringLiteral("shop.sql.gz.asc"));
            write(file, "-----BEGIN PGP MESSAGE-----\n\njA0ECQMC\n-----END PGP MESSAGE-----\n");
        } else if (make == QLatin1String("gzip")) {
            file = path(QStringLiteral("shop.sql.gz"));
            KCompressionDevice out(file, KCompressionDevice::GZip);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("--\n-- PostgreSQL database dump\n--\n");
        } else if (make == QLatin1String("custom")) {
            file = path(QStringLiteral("shop.dump"));
            write(file, QByteArray("PGDMP\x01\x10\x00", 8));
        } else if (make == QLatin1String("sql")) {
            file = path(QStringLiteral("shop.sql"));
            write(file, "--\n-- PostgreSQL database dump\n--\n");
        } else {
            file = path(QStringLiteral("not-there.dump"));
        }
        const PgBackupFormat format = detectPgBackupFormat(file);
        QCOMPARE(format.kind, kind);
        QCOMPARE(format.passphraseKey, passphrase);
        QVERIFY2(format.description.contains(says), qPrintable(format.description));
        QCOMPARE(format.hasManifest(), kind == PgBackupFormat::Kind::StrongroomSet);
        QCOMPARE(format.needsKey(),
                 kind != PgBackupFormat::Kind::Plain && kind != PgBackupFormat::Kind::Unreadable);
    }
};

QTEST_MAIN(TestPgBackupFormat)
#include "TestPgBackupFormat.moc"

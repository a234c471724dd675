#include "DbFixtures.h"
#include "sqlcipher/PageReencryptor.h"

#include <QTemporaryDir>
#include <QtCrypto>

using namespace strongroom;

Q_DECLARE_METATYPE(strongroom::CipherSettings)

// Pages the `sqlcipher` shell wrote, moved to a new key by PageReencryptor alone (no SQLite), in
// every layout it takes: the shell opens the result with the new key, every page's HMAC holds and
// the rows are there; the old key no longer opens it. A damaged page is named, and layouts that
// differ between the two sides are not taken.
class TestPageReencryptor : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    static KeyMaterial key(const QByteArray &text) { return KeyMaterial(QCA::SecureArray(text)); }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void newFileOpensWithTheNewKeyInTheShell_data()
    {
        QTest::addColumn<QByteArray>("settingsPragmas");
        QTest::addColumn<CipherSettings>("settings");
        CipherSettings fast = CipherSettings::sqlcipher4();
        fast.kdfIter = 4000;
        CipherSettings custom = fast;
        custom.pageSize = 8192;
        custom.hmacAlgorithm = QStringLiteral("HMAC_SHA256");
        QTest::newRow("sqlcipher 4") << QByteArray("PRAGMA kdf_iter = 4000;\n") << fast;
        QTest::newRow("sqlcipher 3") << QByteArray("PRAGMA cipher_compatibility = 3;\n")
                                     << CipherSettings::sqlcipher3();
        QTest::newRow("8 KiB pages, HMAC-SHA256")
            << QByteArray("PRAGMA kdf_iter = 4000;\nPRAGMA cipher_page_size = 8192;\n"
                          "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;\n")
            << custom;
    }

    void newFileOpensWithTheNewKeyInTheShell()
    {
        QFETCH(QByteArray, settingsPragmas);
        QFETCH(CipherSettings, settings);
        const QString tag =
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString source = m_dir.filePath(tag + QStringLiteral("-old.db"));
        const QString target = m_dir.filePath(tag + QStringLiteral("-new.db"));
        dbfixtures::makeWithShell(source, "PRAGMA key = 'old';\n" + settingsPragmas + dbfixtures::content());
        const QByteArray in = readAll(source);
        const QByteArray salt = in.left(PageKeys::saltSize);
        const Result<PageKeys> from = PageKeys::derive(key("old"), salt, settings);
        const Result<PageKeys> to = PageKeys::derive(key("new"), salt, settings);
        QVERIFY(from && to);
        QVERIFY(PageReencryptor::supports(settings, settings));
        const PageReencryptor pages(from.value(), to.value(), settings);
        const qint64 pageCount = in.size() / settings.pageSize;
        QByteArray out(in.size(), '\0');
        // In two slices, as two workers would take them.
        const auto *src = reinterpret_cast<const uchar *>(in.constData());
        auto *dst = reinterpret_cast<uchar *>(out.data());
        QVERIFY(pages.reencrypt(src, dst, 1, 2));
        QVERIFY(pages.reencrypt(src + 2 * settings.pageSize, dst + 2 * settings.pageSize, 3, pageCount));
        dbfixtures::writeFile(target, out);

        const ShellRun r = runSqlCipherShell(target, "PRAGMA key = 'new';\n" + settingsPragmas +
                                                         "PRAGMA cipher_integrity_check;\n"
                                                         "SELECT count(*), sum(length(blob)) FROM big;\n");
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').last(), QByteArray("600|120000"));
        QVERIFY2(!r.out.contains("HMAC"), r.out.constData());
        const ShellRun old = runSqlCipherShell(target, "PRAGMA key = 'old';\n" + settingsPragmas +
                                                           "SELECT count(*) FROM big;\n");
        QVERIFY(old.exitCode != 0);
    }

    void aDamagedPageIsNamed()
    {
        const QString source = m_dir.filePath(QStringLiteral("damaged.db"));
        dbfixtures::makeWithShell(source,
                                  "PRAGMA key = 'old';\nPRAGMA kdf_iter = 4000;\n" + dbfixtures::content());
        CipherSettings settings = CipherSettings::sqlcipher4();
        settings.kdfIter = 4000;
        dbfixtures::flipByte(source, 4LL * settings.pageSize + 300); // page 5
        const QByteArray in = readAll(source);
        const PageReencryptor pages(PageKeys::derive(key("old"), in.left(16), settings).value(),
                                    PageKeys::derive(key("new"), in.left(16), settings).value(), settings);
        QByteArray out(in.size(), '\0');
        const Status s =
            pages.reencrypt(reinterpret_cast<const uchar *>(in.constData()),
                            reinterpret_cast<uchar *>(out.data()), 1, in.size() / settings.pageSize);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ExitCode::Integrity);
        QCOMPARE(s.error().kindName(), QStringLiteral("damaged-page"));
        QVERIFY2(s.error().message.startsWith(QLatin1String("Page 5 ")), qPrintable(s.error().message));
    }

    void takesOnlyLayoutsThatStayTheSame()
    {
        CipherSettings v4 = CipherSettings::sqlcipher4();
        CipherSettings otherKdf = v4;
        otherKdf.kdfIter = 1000;
        otherKdf.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA1");
        CipherSettings otherPages = v4;
        otherPages.pageSize = 8192;
        CipherSettings plaintextHeader = v4;
        plaintextHeader.plaintextHeaderSize = 32;
        QVERIFY(PageReencryptor::supports(v4, otherKdf));
        QVERIFY(!PageReencryptor::supports(v4, otherPages));
        QVERIFY(!PageReencryptor::supports(v4, CipherSettings::sqlcipher3()));
        QVERIFY(!PageReencryptor::supports(v4, plaintextHeader));
        QVERIFY(!PageReencryptor::supports(CipherSettings::sqlcipher1(), CipherSettings::sqlcipher1()));
    }
};

QTEST_GUILESS_MAIN(TestPageReencryptor)
#include "TestPageReencryptor.moc"

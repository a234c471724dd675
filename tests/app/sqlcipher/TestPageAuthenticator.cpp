#include "DbFixtures.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/PageAuthenticator.h"

#include <QTemporaryDir>
#include <QtCrypto>
#include <cstring>

using namespace strongroom;

Q_DECLARE_METATYPE(strongroom::CipherSettings)

// Strongroom's own page HMAC check against files the `sqlcipher` shell wrote, in every layout it
// supports: it must accept what SQLCipher wrote and name exactly the pages that
// PRAGMA cipher_integrity_check names once a byte is changed.
class TestPageAuthenticator : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    static KeyMaterial key(const QByteArray &text) { return KeyMaterial(QCA::SecureArray(text)); }

    static QList<qint64> check(const QString &path, const PageAuthenticator &pages)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {-1};
        const uchar *data = file.map(0, file.size());
        const QList<qint64> failing = pages.failingPages(data, 1, file.size() / pages.pageSize());
        file.unmap(const_cast<uchar *>(data));
        return failing;
    }

    // The page numbers the shell's PRAGMA cipher_integrity_check reports.
    static QList<qint64> shellFailingPages(const QString &path, const QByteArray &keyPragmas)
    {
        const ShellRun r = runSqlCipherShell(path, keyPragmas + "\nPRAGMA cipher_integrity_check;\n");
        QList<qint64> pages;
        for (const QByteArray &line : r.out.split('\n')) {
            const int at = line.indexOf("page ");
            if (at >= 0)
                pages.append(line.mid(at + 5).split(' ').first().toLongLong());
        }
        return pages;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void acceptsWhatSqlCipherWroteAndNamesTheSamePagesWhenDamaged_data()
    {
        QTest::addColumn<QByteArray>("keyPragmas");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<CipherSettings>("settings");
        CipherSettings custom;
        custom.pageSize = 8192;
        custom.kdfIter = 64000;
        custom.hmacAlgorithm = QStringLiteral("HMAC_SHA256");
        custom.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA256");
        QTest::newRow("sqlcipher 4, passphrase")
            << QByteArray("PRAGMA key = 'pw4';") << QByteArray("pw4") << CipherSettings::sqlcipher4();
        QTest::newRow("sqlcipher 4, raw key")
            << QByteArray("PRAGMA key = \"x'" + dbfixtures::kRawKeyHex + "'\";")
            << QByteArray("x'" + dbfixtures::kRawKeyHex + "'") << CipherSettings::sqlcipher4();
        QTest::newRow("sqlcipher 3") << QByteArray("PRAGMA key = 'pw3';\nPRAGMA cipher_compatibility = 3;")
                                     << QByteArray("pw3") << CipherSettings::sqlcipher3();
        QTest::newRow("sqlcipher 2") << QByteArray("PRAGMA key = 'pw2';\nPRAGMA cipher_compatibility = 2;")
                                     << QByteArray("pw2") << CipherSettings::sqlcipher2();
        QTest::newRow("custom: 8 KiB pages, HMAC-SHA256")
            << QByteArray("PRAGMA key = 'pwc';\nPRAGMA cipher_page_size = 8192;\nPRAGMA kdf_iter = 64000;\n"
                          "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;\n"
                          "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256;")
            << QByteArray("pwc") << custom;
    }

    void acceptsWhatSqlCipherWroteAndNamesTheSamePagesWhenDamaged()
    {
        QFETCH(QByteArray, keyPragmas);
        QFETCH(QByteArray, key);
        QFETCH(CipherSettings, settings);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_') + ".db");
        dbfixtures::makeWithShell(path, keyPragmas + "\n" + dbfixtures::content());
        QVERIFY(PageAuthenticator::supports(settings));

        const Result<QByteArray> salt = PageKeys::readSalt(path);
        QVERIFY(salt);
        const Result<PageKeys> keys = PageKeys::derive(this->key(key), salt.value(), settings);
        QVERIFY(keys);
        // The derived key is SQLCipher's: the file opens with it, without a KDF run.
        const KeyMaterial raw = keys->rawKey();
        QCOMPARE(raw.kind(), KeyKind::Raw);
        Result<std::unique_ptr<Database>> db =
            Database::open(path, {Database::Access::ReadOnly, &raw, settings});
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM big")).toInt(), 600);
        db.value().reset();

        const PageAuthenticator pages(keys.value(), settings);
        QCOMPARE(check(path, pages), QList<qint64>());
        QVERIFY(QFileInfo(path).size() / settings.pageSize >= 4);

        // A byte of the ciphertext of page 1 (after the salt) and of page 3.
        dbfixtures::flipByte(path, 40);
        dbfixtures::flipByte(path, 2LL * settings.pageSize + 100);
        const QList<qint64> expected{1, 3};
        QCOMPARE(check(path, pages), expected);
        // The shell cannot read page 1 any more, so it reports nothing past the key: compare on a
        // file with page 3 damaged alone.
        dbfixtures::flipByte(path, 40);
        QCOMPARE(check(path, pages), QList<qint64>{3});
        QCOMPARE(shellFailingPages(path, keyPragmas), QList<qint64>{3});
    }

    // sign() writes the HMACs SQLCipher itself wrote: with every stored HMAC wiped, signing the pages
    // again (in slices that start anywhere, page 1 among them) gives back the file byte for byte.
    void signWritesTheHmacsSqlCipherWrote_data()
    {
        acceptsWhatSqlCipherWroteAndNamesTheSamePagesWhenDamaged_data();
    }

    void signWritesTheHmacsSqlCipherWrote()
    {
        QFETCH(QByteArray, keyPragmas);
        QFETCH(QByteArray, key);
        QFETCH(CipherSettings, settings);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_') + "-sign.db");
        dbfixtures::makeWithShell(path, keyPragmas + "\n" + dbfixtures::content());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const Result<PageKeys> keys =
            PageKeys::derive(this->key(key), original.left(PageKeys::saltSize), settings);
        QVERIFY(keys);
        const PageAuthenticator pages(keys.value(), settings);
        const PageLayout layout(settings);
        const qint64 pageCount = original.size() / settings.pageSize;
        QVERIFY(pageCount >= 10);

        QByteArray wiped = original;
        for (qint64 page = 1; page <= pageCount; ++page)
            std::memset(wiped.data() + (page - 1) * settings.pageSize + layout.authenticatedSize(), 0,
                        size_t(layout.hmacSize));
        QVERIFY(
            pages.failingPagesIn(reinterpret_cast<const uchar *>(wiped.constData()), 1, pageCount).size() ==
            pageCount);
        auto *bytes = reinterpret_cast<uchar *>(wiped.data());
        QVERIFY(pages.sign(bytes, 1, 3));
        QVERIFY(pages.sign(bytes + 3 * settings.pageSize, 4, pageCount));
        QVERIFY(wiped == original);
    }

    void eightPagesAtATimeNameTheSamePagesAsOneAtATime_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1 KiB pages") << 1024;
        QTest::newRow("4 KiB pages") << 4096;
        QTest::newRow("64 KiB pages") << 65536;
    }

    void eightPagesAtATimeNameTheSamePagesAsOneAtATime()
    {
        QFETCH(int, pageSize);
        const QString path = m_dir.filePath(QStringLiteral("lanes-%1.db").arg(pageSize));
        const QByteArray pragmas =
            "PRAGMA key = 'lanes';\nPRAGMA cipher_page_size = " + QByteArray::number(pageSize) +
            ";\nPRAGMA kdf_iter = 4000;\n";
        dbfixtures::makeWithShell(path, pragmas + dbfixtures::content() +
                                            "INSERT INTO big SELECT id + 600, name, blob FROM big;\n");
        CipherSettings settings = CipherSettings::sqlcipher4();
        settings.pageSize = pageSize;
        settings.kdfIter = 4000;
        const Result<PageKeys> keys =
            PageKeys::derive(key("lanes"), PageKeys::readSalt(path).value(), settings);
        QVERIFY(keys);
        const PageAuthenticator widest(keys.value(), settings, PageAuthenticator::Lanes::Widest);
        const PageAuthenticator one(keys.value(), settings, PageAuthenticator::Lanes::One);
        const qint64 pageCount = QFileInfo(path).size() / pageSize;
        QVERIFY2(pageCount >= 5, qPrintable(QString::number(pageCount)));
        QCOMPARE(check(path, widest), QList<qint64>());

        // Damaged pages in the first group of eight, at its edges and the file's last page; the
        // counts of pages leave a partial group at the end.
        QList<qint64> damaged;
        for (qint64 page : {2LL, 8LL, 9LL, 17LL, pageCount})
            if (page <= pageCount && !damaged.contains(page))
                damaged.append(page);
        for (qint64 page : damaged)
            dbfixtures::flipByte(path, (page - 1) * pageSize + 50);
        QCOMPARE(check(path, widest), damaged);
        QCOMPARE(check(path, one), damaged);
        QCOMPARE(shellFailingPages(path, pragmas), damaged);

        // Any range, e.g. one that a thread of FileScan takes, starting inside a group.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const uchar *data = file.map(0, file.size());
        QVERIFY(data);
        for (qint64 first = 1; first <= std::min<qint64>(pageCount, 10); ++first) {
            const qint64 last = std::min(pageCount, first + 10);
            QCOMPARE(widest.failingPages(data, first, last), one.failingPages(data, first, last));
        }
        file.unmap(const_cast<uchar *>(data));
    }

    void aWrongKeyFailsEveryPage()
    {
        const QString path = m_dir.filePath(QStringLiteral("wrong.db"));
        dbfixtures::makeWithShell(path, "PRAGMA key = 'right';\n" + dbfixtures::content());
        const Result<PageKeys> keys =
            PageKeys::derive(key("wrong"), PageKeys::readSalt(path).value(), CipherSettings::sqlcipher4());
        QVERIFY(keys);
        const qint64 pageCount = QFileInfo(path).size() / 4096;
        QCOMPARE(check(path, PageAuthenticator(keys.value(), CipherSettings::sqlcipher4())).size(),
                 pageCount);
    }

    void theLockBytePageAtOneGibibyteIsNeverChecked()
    {
        // SQLite leaves the page holding the byte at 1 GiB unwritten. A sparse file of zeros
        // around it: every page fails but that one.
        const QString path = m_dir.filePath(QStringLiteral("sparse.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(0x40000000LL + 3 * 4096));
        const uchar *data = file.map(0, file.size());
        QVERIFY(data);
        const Result<PageKeys> keys = PageKeys::derive(key("x'" + dbfixtures::kRawKeyHex + "'"),
                                                       QByteArray(16, 'x'), CipherSettings::sqlcipher4());
        QVERIFY(keys);
        const PageAuthenticator pages(keys.value(), CipherSettings::sqlcipher4());
        const QList<qint64> failing = pages.failingPages(data, 262143, 262147);
        file.unmap(const_cast<uchar *>(data));
        file.remove();
        QCOMPARE(failing, (QList<qint64>{262143, 262144, 262146, 262147}));
    }

    void settingsWithoutHmacOrWithAPlaintextHeaderAreLeftToSqlCipher()
    {
        QVERIFY(!PageAuthenticator::supports(CipherSettings::sqlcipher1()));
        CipherSettings header = CipherSettings::sqlcipher4();
        header.plaintextHeaderSize = 32;
        QVERIFY(!PageAuthenticator::supports(header));
        QVERIFY(!PageKeys::derive(key("pw"), QByteArray(16, 'x'), header));
    }
};

QTEST_GUILESS_MAIN(TestPageAuthenticator)
#include "TestPageAuthenticator.moc"

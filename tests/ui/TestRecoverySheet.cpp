#include "conversion/RecoverySheet.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>
#include <sys/stat.h>

using namespace strongroom;
using namespace strongroom::ui;

// The recovery sheet names the file, holds the key and the settings that open it, and prints to PDF
// through Qt's print system.
class TestRecoverySheet : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

    static RecoverySheet sheet(const QByteArray &key, const CipherSettings &settings)
    {
        RecoverySheet s;
        s.path = QStringLiteral("/srv/data/shop.db");
        s.key = KeyMaterial(QCA::SecureArray(key));
        s.settings = settings;
        return s;
    }

private Q_SLOTS:
    void theSheetHoldsFileKeyAndSettings()
    {
        CipherSettings custom = CipherSettings::sqlcipher4();
        custom.kdfIter = 500000;
        custom.pageSize = 8192;
        const QString html = sheet("abandon ability able about above absent absorb abstract", custom).html();
        QVERIFY(html.contains(QStringLiteral("shop.db")));
        QVERIFY(html.contains(QStringLiteral("/srv/data/shop.db")));
        QVERIFY(html.contains(QStringLiteral("abandon ability able about above absent absorb abstract")));
        QVERIFY(html.contains(QStringLiteral("500000")));
        QVERIFY(html.contains(QStringLiteral("8192")));
        QVERIFY(html.contains(QStringLiteral("custom")));
    }

    void aRawKeyIsPrintedInGroupsOfEight()
    {
        const QString html = sheet("x'2dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99'",
                                   CipherSettings::sqlcipher4())
                                 .html();
        QVERIFY(html.contains(QStringLiteral("x&#x27;2dd29c a851e7b5 ")) ||
                html.contains(QStringLiteral("x'2dd29c a851e7b5 ")));
    }

    void printsToAPdfFile()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(sheet("correct horse battery staple", CipherSettings::sqlcipher4()).writePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.size() > 1000);
    }

    void thePdfIsPrivateEvenWhenItReplacesAnOpenFile_data()
    {
        QTest::addColumn<int>("existingMode"); // -1: nothing there before
        QTest::newRow("new file") << -1;
        QTest::newRow("replacing a 0644 file") << 0644;
    }

    void thePdfIsPrivateEvenWhenItReplacesAnOpenFile()
    {
        QFETCH(int, existingMode);
        const mode_t oldUmask = ::umask(0); // what a file is given must not depend on the umask
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        if (existingMode >= 0) {
            QFile old(pdf);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.close();
            QCOMPARE(::chmod(QFile::encodeName(pdf).constData(), mode_t(existingMode)), 0);
        }
        const bool written =
            sheet("correct horse battery staple", CipherSettings::sqlcipher4()).writePdf(pdf);
        ::umask(oldUmask);
        QVERIFY(written);
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(pdf).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0600);
        QVERIFY(st.st_size > 1000);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("sheet.pdf")});
    }
};

QTEST_MAIN(TestRecoverySheet)
#include "TestRecoverySheet.moc"

#include "core/AuditLog.h"
#include "core/JobRunner.h"
#include "pages/AuditPage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

class TestAuditPage : public QObject
{
    Q_OBJECT

    static QString bannerText(const ui::AuditPage &page)
    {
        const auto *banner = page.findChild<QLabel *>(QStringLiteral("auditBanner"));
        return banner && banner->isVisibleTo(&page) ? banner->text() : QString();
    }

private Q_SLOTS:
    void listsEveryEntryAndConfirmsAnIntactChain()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(QStringLiteral("db.rekey"), QStringLiteral("/srv/db%1").arg(i),
                               QStringLiteral("succeeded"))
                        .ok());
        JobRunner runner{log}; // the page shows its runner's log
        ui::AuditPage page(&runner);
        QTRY_COMPARE(page.rowCount(), 3);
        page.verify();
        QTRY_VERIFY(bannerText(page).contains(QStringLiteral("intact")));
    }

    void showsATamperedChainAsSuch()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.append(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("succeeded")).ok());
        QVERIFY(log.append(QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("succeeded")).ok());
        QFile f(log.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray all = f.readAll().replace("\"a\"", "\"x\"");
        f.seek(0);
        f.write(all);
        f.close();
        JobRunner runner{log}; // the page shows its runner's log
        ui::AuditPage page(&runner);
        page.verify();
        QTRY_VERIFY(bannerText(page).contains(QStringLiteral("tampered")));
    }

    // A deleted log with its head is not "intact": the page says there is no log.
    void saysSoWhenThereIsNoLogAtAll()
    {
        QTemporaryDir dir;
        JobRunner runner{AuditLog(dir.filePath(QStringLiteral("audit.jsonl")))};
        ui::AuditPage page(&runner);
        page.verify();
        QTRY_VERIFY(!bannerText(page).isEmpty());
        QVERIFY2(bannerText(page).contains(QStringLiteral("no audit log")), qPrintable(bannerText(page)));
        QVERIFY(!bannerText(page).contains(QStringLiteral("intact")));
        // ... and whether the journal was there to compare with.
        QVERIFY(bannerText(page).contains(QStringLiteral("system journal")));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QApplication app(argc, argv);
    TestAuditPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAuditPage.moc"

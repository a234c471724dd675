#include "dashboard/DashboardFacts.h"
#include "dashboard/TableStatsModel.h"

#include <QTest>

using namespace strongroom;
using namespace strongroom::ui;
using Fact = DashboardFacts::Fact;

// The words of a database's dashboard come from its facts, not from the cards' labels: what the
// cards show and what Copy as Text copies are the same texts, and a warning follows the facts.
class TestDashboardFacts : public QObject
{
    Q_OBJECT

    static FileFacts encryptedFile()
    {
        FileFacts f;
        f.path = QStringLiteral("/srv/data/shop.db");
        f.folder = QStringLiteral("/srv/data");
        f.fileBytes = 8 * 4096;
        f.encrypted = true;
        CipherSettings settings;
        settings.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA512");
        settings.kdfIter = 256000;
        settings.useHmac = true;
        settings.hmacAlgorithm = QStringLiteral("HMAC_SHA512");
        settings.pageSize = 4096;
        f.settings = settings;
        f.keyKind = KeyKind::Raw;
        f.sqlcipherVersion = QStringLiteral("4.6.1 community");
        f.sqliteVersion = QStringLiteral("3.46.1");
        f.pageSize = 4096;
        f.pageCount = 8;
        f.freelistCount = 2;
        return f;
    }

private Q_SLOTS:
    void theSummaryJoinsTheSameTextsTheCardsShow()
    {
        DashboardFacts facts;
        facts.setFile(encryptedFile());
        facts.setLastBackup(LastBackup{QDateTime::currentDateTimeUtc().addDays(-1),
                                       QStringLiteral("/srv/data/backups/shop-backup-1.db")});
        TableStatsModel tables;
        tables.addTable(TableStats{QStringLiteral("orders"), 1200, 3 * 4096, 4096, {}});

        const QString summary = facts.summary(QStringLiteral("/srv/data/shop.db"), tables);
        QVERIFY2(summary.startsWith(QStringLiteral("/srv/data/shop.db\n")), qPrintable(summary));
        for (const Fact fact : DashboardFacts::all()) {
            if (fact == Fact::File)
                continue;
            const DashboardFacts::Text text = facts.text(fact);
            QVERIFY2(!text.value.isEmpty(), qPrintable(DashboardFacts::caption(fact)));
            QString line = DashboardFacts::caption(fact) + QStringLiteral(": ") + text.value;
            if (!text.detail.isEmpty())
                line += QStringLiteral(": ") + text.detail;
            QVERIFY2(summary.contains(line + QLatin1Char('\n')),
                     qPrintable(line + QStringLiteral("\n in\n") + summary));
        }
        QVERIFY2(summary.contains(QStringLiteral("orders")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("shop-backup-1.db")));
    }

    void warningsFollowTheFacts()
    {
        DashboardFacts facts;
        FileFacts file = encryptedFile();
        facts.setFile(file);
        QVERIFY(!facts.text(Fact::Encryption).warning);
        file.encrypted = false;
        file.settings.reset();
        facts.setFile(file);
        QVERIFY(facts.text(Fact::Encryption).warning);

        facts.setLastBackupReading();
        QVERIFY(!facts.text(Fact::LastBackup).warning);
        facts.setLastBackup(std::nullopt);
        QVERIFY(facts.text(Fact::LastBackup).warning);
        facts.setLastBackup(
            LastBackup{QDateTime::currentDateTimeUtc().addDays(-8), QStringLiteral("/b/old.db")});
        QVERIFY(facts.text(Fact::LastBackup).warning);
        facts.setLastBackup(
            LastBackup{QDateTime::currentDateTimeUtc().addDays(-2), QStringLiteral("/b/new.db")});
        QVERIFY(!facts.text(Fact::LastBackup).warning);
    }
};

QTEST_MAIN(TestDashboardFacts)
#include "TestDashboardFacts.moc"

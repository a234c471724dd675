#include "backup/CatalogSeal.h"

#include <QTest>
#include <QTimeZone>
#include <QtCrypto>
#include <functional>

using namespace strongroom;

Q_DECLARE_METATYPE(std::function<void(strongroom::BackupRecord &)>)

// A catalog entry's seal covers every field the entry stores: changing any one of them (the tags
// that protect a pre-restore backup, pages_checked, the key id, the source, the name, the time, ...)
// breaks it, and a seal of the older version, which left some fields out, counts as none.
class TestCatalogSeal : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

    static PageKeys keys(char fill = 'k')
    {
        PageKeys k;
        k.encryption = QCA::SecureArray(QByteArray(32, fill));
        k.hmac = QCA::SecureArray(QByteArray(32, char(fill + 1)));
        k.salt = QByteArray(PageKeys::saltSize, 's');
        return k;
    }

    static BackupRecord entry()
    {
        BackupRecord r;
        r.fileName = QStringLiteral("shop-backup-20250101-000000.db");
        r.created = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC);
        r.sourcePath = QStringLiteral("/srv/shop/shop.db");
        r.size = 4096;
        r.sha256 = QStringLiteral("9f2c");
        r.settings = CipherSettings::sqlcipher4();
        r.rowCounts = {{QStringLiteral("orders"), 12}};
        r.strongroomVersion = QStringLiteral("0.1.0");
        r.keyId = QStringLiteral("v2-3b9ac1d04e77");
        r.tags = {BackupRecord::preRestoreTag()};
        r.pagesChecked = true;
        return r;
    }

private Q_SLOTS:
    void aSealHoldsForItsOwnEntryOnly()
    {
        BackupRecord r = entry();
        QVERIFY(!r.isSealed());
        QVERIFY(seal(r, keys()));
        QVERIFY(r.isSealed());
        QCOMPARE(r.sealVersion, BackupRecord::currentSealVersion);
        QVERIFY(sealHolds(r, keys()));
        QVERIFY(!sealHolds(r, keys('z'))); // another key
        // As stored and read back.
        const Result<BackupRecord> back = BackupRecord::fromJson(r.toJson());
        QVERIFY(back);
        QVERIFY(back->isSealed());
        QVERIFY(sealHolds(back.value(), keys()));
    }

    void changingAnyFieldBreaksTheSeal_data()
    {
        using Change = std::function<void(BackupRecord &)>;
        QTest::addColumn<Change>("change");
        QTest::newRow("tags (drop pre-restore)") << Change([](BackupRecord &r) { r.tags.clear(); });
        QTest::newRow("tags (add damaged)")
            << Change([](BackupRecord &r) { r.tags << BackupRecord::damagedTag(); });
        QTest::newRow("pages_checked") << Change([](BackupRecord &r) { r.pagesChecked = false; });
        QTest::newRow("key id") << Change(
            [](BackupRecord &r) { r.keyId = QStringLiteral("v2-000000000000"); });
        QTest::newRow("source") << Change(
            [](BackupRecord &r) { r.sourcePath = QStringLiteral("/srv/other.db"); });
        QTest::newRow("name") << Change(
            [](BackupRecord &r) { r.fileName = QStringLiteral("shop-backup-20250101-000001.db"); });
        QTest::newRow("time") << Change([](BackupRecord &r) { r.created = r.created.addSecs(3600); });
        QTest::newRow("size") << Change([](BackupRecord &r) { r.size += 1; });
        QTest::newRow("sha256") << Change([](BackupRecord &r) { r.sha256 = QStringLiteral("9f2d"); });
        QTest::newRow("settings") << Change([](BackupRecord &r) { r.settings->kdfIter = 1; });
        QTest::newRow("row counts") << Change(
            [](BackupRecord &r) { r.rowCounts[QStringLiteral("orders")] = 13; });
        QTest::newRow("strongroom version")
            << Change([](BackupRecord &r) { r.strongroomVersion = QStringLiteral("9"); });
    }

    void changingAnyFieldBreaksTheSeal()
    {
        QFETCH(std::function<void(BackupRecord &)>, change);
        BackupRecord r = entry();
        QVERIFY(seal(r, keys()));
        change(r);
        QVERIFY(r.isSealed());          // it still carries a seal...
        QVERIFY(!sealHolds(r, keys())); // ...that no longer holds
        // The same through the catalog's JSON.
        const Result<BackupRecord> back = BackupRecord::fromJson(r.toJson());
        QVERIFY(back);
        QVERIFY(!sealHolds(back.value(), keys()));
    }

    void aVersionOneSealCountsAsUnsealed()
    {
        BackupRecord r = entry();
        QVERIFY(seal(r, keys()));
        QJsonObject stored = r.toJson();
        stored.remove(QStringLiteral("seal_version")); // as entries sealed before version 2 are stored
        const Result<BackupRecord> old = BackupRecord::fromJson(stored);
        QVERIFY(old);
        QCOMPARE(old->sealVersion, 1);
        QVERIFY(!old->isSealed());
        QVERIFY(!sealHolds(old.value(), keys()));
        QCOMPARE(old->verifiedState(), QStringLiteral("unsealed"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogSeal)
#include "TestCatalogSeal.moc"

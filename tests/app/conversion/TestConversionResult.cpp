// ConversionResult, what `db encrypt|decrypt|rekey|migrate --json` prints and the wizard's result
// page shows: after a key change it warns that the kept original and older backups still open with
// the old key (naming the kept file, or only the backups once the original was removed); without a
// key change it says nothing of the sort; the JSON carries the method, the settings of each
// encrypted side and the kept -wal only where they apply.
#include "conversion/ConversionResult.h"

#include <QTest>

using namespace strongroom;

namespace {
ConversionResult result(ConversionKind kind, bool keyChanges, bool sourceEncrypted, bool targetEncrypted)
{
    ConversionResult r;
    r.plan.kind = kind;
    r.plan.path = QStringLiteral("/data/shop.db");
    r.plan.keyChanges = keyChanges;
    r.plan.sourceEncrypted = sourceEncrypted;
    r.plan.targetEncrypted = targetEncrypted;
    r.plan.targetSettings = CipherSettings::sqlcipher4();
    r.plan.sourceSettings = CipherSettings::sqlcipher3();
    r.keptOriginal = QStringLiteral("/data/shop.db.before-rekey-20261204-231500");
    return r;
}
} // namespace

class TestConversionResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewKeyWarnsThatTheKeptOriginalAndOldBackupsStillOpenWithTheOldOne()
    {
        ConversionResult r = result(ConversionKind::Rekey, true, true, true);
        QString note = r.oldKeyNote();
        QVERIFY2(note.contains(r.keptOriginal) &&
                     note.contains(QStringLiteral("older backups of /data/shop.db")),
                 qPrintable(note));
        QCOMPARE(r.toJson().value(QStringLiteral("old_key_note")).toString(), note);

        r.keptOriginal.clear();
        r.originalRemoved = true;
        note = r.oldKeyNote();
        QVERIFY2(note.startsWith(QStringLiteral("Older backups of /data/shop.db")), qPrintable(note));
        QVERIFY(r.toJson().value(QStringLiteral("kept_original")).isNull());
        QCOMPARE(r.toJson().value(QStringLiteral("original_removed")).toBool(), true);
    }

    void theSameKeyNeedsNoNote()
    {
        const ConversionResult r = result(ConversionKind::Migrate, false, true, true);
        QVERIFY(r.oldKeyNote().isEmpty());
        QVERIFY(!r.toJson().contains(QStringLiteral("old_key_note")));
    }

    void jsonNamesTheSettingsOfEachEncryptedSide_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("sourceEncrypted");
        QTest::addColumn<bool>("targetEncrypted");
        QTest::newRow("encrypt") << int(ConversionKind::Encrypt) << false << true;
        QTest::newRow("decrypt") << int(ConversionKind::Decrypt) << true << false;
        QTest::newRow("migrate") << int(ConversionKind::Migrate) << true << true;
    }
    void jsonNamesTheSettingsOfEachEncryptedSide()
    {
        QFETCH(int, kind);
        QFETCH(bool, sourceEncrypted);
        QFETCH(bool, targetEncrypted);
        const QJsonObject json =
            result(ConversionKind(kind), false, sourceEncrypted, targetEncrypted).toJson();
        QCOMPARE(json.value(QStringLiteral("operation")).toString(),
                 conversionKindName(ConversionKind(kind)));
        QCOMPARE(json.contains(QStringLiteral("source_settings")), sourceEncrypted);
        QCOMPARE(json.contains(QStringLiteral("target_settings")), targetEncrypted);
        if (sourceEncrypted)
            QCOMPARE(json.value(QStringLiteral("source_settings")).toObject(),
                     CipherSettings::sqlcipher3().toJson());
        if (targetEncrypted)
            QCOMPARE(json.value(QStringLiteral("target_settings")).toObject(),
                     CipherSettings::sqlcipher4().toJson());
    }

    void jsonSaysHowTheFileWasWrittenAndWhy()
    {
        ConversionResult r = result(ConversionKind::Rekey, true, true, true);
        r.method = ConversionMethod::Pages;
        QCOMPARE(r.toJson().value(QStringLiteral("method")).toString(), QStringLiteral("pages"));
        QVERIFY(!r.toJson().contains(QStringLiteral("why_export")));
        QVERIFY(!r.toJson().contains(QStringLiteral("kept_original_wal")));

        r.method = ConversionMethod::Export;
        r.whyExport = QStringLiteral("the page size changes");
        r.keptOriginalWal = r.keptOriginal + QStringLiteral("-wal");
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("export"));
        QCOMPARE(json.value(QStringLiteral("why_export")).toString(),
                 QStringLiteral("the page size changes"));
        QCOMPARE(json.value(QStringLiteral("kept_original_wal")).toString(), r.keptOriginalWal);
        QVERIFY(json.value(QStringLiteral("verification")).isObject());
    }
};

QTEST_GUILESS_MAIN(TestConversionResult)

#include "TestConversionResult.moc"

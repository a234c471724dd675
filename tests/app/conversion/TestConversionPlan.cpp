// ConversionPlan, step 1 of the conversion's safety protocol (what `db encrypt|decrypt|rekey|migrate
// --json` shows as "plan" and the wizard's commit page lists): on inputs made by the real `sqlcipher`
// shell, planConversion refuses every request that cannot work with the documented exit code and
// kind before anything is written, finds the source's settings, and says what will happen; the
// page-by-page path is chosen only when the page layout stays; stale temps are those of this file only.
#include "../sqlcipher/DbFixtures.h"
#include "ConversionFixtures.h"
#include "conversion/ConversionPlan.h"
#include "core/SafeFile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtCrypto>

Q_DECLARE_METATYPE(strongroom::CipherSettings)

using namespace strongroom;

namespace {
KeyMaterial key(const QByteArray &secret)
{
    return KeyMaterial(QCA::SecureArray(secret));
}

ConversionRequest request(ConversionKind kind, const QString &path, const QByteArray &oldKey = {},
                          const QByteArray &newKey = {})
{
    ConversionRequest r;
    r.kind = kind;
    r.path = path;
    if (!oldKey.isEmpty())
        r.key = key(oldKey);
    if (!newKey.isEmpty())
        r.newKey = key(newKey);
    return r;
}

ConversionPlan byPagesCandidate(ConversionKind kind, const CipherSettings &from, const CipherSettings &to)
{
    ConversionPlan plan;
    plan.kind = kind;
    plan.sourceEncrypted = kind != ConversionKind::Encrypt;
    plan.targetEncrypted = kind != ConversionKind::Decrypt;
    plan.sourceSettings = from;
    plan.targetSettings = to;
    return plan;
}
} // namespace

class TestConversionPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray kRaw = fixtures::kRawKey;
    const QByteArray kNew = "x'00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF'";

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray rows = fixtures::sampleSchemaAndRows(30);
        dbfixtures::makeWithShell(path(QStringLiteral("plain.db")), rows);
        dbfixtures::makeWithShell(path(QStringLiteral("v4.db")), fixtures::keyPragmas(kRaw) + rows);
        dbfixtures::makeWithShell(path(QStringLiteral("v3.db")),
                                  fixtures::keyPragmas(kRaw, "PRAGMA cipher_compatibility = 3;\n") + rows);
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.db")));
    }

    void encryptingAPlainFilePlansACopyWithRoom()
    {
        const QString plain = path(QStringLiteral("plain.db"));
        auto plan = planConversion(request(ConversionKind::Encrypt, plain, {}, kNew));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->path, QFileInfo(plain).absoluteFilePath());
        QCOMPARE(plan->folder, m_dir.path());
        QVERIFY(!plan->sourceEncrypted);
        QVERIFY(plan->targetEncrypted);
        QCOMPARE(plan->targetSettings, CipherSettings::sqlcipher4());
        QVERIFY(plan->keyChanges);
        QCOMPARE(plan->sourceBytes, QFileInfo(plain).size());
        QCOMPARE(plan->walBytes, 0);
        // A full copy plus a margin of at least 4 MiB (the copy's journal and reserve bytes).
        QCOMPARE(plan->requiredBytes, plan->sourceBytes + 4 * 1024 * 1024);
        QVERIFY(plan->freeBytes >= plan->requiredBytes);
        QVERIFY(plan->staleTemps.isEmpty());
    }

    void aRelativePathIsPlannedAsAnAbsoluteOne()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        auto plan = planConversion(request(ConversionKind::Encrypt, QStringLiteral("plain.db"), {}, kNew));
        QDir::setCurrent(before);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->path, path(QStringLiteral("plain.db")));
        QVERIFY(plan->keptOriginalPattern().startsWith(m_dir.path()));
    }

    void theSourceSettingsAreFoundAndRekeyKeepsThem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("profile");
        QTest::newRow("SQLCipher 4") << QStringLiteral("v4.db") << QStringLiteral("sqlcipher-4");
        QTest::newRow("SQLCipher 3") << QStringLiteral("v3.db") << QStringLiteral("sqlcipher-3");
    }
    void theSourceSettingsAreFoundAndRekeyKeepsThem()
    {
        QFETCH(QString, file);
        QFETCH(QString, profile);
        auto plan = planConversion(request(ConversionKind::Rekey, path(file), kRaw, kNew));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QVERIFY(plan->sourceEncrypted && plan->targetEncrypted);
        QCOMPARE(plan->sourceSettings.profileName(), profile);
        QCOMPARE(plan->targetSettings, plan->sourceSettings);
        QVERIFY(plan->keyChanges);
    }

    void migrateToVersion4KeepsTheKeyWhenNoNewOneIsGiven()
    {
        auto plan = planConversion(request(ConversionKind::Migrate, path(QStringLiteral("v3.db")), kRaw));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->sourceSettings, CipherSettings::sqlcipher3());
        QCOMPARE(plan->targetSettings, CipherSettings::sqlcipher4());
        QVERIFY(!plan->keyChanges);
    }

    void requestsThatCannotWorkAreRefusedBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("oldKey");
        QTest::addColumn<QByteArray>("newKey");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorKind");
        QTest::addColumn<QString>("says");
        const int encrypt = int(ConversionKind::Encrypt), decrypt = int(ConversionKind::Decrypt),
                  rekey = int(ConversionKind::Rekey), migrate = int(ConversionKind::Migrate);
        const QByteArray raw = kRaw, fresh = kNew, none;
        QTest::newRow("no such file") << encrypt << "missing.db" << none << fresh << 1 << "not-found"
                                      << "no such file";
        QTest::newRow("a folder") << encrypt << "folder.db" << none << fresh << 6 << "unsupported"
                                  << "not a regular file";
        QTest::newRow("encrypting an encrypted file")
            << encrypt << "v4.db" << none << fresh << 6 << "already-encrypted"
            << "db rekey";
        QTest::newRow("decrypting a plain file")
            << decrypt << "plain.db" << none << none << 6 << "not-encrypted"
            << "cannot be decrypted";
        QTest::newRow("rekeying a plain file") << rekey << "plain.db" << none << fresh << 6 << "not-encrypted"
                                               << "cannot be rekeyed";
        QTest::newRow("migrating a plain file")
            << migrate << "plain.db" << none << none << 6 << "not-encrypted"
            << "cannot be migrated";
        QTest::newRow("an encrypted file without its key")
            << decrypt << "v4.db" << none << none << 2 << "usage"
            << "give its key";
        QTest::newRow("a wrong key") << decrypt << "v4.db" << QByteArray("not the key") << none << 3
                                     << "wrong-key"
                                     << "v4.db";
        QTest::newRow("rekey without a new key") << rekey << "v4.db" << raw << none << 2 << "key-needed"
                                                 << "new key";
        QTest::newRow("encrypt without a new key")
            << encrypt << "plain.db" << none << none << 2 << "key-needed"
            << "new key";
        QTest::newRow("migrate to the settings it has")
            << migrate << "v4.db" << raw << none << 2 << "nothing-to-do"
            << "already uses these settings";
    }
    void requestsThatCannotWorkAreRefusedBeforeAnythingIsWritten()
    {
        QFETCH(int, kind);
        QFETCH(QString, file);
        QFETCH(QByteArray, oldKey);
        QFETCH(QByteArray, newKey);
        QFETCH(int, exitCode);
        QFETCH(QString, errorKind);
        QFETCH(QString, says);
        auto before = dbfixtures::hashFolder(m_dir.path());
        auto plan = planConversion(request(ConversionKind(kind), path(file), oldKey, newKey));
        QVERIFY(!plan.ok());
        QCOMPARE(int(plan.error().code), exitCode);
        QCOMPARE(plan.error().kindName(), errorKind);
        QVERIFY2(plan.error().message.contains(says), qPrintable(plan.error().message));
        QCOMPARE(dbfixtures::hashFolder(m_dir.path()), before);
    }

    void aPlaintextHeaderNeedsARawKeyWithItsSalt()
    {
        ConversionRequest r =
            request(ConversionKind::Encrypt, path(QStringLiteral("plain.db")), {}, "a passphrase");
        r.targetSettings.plaintextHeaderSize = 32;
        auto refused = planConversion(r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ExitCode::Usage);
        QVERIFY2(refused.error().message.contains(QStringLiteral("96 hex")),
                 qPrintable(refused.error().message));

        r.newKey = key("x'" + QByteArray(96, 'a') + "'");
        auto accepted = planConversion(r);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
        QCOMPARE(accepted->targetSettings.plaintextHeaderSize, 32);
    }

    void aWriterAtWorkMakesTheSourceBusy()
    {
        const QString plain = path(QStringLiteral("plain.db"));
        dbfixtures::HeldShell writer(plain, "BEGIN IMMEDIATE;\nINSERT INTO log VALUES ('pending');\n");
        auto plan = planConversion(request(ConversionKind::Encrypt, plain, {}, kNew));
        writer.finish();
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, ExitCode::Busy);
        QCOMPARE(plan.error().kindName(), QStringLiteral("locked"));
    }

    void staleTempsAreThoseOfThisFileOnly()
    {
        QTemporaryDir dir;
        auto touch = [&](const QString &name) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        };
        // pid 2^22 + 1 is above the kernel's pid_max limit: its writer cannot be running.
        const QString dead = QStringLiteral(".strongroom-tmp-encrypt-4194305-k3x9-");
        touch(QStringLiteral("shop.db"));
        touch(dead + QStringLiteral("shop.db"));
        touch(dead + QStringLiteral("shop.db-journal"));
        touch(dead + QStringLiteral("my-shop.db"));     // another file's
        touch(dead + QStringLiteral("my-shop.db-wal")); // another file's
        touch(QStringLiteral(".strongroom-tmp-encrypt-%1-k3x9-shop.db")
                  .arg(QCoreApplication::applicationPid()));
        QStringList stale = staleTempsFor(dir.filePath(QStringLiteral("shop.db")));
        stale.sort();
        QCOMPARE(stale, (QStringList{dir.filePath(dead + QStringLiteral("shop.db")),
                                     dir.filePath(dead + QStringLiteral("shop.db-journal"))}));
    }

    void theStepsSayWhatHappensInOrder()
    {
        auto plan = planConversion(request(ConversionKind::Rekey, path(QStringLiteral("v4.db")), kRaw, kNew));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        const QStringList steps = plan->whatWillHappen();
        QCOMPARE(steps.size(), 4);
        QVERIFY2(steps.at(0).startsWith(QStringLiteral("Read ") + plan->path), qPrintable(steps.at(0)));
        QVERIFY2(steps.at(1).contains(QStringLiteral("page by page")) &&
                     steps.at(1).contains(QStringLiteral("new key")),
                 qPrintable(steps.at(1)));
        QVERIFY2(steps.at(3).contains(plan->path + QStringLiteral(".before-rekey-YYYYMMDD-HHMMSS")),
                 qPrintable(steps.at(3)));

        const QJsonObject json = plan->toJson();
        QCOMPARE(json.value(QStringLiteral("operation")).toString(), QStringLiteral("rekey"));
        QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), steps.size());
        QCOMPARE(json.value(QStringLiteral("source_settings")).toObject(),
                 CipherSettings::sqlcipher4().toJson());
        QCOMPARE(json.value(QStringLiteral("target_settings")).toObject(),
                 CipherSettings::sqlcipher4().toJson());
        QCOMPARE(json.value(QStringLiteral("required_bytes")).toInteger(), plan->requiredBytes);
    }

    void decryptingWarnsThatTheResultIsNotEncryptedAndRemovingSaysSo()
    {
        ConversionRequest r = request(ConversionKind::Decrypt, path(QStringLiteral("v4.db")), kRaw);
        r.removeOriginal = true;
        auto plan = planConversion(r);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QVERIFY(!plan->targetEncrypted);
        const QStringList steps = plan->whatWillHappen();
        QVERIFY2(steps.last().startsWith(QStringLiteral("Warning: the result is NOT encrypted")),
                 qPrintable(steps.last()));
        QVERIFY2(steps.at(steps.size() - 2).startsWith(QStringLiteral("Delete the kept original")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY2(steps.at(2).contains(QStringLiteral("it opens without a key")) &&
                     steps.at(2).contains(QStringLiteral("integrity_check")),
                 qPrintable(steps.at(2)));
        QVERIFY2(!steps.at(2).contains(QStringLiteral("cipher_integrity_check")),
                 "a plain result has no page HMACs");
        const QJsonObject json = plan->toJson();
        QVERIFY(json.contains(QStringLiteral("source_settings")));
        QVERIFY(!json.contains(QStringLiteral("target_settings")));
        QCOMPARE(json.value(QStringLiteral("remove_original")).toBool(), true);
    }

    void pagesAreReencryptedInPlaceOnlyWhenTheLayoutStays_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<CipherSettings>("from");
        QTest::addColumn<CipherSettings>("to");
        QTest::addColumn<QString>("whyNot"); // empty: by pages
        const CipherSettings v4 = CipherSettings::sqlcipher4();
        CipherSettings cheaperKdf = v4;
        cheaperKdf.kdfIter = 64000;
        cheaperKdf.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA256");
        CipherSettings bigPages = v4;
        bigPages.pageSize = 8192;
        CipherSettings sha256Hmac = v4;
        sha256Hmac.hmacAlgorithm = QStringLiteral("HMAC_SHA256");
        CipherSettings header = v4;
        header.plaintextHeaderSize = 32;
        const int rekey = int(ConversionKind::Rekey), migrate = int(ConversionKind::Migrate);
        QTest::newRow("rekey") << rekey << v4 << v4 << QString();
        QTest::newRow("migrate of the KDF only") << migrate << v4 << cheaperKdf << QString();
        QTest::newRow("encrypt") << int(ConversionKind::Encrypt) << v4 << v4 << "only a rekey or a migrate";
        QTest::newRow("decrypt") << int(ConversionKind::Decrypt) << v4 << v4 << "only a rekey or a migrate";
        QTest::newRow("page size changes") << migrate << v4 << bigPages << "page size";
        QTest::newRow("HMAC changes") << migrate << v4 << sha256Hmac << "HMAC algorithm";
        QTest::newRow("SQLCipher 3 to 4") << migrate << CipherSettings::sqlcipher3() << v4 << "page size";
        QTest::newRow("SQLCipher 1: no HMAC")
            << migrate << CipherSettings::sqlcipher1() << v4 << "without an HMAC";
        QTest::newRow("plaintext header") << migrate << v4 << header << "plaintext header";
    }
    void pagesAreReencryptedInPlaceOnlyWhenTheLayoutStays()
    {
        QFETCH(int, kind);
        QFETCH(CipherSettings, from);
        QFETCH(CipherSettings, to);
        QFETCH(QString, whyNot);
        const QString why = whyNotByPages(byPagesCandidate(ConversionKind(kind), from, to));
        if (whyNot.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(whyNot), qPrintable(why));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestConversionPlan test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestConversionPlan.moc"

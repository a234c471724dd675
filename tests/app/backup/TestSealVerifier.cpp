#include "BackupFixtures.h"
#include "backup/CatalogSeal.h"
#include "backup/SealVerifier.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtCrypto>

using namespace strongroom;
using namespace backupfixtures;

// Whether a catalog entry was sealed by a holder of the key, checked on real SQLCipher files made by
// the sqlcipher shell: the page keys come from the key and each file's own salt.
class TestSealVerifier : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_dir;

    static KeyMaterial keyOf(const QByteArray &key) { return KeyMaterial(QCA::SecureArray(key)); }

    // A copy of `db` under a backup's name, with an entry sealed with `key` as Strongroom writes it.
    BackupRecord sealedCopy(const QString &db, const QByteArray &key, const QString &name)
    {
        BackupRecord r;
        r.fileName = name;
        r.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        r.size = QFileInfo(db).size();
        r.sha256 = QStringLiteral("00");
        r.settings = CipherSettings::sqlcipher4();
        r.keyId = QStringLiteral("v2-000000000000");
        if (!QFile::copy(db, m_dir.filePath(name)))
            return r;
        const Result<PageKeys> keys = PageKeys::ofFile(m_dir.filePath(name), keyOf(key), *r.settings);
        if (keys)
            seal(r, keys.value());
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aGenuineSealHoldsAndAForgedOrChangedOneDoesNot()
    {
        const QString db = m_dir.filePath(QStringLiteral("live.db"));
        QVERIFY(makeDatabase(db, liveKey(), 20, "a"));
        const BackupRecord genuine =
            sealedCopy(db, liveKey(), QStringLiteral("live-backup-20260102-030405.db"));
        QVERIFY(genuine.isSealed());
        const QString path = m_dir.filePath(genuine.fileName);
        SealVerifier verifier(keyOf(liveKey()));
        QCOMPARE(verifier.sealHolds(path, genuine).value(), true);
        QVERIFY(verifier.keyOpens(path, genuine));

        BackupRecord older = genuine; // moved back in time to fall under a policy
        older.created = older.created.addYears(-3);
        QCOMPARE(verifier.sealHolds(path, older).value(), false);
        BackupRecord forged = genuine; // a made-up seal of the current version
        forged.seal = QString::fromLatin1(QCA::Random::randomArray(32).toByteArray().toHex());
        QVERIFY(forged.isSealed());
        QCOMPARE(verifier.sealHolds(path, forged).value(), false);
        BackupRecord unsealed = genuine;
        unsealed.sealVersion = 1;
        QCOMPARE(verifier.sealHolds(path, unsealed).value(), false);

        // Another key: no seal holds, and the file does not open.
        SealVerifier other(keyOf(otherKey()));
        QCOMPARE(other.sealHolds(path, genuine).value(), false);
        QVERIFY(!other.keyOpens(path, genuine));
    }

    void thePageKeysAreDerivedOncePerDistinctSalt()
    {
        // A passphrase: each derivation is a real KDF run (SQLCipher 4: 256,000 iterations).
        const QByteArray passphrase("correct horse battery staple");
        const QString first = m_dir.filePath(QStringLiteral("first.db"));
        const QString second = m_dir.filePath(QStringLiteral("second.db"));
        QVERIFY(makeDatabase(first, passphrase, 5, "1"));
        QVERIFY(makeDatabase(second, passphrase, 5, "2")); // its own random salt
        const QList<BackupRecord> entries{
            sealedCopy(first, passphrase, QStringLiteral("first-backup-20260101-000000.db")),
            sealedCopy(first, passphrase, QStringLiteral("first-backup-20260102-000000.db")),
            sealedCopy(second, passphrase, QStringLiteral("second-backup-20260101-000000.db"))};
        SealVerifier verifier(keyOf(passphrase));
        for (const BackupRecord &entry : entries)
            QCOMPARE(verifier.sealHolds(m_dir.filePath(entry.fileName), entry).value(), true);
        QCOMPARE(verifier.derivations(), 2);
        QVERIFY(verifier.keyOpens(m_dir.filePath(entries.first().fileName), entries.first()));
        QCOMPARE(verifier.derivations(), 2);
    }

    void aFileThatCannotBeReadConfirmsNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("gone.db"));
        QVERIFY(makeDatabase(db, liveKey(), 5, "g"));
        const BackupRecord entry =
            sealedCopy(db, liveKey(), QStringLiteral("gone-backup-20260102-030405.db"));
        QVERIFY(QFile::remove(m_dir.filePath(entry.fileName)));
        SealVerifier verifier(keyOf(liveKey()));
        const Result<bool> holds = verifier.sealHolds(m_dir.filePath(entry.fileName), entry);
        QVERIFY(!holds);
        QVERIFY2(holds.error().message.contains(QStringLiteral("cannot read")),
                 qPrintable(holds.error().message));
        QVERIFY(!verifier.keyOpens(m_dir.filePath(entry.fileName), entry));
    }
};

QTEST_GUILESS_MAIN(TestSealVerifier)
#include "TestSealVerifier.moc"

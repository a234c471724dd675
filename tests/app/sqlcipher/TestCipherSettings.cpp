#include "DbFixtures.h"
#include "sqlcipher/CipherSettings.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/RememberedSettings.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

using namespace strongroom;

// Every cipher setting passes CipherSettings::validate before it reaches SQL, whatever its source
// (a catalog's JSON, remembered settings, the options of Database::open), and every PRAGMA is run as
// exactly one prepared statement: "HMAC_SHA512; ATTACH ..." never attaches anything.
class TestCipherSettings : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QTemporaryDir m_home;
    QTemporaryDir m_files;

    static QJsonObject withField(const char *field, const QJsonValue &value)
    {
        QJsonObject json = CipherSettings::sqlcipher4().toJson();
        json.insert(QLatin1String(field), value);
        return json;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8()); }

    void everyStandardProfileIsValidAndRoundTrips()
    {
        for (const CipherSettings &s : CipherSettings::standardProfiles()) {
            QVERIFY2(s.validate(), qPrintable(s.profileName()));
            const Result<CipherSettings> back = CipherSettings::fromJson(s.toJson());
            QVERIFY(back);
            QCOMPARE(back.value(), s);
        }
    }

    void invalidFieldIsRefusedNamingIt_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *field, const QJsonValue &value) {
            QTest::newRow(name) << withField(field, value) << QString::fromLatin1(field);
        };
        row("hmac with an attached statement", "hmac_algorithm",
            QStringLiteral("HMAC_SHA512; ATTACH 'x.db' AS x KEY ''"));
        row("hmac not on the list", "hmac_algorithm", QStringLiteral("HMAC_MD5"));
        row("hmac in lower case", "hmac_algorithm", QStringLiteral("hmac_sha512"));
        row("hmac a number", "hmac_algorithm", 512);
        row("kdf with a statement", "kdf_algorithm", QStringLiteral("PBKDF2_HMAC_SHA512; DROP TABLE t"));
        row("kdf not on the list", "kdf_algorithm", QStringLiteral("SCRYPT"));
        row("kdf missing", "kdf_algorithm", QJsonValue::Undefined);
        row("page size not a power of two", "page_size", 1000);
        row("page size too small", "page_size", 256);
        row("page size too large", "page_size", 131072);
        row("page size a string", "page_size", QStringLiteral("4096; ATTACH 'x.db' AS x KEY ''"));
        row("page size a fraction", "page_size", 4096.5);
        row("page size missing", "page_size", QJsonValue::Undefined);
        row("kdf_iter zero", "kdf_iter", 0);
        row("kdf_iter above ten million", "kdf_iter", 10000001);
        row("kdf_iter negative", "kdf_iter", -5);
        row("header not a multiple of 16", "plaintext_header_size", 24);
        row("header above 100", "plaintext_header_size", 112);
        row("header negative", "plaintext_header_size", -16);
    }

    void invalidFieldIsRefusedNamingIt()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const Result<CipherSettings> parsed = CipherSettings::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ExitCode::Unsupported);
        QCOMPARE(parsed.error().kind, QStringLiteral("invalid-settings"));
        QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
    }

    void boundariesAreAccepted_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("page size 512") << withField("page_size", 512);
        QTest::newRow("page size 65536") << withField("page_size", 65536);
        QTest::newRow("kdf_iter 1") << withField("kdf_iter", 1);
        QTest::newRow("kdf_iter 10,000,000") << withField("kdf_iter", 10000000);
        QTest::newRow("header 96") << withField("plaintext_header_size", 96);
        QTest::newRow("header 32") << withField("plaintext_header_size", 32);
        QTest::newRow("no hmac (SQLCipher 1)") << withField("hmac_algorithm", QJsonValue::Null);
        QTest::newRow("header missing (older entries)")
            << withField("plaintext_header_size", QJsonValue::Undefined);
    }

    void boundariesAreAccepted()
    {
        QFETCH(QJsonObject, json);
        const Result<CipherSettings> parsed = CipherSettings::fromJson(json);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
    }

    void pragmasAreOneStatementEachAndRefuseBadSettings()
    {
        const Result<QStringList> pragmas = CipherSettings::sqlcipher3().pragmas(QStringLiteral("target"));
        QVERIFY(pragmas);
        QCOMPARE(pragmas->size(), 6);
        for (const QString &p : pragmas.value()) {
            QVERIFY(p.startsWith(QStringLiteral("PRAGMA \"target\".")));
            QVERIFY(!p.contains(QLatin1Char(';')));
        }
        QVERIFY(pragmas->contains(QStringLiteral("PRAGMA \"target\".cipher_hmac_algorithm = HMAC_SHA1")));
        CipherSettings injected;
        injected.hmacAlgorithm = QStringLiteral("HMAC_SHA512; ATTACH 'x.db' AS x KEY ''");
        const Result<QStringList> refused = injected.pragmas();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ExitCode::Unsupported);
        QVERIFY(refused.error().message.contains(QStringLiteral("hmac_algorithm")));
    }

    void openRefusesBadSettingsBeforeAnySql()
    {
        const QString db = m_files.filePath(QStringLiteral("v4.db"));
        dbfixtures::makeWithShell(db, "PRAGMA key = 'pw';\n" + dbfixtures::content());
        const QString attached = m_files.filePath(QStringLiteral("x.db"));
        CipherSettings injected;
        injected.hmacAlgorithm = QStringLiteral("HMAC_SHA512; ATTACH '%1' AS x KEY ''").arg(attached);
        const KeyMaterial key(QCA::SecureArray(QByteArray("pw")));
        for (const Database::Access access : {Database::Access::ReadOnly, Database::Access::ReadWrite}) {
            const auto opened = Database::open(db, {access, &key, injected, 0});
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, ExitCode::Unsupported);
            QVERIFY(opened.error().message.contains(QStringLiteral("hmac_algorithm")));
        }
        QVERIFY(!QFileInfo::exists(attached));
        const auto valid =
            Database::open(db, {Database::Access::ReadOnly, &key, CipherSettings::sqlcipher4(), 0});
        QVERIFY2(valid, qPrintable(valid.error().message));
    }

    void execSingleRunsOneStatementAndRefusesMore_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("runs");
        QTest::newRow("one pragma") << "PRAGMA user_version = 7" << true;
        QTest::newRow("one pragma, semicolon and blanks") << "PRAGMA user_version = 7;  \n" << true;
        QTest::newRow("a pragma returning a row") << "PRAGMA journal_mode = DELETE" << true;
        QTest::newRow("attach after a pragma") << "PRAGMA user_version = 7; ATTACH '%1' AS x" << false;
        QTest::newRow("attach after an algorithm")
            << "PRAGMA cipher_hmac_algorithm = HMAC_SHA512; ATTACH '%1' AS x KEY ''" << false;
        QTest::newRow("a second pragma") << "PRAGMA user_version = 7; PRAGMA application_id = 1" << false;
        QTest::newRow("nothing") << "  " << false;
    }

    void execSingleRunsOneStatementAndRefusesMore()
    {
        QFETCH(QString, sql);
        QFETCH(bool, runs);
        QTemporaryDir dir;
        const QString attached = dir.filePath(QStringLiteral("x.db"));
        auto db = Database::open(dir.filePath(QStringLiteral("plain.db")),
                                 {Database::Access::Create, nullptr, {}, 0});
        QVERIFY(db);
        const Status s = db.value()->execSingle(sql.contains(QStringLiteral("%1")) ? sql.arg(attached) : sql);
        QCOMPARE(bool(s), runs);
        if (runs) {
            QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                     sql.contains(QStringLiteral("user_version")) ? 7 : 0);
        } else {
            QCOMPARE(s.error().kind, QStringLiteral("several-statements"));
            // Refused before any of it ran: not even the first statement.
            QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        }
        QCOMPARE(db.value()->scalar(QStringLiteral("SELECT count(*) FROM pragma_database_list")).toInt(), 1);
        QVERIFY(!QFileInfo::exists(attached));
    }

    void rememberedSettingsThatDoNotValidateAreNotUsed()
    {
        const QString path = m_files.filePath(QStringLiteral("remembered.db"));
        RememberedSettings::remember(path, CipherSettings::sqlcipher3());
        QCOMPARE(RememberedSettings::lookup(path), std::optional(CipherSettings::sqlcipher3()));
        // Edit the stored entry as an attacker with access to the settings file would.
        QSettings store(QStringLiteral("strongroom"), QStringLiteral("strongroom"));
        bool edited = false;
        for (const QString &k : store.allKeys()) {
            QJsonObject entry = QJsonDocument::fromJson(store.value(k).toString().toUtf8()).object();
            if (entry.value(QStringLiteral("path")).toString() != QFileInfo(path).absoluteFilePath())
                continue;
            entry.insert(QStringLiteral("kdf_algorithm"),
                         QStringLiteral("PBKDF2_HMAC_SHA1; ATTACH 'x' AS x"));
            store.setValue(k, QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
            edited = true;
        }
        QVERIFY(edited);
        store.sync();
        QVERIFY(!RememberedSettings::lookup(path));
        CipherSettings invalid = CipherSettings::sqlcipher4();
        invalid.pageSize = 1000;
        RememberedSettings::forget(path);
        RememberedSettings::remember(path, invalid);
        QVERIFY(!RememberedSettings::lookup(path));
    }
};

QTEST_GUILESS_MAIN(TestCipherSettings)
#include "TestCipherSettings.moc"

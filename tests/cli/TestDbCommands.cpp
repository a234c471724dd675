#include "app/sqlcipher/DbFixtures.h"
#include "support/CliProcess.h"
#include "support/IsolatedHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

// `db info` and `db check` through the real strongroom-cli, on inputs made by the sqlcipher shell.
class TestDbCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_files;
    QDir m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    CliRun cli(const QStringList &args, const QString &key = {}, const QByteArray &stdinData = {})
    {
        QProcessEnvironment env = m_env;
        QStringList all = args;
        if (!key.isEmpty()) {
            env.insert(QStringLiteral("SR_TEST_KEY"), key);
            all << QStringLiteral("--key-env") << QStringLiteral("SR_TEST_KEY");
        }
        return runCli(all, stdinData, env);
    }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QJsonObject json(const CliRun &r) { return jsonOf(r); }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = isolatedEnvironment(m_home.path(), m_env);
        m_dir = QDir(m_files.path());
        dbfixtures::makeAll(m_dir);
    }

    void infoGivesEachCaseItsExitCodeAndKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        const QString raw = QStringLiteral("x'%1'").arg(QString::fromLatin1(dbfixtures::kRawKeyHex));
        const QStringList custom{QStringLiteral("--page-size"),      QStringLiteral("8192"),
                                 QStringLiteral("--kdf-iter"),       QStringLiteral("64000"),
                                 QStringLiteral("--hmac-algorithm"), QStringLiteral("HMAC_SHA256"),
                                 QStringLiteral("--kdf-algorithm"),  QStringLiteral("PBKDF2_HMAC_SHA256")};
        QTest::newRow("v4 passphrase") << "v4.db"
                                       << "pw4" << QStringList() << 0 << "";
        QTest::newRow("raw key") << "raw.db" << raw << QStringList() << 0 << "";
        QTest::newRow("v3") << "v3.db"
                            << "pw3" << QStringList() << 0 << "";
        QTest::newRow("custom settings") << "custom.db"
                                         << "pwc" << custom << 0 << "";
        QTest::newRow("plain") << "plain.db"
                               << "" << QStringList() << 0 << "";
        QTest::newRow("wal") << "wal.db"
                             << "pwwal" << QStringList() << 0 << "";
        QTest::newRow("v4 wrong key") << "v4.db"
                                      << "nope" << QStringList() << 3 << "wrong-key";
        QTest::newRow("raw wrong key")
            << "raw.db"
            << "x'" + QString(64, QLatin1Char('0')) + "'" << QStringList() << 3 << "wrong-key";
        QTest::newRow("v3 wrong key") << "v3.db"
                                      << "nope" << QStringList() << 3 << "wrong-key";
        QTest::newRow("custom wrong key") << "custom.db"
                                          << "nope" << custom << 3 << "wrong-key";
        QTest::newRow("wal wrong key") << "wal.db"
                                       << "nope" << QStringList() << 3 << "wrong-key";
        // No key and no terminal to ask on (the test's stdin is no tty): a usage error, as docs/cli.md says.
        QTest::newRow("encrypted without key") << "v4.db"
                                               << "" << QStringList() << 2 << "key-needed";
        QTest::newRow("random bytes") << "random.db"
                                      << "pw4" << QStringList() << 3 << "wrong-key";
        QTest::newRow("another file type") << "image.db"
                                           << "pw4" << QStringList() << 6 << "not-a-database";
        QTest::newRow("empty") << "empty.db"
                               << "pw4" << QStringList() << 6 << "empty";
        QTest::newRow("truncated") << "truncated.db"
                                   << "pw4" << QStringList() << 4 << "damaged";
        QTest::newRow("missing") << "missing.db"
                                 << "pw4" << QStringList() << 1 << "not-found";
        // Cipher settings that CipherSettings::validate refuses: exit 6, before any key is tried.
        QTest::newRow("page size no power of two")
            << "v4.db"
            << "pw4" << QStringList{QStringLiteral("--page-size"), QStringLiteral("1000")} << 6
            << "invalid-settings";
        QTest::newRow("hmac algorithm with a statement")
            << "v4.db"
            << "pw4"
            << QStringList{QStringLiteral("--hmac-algorithm"),
                           QStringLiteral("HMAC_SHA512; ATTACH 'x.db' AS x KEY ''")}
            << 6 << "invalid-settings";
        QTest::newRow("kdf_iter above ten million")
            << "v4.db"
            << "pw4" << QStringList{QStringLiteral("--kdf-iter"), QStringLiteral("10000001")} << 6
            << "invalid-settings";
        QTest::newRow("page size not a number")
            << "v4.db"
            << "pw4" << QStringList{QStringLiteral("--page-size"), QStringLiteral("big")} << 2 << "usage";
    }

    void infoGivesEachCaseItsExitCodeAndKind()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        const CliRun r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("db"),
                                         QStringLiteral("info"), m_dir.filePath(file)} +
                                 extra,
                             key);
        QVERIFY2(r.exitCode == exitCode, QByteArray(r.out + r.err).constData());
        // SQLCipher's own log lines (every failed HMAC check while settings are tried) never reach
        // the user: Strongroom's message says what is wrong.
        QVERIFY2(!r.err.contains("ERROR CORE"), r.err.constData());
        const QJsonObject out = json(r);
        if (exitCode == 0) {
            QVERIFY(!out.contains(QStringLiteral("error")));
            QCOMPARE(out.value(QStringLiteral("path")).toString(),
                     QFileInfo(m_dir.filePath(file)).absoluteFilePath());
            return;
        }
        const QJsonObject error = out.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), exitCode);
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), kind);
        const QString message = error.value(QStringLiteral("message")).toString();
        if (exitCode != 2)
            QVERIFY2(message.contains(file), qPrintable(message)); // names the file
    }

    void settingsThatWorkedAreRememberedButNeverTheKey()
    {
        QTemporaryDir config;
        const QProcessEnvironment saved = m_env;
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const QStringList info{QStringLiteral("db"), QStringLiteral("info"), path("custom.db")};
        const QStringList settings{QStringLiteral("--page-size"),      QStringLiteral("8192"),
                                   QStringLiteral("--kdf-iter"),       QStringLiteral("64000"),
                                   QStringLiteral("--hmac-algorithm"), QStringLiteral("HMAC_SHA256"),
                                   QStringLiteral("--kdf-algorithm"),  QStringLiteral("PBKDF2_HMAC_SHA256")};
        QCOMPARE(cli(info, QStringLiteral("pwc")).exitCode, 3);
        QCOMPARE(cli(info + settings, QStringLiteral("pwc")).exitCode, 0);
        QCOMPARE(cli(info, QStringLiteral("pwc")).exitCode, 0); // no settings given: remembered
        QFile stored(config.filePath(QStringLiteral("strongroom/strongroom.conf")));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray text = stored.readAll();
        QVERIFY(text.contains("8192"));
        QVERIFY(!text.contains("pwc"));
        m_env = saved;
    }

    void wrongKeyNamesTheProfilesTriedAndRandomBytes()
    {
        const CliRun r =
            cli({QStringLiteral("db"), QStringLiteral("info"), path("random.db")}, QStringLiteral("pw4"));
        QCOMPARE(r.exitCode, 3);
        for (const char *word : {"sqlcipher-4", "sqlcipher-3", "sqlcipher-2", "sqlcipher-1", "random bytes"})
            QVERIFY2(r.err.contains(word), word);
    }

    void anotherFileTypeSaysWhatItLooksLike()
    {
        const CliRun r =
            cli({QStringLiteral("db"), QStringLiteral("info"), path("image.db")}, QStringLiteral("pw4"));
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("PNG image"), r.err.constData());
    }

    void infoJsonHasEveryField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("kdfIter");
        QTest::addColumn<QString>("hmac");
        QTest::addColumn<QString>("kdf");
        QTest::addColumn<QString>("keyKind");
        QTest::addColumn<QString>("journal");
        QTest::addColumn<int>("smallRows");
        const QString raw = QStringLiteral("x'%1'").arg(QString::fromLatin1(dbfixtures::kRawKeyHex));
        QTest::newRow("v4") << "v4.db"
                            << "pw4" << QStringList() << "sqlcipher-4" << 4096 << 256000 << "HMAC_SHA512"
                            << "PBKDF2_HMAC_SHA512"
                            << "passphrase"
                            << "delete" << 3;
        QTest::newRow("raw") << "raw.db" << raw << QStringList() << "sqlcipher-4" << 4096 << 256000
                             << "HMAC_SHA512"
                             << "PBKDF2_HMAC_SHA512"
                             << "raw"
                             << "delete" << 3;
        QTest::newRow("v3") << "v3.db"
                            << "pw3" << QStringList() << "sqlcipher-3" << 1024 << 64000 << "HMAC_SHA1"
                            << "PBKDF2_HMAC_SHA1"
                            << "passphrase"
                            << "delete" << 3;
        QTest::newRow("custom")
            << "custom.db"
            << "pwc" << QStringList{QStringLiteral("--page-size"),      QStringLiteral("8192"),
                                    QStringLiteral("--kdf-iter"),       QStringLiteral("64000"),
                                    QStringLiteral("--hmac-algorithm"), QStringLiteral("HMAC_SHA256"),
                                    QStringLiteral("--kdf-algorithm"),  QStringLiteral("PBKDF2_HMAC_SHA256")}
            << "custom" << 8192 << 64000 << "HMAC_SHA256"
            << "PBKDF2_HMAC_SHA256"
            << "passphrase"
            << "delete" << 3;
        // The row inserted after the last checkpoint lives only in the -wal file: it counts.
        QTest::newRow("wal frames count")
            << "wal.db"
            << "pwwal" << QStringList() << "sqlcipher-4" << 4096 << 256000 << "HMAC_SHA512"
            << "PBKDF2_HMAC_SHA512"
            << "passphrase"
            << "wal" << 4;
        QTest::newRow("plain") << "plain.db"
                               << "" << QStringList() << "" << 4096 << 0 << ""
                               << ""
                               << ""
                               << "delete" << 3;
    }

    void infoJsonHasEveryField()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QStringList, extra);
        QFETCH(QString, profile);
        QFETCH(int, pageSize);
        QFETCH(int, kdfIter);
        QFETCH(QString, hmac);
        QFETCH(QString, kdf);
        QFETCH(QString, keyKind);
        QFETCH(QString, journal);
        QFETCH(int, smallRows);
        const CliRun r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("db"),
                                         QStringLiteral("info"), m_dir.filePath(file)} +
                                 extra,
                             key);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject o = json(r);
        const QString abs = QFileInfo(m_dir.filePath(file)).absoluteFilePath();
        QCOMPARE(o.value("path").toString(), abs);
        const qint64 walBytes = QFileInfo(abs + "-wal").exists() ? QFileInfo(abs + "-wal").size() : 0;
        QCOMPARE(o.value("size_bytes").toInteger(), QFileInfo(abs).size() + walBytes);
        QCOMPARE(o.value("encrypted").toBool(), !profile.isEmpty());
        if (profile.isEmpty()) {
            QVERIFY(o.value("profile").isNull());
            QVERIFY(o.value("cipher").isNull());
        } else {
            QCOMPARE(o.value("profile").toString(), profile);
            const QJsonObject c = o.value("cipher").toObject();
            QCOMPARE(c.value("page_size").toInt(), pageSize);
            QCOMPARE(c.value("kdf_iter").toInt(), kdfIter);
            QCOMPARE(c.value("hmac_algorithm").toString(), hmac);
            QCOMPARE(c.value("kdf_algorithm").toString(), kdf);
            QCOMPARE(c.value("plaintext_header_size").toInt(), 0);
            QCOMPARE(c.value("key_kind").toString(), keyKind);
        }
        QVERIFY(o.value("sqlcipher_version").toString().startsWith(QLatin1String("4.")));
        QVERIFY(o.value("sqlite_version").toString().startsWith(QLatin1String("3.")));
        QCOMPARE(o.value("page_size").toInt(), pageSize);
        QVERIFY(o.value("page_count").toInteger() >= QFileInfo(abs).size() / pageSize);
        QCOMPARE(o.value("freelist_count").toInteger(), 0);
        QCOMPARE(o.value("journal_mode").toString(), journal);
        QVERIFY(o.contains("created"));
        if (!o.value("created").isNull()) {
            const QDateTime created = QDateTime::fromString(o.value("created").toString(), Qt::ISODateWithMs);
            QVERIFY(created.isValid());
            QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        }
        QVERIFY(o.contains("last_backup"));
        QVERIFY(o.value("last_backup").isNull());

        const QJsonArray tables = o.value("tables").toArray();
        QCOMPARE(tables.size(), 3);
        QMap<QString, qint64> rows;
        qint64 previousBytes = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : tables) {
            const QJsonObject t = v.toObject();
            for (const char *field : {"name", "rows", "bytes", "index_bytes"})
                QVERIFY2(t.contains(QLatin1String(field)), field);
            rows.insert(t.value("name").toString(), t.value("rows").toInteger());
            // Sizes come from dbstat, when the SQLCipher library has it; then largest first.
            if (!t.value("bytes").isNull()) {
                QVERIFY(t.value("bytes").toInteger() > 0);
                QVERIFY(t.value("bytes").toInteger() <= previousBytes);
                previousBytes = t.value("bytes").toInteger();
            }
        }
        QCOMPARE(rows.value("big"), 600);
        QCOMPARE(rows.value("small"), smallRows);
        QCOMPARE(rows.value("child"), 2);
    }

    void humanFormShowsSummaryAndTables()
    {
        const CliRun r =
            cli({QStringLiteral("db"), QStringLiteral("info"), path("v3.db")}, QStringLiteral("pw3"));
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"sqlcipher-3", "SQLCipher 4.", "TABLE", "big", "600"})
            QVERIFY2(r.out.contains(word), word);
    }

    void plainFileSaysItIsNotEncrypted()
    {
        const CliRun r = cli({QStringLiteral("db"), QStringLiteral("info"), path("plain.db")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("not encrypted"), r.err.constData());
    }

    void lockedFileGivesExitFive()
    {
        dbfixtures::HeldShell holder(path("v4.db"), "PRAGMA key = 'pw4';\nBEGIN EXCLUSIVE;\n"
                                                    "INSERT INTO small(v) VALUES ('held');\n");
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info"), path("v4.db")},
                QStringLiteral("pw4"));
        holder.finish();
        QVERIFY2(r.exitCode == 5, QByteArray(r.out + r.err).constData());
        QCOMPARE(json(r).value("error").toObject().value("kind").toString(), QStringLiteral("locked"));
        QVERIFY(json(r).value("error").toObject().value("message").toString().contains(
            QLatin1String("read-only")));
    }

    void openingChangesNoByteOfAnyFile()
    {
        const auto before = dbfixtures::hashFolder(m_dir.path());
        QVERIFY(before.contains(QStringLiteral("wal.db-wal")));
        QVERIFY(before.contains(QStringLiteral("wal.db-shm")));
        const QList<QPair<const char *, QString>> runs{
            {"v4.db", "pw4"},     {"v3.db", "pw3"},        {"wal.db", "pwwal"},  {"plain.db", ""},
            {"random.db", "pw4"}, {"truncated.db", "pw4"}, {"flipped.db", "pw4"}};
        for (const auto &[file, key] : runs) {
            cli({QStringLiteral("db"), QStringLiteral("info"), path(file)}, key);
            cli({QStringLiteral("db"), QStringLiteral("check"), path(file)}, key);
        }
        QCOMPARE(dbfixtures::hashFolder(m_dir.path()), before);
    }

    void checkOfACleanDatabaseIsOk_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::newRow("v4") << "v4.db"
                            << "pw4";
        QTest::newRow("wal") << "wal.db"
                             << "pwwal";
        QTest::newRow("plain") << "plain.db"
                               << "";
    }

    void checkOfACleanDatabaseIsOk()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        const CliRun r = cli(
            {QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check"), m_dir.filePath(file)},
            key);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("ok").toBool(), true);
        QVERIFY(o.value("pages_checked").toInteger() > 0);
        QCOMPARE(o.value("bad_pages").toArray().size(), 0);
        QCOMPARE(o.value("integrity_errors").toArray().size(), 0);
        QCOMPARE(o.value("foreign_key_violations").toArray().size(), 0);
    }

    void checkNamesTheBadPageAndItsTable()
    {
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check"), path("flipped.db")},
                QStringLiteral("pw4"));
        QVERIFY2(r.exitCode == 4, QByteArray(r.out + r.err).constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("ok").toBool(), false);
        QCOMPARE(o.value("error").toObject().value("code").toInt(), 4);
        const QJsonArray bad = o.value("bad_pages").toArray();
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad.first().toObject().value("page").toInteger(), 20);
        const QString owner = bad.first().toObject().value("owner").toString();
        QVERIFY2(owner == QLatin1String("big") || owner == QLatin1String("big_name"), qPrintable(owner));
    }

    void checkOfAnEncryptedFileWithoutKeyOrTerminalIsAUsageError()
    {
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check"), path("v4.db")});
        QVERIFY2(r.exitCode == 2, QByteArray(r.out + r.err).constData());
        const QJsonObject error = json(r).value("error").toObject();
        QCOMPARE(error.value("code").toInt(), 2);
        QCOMPARE(error.value("kind").toString(), QStringLiteral("key-needed"));
        QVERIFY2(error.value("message").toString().contains(QLatin1String("--key-env")),
                 qPrintable(error.value("message").toString()));
    }

    // A table named with an escape sequence would retitle the terminal and clear it when printed.
    void tableNamesArePrintedWithControlCharactersEscaped()
    {
        const QString file = path("escape.db");
        dbfixtures::makeWithShell(file, "CREATE TABLE \"evil\x1b]0;owned\x07\x1b[2J\"(x);\n"
                                        "INSERT INTO \"evil\x1b]0;owned\x07\x1b[2J\" VALUES (1);\n");
        const CliRun r = cli({QStringLiteral("db"), QStringLiteral("info"), file});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("evil\\x1b]0;owned\\x07\\x1b[2J"), r.out.constData());
        QVERIFY(!r.out.contains('\x1b'));
        QVERIFY(!r.out.contains('\x07'));
        const CliRun j = cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info"), file});
        QCOMPARE(
            json(j).value("tables").toArray().first().toObject().value("name").toString(),
            QStringLiteral("evil\x1b]0;owned\x07\x1b[2J")); // JSON keeps the name; its encoder escapes it
        QFile::remove(file);
    }

    void checkFindsForeignKeyViolations()
    {
        const QString file = path("fk.db");
        QFile::copy(path("plain.db"), file);
        dbfixtures::makeWithShell(file, "INSERT INTO child(small_id) VALUES (99);\n");
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check"), file});
        QVERIFY2(r.exitCode == 4, QByteArray(r.out + r.err).constData());
        const QJsonArray v = json(r).value("foreign_key_violations").toArray();
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().toObject().value("table").toString(), QStringLiteral("child"));
        QCOMPARE(v.first().toObject().value("parent").toString(), QStringLiteral("small"));
        QFile::remove(file);
    }
};

QTEST_GUILESS_MAIN(TestDbCommands)
#include "TestDbCommands.moc"

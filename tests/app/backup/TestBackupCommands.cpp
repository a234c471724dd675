#include "BackupFixtures.h"
#include "support/CliProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/stat.h>

using namespace backupfixtures;

// The "backup" verbs through the real strongroom-cli, on files made by the sqlcipher shell.
class TestBackupCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcessEnvironment m_env;

    CliRun cli(const QStringList &args) { return runCli(args, {}, m_env); }

    QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

    // A history with one backup made by `backup create`; returns the backup's path.
    QString createBackup(const QString &db)
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"), db,
                              QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        if (r.exitCode != 0)
            qWarning() << r.out << r.err;
        return json(r).value(QStringLiteral("path")).toString();
    }

    // `backup restore BACKUP --to DB --yes` with the live key, JSON out.
    CliRun restoreConfirmed(const QString &backup, const QString &db)
    {
        return cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), backup,
                    QStringLiteral("--to"), db, QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                    QStringLiteral("--yes")});
    }

    // Runs the CLI until it stops itself with the file mapped (STRONGROOM_TEST_PAUSE_POINT), cuts
    // `victim` down to one page as another program could, and lets the CLI go on.
    CliRun runTruncatingMidRead(const QStringList &args, const QString &victim)
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("STRONGROOM_TEST_PAUSE_POINT"), QStringLiteral("file-scan-mapped"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(strongroomBinary(QStringLiteral("strongroom-cli")), args);
        if (!p.waitForStarted())
            return {};
        const QString stat = QStringLiteral("/proc/%1/stat").arg(p.processId());
        auto stopped = [&stat] {
            QFile f(stat);
            // "pid (comm) S ...": the state follows the closing parenthesis.
            const QByteArray line = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            return line.mid(line.lastIndexOf(')') + 2, 1) == "T";
        };
        QDeadlineTimer deadline(60000);
        while (!stopped() && !deadline.hasExpired() && p.state() == QProcess::Running)
            QTest::qWait(10);
        const bool paused = stopped();
        if (paused)
            QFile(victim).resize(4096);
        ::kill(pid_t(p.processId()), SIGCONT);
        p.waitForFinished(120000);
        if (!paused)
            qWarning("the CLI never reached the pause point: the file was not truncated");
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                      p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() { m_env = environment(m_home.path()); }

    // A file truncated while it is read through a memory map used to kill the CLI with SIGBUS.
    void aFileTruncatedWhileReadIsAnIntegrityErrorNotACrash_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<bool>("withKey");
        QTest::newRow("backup create, the live file truncated") << QStringLiteral("create") << true;
        QTest::newRow("backup verify, checksum only") << QStringLiteral("verify") << false;
        QTest::newRow("backup verify with the key (page HMACs)") << QStringLiteral("verify") << true;
    }

    void aFileTruncatedWhileReadIsAnIntegrityErrorNotACrash()
    {
        QFETCH(QString, verb);
        QFETCH(bool, withKey);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("big.db"));
        QVERIFY(makeDatabase(db, liveKey(), 3000, "v1"));
        QString victim = db;
        if (verb == QLatin1String("verify")) {
            victim = createBackup(db);
            QVERIFY(QFile::exists(victim));
        }
        QStringList args{QStringLiteral("--json"), QStringLiteral("backup"), verb, victim};
        if (withKey)
            args << QStringLiteral("--key-env") << QStringLiteral("LIVE_KEY");
        const CliRun r = runTruncatingMidRead(args, victim);
        QVERIFY2(r.exitCode == 4,
                 QByteArray(QByteArray::number(r.exitCode) + ' ' + r.out + r.err).constData());
        const QJsonObject error = json(r).value(QStringLiteral("error")).toObject();
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("changed")) ||
                     error.value(QStringLiteral("message")).toString().contains(QLatin1String("truncated")),
                 r.out.constData());
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(victim), r.out.constData());
        // Nothing half-written is left beside it.
        QCOMPARE(
            QDir(dir.path()).entryList({QStringLiteral(".strongroom-tmp-*")}, QDir::Files | QDir::Hidden),
            QStringList());
    }

    void createListVerifyAndCompareABackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 300, "v1"));
        const QString backup = createBackup(db);
        QVERIFY(QFile::exists(backup));
        QVERIFY(QFileInfo(backup).fileName().contains(QRegularExpression(QStringLiteral("^crm-backup-\\d{8}-\\d{6}\\.db$"))));

        // A file copied in by hand is listed too, as not yet verified.
        QVERIFY(QFile::copy(backup, dir.filePath(QStringLiteral("backups/downloaded.db"))));
        CliRun list = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"), dir.filePath(QStringLiteral("backups"))});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray backups = json(list).value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 2);
        QStringList states;
        for (const QJsonValue &b : backups)
            states.append(b[QStringLiteral("file")].toString() + QLatin1Char('=') + b[QStringLiteral("verified_state")].toString());
        QVERIFY(states.contains(QStringLiteral("downloaded.db=not yet verified")));
        QVERIFY(states.contains(QFileInfo(backup).fileName() + QStringLiteral("=verified")));
        list = cli({QStringLiteral("backup"), QStringLiteral("list"), dir.filePath(QStringLiteral("backups"))});
        QVERIFY(list.out.contains("not yet verified"));
        QVERIFY(list.out.contains("301 in 2 tables"));

        CliRun verify = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), backup});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(json(verify).value(QStringLiteral("checksum")).toString(), QStringLiteral("match"));
        QCOMPARE(json(verify).value(QStringLiteral("level")).toInt(), 1);
        verify = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), backup,
                      QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(json(verify).value(QStringLiteral("level")).toInt(), 3);

        QVERIFY(!query(db, liveKey(), "DELETE FROM t WHERE a <= 20; CREATE TABLE extra(x);").startsWith("error"));
        const CliRun compare = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("compare"), db, backup,
                                    QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QCOMPARE(compare.exitCode, 0);
        QMap<QString, QPair<QJsonValue, QJsonValue>> tables;
        for (const QJsonValue &t : json(compare).value(QStringLiteral("tables")).toArray())
            tables.insert(t[QStringLiteral("name")].toString(), {t[QStringLiteral("live_rows")], t[QStringLiteral("backup_rows")]});
        QCOMPARE(tables.value(QStringLiteral("t")).first.toInteger(), 280);
        QCOMPARE(tables.value(QStringLiteral("t")).second.toInteger(), 300);
        QVERIFY(tables.value(QStringLiteral("extra")).second.isNull());
        QVERIFY(json(compare).value(QStringLiteral("live")).toObject().contains(QStringLiteral("size")));
    }

    // A file name in the history folder is whatever whoever put it there chose.
    void listPrintsNamesWithControlCharactersEscaped()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "v1"));
        const QString backup = createBackup(db);
        QVERIFY(QFile::copy(backup, dir.filePath(QStringLiteral("backups/ev\x1b[2Jil.db"))));
        const CliRun list =
            cli({QStringLiteral("backup"), QStringLiteral("list"), dir.filePath(QStringLiteral("backups"))});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("ev\\x1b[2Jil.db"), list.out.constData());
        QVERIFY(!list.out.contains('\x1b'));
    }

    void dbInfoReportsTheLastBackupFromTheCatalog()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(makeDatabase(db, liveKey(), 50, "v1"));
        const QStringList info{QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info"), db,
                               QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")};
        CliRun before = cli(info);
        QCOMPARE(before.exitCode, 0);
        QVERIFY(json(before).contains(QStringLiteral("last_backup")));
        QVERIFY(json(before).value(QStringLiteral("last_backup")).isNull());

        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString backup = createBackup(db);
        QVERIFY(QFile::exists(backup));
        const CliRun after = cli(info);
        QCOMPARE(after.exitCode, 0);
        const QJsonObject last = json(after).value(QStringLiteral("last_backup")).toObject();
        QCOMPARE(last.value(QStringLiteral("path")).toString(), backup);
        const QDateTime time = QDateTime::fromString(last.value(QStringLiteral("time")).toString(), Qt::ISODate);
        QVERIFY2(time >= started.addSecs(-1) && time <= QDateTime::currentDateTimeUtc(),
                 qPrintable(last.value(QStringLiteral("time")).toString()));
        const qint64 age = last.value(QStringLiteral("age_seconds")).toInteger(-1);
        QVERIFY2(age >= 0 && age <= started.secsTo(QDateTime::currentDateTimeUtc()) + 1, qPrintable(QString::number(age)));

        // The text form names it too.
        const CliRun text = cli({QStringLiteral("db"), QStringLiteral("info"), db, QStringLiteral("--key-env"),
                                 QStringLiteral("LIVE_KEY")});
        QVERIFY2(text.out.contains(QFileInfo(backup).fileName().toUtf8()), text.out.constData());
    }

    void badBackupsAreRefusedAndTheLiveDatabaseIsUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorKind");
        QTest::newRow("wrong key") << "wrong-key" << 3 << "wrong-key";
        QTest::newRow("damaged page") << "damaged" << 4 << "damaged";
        QTest::newRow("truncated mid-page") << "truncated" << 4 << "";
        QTest::newRow("changed since catalogued") << "checksum" << 4 << "checksum-mismatch";
        QTest::newRow("plain SQLite") << "plain" << 6 << "plain-sqlite";
        QTest::newRow("not a database") << "text" << 6 << "not-a-database";
        QTest::newRow("empty file") << "empty" << 6 << "not-a-database";
    }

    void badBackupsAreRefusedAndTheLiveDatabaseIsUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, errorKind);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        QVERIFY(makeDatabase(db, liveKey(), 400, "live", "wal"));
        QString bad = dir.filePath(QStringLiteral("downloads/bad.db"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("downloads"))));
        const QString good = dir.filePath(QStringLiteral("downloads/good.db"));
        QVERIFY(makeDatabase(good, liveKey(), 400, "backup"));
        if (kind == QLatin1String("wrong-key")) {
            QVERIFY(makeDatabase(bad, otherKey(), 10, "other"));
        } else if (kind == QLatin1String("damaged")) {
            QByteArray bytes = readAll(good);
            for (int i = 0; i < 64; ++i)
                bytes[8 * 4096 + 100 + i] = char(bytes[8 * 4096 + 100 + i] ^ 0x5a);
            QVERIFY(writeAll(bad, bytes));
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(writeAll(bad, readAll(good).left(10 * 4096 + 1000)));
        } else if (kind == QLatin1String("checksum")) {
            // A backup made by Strongroom, then altered after its catalog entry was written.
            bad = createBackup(good);
            QVERIFY(!bad.isEmpty());
            QByteArray bytes = readAll(bad);
            bytes[5 * 4096 + 7] = char(bytes[5 * 4096 + 7] ^ 1);
            QVERIFY(writeAll(bad, bytes));
        } else if (kind == QLatin1String("plain")) {
            QVERIFY(runSqlCipherShell(bad, "CREATE TABLE t(a); INSERT INTO t VALUES (1);").exitCode == 0);
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeAll(bad, QByteArray("<html><body>502 Bad Gateway</body></html>\n").repeated(100)));
        } else {
            QVERIFY(writeAll(bad, {}));
        }
        const QByteArray before = readAll(db);

        const CliRun verify = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), bad,
                                   QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QCOMPARE(verify.exitCode, exitCode);
        const CliRun restore = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), bad,
                                    QStringLiteral("--to"), db, QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                                    QStringLiteral("--yes")});
        QCOMPARE(restore.exitCode, exitCode);
        const QJsonObject error = json(restore).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), exitCode);
        if (!errorKind.isEmpty())
            QCOMPARE(error.value(QStringLiteral("kind")).toString(), errorKind);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QFileInfo(bad).fileName()),
                 qPrintable(error.value(QStringLiteral("message")).toString()));

        QCOMPARE(readAll(db), before);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("backups"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("live.db")});
    }

    void restoreChecksTheStructureOfFilesTheHistoryDoesNotVouchFor_data()
    {
        QTest::addColumn<bool>("fromHistory");
        QTest::addColumn<bool>("alterEntry");
        QTest::addColumn<bool>("fullCheck");
        QTest::addColumn<bool>("vouched");
        QTest::newRow("downloaded file") << false << false << false << false;
        QTest::newRow("from the history") << true << false << false << true;
        QTest::newRow("from the history, --full-check") << true << false << true << false;
        // Someone without the key edits the entry: its seal no longer holds, so it vouches for nothing.
        QTest::newRow("from the history, entry altered") << true << true << false << false;
    }

    void restoreChecksTheStructureOfFilesTheHistoryDoesNotVouchFor()
    {
        QFETCH(bool, fromHistory);
        QFETCH(bool, alterEntry);
        QFETCH(bool, fullCheck);
        QFETCH(bool, vouched);
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.db"));
        QVERIFY(makeDatabase(source, liveKey(), 300, "new"));
        const QString backup = fromHistory ? createBackup(source) : source;
        QVERIFY(!backup.isEmpty());
        if (alterEntry) {
            const QString catalog = dir.filePath(QStringLiteral("backups/strongroom-backups.json"));
            QByteArray text = readAll(catalog);
            QVERIFY(text.contains("\"t\": 300"));
            QVERIFY(writeAll(catalog, text.replace("\"t\": 300", "\"t\": 301")));
        }
        // An existing folder: with --yes the validation writes the copy there as it reads the backup.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("restored"))));
        QStringList args{QStringLiteral("--json"),    QStringLiteral("backup"),
                         QStringLiteral("restore"),   backup,
                         QStringLiteral("--to"),      dir.filePath(QStringLiteral("restored/app.db")),
                         QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                         QStringLiteral("--yes")};
        if (fullCheck)
            args << QStringLiteral("--full-check");
        const CliRun r = cli(args);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject file =
            json(r)[QStringLiteral("validation")][QStringLiteral("backup_file")].toObject();
        QCOMPARE(file.value(QStringLiteral("sealed_entry")).toBool(), vouched);
        QCOMPARE(file.value(QStringLiteral("pages_checked")).toBool(), !vouched);
        QCOMPARE(file.value(QStringLiteral("structure_checked")).toBool(), !vouched);
        QCOMPARE(file.value(QStringLiteral("row_counts")).toObject().value(QStringLiteral("t")).toInt(), 300);
        QCOMPARE(readAll(dir.filePath(QStringLiteral("restored/app.db"))), readAll(backup));
        // The copy the validation wrote was swapped in: no temp file is left.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("restored"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("app.db")});
    }

    void aDownloadedBackupWithAuthenticPagesButBrokenIndexesIsRefused()
    {
        // Every page was written by SQLCipher with the key, so every HMAC passes; only SQLite's
        // integrity_check sees that the index no longer matches its table.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        QVERIFY(makeDatabase(db, liveKey(), 50, "live"));
        const QString broken = dir.filePath(QStringLiteral("downloads/broken.db"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("downloads"))));
        QVERIFY(
            runSqlCipherShell(broken, keyPragma(liveKey()) +
                                          "CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT);\n"
                                          "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                          "WHERE x < 200) INSERT INTO t SELECT x, 'v' || x FROM c;\n"
                                          "CREATE INDEX t_b ON t(b);\n"
                                          ".dbconfig defensive off\n"
                                          "PRAGMA writable_schema = ON;\n"
                                          "UPDATE sqlite_schema SET sql = 'CREATE INDEX t_b ON t(a)' "
                                          "WHERE name = 't_b';\n")
                .exitCode == 0);
        const QByteArray before = readAll(db);
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"),
                              broken, QStringLiteral("--to"), db, QStringLiteral("--key-env"),
                              QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(json(r)[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                     QStringLiteral("integrity_check")),
                 r.out.constData());
        QCOMPARE(readAll(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("live.db")});
    }

    void aFailedRestoreToANewPlaceLeavesNoFolderBehind()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other-key.db"));
        QVERIFY(makeDatabase(other, otherKey(), 10, "other"));
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), other,
                              QStringLiteral("--to"), dir.filePath(QStringLiteral("srv/app/app.db")),
                              QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("srv"))));
    }

    void restoreReplacesTheDatabaseAfterAPreRestoreBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        const QString downloaded = dir.filePath(QStringLiteral("from-admin-page.db"));
        QVERIFY(makeDatabase(db, liveKey(), 100, "old", "wal"));
        QVERIFY(makeDatabase(downloaded, liveKey(), 250, "new"));
        const QByteArray old = readAll(db);
        struct stat oldFile{};
        QCOMPARE(::stat(QFile::encodeName(db).constData(), &oldFile), 0);
        const CliRun r = restoreConfirmed(downloaded, db);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"), QByteArray("new\n250"));
        // The backup's bytes are the database's: nothing of the old one survives in a -wal.
        QCOMPARE(readAll(db), readAll(downloaded));
        // The pre-restore backup is the replaced file itself, under a second name: nothing was copied.
        const QString pre = json(r)[QStringLiteral("restore")][QStringLiteral("pre_restore_backup")].toString();
        struct stat kept{};
        QCOMPARE(::stat(QFile::encodeName(pre).constData(), &kept), 0);
        QCOMPARE(kept.st_ino, oldFile.st_ino);
        QCOMPARE(kept.st_nlink, nlink_t(1));
        QCOMPARE(readAll(pre), old);
        QCOMPARE(query(pre, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"), QByteArray("old\n100"));
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"),
                                 dir.filePath(QStringLiteral("backups"))});
        const QJsonObject entry = json(list)[QStringLiteral("backups")].toArray().at(0).toObject();
        QCOMPARE(entry[QStringLiteral("verified_state")].toString(), QStringLiteral("kept as found"));
        QCOMPARE(entry[QStringLiteral("row_counts")][QStringLiteral("t")].toInteger(), 100);
        QVERIFY(entry[QStringLiteral("tags")].toArray().contains(QStringLiteral("pre-restore")));
        // Its checksum was recorded: level 1 verifies it without the key.
        const CliRun verify = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), pre});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(json(verify).value(QStringLiteral("checksum")).toString(), QStringLiteral("match"));
        const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("log")});
        QVERIFY(audit.out.contains("backup.restore"));
        QVERIFY(!audit.out.contains(liveKey()));
    }

    void restoringAHistoryBackupOverItsOwnDatabaseComparesWithTheRowsOfNow()
    {
        // The backup is a byte copy of this database, salt included, so its page keys open the live
        // file too: the comparison must still count the live file's rows, not the backup's.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(db, liveKey(), 300, "v1"));
        const QString backup = createBackup(db);
        QVERIFY(!backup.isEmpty());
        QVERIFY(!query(db, liveKey(), "DELETE FROM t WHERE a <= 20;").startsWith("error"));
        const CliRun r = restoreConfirmed(backup, db);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QMap<QString, QPair<qint64, qint64>> tables;
        for (const QJsonValue &t : json(r)[QStringLiteral("validation")][QStringLiteral("tables")].toArray())
            tables.insert(t[QStringLiteral("name")].toString(),
                          {t[QStringLiteral("live_rows")].toInteger(), t[QStringLiteral("backup_rows")].toInteger()});
        QCOMPARE(tables.value(QStringLiteral("t")), qMakePair(qint64(280), qint64(300)));
        QCOMPARE(query(db, liveKey(), "SELECT count(*) FROM t;"), QByteArray("300"));
        const QString pre = json(r)[QStringLiteral("restore")][QStringLiteral("pre_restore_backup")].toString();
        QCOMPARE(query(pre, liveKey(), "SELECT count(*) FROM t;"), QByteArray("280"));
    }

    void aDamagedDatabaseIsKeptAsFoundAndReplaced()
    {
        // The usual reason for a restore: bit rot in a page of the live database. Its rows cannot all
        // be counted and it would fail a backup's page check, yet the restore goes ahead and keeps it,
        // byte for byte, as the pre-restore backup.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        QVERIFY(makeDatabase(db, liveKey(), 2000, "old"));
        const QString backup = createBackup(db);
        QVERIFY(!backup.isEmpty());
        QByteArray bytes = readAll(db);
        QVERIFY(bytes.size() > 20 * 4096);
        bytes[10 * 4096 + 200] = char(bytes[10 * 4096 + 200] ^ 0x55);
        QVERIFY(writeAll(db, bytes));

        // Comparing it names the damaged page (11: the byte is in the eleventh 4 KiB page).
        const CliRun compare = cli({QStringLiteral("backup"), QStringLiteral("compare"), db, backup,
                                    QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QCOMPARE(compare.exitCode, 4);
        QVERIFY2(compare.err.contains("HMAC verification failed for page 11"), compare.err.constData());

        // Without --json: the problem, then the report on a line of its own.
        const CliRun r = cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"),
                              db, QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("HMAC verification failed for page 11"), r.out.constData());
        QVERIFY2(r.out.contains(QByteArray("pre-restore backup.\n" + QFile::encodeName(db) + " restored from")),
                 r.out.constData());
        QVERIFY2(!r.err.contains("ERROR CORE"), r.err.constData());
        QCOMPARE(readAll(db), readAll(backup));
        const int at = r.out.indexOf("previous database was saved as ") + 31;
        const QString pre = QString::fromLocal8Bit(r.out.mid(at, r.out.indexOf(".db", at) + 3 - at));
        QCOMPARE(readAll(pre), bytes);
        const CliRun list = cli({QStringLiteral("backup"), QStringLiteral("list"), dir.filePath(QStringLiteral("backups"))});
        QVERIFY2(list.out.contains("kept as found, damaged (pre-restore)"), list.out.constData());
        // Its rows could not all be counted: none are shown, not "0 in 0 tables".
        QVERIFY2(!list.out.contains("0 in 0 tables"), list.out.constData());
    }

    void restoreOnANewWorkstationCreatesTheDatabaseAndItsFolder()
    {
        QTemporaryDir dir;
        const QString downloaded = dir.filePath(QStringLiteral("from-admin-page.db"));
        QVERIFY(makeDatabase(downloaded, liveKey(), 70, "new"));
        const QString db = dir.filePath(QStringLiteral("srv/app/data/app.db"));
        const CliRun r = restoreConfirmed(downloaded, db);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(readAll(db), readAll(downloaded));
        QVERIFY(json(r)[QStringLiteral("restore")][QStringLiteral("pre_restore_backup")].isNull());
    }

    void restoreWithoutYesAndWithoutTerminalChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        const QString backup = dir.filePath(QStringLiteral("b.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "old"));
        QVERIFY(makeDatabase(backup, liveKey(), 20, "new"));
        const QByteArray before = readAll(db);
        const CliRun r = cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), db,
                              QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains("Backup")); // the comparison was shown first
        QVERIFY(r.err.contains("--yes"));
        QVERIFY2(!r.err.contains("QFile"), r.err.constData()); // nothing but the refusal on stderr
        QCOMPARE(readAll(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("b.db"), QStringLiteral("live.db")}));
    }

    void aBackupMadeWithAnotherKeyIsReKeyedToTheLiveKey()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        const QString backup = dir.filePath(QStringLiteral("old-key.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "old"));
        QVERIFY(makeDatabase(backup, otherKey(), 30, "old-key"));
        CliRun r = cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), db,
                        QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("--backup-key"));
        r = cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), db, QStringLiteral("--key-env"),
                 QStringLiteral("LIVE_KEY"), QStringLiteral("--backup-key-env"), QStringLiteral("OTHER_KEY"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"), QByteArray("old-key\n30"));
        QVERIFY(query(db, otherKey(), "SELECT count(*) FROM t;").startsWith("error"));
        // The downloaded file itself keeps its key.
        QCOMPARE(query(backup, otherKey(), "SELECT count(*) FROM t;"), QByteArray("30"));
    }

    void restoreRefusesWhileAnotherProcessHoldsTheDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        const QString backup = dir.filePath(QStringLiteral("b.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "old", "wal"));
        QVERIFY(makeDatabase(backup, liveKey(), 20, "new"));
        const QByteArray before = readAll(db);
        // An application with the database open: the shell waiting on its input.
        QProcess holder;
        holder.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), db});
        QVERIFY(holder.waitForStarted());
        holder.write(keyPragma(liveKey()) + "SELECT count(*) FROM t;\n");
        QVERIFY(holder.waitForReadyRead(10000));

        const QStringList args{QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), backup,
                               QStringLiteral("--to"), db, QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                               QStringLiteral("--yes"), QStringLiteral("--wait"), QStringLiteral("1")};
        CliRun r = cli(args);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(json(r)[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QString::number(holder.processId())));
        QCOMPARE(readAll(db), before);

        // --wait waits for the holder to close it.
        QProcess restore;
        restore.setProcessEnvironment(m_env);
        QStringList waitArgs = args;
        waitArgs.last() = QStringLiteral("20");
        restore.start(strongroomBinary(QStringLiteral("strongroom-cli")), waitArgs);
        QVERIFY(restore.waitForStarted());
        QTest::qWait(700);
        QCOMPARE(restore.state(), QProcess::Running);
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(restore.waitForFinished(30000));
        QVERIFY2(restore.exitCode() == 0, restore.readAllStandardOutput().constData());
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker;"), QByteArray("new"));
    }

    void pruneRemovesWhatThePolicyDoesNotKeep()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 5, "x"));
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            made.append(createBackup(db));
            QTest::qWait(1100); // one backup name per second
        }
        const QString history = dir.filePath(QStringLiteral("backups"));
        CliRun dry = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("prune"), history,
                          QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        int wouldRemove = 0;
        for (const QJsonValue &b : json(dry)[QStringLiteral("backups")].toArray())
            wouldRemove += b[QStringLiteral("keep")].toBool() ? 0 : 1;
        QCOMPARE(wouldRemove, 2);
        for (const QString &path : made)
            QVERIFY(QFile::exists(path));

        const CliRun prune = cli({QStringLiteral("backup"), QStringLiteral("prune"), history, QStringLiteral("--keep-last"), QStringLiteral("1")});
        QCOMPARE(prune.exitCode, 0);
        QVERIFY(!QFile::exists(made.at(0)));
        QVERIFY(!QFile::exists(made.at(1)));
        QVERIFY(QFile::exists(made.at(2)));
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"), history});
        QCOMPARE(json(list)[QStringLiteral("backups")].toArray().size(), 1);

        const CliRun bad = cli({QStringLiteral("backup"), QStringLiteral("prune"), history, QStringLiteral("--keep-within"), QStringLiteral("3 weeks")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "TestBackupCommands.moc"

#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>
#include <sys/stat.h>

using namespace backupfixtures;

// The "backup" verbs through the real strongroom-cli, on files made by the sqlcipher shell.
class TestBackupCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcessEnvironment m_env;

    CliRun cli(const QStringList &args) { return runCli(args, {}, m_env); }

    QJsonObject json(const CliRun &run) { return jsonOf(run); }

    // A history with one backup made by `backup create`; returns the backup's path.
    QString createBackup(const QString &db)
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                              db, QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        if (r.exitCode != 0)
            qWarning() << r.out << r.err;
        return json(r).value(QStringLiteral("path")).toString();
    }

    // An application with the database open: the shell, keyed and waiting on its input, until its
    // write channel is closed.
    static bool holdOpen(QProcess &holder, const QString &db)
    {
        holder.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), db});
        if (!holder.waitForStarted())
            return false;
        holder.write(keyPragma(liveKey()) + "SELECT count(*) FROM t;\n");
        return holder.waitForReadyRead(10000);
    }

    static int modeOf(const QString &path)
    {
        struct stat st{};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

    // `backup restore BACKUP --to DB --yes` with the live key, JSON out.
    CliRun restoreConfirmed(const QString &backup, const QString &db)
    {
        return cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), backup,
                    QStringLiteral("--to"), db, QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                    QStringLiteral("--yes")});
    }

    // Rewrites the catalog of `history` with `change` applied to the entry of `fileName`.
    static bool editCatalogEntry(const QString &history, const QString &fileName,
                                 const std::function<void(QJsonObject &)> &change)
    {
        const QString path = QDir(history).filePath(QStringLiteral("strongroom-backups.json"));
        QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QJsonArray entries = root.value(QStringLiteral("backups")).toArray();
        bool found = false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries.at(i).toObject();
            if (entry.value(QStringLiteral("file")).toString() != fileName)
                continue;
            change(entry);
            entries.replace(i, entry);
            found = true;
        }
        root.insert(QStringLiteral("backups"), entries);
        return found && writeAll(path, QJsonDocument(root).toJson());
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
        QVERIFY(QFileInfo(backup).fileName().contains(
            QRegularExpression(QStringLiteral("^crm-backup-\\d{8}-\\d{6}\\.db$"))));

        // A file copied in by hand is listed too, as not yet verified.
        QVERIFY(QFile::copy(backup, dir.filePath(QStringLiteral("backups/downloaded.db"))));
        CliRun list = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"),
                           dir.filePath(QStringLiteral("backups"))});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray backups = json(list).value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 2);
        QStringList states;
        for (const QJsonValue &b : backups)
            states.append(b[QStringLiteral("file")].toString() + QLatin1Char('=') +
                          b[QStringLiteral("verified_state")].toString());
        QVERIFY(states.contains(QStringLiteral("downloaded.db=not yet verified")));
        QVERIFY(states.contains(QFileInfo(backup).fileName() + QStringLiteral("=verified")));
        list =
            cli({QStringLiteral("backup"), QStringLiteral("list"), dir.filePath(QStringLiteral("backups"))});
        QVERIFY(list.out.contains("not yet verified"));
        QVERIFY(list.out.contains("301 in 2 tables"));

        CliRun verify =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), backup});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(json(verify).value(QStringLiteral("checksum")).toString(), QStringLiteral("match"));
        QCOMPARE(json(verify).value(QStringLiteral("level")).toInt(), 1);
        verify = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), backup,
                      QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(json(verify).value(QStringLiteral("level")).toInt(), 3);

        QVERIFY(
            !query(db, liveKey(), "DELETE FROM t WHERE a <= 20; CREATE TABLE extra(x);").startsWith("error"));
        const CliRun compare =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("compare"), db, backup,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QCOMPARE(compare.exitCode, 0);
        QMap<QString, QPair<QJsonValue, QJsonValue>> tables;
        for (const QJsonValue &t : json(compare).value(QStringLiteral("tables")).toArray())
            tables.insert(t[QStringLiteral("name")].toString(),
                          {t[QStringLiteral("live_rows")], t[QStringLiteral("backup_rows")]});
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
        const QStringList info{QStringLiteral("--json"),    QStringLiteral("db"),
                               QStringLiteral("info"),      db,
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
        const QDateTime time =
            QDateTime::fromString(last.value(QStringLiteral("time")).toString(), Qt::ISODate);
        QVERIFY2(time >= started.addSecs(-1) && time <= QDateTime::currentDateTimeUtc(),
                 qPrintable(last.value(QStringLiteral("time")).toString()));
        const qint64 age = last.value(QStringLiteral("age_seconds")).toInteger(-1);
        QVERIFY2(age >= 0 && age <= started.secsTo(QDateTime::currentDateTimeUtc()) + 1,
                 qPrintable(QString::number(age)));

        // The text form names it too.
        const CliRun text = cli({QStringLiteral("db"), QStringLiteral("info"), db,
                                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QVERIFY2(text.out.contains(QFileInfo(backup).fileName().toUtf8()), text.out.constData());
    }

    void badBackupsAreRefusedAndTheLiveDatabaseIsUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorKind");
        QTest::newRow("wrong key") << "wrong-key" << 3 << "wrong-key";
        QTest::newRow("damaged page") << "damaged" << 4 << "damaged";
        QTest::newRow("truncated mid-page") << "truncated" << 4 << "damaged";
        QTest::newRow("changed since catalogued") << "checksum" << 4 << "checksum-mismatch";
        QTest::newRow("plain SQLite") << "plain" << 6 << "plain-sqlite";
        QTest::newRow("not a database") << "text" << 6 << "not-a-database";
        QTest::newRow("empty file") << "empty" << 6 << "empty";
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

        const CliRun verify =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), bad,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QCOMPARE(verify.exitCode, exitCode);
        const CliRun restore =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), bad,
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
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("live.db")});
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
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), other,
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
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"),
                 QByteArray("new\n250"));
        // The backup's bytes are the database's: nothing of the old one survives in a -wal.
        QCOMPARE(readAll(db), readAll(downloaded));
        // The pre-restore backup is the replaced file itself, under a second name: nothing was copied.
        const QString pre =
            json(r)[QStringLiteral("restore")][QStringLiteral("pre_restore_backup")].toString();
        struct stat kept{};
        QCOMPARE(::stat(QFile::encodeName(pre).constData(), &kept), 0);
        QCOMPARE(kept.st_ino, oldFile.st_ino);
        QCOMPARE(kept.st_nlink, nlink_t(1));
        QCOMPARE(readAll(pre), old);
        QCOMPARE(query(pre, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"),
                 QByteArray("old\n100"));
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"),
                                 dir.filePath(QStringLiteral("backups"))});
        const QJsonObject entry = json(list)[QStringLiteral("backups")].toArray().at(0).toObject();
        QCOMPARE(entry[QStringLiteral("verified_state")].toString(), QStringLiteral("kept as found"));
        QCOMPARE(entry[QStringLiteral("row_counts")][QStringLiteral("t")].toInteger(), 100);
        QVERIFY(entry[QStringLiteral("tags")].toArray().contains(QStringLiteral("pre-restore")));
        // Its checksum was recorded: level 1 verifies it without the key.
        const CliRun verify =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), pre});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(json(verify).value(QStringLiteral("checksum")).toString(), QStringLiteral("match"));
        const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("log")});
        QVERIFY(audit.out.contains("backup.restore"));
        QVERIFY(!audit.out.contains(liveKey()));
    }

    void aNewBackupItsFolderAndCatalogArePrivate()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(makeDatabase(db, liveKey(), 20, "v1"));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther));
        const QString backup = createBackup(db);
        QVERIFY(QFile::exists(backup));
        QCOMPARE(modeOf(backup), 0600);
        QCOMPARE(modeOf(QFileInfo(backup).absolutePath()), 0700);
        const QStringList catalogs = QDir(QFileInfo(backup).absolutePath())
                                         .entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden);
        QVERIFY(!catalogs.isEmpty());
        for (const QString &catalog : catalogs)
            QCOMPARE(modeOf(QDir(QFileInfo(backup).absolutePath()).filePath(catalog)), 0600);
        QCOMPARE(modeOf(m_home.filePath(QStringLiteral("data/strongroom/audit.jsonl"))), 0600);
    }

    void aRestoredDatabaseTakesTheModeAndOwnerOfTheOneItReplaces_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("ownedByNobody"); // uid and gid 65534 (only as root)
        QTest::addColumn<bool>("rekey");         // the backup has another key: a re-keyed copy
        QTest::newRow("0600") << 0600 << false << false;
        QTest::newRow("0640 stays 0640") << 0640 << false << false;
        QTest::newRow("0644 stays 0644") << 0644 << false << false;
        QTest::newRow("0640 re-keyed copy") << 0640 << false << true;
        QTest::newRow("0640 owned by nobody") << 0640 << true << false;
    }

    void aRestoredDatabaseTakesTheModeAndOwnerOfTheOneItReplaces()
    {
        QFETCH(int, mode);
        QFETCH(bool, ownedByNobody);
        QFETCH(bool, rekey);
        if (ownedByNobody && ::geteuid() != 0)
            QSKIP("giving the database to nobody needs root");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        const QString downloaded = dir.filePath(QStringLiteral("from-admin-page.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "old"));
        QVERIFY(makeDatabase(downloaded, rekey ? otherKey() : liveKey(), 20, "new"));
        QCOMPARE(::chmod(QFile::encodeName(db).constData(), mode_t(mode)), 0);
        if (ownedByNobody)
            QCOMPARE(::chown(QFile::encodeName(db).constData(), 65534, 65534), 0);
        QStringList args{QStringLiteral("--json"),    QStringLiteral("backup"),
                         QStringLiteral("restore"),   downloaded,
                         QStringLiteral("--to"),      db,
                         QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                         QStringLiteral("--yes")};
        if (rekey)
            args << QStringLiteral("--backup-key-env") << QStringLiteral("OTHER_KEY");
        const CliRun r = cli(args);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker;"), QByteArray("new"));
        QCOMPARE(modeOf(db), mode);
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(db).constData(), &st), 0);
        QCOMPARE(st.st_uid, ownedByNobody ? uid_t(65534) : ::geteuid());
        QCOMPARE(st.st_gid, ownedByNobody ? gid_t(65534) : ::getegid());
        const QString pre =
            json(r)[QStringLiteral("restore")][QStringLiteral("pre_restore_backup")].toString();
        QVERIFY(QFile::exists(pre));
        QVERIFY((modeOf(pre) & ~mode) == 0); // never wider than the file it keeps
        QCOMPARE(modeOf(QFileInfo(pre).absolutePath()), 0700);
    }

    void aDatabaseRestoredWhereThereWasNoneIsPrivate()
    {
        QTemporaryDir dir;
        const QString downloaded = dir.filePath(QStringLiteral("from-admin-page.db"));
        QVERIFY(makeDatabase(downloaded, liveKey(), 5, "new"));
        QVERIFY(QFile::setPermissions(downloaded, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                      QFile::ReadOther));
        const QString db = dir.filePath(QStringLiteral("srv/app.db"));
        const CliRun r = restoreConfirmed(downloaded, db);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(modeOf(db), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("srv"))), 0700);
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
            tables.insert(
                t[QStringLiteral("name")].toString(),
                {t[QStringLiteral("live_rows")].toInteger(), t[QStringLiteral("backup_rows")].toInteger()});
        QCOMPARE(tables.value(QStringLiteral("t")), qMakePair(qint64(280), qint64(300)));
        QCOMPARE(query(db, liveKey(), "SELECT count(*) FROM t;"), QByteArray("300"));
        const QString pre =
            json(r)[QStringLiteral("restore")][QStringLiteral("pre_restore_backup")].toString();
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
        const CliRun r =
            cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), db,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("HMAC verification failed for page 11"), r.out.constData());
        QVERIFY2(
            r.out.contains(QByteArray("pre-restore backup.\n" + QFile::encodeName(db) + " restored from")),
            r.out.constData());
        QVERIFY2(!r.err.contains("ERROR CORE"), r.err.constData());
        QCOMPARE(readAll(db), readAll(backup));
        const int at = r.out.indexOf("previous database was saved as ") + 31;
        const QString pre = QString::fromLocal8Bit(r.out.mid(at, r.out.indexOf(".db", at) + 3 - at));
        QCOMPARE(readAll(pre), bytes);
        const CliRun list =
            cli({QStringLiteral("backup"), QStringLiteral("list"), dir.filePath(QStringLiteral("backups"))});
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
        const CliRun r =
            cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), db,
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
        CliRun r =
            cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), db,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("--backup-key"));
        r = cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), db,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--backup-key-env"),
                 QStringLiteral("OTHER_KEY"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(query(db, liveKey(), "SELECT m FROM marker; SELECT count(*) FROM t;"),
                 QByteArray("old-key\n30"));
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
        QProcess holder;
        QVERIFY(holdOpen(holder, db));

        const QStringList args{QStringLiteral("--json"),    QStringLiteral("backup"),
                               QStringLiteral("restore"),   backup,
                               QStringLiteral("--to"),      db,
                               QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                               QStringLiteral("--yes"),     QStringLiteral("--wait"),
                               QStringLiteral("1")};
        CliRun r = cli(args);
        QCOMPARE(r.exitCode, 5);
        QVERIFY(json(r)[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
            QString::number(holder.processId())));
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

    // Ctrl-C while the restore waits for another process to let go of the database: a cancel, not a
    // failure (exit 130), audited as cancelled, and the database untouched.
    void ctrlCWhileRestoreWaitsForTheDatabaseExits130AndChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        const QString backup = dir.filePath(QStringLiteral("b.db"));
        QVERIFY(makeDatabase(db, liveKey(), 10, "old", "wal"));
        QVERIFY(makeDatabase(backup, liveKey(), 20, "new"));
        const QByteArray before = readAll(db);
        QProcess holder;
        QVERIFY(holdOpen(holder, db));

        QProcess restore;
        restore.setProcessEnvironment(m_env);
        restore.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                      {QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"),
                       db, QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"), QStringLiteral("--yes"),
                       QStringLiteral("--wait"), QStringLiteral("60")});
        QVERIFY(restore.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(restore.state(), QProcess::Running);
        ::kill(pid_t(restore.processId()), SIGINT);
        const bool ended = restore.waitForFinished(10000);
        holder.closeWriteChannel();
        holder.waitForFinished(10000);
        QVERIFY(ended);
        QVERIFY2(restore.exitCode() == 130, restore.readAllStandardError().constData());
        QCOMPARE(readAll(db), before);
        QFile audit(m_home.filePath(QStringLiteral("data/strongroom/audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QByteArray last;
        for (const QByteArray &line : audit.readAll().split('\n'))
            if (line.contains("\"backup.restore\""))
                last = line;
        QVERIFY2(last.contains("\"cancelled\"") && last.contains(QFile::encodeName(db)), last.constData());
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
        CliRun dry =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("prune"), history,
                 QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        int wouldRemove = 0;
        for (const QJsonValue &b : json(dry)[QStringLiteral("backups")].toArray())
            wouldRemove += b[QStringLiteral("keep")].toBool() ? 0 : 1;
        QCOMPARE(wouldRemove, 2);
        for (const QString &path : made)
            QVERIFY(QFile::exists(path));

        const CliRun prune =
            cli({QStringLiteral("backup"), QStringLiteral("prune"), history, QStringLiteral("--keep-last"),
                 QStringLiteral("1"), QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY"),
                 QStringLiteral("--yes")});
        QCOMPARE(prune.exitCode, 0);
        QVERIFY(!QFile::exists(made.at(0)));
        QVERIFY(!QFile::exists(made.at(1)));
        QVERIFY(QFile::exists(made.at(2)));
        const CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"), history});
        QCOMPARE(json(list)[QStringLiteral("backups")].toArray().size(), 1);

        const CliRun bad = cli({QStringLiteral("backup"), QStringLiteral("prune"), history,
                                QStringLiteral("--keep-within"), QStringLiteral("3 weeks")});
        QCOMPARE(bad.exitCode, 2);
    }

    void anInjectedCatalogEntryIsRefusedByEveryVerbAndAttachesNothing_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("list") << "list" << 0;
        QTest::newRow("verify") << "verify" << 4;
        QTest::newRow("compare") << "compare" << 4;
        QTest::newRow("prune") << "prune" << 0;
        QTest::newRow("restore") << "restore" << 4;
    }

    void anInjectedCatalogEntryIsRefusedByEveryVerbAndAttachesNothing()
    {
        // The settings of a catalog entry once went into PRAGMAs run with sqlite3_exec before the
        // entry's seal was checked: "HMAC_SHA512; ATTACH ..." created x.db (on a read-write
        // connection for a re-keying restore).
        QFETCH(QString, verb);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(makeDatabase(db, liveKey(), 20, "live"));
        const QString backup = createBackup(db);
        QVERIFY(QFile::exists(backup));
        QTest::qWait(1100);
        const QString newer = createBackup(db); // so that a policy keeping one would remove `backup`
        QVERIFY(QFile::exists(newer));
        const QString history = dir.filePath(QStringLiteral("backups"));
        const QString attached = dir.filePath(QStringLiteral("x.db"));
        QVERIFY(editCatalogEntry(history, QFileInfo(backup).fileName(), [&](QJsonObject &entry) {
            QJsonObject settings = entry.value(QStringLiteral("cipher_settings")).toObject();
            settings.insert(QStringLiteral("hmac_algorithm"),
                            QStringLiteral("HMAC_SHA512; ATTACH '%1' AS x KEY ''").arg(attached));
            entry.insert(QStringLiteral("cipher_settings"), settings);
        }));
        const QByteArray liveBefore = readAll(db);
        const QStringList key{QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")};
        QStringList args{QStringLiteral("--json"), QStringLiteral("backup"), verb};
        if (verb == QLatin1String("list"))
            args << history;
        else if (verb == QLatin1String("verify"))
            args << backup << key;
        else if (verb == QLatin1String("compare"))
            args << db << backup << key;
        else if (verb == QLatin1String("prune"))
            args << history << QStringLiteral("--keep-last") << QStringLiteral("1") << key
                 << QStringLiteral("--yes");
        else
            args << backup << QStringLiteral("--to") << db << key << QStringLiteral("--yes");
        const CliRun r = cli(args);
        QVERIFY2(r.exitCode == exitCode, r.out.constData());
        if (exitCode != 0) {
            const QJsonObject error = json(r).value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("damaged-entry"));
            QVERIFY(
                error.value(QStringLiteral("message")).toString().contains(QStringLiteral("hmac_algorithm")));
        } else {
            bool seen = false;
            for (const QJsonValue &b : json(r).value(QStringLiteral("backups")).toArray()) {
                if (b[QStringLiteral("file")].toString() != QFileInfo(backup).fileName())
                    continue;
                seen = true;
                if (verb == QLatin1String("list")) {
                    QCOMPARE(b[QStringLiteral("verified_state")].toString(),
                             QStringLiteral("damaged catalog entry"));
                    QVERIFY(
                        b[QStringLiteral("refusal")].toString().contains(QStringLiteral("hmac_algorithm")));
                } else {
                    QVERIFY(b[QStringLiteral("keep")].toBool());
                    QVERIFY(b[QStringLiteral("reasons")].toArray().first().toString().contains(
                        QStringLiteral("damaged catalog entry")));
                }
            }
            QVERIFY(seen);
        }
        QVERIFY(QFile::exists(backup));
        QCOMPARE(readAll(db), liveBefore);
        QVERIFY(!QFileInfo::exists(attached));
        QVERIFY(!QFileInfo::exists(QStringLiteral("x.db")));
    }

    void verifyAdoptsAVacuumIntoCopyWhichPruneCanThenRemove()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 30, "x"));
        const QString history = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(history));
        // A copy another tool made: SQLCipher's VACUUM INTO, under a backup's name, a day old.
        const QString copy =
            QDir(history).filePath(QStringLiteral("app-backup-%1.db")
                                       .arg(QDateTime::currentDateTimeUtc().addDays(-1).toString(
                                           QStringLiteral("yyyyMMdd-HHmmss"))));
        QCOMPARE(query(db, liveKey(), "VACUUM INTO '" + QFile::encodeName(copy) + "';"), QByteArray());
        QVERIFY(QFile::exists(copy));
        const QString newest = createBackup(db);
        QVERIFY(QFile::exists(newest));

        // Unknown to the catalog: listed as not yet verified and kept by every policy.
        const auto stateOf = [&](const QString &file) {
            const CliRun list =
                cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"), history});
            for (const QJsonValue &b : json(list).value(QStringLiteral("backups")).toArray())
                if (b[QStringLiteral("file")].toString() == QFileInfo(file).fileName())
                    return b[QStringLiteral("verified_state")].toString();
            return QString();
        };
        QCOMPARE(stateOf(copy), QStringLiteral("not yet verified"));
        const QStringList prune{
            QStringLiteral("backup"),      QStringLiteral("prune"), history,
            QStringLiteral("--keep-last"), QStringLiteral("1"),     QStringLiteral("--key-env"),
            QStringLiteral("LIVE_KEY"),    QStringLiteral("--yes")};
        QCOMPARE(cli(prune).exitCode, 0);
        QVERIFY(QFile::exists(copy));

        // A complete verify brings it into the catalog, sealed.
        const CliRun verify =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), copy,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QCOMPARE(json(verify).value(QStringLiteral("level")).toInt(), 3);
        QVERIFY2(json(verify).value(QStringLiteral("adopted")).toBool(), verify.out.constData());
        QVERIFY(json(verify).value(QStringLiteral("key_id")).toString().startsWith(QStringLiteral("v2-")));
        QCOMPARE(stateOf(copy), QStringLiteral("verified"));
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("log")}).out.contains("backup.adopt"));
        // Verifying again checks it against its new entry.
        const CliRun again =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), copy});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).value(QStringLiteral("checksum")).toString(), QStringLiteral("match"));

        // Now the policy applies to it: the newest backup stays, the adopted copy goes.
        const CliRun pruned = cli(prune);
        QVERIFY2(pruned.exitCode == 0, pruned.out.constData());
        QVERIFY(!QFile::exists(copy));
        QVERIFY(QFile::exists(newest));
    }

    void pruneKeepsEntriesWhoseSealDoesNotCoverEveryField()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 5, "x"));
        const QString old = createBackup(db);
        QTest::qWait(1100);
        const QString newest = createBackup(db);
        const QString history = dir.filePath(QStringLiteral("backups"));
        // As an entry sealed before seals covered every field is stored: no seal_version.
        QVERIFY(editCatalogEntry(history, QFileInfo(old).fileName(),
                                 [](QJsonObject &entry) { entry.remove(QStringLiteral("seal_version")); }));
        const CliRun list = cli({QStringLiteral("backup"), QStringLiteral("list"), history});
        QVERIFY2(list.out.contains("unsealed"), list.out.constData());
        const CliRun prune =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("prune"), history,
                 QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--key-env"),
                 QStringLiteral("LIVE_KEY"), QStringLiteral("--yes")});
        QCOMPARE(prune.exitCode, 0);
        QVERIFY(QFile::exists(old));
        QVERIFY(QFile::exists(newest));
        for (const QJsonValue &b : json(prune).value(QStringLiteral("backups")).toArray())
            if (b[QStringLiteral("file")].toString() == QFileInfo(old).fileName())
                QVERIFY(b[QStringLiteral("reasons")].toArray().first().toString().contains(
                    QStringLiteral("unsealed")));
    }

    // Three genuine backups a second apart, then two entries forged by someone who can write only the
    // catalog: the newest backup's entry moved to an old date, and an entry for a real backup copied
    // in under an old name; both with a made-up version-2 seal. Returns {oldest, middle, newest, copy}.
    QStringList historyWithForgedEntries(const QString &db, const QString &history)
    {
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            if (i > 0)
                QTest::qWait(1100); // one backup name per second
            made.append(createBackup(db));
        }
        const QString copy = QDir(history).filePath(QStringLiteral("app-backup-20200101-000000.db"));
        if (!QFile::copy(made.at(2), copy))
            return {};
        const auto forgedSeal = [] {
            QByteArray bytes(32, '\0');
            for (char &b : bytes)
                b = char(QRandomGenerator::global()->bounded(256));
            return QString::fromLatin1(bytes.toHex());
        };
        QJsonObject copied;
        const bool moved =
            editCatalogEntry(history, QFileInfo(made.at(2)).fileName(), [&](QJsonObject &entry) {
                entry.insert(QStringLiteral("created"), QStringLiteral("2021-06-01T00:00:00Z"));
                entry.insert(QStringLiteral("seal"), forgedSeal());
                entry.insert(QStringLiteral("seal_version"), 2);
                copied = entry;
            });
        const QString catalogPath = QDir(history).filePath(QStringLiteral("strongroom-backups.json"));
        QJsonObject root = QJsonDocument::fromJson(readAll(catalogPath)).object();
        QJsonArray entries = root.value(QStringLiteral("backups")).toArray();
        copied.insert(QStringLiteral("file"), QFileInfo(copy).fileName());
        copied.insert(QStringLiteral("created"), QStringLiteral("2020-01-01T00:00:00Z"));
        copied.insert(QStringLiteral("seal"), forgedSeal());
        entries.append(copied);
        root.insert(QStringLiteral("backups"), entries);
        if (!moved || !writeAll(catalogPath, QJsonDocument(root).toJson()))
            return {};
        return made << copy;
    }

    void pruneRemovesGenuineOldBackupsButNoneAForgedEntryNames()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 5, "x"));
        const QString history = dir.filePath(QStringLiteral("backups"));
        const QStringList files = historyWithForgedEntries(db, history);
        QCOMPARE(files.size(), 4);
        const QString oldest = files.at(0), middle = files.at(1), newest = files.at(2), copy = files.at(3);
        // Forged entries look sealed: only the key tells them apart.
        const CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"), history});
        for (const QJsonValue &b : json(list).value(QStringLiteral("backups")).toArray())
            QCOMPARE(b[QStringLiteral("verified_state")].toString(), QStringLiteral("verified"));
        const QStringList prune{QStringLiteral("--json"),      QStringLiteral("backup"),
                                QStringLiteral("prune"),       history,
                                QStringLiteral("--keep-last"), QStringLiteral("1")};
        const QStringList key{QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")};
        const auto rowsOf = [&](const CliRun &r) {
            QMap<QString, QJsonObject> rows;
            for (const QJsonValue &b : json(r).value(QStringLiteral("backups")).toArray())
                rows.insert(b[QStringLiteral("file")].toString(), b.toObject());
            return rows;
        };
        const QString notWritten =
            QStringLiteral("seal does not hold: the entry was not written by a holder of this key");

        // A dry run without a key cannot confirm any removal, and says so.
        CliRun dry = cli(prune + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, dry.out.constData());
        QMap<QString, QJsonObject> rows = rowsOf(dry);
        for (const QString &file : {oldest, newest, copy}) {
            const QJsonObject row = rows.value(QFileInfo(file).fileName());
            QVERIFY2(!row.value(QStringLiteral("keep")).toBool(), qPrintable(file));
            QVERIFY(!row.value(QStringLiteral("confirmed")).toBool(true));
            QVERIFY(row.value(QStringLiteral("unconfirmed")).toString().contains(QStringLiteral("no key")));
        }
        const CliRun dryText =
            cli({QStringLiteral("backup"), QStringLiteral("prune"), history, QStringLiteral("--keep-last"),
                 QStringLiteral("1"), QStringLiteral("--dry-run")});
        QVERIFY2(dryText.out.contains("not confirmed: no key was given"), dryText.out.constData());

        // With the key, a dry run tells the genuine removal from the forged ones.
        dry = cli(prune + key + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, dry.out.constData());
        rows = rowsOf(dry);
        QVERIFY(!rows.value(QFileInfo(oldest).fileName()).value(QStringLiteral("keep")).toBool(true));
        QVERIFY(rows.value(QFileInfo(oldest).fileName()).value(QStringLiteral("confirmed")).toBool());
        for (const QString &file : {newest, copy}) {
            const QJsonObject row = rows.value(QFileInfo(file).fileName());
            QVERIFY2(row.value(QStringLiteral("keep")).toBool(), qPrintable(file));
            QCOMPARE(row.value(QStringLiteral("reasons")).toArray().first().toString(), notWritten);
        }
        for (const QString &file : files)
            QVERIFY(QFile::exists(file));

        const CliRun pruned = cli(prune + key + QStringList{QStringLiteral("--yes")});
        QVERIFY2(pruned.exitCode == 0, pruned.out.constData());
        QVERIFY(!QFile::exists(oldest)); // genuine, old, sealed: removed
        QVERIFY(QFile::exists(middle));  // the newest by its entry: kept by the policy
        QVERIFY(QFile::exists(newest));  // forged entries: kept, and said why
        QVERIFY(QFile::exists(copy));
        rows = rowsOf(pruned);
        for (const QString &file : {newest, copy})
            QCOMPARE(rows.value(QFileInfo(file).fileName())
                         .value(QStringLiteral("reasons"))
                         .toArray()
                         .first()
                         .toString(),
                     notWritten);
        // The audit line names what was removed and what was kept unconfirmed.
        const QByteArray audit =
            cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log")}).out;
        QVERIFY2(audit.contains("kept_unconfirmed") && audit.contains(QFileInfo(copy).fileName().toUtf8()),
                 audit.constData());
        QCOMPARE(query(newest, liveKey(), "SELECT m FROM marker;"), QByteArray("x"));
    }

    void pruneWithoutAKeyAndWithoutATerminalExits2AndRemovesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 5, "x"));
        const QString old = createBackup(db);
        QTest::qWait(1100);
        const QString newest = createBackup(db);
        const CliRun r =
            cli({QStringLiteral("backup"), QStringLiteral("prune"), dir.filePath(QStringLiteral("backups")),
                 QStringLiteral("--keep-last"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no terminal to ask on"), r.err.constData());
        QVERIFY(QFile::exists(old));
        QVERIFY(QFile::exists(newest));
    }

    void pruneWithAWrongKeyExits3AndRemovesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(makeDatabase(db, liveKey(), 5, "x"));
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            if (i > 0)
                QTest::qWait(1100);
            made.append(createBackup(db));
        }
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("prune"),
                 dir.filePath(QStringLiteral("backups")), QStringLiteral("--keep-last"), QStringLiteral("1"),
                 QStringLiteral("--key-env"), QStringLiteral("OTHER_KEY"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 3, r.out.constData());
        QCOMPARE(json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("wrong-key"));
        for (const QString &file : made)
            QVERIFY(QFile::exists(file));
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"),
                                 dir.filePath(QStringLiteral("backups"))});
        QCOMPARE(json(list).value(QStringLiteral("backups")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "TestBackupCommands.moc"

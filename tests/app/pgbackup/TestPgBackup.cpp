#include "age/IdentityFile.h"
#include "core/JobRunner.h"
#include "pgbackup/PgBackupCatalog.h"
#include "pgbackup/PgBackupManifest.h"
#include "pgbackup/PgRestoreJob.h"
#include "pgbackup/PgVerifyJob.h"
#include "support/AgeKeygen.h"
#include "support/BashScript.h"
#include "support/CliProcess.h"
#include "support/PgShopDatabase.h"
#include "support/PostgresServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtCrypto>
#include <csignal>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace strongroom;
using namespace strongroom::pgbackup;

// `pg backup`, `pg backup list`, `pg backup prune` and `pg restore`, run as the real strongroom-cli against
// a real PostgreSQL 17 server, and the backups opened with standard tools only. Proven: a writer inserting
// all through the backup does not make the manifest lie (its counts equal, table by table, what `age -d |
// pg_restore` puts into a new database, the documented pipeline run exactly, while the live table
// has grown past them); the file set is 0600, `sha256sum -c` accepts it and the catalog lists it; --globals
// adds the roles to the set (psql restores them); Ctrl-C while pg_dump waits for a lock exits 130 and
// leaves no file; an unreachable server exits 7 with libpq's reason; `pg restore` streams into a new
// database (--create) or stages privately for --jobs 2 (and removes a crashed restore's staging), compares
// every count; a target that is not empty is refused (2), a wrong key exits 3, a dump changed by one byte
// or truncated and a changed manifest exit 4, all before the target is touched; a manifest whose counts
// differ from the restored rows exits 4 naming the table; backups admins already have (pg_dump | gzip | gpg
// --symmetric made by gpg, a custom-format dump, plain SQL through zstd, an age file of a bare dump)
// restore and say they carry no manifest, and each of the encrypted or compressed ones changed by one byte
// or truncated exits 4 and leaves no database; a foreign file is read in full before the target is
// touched: a wrong key exits 3 (even with a server that cannot be reached) and damage in any input (a
// custom-format dump, gzip's CRC, a zstd frame, a cut tar, a plain SQL file against its .sha256) exits 4
// naming what was found, a --clean target keeping every row; a plain SQL file is said to carry no
// checksum; `pg verify` levels 1 and 2 read the set and the dump's table of contents, level 3 drills into
// a scratch database, drops it and records the drill in the catalog, and every level's result is in the
// catalog for the next process (`pg backup list`); a restore and a drill cancelled in the job (as the
// console and the CLI run them) end as cancelled, not failed: no error, audited "cancelled", the target
// unchanged, no check recorded, no cluster left; `pg compare` shows a live change table by table,
// and Ctrl-C while its count waits for a lock exits 130;
// retention removes whole sets, asks first, does nothing on a dry run and keeps an entry whose catalog
// time was edited. Every case makes what it needs (restoreSet, foreignInput, lyingManifestSet), so each
// runs alone.
class TestPgBackup : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca; // for the keys of the jobs run in this process
    PostgresServer m_server;
    QTemporaryDir m_work;
    QString m_identity;
    QString m_recipient;
    QString m_restoreSet; // the dump of a backup the restore tests share
    QThreadPool m_pool;

    QString restoreSet()
    {
        if (m_restoreSet.isEmpty()) {
            const CliRun run = backUp(m_work.filePath(QStringLiteral("for-restore")));
            if (run.exitCode == 0)
                m_restoreSet =
                    QJsonDocument::fromJson(run.out).object().value(QStringLiteral("dump")).toString();
            else
                qWarning() << run.out << run.err;
        }
        return m_restoreSet;
    }

    CliRun restore(const QString &dump, const QString &database, const QStringList &extra,
                   const QString &identity = {})
    {
        return runCli(QStringList{QStringLiteral("pg"), QStringLiteral("restore"), dump,
                                  QStringLiteral("--dbname"), m_server.conninfo(database),
                                  QStringLiteral("--identity"), identity.isEmpty() ? m_identity : identity,
                                  QStringLiteral("--json")} +
                      extra);
    }

    bool databaseExists(const QString &name) const
    {
        return m_server.sql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name))
                   .value() == QLatin1String("1");
    }

    // A copy of the restore set in `folder`, for tampering.
    PgBackupFiles copySet(const QString &folder)
    {
        QDir().mkpath(folder);
        const PgBackupFiles from = *PgBackupFiles::ofDump(restoreSet());
        const PgBackupFiles to{folder, from.stem};
        for (const auto &[a, b] :
             {std::pair{from.dump(), to.dump()}, std::pair{from.manifest(), to.manifest()},
              std::pair{from.checksums(), to.checksums()}})
            QFile::copy(a, b);
        return to;
    }

    // `locker` (psql) holds an ACCESS EXCLUSIVE lock on the products of `database` (shop's by
    // default) for up to 120 s; true once the server shows it held.
    bool lockProducts(QProcess &locker, const QString &database = QStringLiteral("shop")) const
    {
        locker.start(
            PostgresServer::program(QStringLiteral("psql")),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), m_server.conninfo(database),
             QStringLiteral("-c"),
             QStringLiteral("BEGIN; LOCK TABLE products IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120);")});
        if (!locker.waitForStarted())
            return false;
        return QTest::qWaitFor(
            [&] {
                return m_server
                           .sql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE mode = "
                                               "'AccessExclusiveLock' AND relation = 'products'::regclass"),
                                database)
                           .value() == QLatin1String("1");
            },
            30000);
    }

    void releaseProducts(QProcess &locker) const
    {
        locker.kill();
        locker.waitForFinished();
        // The server notices a killed client only at its next read: end its session and lock now.
        m_server.sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE query LIKE '%pg_sleep(120)%' AND pid <> pg_backend_pid()"));
    }

    CliRun backUp(const QString &folder, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("--dbname"),
                                  m_server.conninfo(QStringLiteral("shop")), QStringLiteral("--dir"), folder,
                                  QStringLiteral("--recipient"), m_recipient, QStringLiteral("--json")} +
                      extra);
    }

    QJsonObject manifestOf(const QString &manifestPath)
    {
        QByteArray json;
        const int code = runBash(
            QStringLiteral("age -d -i %1 %2").arg(shellQuoted(m_identity), shellQuoted(manifestPath)), &json);
        if (code != 0)
            qWarning() << json;
        return QJsonDocument::fromJson(json).object();
    }

    static QByteArray nodeKey()
    {
        return QByteArray::fromHex("8f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0");
    }

    QString nodeKeyFile()
    {
        const QString path = m_work.filePath(QStringLiteral("node-key.hex"));
        QFile file(path);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.write(nodeKey().toHex() + '\n');
        return path;
    }

    // A set as Node.js backup scripts write it (createCipheriv('aes-256-gcm', key, iv), a 16-byte IV,
    // the tag dropped): STEM.enc, STEM.iv (hex), STEM.sha256 (sha256sum's hex of STEM.enc), made with
    // OpenSSL's GCM, as node is not part of the build root.
    static bool writeNodeSet(const QString &plainPath, const QString &stem, const QByteArray &key)
    {
        QFile plainFile(plainPath);
        if (!plainFile.open(QIODevice::ReadOnly))
            return false;
        const QByteArray plain = plainFile.readAll();
        const QByteArray iv = QByteArray::fromHex("0f0e0d0c0b0a09080706050403020100");
        QByteArray encrypted(plain.size() + 16, Qt::Uninitialized);
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int length = 0, total = 0;
        bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                  EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, 16, nullptr) == 1 &&
                  EVP_EncryptInit_ex(ctx, nullptr, nullptr,
                                     reinterpret_cast<const unsigned char *>(key.constData()),
                                     reinterpret_cast<const unsigned char *>(iv.constData())) == 1 &&
                  EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(encrypted.data()), &length,
                                    reinterpret_cast<const unsigned char *>(plain.constData()),
                                    int(plain.size())) == 1;
        total = length;
        ok = ok && EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(encrypted.data()) + total,
                                       &length) == 1;
        total += length;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok)
            return false;
        encrypted.truncate(total);
        for (const auto &[suffix, content] :
             {std::pair{QStringLiteral(".enc"), encrypted},
              std::pair{QStringLiteral(".iv"), QByteArray(iv.toHex() + '\n')}}) {
            QFile out(stem + suffix);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) != content.size())
                return false;
        }
        return runBash(QStringLiteral("sha256sum %1 | cut -d' ' -f1 > %2")
                           .arg(shellQuoted(stem + QStringLiteral(".enc")),
                                shellQuoted(stem + QStringLiteral(".sha256")))) == 0;
    }

    // TMPDIR for a drill's temporary cluster: a folder of the test's, which the server's user (when
    // the test runs as root) may pass through.
    QProcessEnvironment environmentWithTmp(const QString &tmp)
    {
        const QFileDevice::Permissions passable = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                  QFileDevice::ExeOther;
        QFile::setPermissions(m_work.path(), passable);
        QFile::setPermissions(tmp, passable);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), tmp);
        return environment;
    }

    // Runs and is no zombie.
    static bool processRuns(pid_t pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
    }

    // The database the foreign inputs are dumped from, made by whichever case needs it first.
    bool ensureForeignSource()
    {
        const QString source = QStringLiteral("foreign_source");
        if (databaseExists(source))
            return true;
        return m_server.createDatabase(source) &&
               m_server
                   .sql(
                       QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, body text); INSERT INTO items "
                                      "SELECT i, md5(i::text) FROM generate_series(1, 4321) i; CREATE TABLE "
                                      "notes (n text); INSERT INTO notes VALUES ('a'), ('b');"),
                       source)
                   .ok;
    }

    // How each foreign input is made from the database SRC (a shell command writing FILE).
    static QString recipeOf(const QString &name)
    {
        static const QMap<QString, QString> recipes{
            {QStringLiteral("shop.sql.gz.gpg"),
             QStringLiteral("PG_DUMP -d SRC | gzip | gpg --batch --yes --pinentry-mode loopback "
                            "--passphrase-file PASS --symmetric --cipher-algo AES256 -o FILE")},
            {QStringLiteral("shop.dump"), QStringLiteral("PG_DUMP -Fc -d SRC -f FILE")},
            {QStringLiteral("shop.sql.zst"), QStringLiteral("PG_DUMP -d SRC | zstd -q -o FILE")},
            {QStringLiteral("shop.sql.gz"), QStringLiteral("PG_DUMP -d SRC | gzip > FILE")},
            {QStringLiteral("plain.sql"), QStringLiteral("PG_DUMP -d SRC -f FILE")},
            {QStringLiteral("checked.sql"),
             QStringLiteral("PG_DUMP -d SRC -f FILE && cd \"$(dirname FILE)\" && sha256sum checked.sql > "
                            "checked.sql.sha256")},
            {QStringLiteral("shop.sql.enc"), QStringLiteral("PG_DUMP -d SRC -f FILE.plain NODE_GCM")},
            {QStringLiteral("shop.dir.tar"),
             QStringLiteral("PG_DUMP -Fd -d SRC -f FILE.d && tar -C FILE.d -cf FILE . && rm -r FILE.d")},
            {QStringLiteral("shop.dir.tar.gz"),
             QStringLiteral("PG_DUMP -Fd -d SRC -f FILE.d && tar -C FILE.d -czf FILE . && rm -r FILE.d")},
            {QStringLiteral("shop.dump.age"),
             QStringLiteral("PG_DUMP -Fc -d SRC | age -r RECIPIENT -o FILE")},
            {QStringLiteral("shop.tar.age"),
             QStringLiteral(
                 "PG_DUMP -Fd -d SRC -f FILE.d && tar -C FILE.d -cf - . | age -r RECIPIENT -o FILE "
                 "&& rm -r FILE.d")}};
        return recipes.value(name);
    }

    static bool needsGpg(const QString &name) { return name.endsWith(QLatin1String(".gpg")); }
    static bool gpgMissing() { return QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty(); }

    QString gpgPassFile()
    {
        const QString pass = m_work.filePath(QStringLiteral("gpg-pass.txt"));
        QFile passFile(pass);
        if (!passFile.exists() && passFile.open(QIODevice::WriteOnly))
            passFile.write("cron job passphrase\n");
        return pass;
    }

    QProcessEnvironment gpgEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GNUPGHOME"), m_work.filePath(QStringLiteral("gnupg")));
        return environment;
    }

    // The foreign input `name` (made once, in the folder "foreign"), whichever case asks first; an
    // empty string (and a warning saying why) when it cannot be made.
    QString foreignInput(const QString &name)
    {
        const QString folder = m_work.filePath(QStringLiteral("foreign"));
        QDir().mkpath(folder);
        const QString file = QDir(folder).filePath(name);
        if (QFileInfo::exists(file))
            return file;
        if (!ensureForeignSource()) {
            qWarning() << "the database foreign_source cannot be made";
            return {};
        }
        QString command = recipeOf(name);
        command
            .replace(QStringLiteral("PG_DUMP"),
                     shellQuoted(PostgresServer::program(QStringLiteral("pg_dump"))))
            .replace(QStringLiteral("SRC"), shellQuoted(m_server.conninfo(QStringLiteral("foreign_source"))))
            .replace(QStringLiteral("FILE"), shellQuoted(file))
            .replace(QStringLiteral("PASS"), shellQuoted(gpgPassFile()))
            .replace(QStringLiteral("RECIPIENT"), m_recipient);
        const bool nodeSet = command.endsWith(QLatin1String(" NODE_GCM"));
        command.chop(nodeSet ? 9 : 0);
        QByteArray out;
        if (runBash(QStringLiteral("export GNUPGHOME=%1; mkdir -p -m 700 \"$GNUPGHOME\"; %2")
                        .arg(shellQuoted(m_work.filePath(QStringLiteral("gnupg"))), command),
                    &out) != 0) {
            qWarning() << "cannot make" << name << out;
            QFile::remove(file);
            return {};
        }
        if (nodeSet) {
            const bool written = writeNodeSet(file + QStringLiteral(".plain"), file.chopped(4), nodeKey());
            QFile::remove(file + QStringLiteral(".plain"));
            if (!written) {
                qWarning() << "cannot write the Node set" << name;
                return {};
            }
        }
        return file;
    }

    // The files of the foreign input `name` (with its sidecars) copied into `folder`, same names.
    QString copyForeignInput(const QString &name, const QString &folder)
    {
        const QString original = foreignInput(name);
        if (original.isEmpty())
            return {};
        QDir().mkpath(folder);
        QStringList files{original};
        for (const char *suffix : {".sha256", ".iv"})
            if (QFileInfo::exists(original + QLatin1String(suffix)))
                files << original + QLatin1String(suffix);
        if (name.endsWith(QLatin1String(".enc")))
            for (const char *sidecar : {".iv", ".sha256"})
                files << original.chopped(4) + QLatin1String(sidecar);
        for (const QString &from : std::as_const(files)) {
            const QString to = QDir(folder).filePath(QFileInfo(from).fileName());
            QFile::remove(to);
            if (!QFile::copy(from, to))
                return {};
            QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return QDir(folder).filePath(name);
    }

    // One byte changed in the middle (or at `at` from the end when given), or the last third cut.
    static bool damage(const QString &path, const QString &how)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        if (how == QLatin1String("truncate"))
            return f.resize(f.size() * 2 / 3);
        const qint64 at = how == QLatin1String("crc") ? f.size() - 8 : f.size() / 2;
        f.seek(at);
        char byte = 0;
        f.getChar(&byte);
        f.seek(at);
        return f.putChar(char(byte ^ 0x10));
    }

    // A target that is not empty: the database `name` with a table of 3 rows.
    bool makeNonEmptyTarget(const QString &name)
    {
        if (databaseExists(name))
            return m_server.sql(QStringLiteral("SELECT count(*) FROM keep_me"), name).value() ==
                   QLatin1String("3");
        return m_server.createDatabase(name) &&
               m_server
                   .sql(QStringLiteral(
                            "CREATE TABLE keep_me (x int); INSERT INTO keep_me VALUES (1), (2), (3);"),
                        name)
                   .ok;
    }

    QString keepMeRows(const QString &name) const
    {
        return m_server.sql(QStringLiteral("SELECT count(*) FROM keep_me"), name).value();
    }

    // The key options of the foreign input `name`, right or wrong.
    QStringList foreignKeyOptions(const QString &name, bool wrong)
    {
        if (name.endsWith(QLatin1String(".age")))
            return {QStringLiteral("--identity"), wrong ? otherIdentity() : m_identity};
        if (name.endsWith(QLatin1String(".gpg")) || name.endsWith(QLatin1String(".enc"))) {
            if (!wrong)
                return {QStringLiteral("--key-file"),
                        name.endsWith(QLatin1String(".enc")) ? nodeKeyFile() : gpgPassFile()};
            const QString path =
                m_work.filePath(name.endsWith(QLatin1String(".enc")) ? QStringLiteral("wrong-node-key.txt")
                                                                     : QStringLiteral("wrong-pass.txt"));
            QFile key(path);
            if (key.open(QIODevice::WriteOnly | QIODevice::Truncate))
                key.write(name.endsWith(QLatin1String(".enc")) ? QByteArray(QByteArray(64, 'a') + '\n')
                                                               : QByteArray("not the passphrase\n"));
            return {QStringLiteral("--key-file"), path};
        }
        return {};
    }

    QString otherIdentity()
    {
        const QString other = m_work.filePath(QStringLiteral("other-identity.txt"));
        if (!QFileInfo::exists(other))
            runBash(QStringLiteral("age-keygen -o %1 2>/dev/null").arg(shellQuoted(other)));
        return other;
    }

    // The key of the test's backups, as the CLI reads it from --identity.
    age::DecryptKeys backupKeys() const
    {
        age::DecryptKeys keys;
        if (auto set = age::readIdentitySet(m_identity, nullptr)) {
            keys.identities.append(set->x25519);
            keys.hybridIdentities.append(set->hybrid);
        } else {
            qWarning() << set.error().message;
        }
        return keys;
    }

    QString jobAuditPath() const { return m_work.filePath(QStringLiteral("jobs-audit.jsonl")); }

    // The outcome of the last audit line of `action` in the log of the jobs run in this process.
    QString lastAuditOutcome(const QString &action) const
    {
        QString outcome;
        if (auto entries = AuditLog(jobAuditPath(), QString()).entries())
            for (const QJsonObject &entry : entries.value())
                if (entry.value(QStringLiteral("action")).toString() == action)
                    outcome = entry.value(QStringLiteral("outcome")).toString();
        return outcome;
    }

    // Runs `job` in this process as the CLI does (startDetached, the job's own thread) and cancels it
    // once `cancelWhen` holds (asked every 200 ms). True in `cancelled` when the cancel was sent.
    JobReport runCancelling(std::shared_ptr<Job> job, const std::function<bool()> &cancelWhen,
                            bool &cancelled)
    {
        QElapsedTimer asked;
        cancelled = false;
        auto handle = startDetached(std::move(job), &m_pool, {}, AuditLog(jobAuditPath(), QString()));
        return handle->waitPolling({}, [&] {
            if (!cancelled && (!asked.isValid() || asked.elapsed() >= 200)) {
                asked.start();
                cancelled = cancelWhen();
            }
            return cancelled;
        });
    }

    // A copy of the restore set in `folder` with its catalog, so verifies are recorded there.
    PgBackupFiles copySetWithCatalog(const QString &folder)
    {
        const PgBackupFiles set = copySet(folder);
        const QString catalog =
            QDir(QFileInfo(restoreSet()).absolutePath()).filePath(PgBackupCatalog::fileName());
        QFile::remove(PgBackupCatalog(folder).path());
        QFile::copy(catalog, PgBackupCatalog(folder).path());
        return set;
    }

    QJsonObject listedBackup(const QString &folder, const QString &stem)
    {
        const CliRun run = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("list"),
                                   folder, QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning() << run.out << run.err;
        for (const QJsonValue &backup :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("backups")).toArray())
            if (backup[QStringLiteral("stem")].toString() == stem)
                return backup.toObject();
        return {};
    }

    // A copy of the restore set whose manifest, re-encrypted, claims 4999 products, with checksums
    // made to match (made once): its dump.
    QString lyingManifestSet()
    {
        const QString folder = m_work.filePath(QStringLiteral("lying-manifest"));
        if (restoreSet().isEmpty())
            return {};
        const PgBackupFiles from = *PgBackupFiles::ofDump(restoreSet());
        const PgBackupFiles set{folder, from.stem};
        if (QFileInfo::exists(set.checksums()) && QFileInfo::exists(set.dump()))
            return set.dump();
        copySet(folder);
        QJsonObject manifest = manifestOf(set.manifest());
        QJsonObject rows = manifest.value(QStringLiteral("row_counts")).toObject();
        rows.insert(QStringLiteral("public.products"), 4999);
        manifest.insert(QStringLiteral("row_counts"), rows);
        QFile plain(m_work.filePath(QStringLiteral("manifest.json")));
        if (!plain.open(QIODevice::WriteOnly))
            return {};
        plain.write(QJsonDocument(manifest).toJson());
        plain.close();
        QFile::remove(set.manifest());
        QByteArray out;
        if (runBash(QStringLiteral("age -r %1 -o %2 %3 && cd %4 && sha256sum %5 %6 > %7")
                        .arg(m_recipient, shellQuoted(set.manifest()), shellQuoted(plain.fileName()),
                             shellQuoted(set.folder), shellQuoted(QFileInfo(set.dump()).fileName()),
                             shellQuoted(QFileInfo(set.manifest()).fileName()),
                             shellQuoted(QFileInfo(set.checksums()).fileName())),
                    &out) != 0) {
            qWarning() << "cannot make the set with a changed manifest:" << out;
            QFile::remove(set.checksums());
            return {};
        }
        return set.dump();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *program : {"age", "age-keygen", "zstd", "sha256sum"})
            if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed; the interop checks need it.")
                                     .arg(QLatin1String(program))));
        STRONGROOM_START_POSTGRES(m_server);
        const auto made =
            makeShopDatabase(m_server, 120000, QStringLiteral("CREATE TABLE empty_one (x int);"));
        QVERIFY2(made.ok, qPrintable(made.error));
        m_identity = m_work.filePath(QStringLiteral("key.txt"));
        m_recipient = ageKeygen(m_identity);
        QVERIFY(m_recipient.startsWith(QLatin1String("age1")));
    }

    void manifestCountsEqualTheRestoreOfTheStandardPipelineWhileAWriterInserts()
    {
        // A writer commits a row every few milliseconds for as long as it runs.
        QProcess writer;
        writer.start(
            PostgresServer::program(QStringLiteral("psql")),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
             m_server.conninfo(QStringLiteral("shop")), QStringLiteral("-c"),
             QStringLiteral("DO $$ BEGIN FOR i IN 1..200000 LOOP INSERT INTO orders (product, note) "
                            "VALUES (1, 'during the backup'); INSERT INTO audit.\"Event Log\" (what) "
                            "VALUES ('write ' || i); COMMIT; PERFORM pg_sleep(0.002); END LOOP; END $$;")});
        QVERIFY(writer.waitForStarted());
        // Wait until it has written, so the backup surely starts while it writes.
        QElapsedTimer waited;
        waited.start();
        while (m_server.sql(QStringLiteral("SELECT count(*) FROM orders"), QStringLiteral("shop"))
                       .value()
                       .toLongLong() <= 120000 &&
               waited.elapsed() < 30000)
            QThread::msleep(50);

        const QString folder = m_work.filePath(QStringLiteral("backups"));
        const CliRun run = backUp(folder);
        const qint64 liveAfter =
            m_server.sql(QStringLiteral("SELECT count(*) FROM orders"), QStringLiteral("shop"))
                .value()
                .toLongLong();
        writer.kill();
        writer.waitForFinished();
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QString dump = report.value(QStringLiteral("dump")).toString();
        const QString manifestPath = report.value(QStringLiteral("manifest")).toString();
        QVERIFY2(QFileInfo::exists(dump), QByteArray(run.out).constData());

        // The manifest, opened by the age program.
        const QJsonObject manifest = manifestOf(manifestPath);
        QCOMPARE(manifest.value(QStringLiteral("kind")).toString(), QStringLiteral("strongroom-pg-backup"));
        QCOMPARE(manifest.value(QStringLiteral("database")).toString(), QStringLiteral("shop"));
        QCOMPARE(manifest.value(QStringLiteral("dump_format")).toString(), QStringLiteral("custom"));
        // pg_dump 17 compresses the dump itself; no stream of ours around it.
        QCOMPARE(manifest.value(QStringLiteral("compression")).toString(), QStringLiteral("none"));
        QCOMPARE(manifest.value(QStringLiteral("dump_compression")).toString(), QStringLiteral("zstd:1"));
        QVERIFY2(dump.endsWith(QLatin1String(".dump.age")), qPrintable(dump));
        QVERIFY(!manifest.value(QStringLiteral("snapshot")).toString().isEmpty());
        QVERIFY(manifest.value(QStringLiteral("server_version")).toString().startsWith(QLatin1String("17")));
        QCOMPARE(manifest.value(QStringLiteral("recipients")).toArray().size(), 1);
        QVERIFY(!manifest.value(QStringLiteral("connection")).toString().contains(QLatin1String("password")));
        const QJsonObject counted = manifest.value(QStringLiteral("row_counts")).toObject();
        QCOMPARE(counted.keys(),
                 (QStringList{QStringLiteral("audit.Event Log"), QStringLiteral("public.empty_one"),
                              QStringLiteral("public.orders"), QStringLiteral("public.products")}));
        QCOMPARE(counted.value(QStringLiteral("public.products")).toInteger(), 5000);
        QCOMPARE(counted.value(QStringLiteral("public.empty_one")).toInteger(), 0);
        const qint64 ordersInBackup = counted.value(QStringLiteral("public.orders")).toInteger();
        QVERIFY2(ordersInBackup > 120000, qPrintable(QString::number(ordersInBackup)));
        QVERIFY2(liveAfter > ordersInBackup,
                 qPrintable(
                     QStringLiteral("the writer wrote nothing after the snapshot (%1 live, %2 in the backup)")
                         .arg(liveAfter)
                         .arg(ordersInBackup)));
        // The manifest's digest is the dump file's.
        QByteArray sum;
        QCOMPARE(runBash(QStringLiteral("sha256sum %1 | cut -c1-64").arg(shellQuoted(dump)), &sum), 0);
        QCOMPARE(
            manifest.value(QStringLiteral("payload")).toObject().value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(sum.trimmed()));

        // docs/file-formats.md's pipeline, exactly: age -d -i KEY F | pg_restore -d DB.
        QVERIFY(m_server.createDatabase(QStringLiteral("restored")));
        QByteArray restoreOutput;
        const int restored =
            runBash(QStringLiteral("age -d -i %1 %2 | %3 -d %4")
                        .arg(shellQuoted(m_identity), shellQuoted(dump),
                             shellQuoted(PostgresServer::program(QStringLiteral("pg_restore"))),
                             shellQuoted(m_server.conninfo(QStringLiteral("restored")))),
                    &restoreOutput);
        QVERIFY2(restored == 0, QByteArray(restoreOutput).constData());
        const QMap<QString, qint64> after = m_server.rowCounts(QStringLiteral("restored"));
        QCOMPARE(after.size(), counted.size());
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(counted.value(it.key()).toInteger(-1) == it.value(),
                     qPrintable(QStringLiteral("%1: %2 in the manifest, %3 restored")
                                    .arg(it.key())
                                    .arg(counted.value(it.key()).toInteger(-1))
                                    .arg(it.value())));
    }

    void theFileSetIsPrivateChecksummedAndCatalogued()
    {
        const QString folder = m_work.filePath(QStringLiteral("set"));
        const CliRun run = backUp(folder);
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const auto files = PgBackupFiles::ofDump(report.value(QStringLiteral("dump")).toString());
        QVERIFY(files);
        for (const QString &path : {files->dump(), files->manifest(), files->checksums()}) {
            struct stat info{};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
            QCOMPARE(info.st_mode & 0777, mode_t(0600));
        }
        struct stat folderInfo{};
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &folderInfo), 0);
        QCOMPARE(folderInfo.st_mode & 0777, mode_t(0700));
        QByteArray out;
        QVERIFY2(runBash(QStringLiteral("cd %1 && sha256sum -c %2")
                             .arg(shellQuoted(folder), shellQuoted(QFileInfo(files->checksums()).fileName())),
                         &out) == 0,
                 QByteArray(out).constData());
        QCOMPARE(out.count("OK"), 2);
        // Not a byte of the dump in the clear: the file is age, its start says so.
        QFile dump(files->dump());
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QVERIFY(dump.read(21) == "age-encryption.org/v1");

        const CliRun list = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("list"),
                                    folder, QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, QByteArray(list.out + list.err).constData());
        const QJsonArray backups =
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        const QJsonObject entry = backups.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("stem")).toString(), files->stem);
        QCOMPARE(entry.value(QStringLiteral("tables")).toInt(), 4);
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString(),
                 report.value(QStringLiteral("sha256")).toString());
        QVERIFY(entry.value(QStringLiteral("catalogued")).toBool());
    }

    void globalsGoIntoTheSameSetAndRestoreWithPsql()
    {
        QVERIFY(m_server.sql(QStringLiteral("CREATE ROLE strongroom_globals_probe NOLOGIN")).ok);
        const QString folder = m_work.filePath(QStringLiteral("globals"));
        const CliRun run = backUp(folder, {QStringLiteral("--globals")});
        QVERIFY(m_server.sql(QStringLiteral("DROP ROLE strongroom_globals_probe")).ok);
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QString globals = report.value(QStringLiteral("globals")).toString();
        QVERIFY(QFileInfo::exists(globals));
        const QJsonObject manifest = manifestOf(report.value(QStringLiteral("manifest")).toString());
        QCOMPARE(
            manifest.value(QStringLiteral("globals")).toObject().value(QStringLiteral("file")).toString(),
            QFileInfo(globals).fileName());
        QByteArray out;
        QVERIFY2(runBash(QStringLiteral("cd %1 && sha256sum -c %2")
                             .arg(shellQuoted(folder),
                                  shellQuoted(QFileInfo(PgBackupFiles::ofDump(
                                                            report.value(QStringLiteral("dump")).toString())
                                                            ->checksums())
                                                  .fileName())),
                         &out) == 0,
                 out.constData());
        QCOMPARE(out.count("OK"), 3);
        // The roles come back with the standard tools.
        QVERIFY2(
            runBash(QStringLiteral("age -d -i %1 %2 | zstd -d | %3 -X -q -v ON_ERROR_STOP=0 -d %4 >/dev/null")
                        .arg(shellQuoted(m_identity), shellQuoted(globals),
                             shellQuoted(PostgresServer::program(QStringLiteral("psql"))),
                             shellQuoted(m_server.conninfo())),
                    &out) == 0,
            out.constData());
        QCOMPARE(m_server
                     .sql(QStringLiteral(
                         "SELECT count(*) FROM pg_roles WHERE rolname = 'strongroom_globals_probe'"))
                     .value(),
                 QStringLiteral("1"));
        QVERIFY(m_server.sql(QStringLiteral("DROP ROLE strongroom_globals_probe")).ok);
    }

    void ctrlCWhilePgDumpWaitsLeavesNoFileAndExits130()
    {
        // Another session holds a lock pg_dump must wait for.
        QProcess locker;
        QVERIFY(lockProducts(locker));

        const QString folder = m_work.filePath(QStringLiteral("cancelled"));
        QProcess cli;
        cli.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                  {QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("--dbname"),
                   m_server.conninfo(QStringLiteral("shop")), QStringLiteral("--dir"), folder,
                   QStringLiteral("--recipient"), m_recipient});
        QVERIFY(cli.waitForStarted());
        // The temp file appears once pg_dump runs; then Ctrl-C.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000 &&
               QDir(folder)
                   .entryList({QStringLiteral(".strongroom-tmp-*")}, QDir::Files | QDir::Hidden)
                   .isEmpty())
            QThread::msleep(20);
        QVERIFY2(!QDir(folder)
                      .entryList({QStringLiteral(".strongroom-tmp-*")}, QDir::Files | QDir::Hidden)
                      .isEmpty(),
                 cli.readAllStandardError().constData());
        QThread::msleep(300);
        ::kill(pid_t(cli.processId()), SIGINT);
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(cli.waitForFinished(20000));
        const qint64 stopMs = stopping.elapsed();
        releaseProducts(locker);
        QCOMPARE(cli.exitCode(), 130);
        QVERIFY2(stopMs < 5000, qPrintable(QString::number(stopMs)));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        // pg_dump did not outlive the cancel: no session of it is left on the server.
        QCOMPARE(m_server
                     .sql(QStringLiteral(
                         "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_dump'"))
                     .value(),
                 QStringLiteral("0"));
    }

    void anUnreachableServerExits7WithLibpqsReason()
    {
        const CliRun run = runCli(
            {QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("--dbname"),
             QStringLiteral("host=%1 port=1 dbname=shop").arg(m_work.filePath(QStringLiteral("nowhere"))),
             QStringLiteral("--dir"), m_work.filePath(QStringLiteral("unreachable")),
             QStringLiteral("--recipient"), m_recipient});
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains("No such file or directory") || run.err.contains("connect"),
                 QByteArray(run.err).constData());
        QVERIFY(
            !QFileInfo::exists(m_work.filePath(QStringLiteral("unreachable/strongroom-pg-backups.json"))));
    }

    void restoreStreamsIntoANewDatabaseAndEveryCountMatches()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const CliRun run = restore(dump, QStringLiteral("restored_one"), {QStringLiteral("--create")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonArray comparison = report.value(QStringLiteral("comparison")).toArray();
        QCOMPARE(comparison.size(), 4);
        for (const QJsonValue &row : comparison)
            QVERIFY2(row[QStringLiteral("equal")].toBool(),
                     qPrintable(QJsonDocument(row.toObject()).toJson()));
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM products"), QStringLiteral("restored_one"))
                     .value(),
                 QStringLiteral("5000"));
        // Streamed: nothing was staged beside the backup.
        QCOMPARE(QDir(QFileInfo(dump).absolutePath())
                     .entryList({QStringLiteral(".strongroom-tmp-*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    void restoreWithTwoJobsStagesPrivatelyAndRemovesTheStaging()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const QString staging = m_work.filePath(QStringLiteral("staging"));
        QVERIFY(QDir().mkpath(staging));
        // A staging folder left by a crashed restore (no such process) is removed by the next one.
        const QString stale = QDir(staging).filePath(QStringLiteral(".strongroom-tmp-pgrestore-999999999-1"));
        QVERIFY(QDir().mkpath(stale));
        const CliRun run = restore(dump, QStringLiteral("restored_two"),
                                   {QStringLiteral("--create"), QStringLiteral("--jobs"), QStringLiteral("2"),
                                    QStringLiteral("--staging-dir"), staging});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY(report.value(QStringLiteral("staging")).toString().startsWith(staging));
        QCOMPARE(QDir(staging).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(m_server
                     .sql(QStringLiteral("SELECT count(*) FROM audit.\"Event Log\""),
                          QStringLiteral("restored_two"))
                     .value()
                     .toLongLong(),
                 report.value(QStringLiteral("comparison"))
                     .toArray()
                     .at(0)[QStringLiteral("restored")]
                     .toInteger());
    }

    void aTargetThatIsNotEmptyIsRefusedWithoutCleanYes()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const qint64 before =
            m_server.sql(QStringLiteral("SELECT count(*) FROM products"), QStringLiteral("shop"))
                .value()
                .toLongLong();
        const CliRun run = restore(dump, QStringLiteral("shop"), {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("target-not-empty"), run.out.constData());
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM products"), QStringLiteral("shop"))
                     .value()
                     .toLongLong(),
                 before);
    }

    void cleanYesReplacesTheObjectsOfATargetThatIsNotEmpty()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const QString target = QStringLiteral("clean_target");
        CliRun run = restore(dump, target, {QStringLiteral("--create")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY(
            m_server
                .sql(QStringLiteral("DELETE FROM products WHERE id > 4000; INSERT INTO empty_one VALUES (7); "
                                    "CREATE TABLE only_here (x int); INSERT INTO only_here VALUES (1)"),
                     target)
                .ok);
        // --clean alone asks, and without a terminal that is a refusal: nothing changes.
        run = restore(dump, target, {QStringLiteral("--clean")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM products"), target).value(),
                 QStringLiteral("4000"));
        run = restore(dump, target, {QStringLiteral("--clean"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        for (const QJsonValue &row :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("comparison")).toArray())
            QVERIFY2(row[QStringLiteral("equal")].toBool(),
                     qPrintable(QJsonDocument(row.toObject()).toJson()));
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM products"), target).value(),
                 QStringLiteral("5000"));
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM empty_one"), target).value(),
                 QStringLiteral("0"));
        // What the backup does not hold stays.
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM only_here"), target).value(),
                 QStringLiteral("1"));
    }

    void withoutPgDumpABackupExits7NamingThePackage()
    {
        // pg_dump hidden: no versions folder (STRONGROOM_PG_LIBDIR empty) and a PATH without it.
        const QString empty = m_work.filePath(QStringLiteral("no-postgresql"));
        QVERIFY(QDir().mkpath(empty));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("STRONGROOM_PG_LIBDIR"), empty);
        environment.insert(QStringLiteral("PATH"), empty);
        const QString folder = m_work.filePath(QStringLiteral("no-pg-dump"));
        const CliRun run = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("--dbname"),
                                   m_server.conninfo(QStringLiteral("shop")), QStringLiteral("--dir"), folder,
                                   QStringLiteral("--recipient"), m_recipient},
                                  {}, environment);
        QVERIFY2(run.exitCode == 7, run.err.constData());
        QVERIFY2(run.err.contains("pg_dump") && run.err.contains("postgresql-client-17"),
                 run.err.constData());
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.age")}, QDir::Files), QStringList());
    }

    void aBackupWithAPasswordNeverShowsItToPgDump_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("--password-env") << QStringLiteral("env") << 0;
        QTest::newRow("--password-file") << QStringLiteral("file") << 0;
        QTest::newRow("--password-stdin") << QStringLiteral("stdin") << 0;
        QTest::newRow("no password: refused, exit 3") << QString() << 3;
    }

    void aBackupWithAPasswordNeverShowsItToPgDump()
    {
        QFETCH(QString, how);
        QFETCH(int, exitCode);
        const QByteArray password = "Backup-pässword-7b1e";
        if (m_server.sql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'backup_agent'"))
                .value() == QLatin1String("0")) {
            QVERIFY(m_server.createRole(QStringLiteral("backup_agent"), password));
            QVERIFY(m_server.sql(QStringLiteral("GRANT pg_read_all_data TO backup_agent")).ok);
        }
        const QString folder =
            m_work.filePath(QStringLiteral("password-") + (how.isEmpty() ? QStringLiteral("none") : how));
        QStringList args{QStringLiteral("pg"),
                         QStringLiteral("backup"),
                         QStringLiteral("--dbname"),
                         m_server.conninfo(QStringLiteral("shop"), QStringLiteral("backup_agent")),
                         QStringLiteral("--dir"),
                         folder,
                         QStringLiteral("--recipient"),
                         m_recipient,
                         QStringLiteral("--json")};
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        environment.insert(QStringLiteral("PGPASSFILE"), m_work.filePath(QStringLiteral("no-such-pgpass")));
        if (how == QLatin1String("env")) {
            environment.insert(QStringLiteral("BACKUP_PW"), QString::fromUtf8(password));
            args << QStringLiteral("--password-env") << QStringLiteral("BACKUP_PW");
        } else if (how == QLatin1String("file")) {
            QFile file(m_work.filePath(QStringLiteral("pg-password.txt")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(password + '\n');
            file.close();
            args << QStringLiteral("--password-file") << file.fileName();
        } else if (how == QLatin1String("stdin")) {
            args << QStringLiteral("--password-stdin");
        }
        // A lock makes pg_dump wait, so its command line and environment can be read.
        QProcess locker;
        if (exitCode == 0) {
            locker.start(
                PostgresServer::program(QStringLiteral("psql")),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                 m_server.conninfo(QStringLiteral("shop")), QStringLiteral("-c"),
                 QStringLiteral("BEGIN; LOCK TABLE orders IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60);")});
            QVERIFY(locker.waitForStarted());
            QElapsedTimer locked;
            locked.start();
            while (m_server.sql(QStringLiteral(
                                    "SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' "
                                    "AND relation = 'orders'::regclass"),
                                QStringLiteral("shop"))
                           .value() != QLatin1String("1") &&
                   locked.elapsed() < 30000)
                QThread::msleep(50);
        }
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(strongroomBinary(QStringLiteral("strongroom-cli")), args);
        QVERIFY(cli.waitForStarted());
        if (how == QLatin1String("stdin")) {
            cli.write(password + '\n');
            cli.waitForBytesWritten(10000);
        }
        cli.closeWriteChannel();
        QStringList inspected;
        if (exitCode == 0) {
            QElapsedTimer waited;
            waited.start();
            while (inspected.isEmpty() && waited.elapsed() < 60000 && cli.state() == QProcess::Running) {
                for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
                    if (pid.toInt() <= 0 || !stat.open(QIODevice::ReadOnly))
                        continue;
                    const QByteArray line = stat.readAll();
                    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
                    if (!line.contains("(pg_dump)") || fields.size() < 2 ||
                        fields.at(1).toLongLong() != cli.processId())
                        continue;
                    // The short `pg_dump --version` check before the dump ends at once: a process that is
                    // exiting (state Z or X, or its cmdline already gone) shows nothing and is not the dump.
                    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                    if (fields.at(0) == "Z" || fields.at(0) == "X" || !cmdline.open(QIODevice::ReadOnly) ||
                        cmdline.readAll().isEmpty())
                        continue;
                    bool read = true;
                    for (const char *what : {"cmdline", "environ"}) {
                        QFile file(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(what)));
                        if (!(read = file.open(QIODevice::ReadOnly)))
                            break; // it ended meanwhile
                        const QByteArray content = file.readAll();
                        QVERIFY2(
                            !content.contains(password),
                            qPrintable(
                                QStringLiteral("the password is in pg_dump's %1").arg(QLatin1String(what))));
                        QVERIFY(!content.contains("PGPASSWORD="));
                    }
                    if (read)
                        inspected.append(pid);
                }
                QThread::msleep(20);
            }
            locker.kill();
            locker.waitForFinished();
            m_server.sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()"));
        }
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == exitCode, out.constData());
        QVERIFY(!out.contains(password));
        if (exitCode != 0) {
            QVERIFY2(out.contains("password"), out.constData());
            return;
        }
        QVERIFY2(!inspected.isEmpty(), "pg_dump was not seen running");
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.dump.age")}, QDir::Files).size(), 1);
    }

    void anUnreachableServerFailsARestoreAndADrillWithLibpqsReason_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::newRow("pg restore") << QStringLiteral("restore");
        QTest::newRow("pg verify --level 3") << QStringLiteral("verify");
    }

    void anUnreachableServerFailsARestoreAndADrillWithLibpqsReason()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        QFETCH(QString, verb);
        QStringList args{
            QStringLiteral("pg"),
            verb,
            dump,
            QStringLiteral("--dbname"),
            QStringLiteral("host=%1 port=1 dbname=x").arg(m_work.filePath(QStringLiteral("nowhere"))),
            QStringLiteral("--identity"),
            m_identity};
        if (verb == QLatin1String("restore"))
            args << QStringLiteral("--create");
        else
            args << QStringLiteral("--level") << QStringLiteral("3");
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains("No such file or directory") || run.err.contains("connect"),
                 run.err.constData());
    }

    void aWrongKeyExits3AndTouchesNothing()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const QString other = m_work.filePath(QStringLiteral("other-key.txt"));
        QCOMPARE(runBash(QStringLiteral("age-keygen -o %1 2>/dev/null").arg(shellQuoted(other))), 0);
        const CliRun run =
            restore(dump, QStringLiteral("restored_wrong_key"), {QStringLiteral("--create")}, other);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!databaseExists(QStringLiteral("restored_wrong_key")));
    }

    void aTamperedOrTruncatedDumpExits4BeforeTheTargetIsTouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("one byte of the dump changed") << QStringLiteral("flip");
        QTest::newRow("the dump truncated") << QStringLiteral("truncate");
        QTest::newRow("one byte of the manifest changed") << QStringLiteral("manifest");
    }

    void aTamperedOrTruncatedDumpExits4BeforeTheTargetIsTouched()
    {
        QFETCH(QString, damage);
        QVERIFY(!restoreSet().isEmpty());
        const PgBackupFiles set = copySet(m_work.filePath(QStringLiteral("tampered-") + damage));
        QFile file(damage == QLatin1String("manifest") ? set.manifest() : set.dump());
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("truncate")) {
            QVERIFY(file.resize(file.size() - 1000));
        } else {
            file.seek(file.size() / 2);
            char byte = 0;
            file.getChar(&byte);
            file.seek(file.size() / 2);
            file.putChar(char(byte ^ 0x01));
        }
        file.close();
        const QString database = QStringLiteral("restored_") + damage;
        const CliRun run = restore(set.dump(), database, {QStringLiteral("--create")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.out.contains("checksum"), run.out.constData());
        QVERIFY(!databaseExists(database));
    }

    void countsThatDifferFromTheManifestExit4WithTheComparison()
    {
        // A manifest re-encrypted with one count changed, and the checksums made to match: the
        // restore itself succeeds, and only the comparison can tell.
        const QString dump = lyingManifestSet();
        QVERIFY(!dump.isEmpty());
        const CliRun run = restore(dump, QStringLiteral("restored_lying"), {QStringLiteral("--create")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.out.contains("counts-differ") && run.out.contains("public.products"),
                 run.out.constData());
    }

    void foreignFormatsRestoreAndSayTheyCarryNoManifest_data()
    {
        QTest::addColumn<QString>("name"); // made by foreignInput (recipeOf)
        QTest::addColumn<QString>("format");
        QTest::newRow("pg_dump | gzip | gpg --symmetric")
            << QStringLiteral("shop.sql.gz.gpg") << QStringLiteral("openpgp+gzip");
        QTest::newRow("custom-format dump") << QStringLiteral("shop.dump") << QStringLiteral("plain");
        QTest::newRow("plain SQL through zstd")
            << QStringLiteral("shop.sql.zst") << QStringLiteral("plain+zstd");
        QTest::newRow("plain SQL through gzip")
            << QStringLiteral("shop.sql.gz") << QStringLiteral("plain+gzip");
        QTest::newRow("Node.js AES-256-GCM set of plain SQL (made with OpenSSL's GCM)")
            << QStringLiteral("shop.sql.enc") << QStringLiteral("node-aes-256-gcm");
        QTest::newRow("tar of a directory-format dump")
            << QStringLiteral("shop.dir.tar") << QStringLiteral("plain+tar");
        QTest::newRow("tar.gz of a directory-format dump")
            << QStringLiteral("shop.dir.tar.gz") << QStringLiteral("plain+tar+gzip");
        QTest::newRow("age file of a bare custom dump")
            << QStringLiteral("shop.dump.age") << QStringLiteral("age");
    }

    void foreignFormatsRestoreAndSayTheyCarryNoManifest()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        if (needsGpg(name) && gpgMissing())
            QSKIP("gpg is not installed: the gpg-made input cannot be made here.");
        const QString file = foreignInput(name);
        QVERIFY(!file.isEmpty());
        const QString folder = QFileInfo(file).absolutePath();
        const QString target = QStringLiteral("foreign_") + QString::number(QTest::currentDataTag()[0] % 7) +
                               QString::number(qHash(name) % 100000);
        QStringList args{QStringLiteral("pg"),       QStringLiteral("restore"), file,
                         QStringLiteral("--dbname"), m_server.conninfo(target), QStringLiteral("--create"),
                         QStringLiteral("--json")};
        args << foreignKeyOptions(name, false);
        // Streamed (--jobs 1): nothing decrypted may appear beside the file, checked while it runs.
        QProcess cli;
        cli.setProcessEnvironment(gpgEnvironment());
        cli.start(strongroomBinary(QStringLiteral("strongroom-cli")), args);
        QVERIFY(cli.waitForStarted());
        cli.closeWriteChannel();
        const QStringList before =
            QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QStringList seen;
        while (!cli.waitForFinished(5))
            for (const QString &name :
                 QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
                if (!before.contains(name) && !seen.contains(name))
                    seen.append(name);
        // A tar archive is extracted into the private staging folder, removed afterwards.
        if (format.contains(QLatin1String("tar")))
            seen.removeIf([](const QString &name) {
                return name.startsWith(QLatin1String(".strongroom-tmp-pgrestore-"));
            });
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char(' '))));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        const CliRun run{cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1,
                         cli.readAllStandardOutput(), cli.readAllStandardError()};
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(report.value(QStringLiteral("manifest")).toBool(true), false);
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM items"), target).value(),
                 QStringLiteral("4321"));
        bool listed = false;
        for (const QJsonValue &row : report.value(QStringLiteral("comparison")).toArray())
            if (row[QStringLiteral("table")].toString() == QLatin1String("public.items")) {
                listed = true;
                QCOMPARE(row[QStringLiteral("restored")].toInteger(), 4321);
                QVERIFY(row[QStringLiteral("backup")].isNull());
            }
        QVERIFY(listed);
    }

    void anEncryptedTarArchiveIsExtractedOnlyIntoTheStagingFolder()
    {
        const QString file = copyForeignInput(QStringLiteral("shop.tar.age"),
                                              m_work.filePath(QStringLiteral("encrypted-tar")));
        QVERIFY(!file.isEmpty());
        const QString folder = QFileInfo(file).absolutePath();
        // Streamed (--jobs 1) it cannot be: a tar must be extracted, and that would put plaintext on disk.
        CliRun run =
            runCli({QStringLiteral("pg"), QStringLiteral("restore"), file, QStringLiteral("--dbname"),
                    m_server.conninfo(QStringLiteral("from_encrypted_tar")), QStringLiteral("--create"),
                    QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("needs-staging"), run.out.constData());
        QVERIFY(!databaseExists(QStringLiteral("from_encrypted_tar")));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("shop.tar.age")});
        const QString staging = m_work.filePath(QStringLiteral("encrypted-tar-staging"));
        QVERIFY(QDir().mkpath(staging));
        run = runCli({QStringLiteral("pg"), QStringLiteral("restore"), file, QStringLiteral("--dbname"),
                      m_server.conninfo(QStringLiteral("from_encrypted_tar")), QStringLiteral("--create"),
                      QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--staging-dir"), staging,
                      QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("age+tar"));
        QVERIFY(report.value(QStringLiteral("staging")).toString().startsWith(staging));
        QCOMPARE(
            m_server.sql(QStringLiteral("SELECT count(*) FROM items"), QStringLiteral("from_encrypted_tar"))
                .value(),
            QStringLiteral("4321"));
        QCOMPARE(QDir(staging).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("shop.tar.age")});
    }

    void damagedForeignFilesExit4AndLeaveNoDatabase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("damage");
        QTest::newRow("gpg file, one byte changed")
            << QStringLiteral("shop.sql.gz.gpg") << QStringLiteral("flip");
        QTest::newRow("gpg file, truncated")
            << QStringLiteral("shop.sql.gz.gpg") << QStringLiteral("truncate");
        QTest::newRow("Node set, one byte changed")
            << QStringLiteral("shop.sql.enc") << QStringLiteral("flip");
        QTest::newRow("Node set, truncated") << QStringLiteral("shop.sql.enc") << QStringLiteral("truncate");
        QTest::newRow("age dump, one byte changed")
            << QStringLiteral("shop.dump.age") << QStringLiteral("flip");
        QTest::newRow("age dump, truncated") << QStringLiteral("shop.dump.age") << QStringLiteral("truncate");
    }

    void damagedForeignFilesExit4AndLeaveNoDatabase()
    {
        QFETCH(QString, name);
        QFETCH(QString, damage);
        if (needsGpg(name) && gpgMissing())
            QSKIP("gpg is not installed: the gpg-made input cannot be made here.");
        const QString file =
            copyForeignInput(name, m_work.filePath(QStringLiteral("damaged-%1-%2").arg(damage, name)));
        QVERIFY(!file.isEmpty());
        QVERIFY(this->damage(file, damage));
        const QString target = QStringLiteral("damaged_") + QString::number(qHash(file) % 1000000);
        QStringList args{QStringLiteral("pg"),       QStringLiteral("restore"), file,
                         QStringLiteral("--dbname"), m_server.conninfo(target), QStringLiteral("--create"),
                         QStringLiteral("--json")};
        args << foreignKeyOptions(name, false);
        const CliRun run = runCli(args, {}, gpgEnvironment());
        QVERIFY2(run.exitCode == 4, QByteArray(run.out + run.err).constData());
        QVERIFY(!databaseExists(target));
    }

    void aWrongKeyForAForeignFileExits3AndLeavesNoDatabase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("gpg file, another passphrase") << QStringLiteral("shop.sql.gz.gpg");
        QTest::newRow("Node set, another key") << QStringLiteral("shop.sql.enc");
        QTest::newRow("age dump, another identity") << QStringLiteral("shop.dump.age");
    }

    void aWrongKeyForAForeignFileExits3AndLeavesNoDatabase()
    {
        QFETCH(QString, name);
        if (needsGpg(name) && gpgMissing())
            QSKIP("gpg is not installed: the gpg-made input cannot be made here.");
        const QString file = foreignInput(name);
        QVERIFY(!file.isEmpty());
        const QString target = QStringLiteral("wrong_key_") + QString::number(qHash(name) % 1000000);
        QStringList args{QStringLiteral("pg"),       QStringLiteral("restore"), file,
                         QStringLiteral("--dbname"), m_server.conninfo(target), QStringLiteral("--create"),
                         QStringLiteral("--json")};
        args << foreignKeyOptions(name, true);
        const CliRun run = runCli(args, {}, gpgEnvironment());
        QVERIFY2(run.exitCode == 3, QByteArray(run.out + run.err).constData());
        QVERIFY(!databaseExists(target));
    }

    void aWrongKeyForAForeignFileIsFoundBeforeTheTargetIsTouched_data()
    {
        aWrongKeyForAForeignFileExits3AndLeavesNoDatabase_data();
    }

    void aWrongKeyForAForeignFileIsFoundBeforeTheTargetIsTouched()
    {
        QFETCH(QString, name);
        if (needsGpg(name) && gpgMissing())
            QSKIP("gpg is not installed: the gpg-made input cannot be made here.");
        const QString file = foreignInput(name);
        QVERIFY(!file.isEmpty());
        // A target with data and --clean --yes: a wrong key keeps every row of it.
        const QString target = QStringLiteral("keep_wrong_key_") + QString::number(qHash(name) % 1000000);
        QVERIFY(makeNonEmptyTarget(target));
        QStringList args{QStringLiteral("pg"),       QStringLiteral("restore"), file,
                         QStringLiteral("--dbname"), m_server.conninfo(target), QStringLiteral("--clean"),
                         QStringLiteral("--yes"),    QStringLiteral("--json")};
        args << foreignKeyOptions(name, true);
        CliRun run = runCli(args, {}, gpgEnvironment());
        QVERIFY2(run.exitCode == 3, QByteArray(run.out + run.err).constData());
        QCOMPARE(keepMeRows(target), QStringLiteral("3"));
        // The key is judged before the server is even contacted: one that cannot be reached still
        // gets exit 3 (the key), not 7 (the server).
        args[4] =
            QStringLiteral("host=%1 dbname=nowhere").arg(m_work.filePath(QStringLiteral("no-socket-here")));
        run = runCli(args, {}, gpgEnvironment());
        QVERIFY2(run.exitCode == 3, QByteArray(run.out + run.err).constData());
        // pg verify says the same without a server.
        run = runCli(
            QStringList{QStringLiteral("pg"), QStringLiteral("verify"), file, QStringLiteral("--json")} +
                foreignKeyOptions(name, true),
            {}, gpgEnvironment());
        QVERIFY2(run.exitCode == 3, QByteArray(run.out + run.err).constData());
        run = runCli(
            QStringList{QStringLiteral("pg"), QStringLiteral("verify"), file, QStringLiteral("--json")} +
                foreignKeyOptions(name, false),
            {}, gpgEnvironment());
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("foreign")).toBool());
    }

    void damageInAForeignInputExits4NamingItBeforeTheTargetIsTouched_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("named"); // what the message names
        QTest::newRow("custom-format dump, one byte changed")
            << QStringLiteral("shop.dump") << QStringLiteral("flip") << QStringLiteral("pg_restore");
        QTest::newRow("custom-format dump, truncated")
            << QStringLiteral("shop.dump") << QStringLiteral("truncate") << QStringLiteral("pg_restore");
        QTest::newRow("gzip SQL, bad CRC")
            << QStringLiteral("shop.sql.gz") << QStringLiteral("crc") << QStringLiteral("compressed content");
        QTest::newRow("gzip SQL, one byte changed") << QStringLiteral("shop.sql.gz") << QStringLiteral("flip")
                                                    << QStringLiteral("compressed content");
        QTest::newRow("gzip SQL, truncated") << QStringLiteral("shop.sql.gz") << QStringLiteral("truncate")
                                             << QStringLiteral("compressed content");
        QTest::newRow("zstd SQL, one byte changed")
            << QStringLiteral("shop.sql.zst") << QStringLiteral("flip")
            << QStringLiteral("compressed content");
        QTest::newRow("zstd SQL, truncated") << QStringLiteral("shop.sql.zst") << QStringLiteral("truncate")
                                             << QStringLiteral("compressed content");
        QTest::newRow("tar of a directory dump, truncated")
            << QStringLiteral("shop.dir.tar") << QStringLiteral("truncate") << QStringLiteral("tar archive");
        QTest::newRow("tar.gz of a directory dump, truncated")
            << QStringLiteral("shop.dir.tar.gz") << QStringLiteral("truncate")
            << QStringLiteral("compressed content");
        QTest::newRow("plain SQL with a .sha256, one byte changed")
            << QStringLiteral("checked.sql") << QStringLiteral("flip") << QStringLiteral("SHA-256");
        QTest::newRow("plain SQL with a .sha256, truncated")
            << QStringLiteral("checked.sql") << QStringLiteral("truncate") << QStringLiteral("SHA-256");
        QTest::newRow("age dump, truncated")
            << QStringLiteral("shop.dump.age") << QStringLiteral("truncate") << QString();
    }

    void damageInAForeignInputExits4NamingItBeforeTheTargetIsTouched()
    {
        QFETCH(QString, name);
        QFETCH(QString, damage);
        QFETCH(QString, named);
        const QString file =
            copyForeignInput(name, m_work.filePath(QStringLiteral("found-%1-%2").arg(damage, name)));
        QVERIFY(!file.isEmpty());
        QVERIFY(this->damage(file, damage));
        // pg verify finds it without a server.
        CliRun run = runCli(
            QStringList{QStringLiteral("pg"), QStringLiteral("verify"), file, QStringLiteral("--json")} +
                foreignKeyOptions(name, false),
            {}, gpgEnvironment());
        QVERIFY2(run.exitCode == 4, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains(named.toUtf8()), run.out.constData());
        // A restore with --clean --yes into a target with data: exit 4 and every row kept.
        const QString target = QStringLiteral("keep_damaged_") + QString::number(qHash(file) % 1000000);
        QVERIFY(makeNonEmptyTarget(target));
        for (const char *jobs : {"1", "2"}) {
            run = runCli(
                QStringList{QStringLiteral("pg"), QStringLiteral("restore"), file, QStringLiteral("--dbname"),
                            m_server.conninfo(target), QStringLiteral("--clean"), QStringLiteral("--yes"),
                            QStringLiteral("--jobs"), QLatin1String(jobs), QStringLiteral("--json")} +
                    foreignKeyOptions(name, false),
                {}, gpgEnvironment());
            QVERIFY2(run.exitCode == 4, QByteArray(run.out + run.err).constData());
            QVERIFY2(run.out.contains(named.toUtf8()), run.out.constData());
            QCOMPARE(keepMeRows(target), QStringLiteral("3"));
        }
    }

    void aPlainSqlFileWithoutAChecksumIsSaidToCarryNone()
    {
        const QString file = foreignInput(QStringLiteral("plain.sql"));
        QVERIFY(!file.isEmpty());
        const CliRun run =
            runCli({QStringLiteral("pg"), QStringLiteral("verify"), file, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("plain"));
        const QJsonArray notes = report.value(QStringLiteral("notes")).toArray();
        QVERIFY2(!notes.isEmpty() && notes.first().toString().contains(QLatin1String("carries no checksum")),
                 run.out.constData());
        // With a .sha256 beside it, the checksum is checked.
        const QString checked = foreignInput(QStringLiteral("checked.sql"));
        QVERIFY(!checked.isEmpty());
        const CliRun withSum =
            runCli({QStringLiteral("pg"), QStringLiteral("verify"), checked, QStringLiteral("--json")});
        QVERIFY2(withSum.exitCode == 0, QByteArray(withSum.out + withSum.err).constData());
        const QJsonObject summed = QJsonDocument::fromJson(withSum.out).object();
        QVERIFY(summed.value(QStringLiteral("checksumChecked")).toBool());
        QVERIFY(summed.value(QStringLiteral("notes")).toArray().isEmpty());
    }

    void everyVerifyLevelIsRecordedInTheCatalogAndReadByTheNextProcess()
    {
        QVERIFY(!restoreSet().isEmpty());
        const QString folder = m_work.filePath(QStringLiteral("checks-recorded"));
        const PgBackupFiles set = copySetWithCatalog(folder);
        // The copied catalog may hold checks of the original set by other cases: only new ones count.
        const qsizetype before =
            listedBackup(folder, set.stem).value(QStringLiteral("checks")).toArray().size();
        for (const char *level : {"1", "2"}) {
            const CliRun run = runCli({QStringLiteral("pg"), QStringLiteral("verify"), set.dump(),
                                       QStringLiteral("--level"), QLatin1String(level),
                                       QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
            QVERIFY(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("recorded")).toBool());
        }
        // Another process (pg backup list) reads them from the catalog.
        QJsonArray checks = listedBackup(folder, set.stem).value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), before + 2);
        while (checks.size() > 2)
            checks.removeFirst();
        QCOMPARE(checks.at(0)[QStringLiteral("level")].toInt(), 1);
        QCOMPARE(checks.at(1)[QStringLiteral("level")].toInt(), 2);
        for (const QJsonValue &check : std::as_const(checks)) {
            QCOMPARE(check[QStringLiteral("result")].toString(), QStringLiteral("passed"));
            QVERIFY(QDateTime::fromString(check[QStringLiteral("time")].toString(), Qt::ISODate).isValid());
            QVERIFY(check[QStringLiteral("duration_ms")].toInteger() >= 0);
        }
        QVERIFY(checks.at(1)[QStringLiteral("checked")].toVariant().toStringList().contains(
            QStringLiteral("table-of-contents")));
        const CliRun listed =
            runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("list"), folder});
        QVERIFY2(listed.out.contains("level 2: passed"), listed.out.constData());

        // A wrong key says nothing about the backup: not recorded.
        CliRun run = runCli({QStringLiteral("pg"), QStringLiteral("verify"), set.dump(),
                             QStringLiteral("--identity"), otherIdentity(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(listedBackup(folder, set.stem).value(QStringLiteral("checks")).toArray().size(), before + 2);

        // Damage is: the last check says so, with what was found.
        QVERIFY(damage(set.dump(), QStringLiteral("flip")));
        run = runCli({QStringLiteral("pg"), QStringLiteral("verify"), set.dump(),
                      QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 4);
        checks = listedBackup(folder, set.stem).value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), before + 3);
        QCOMPARE(checks.last()[QStringLiteral("level")].toInt(), 1);
        QCOMPARE(checks.last()[QStringLiteral("result")].toString(), QStringLiteral("damaged"));
        QVERIFY2(checks.last()[QStringLiteral("message")].toString().contains(QLatin1String("SHA-256")),
                 qPrintable(checks.last()[QStringLiteral("message")].toString()));
    }

    void verifyLevelsOneAndTwoReadTheSetAndTheTableOfContents()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        for (const char *level : {"1", "2"}) {
            const CliRun run = runCli({QStringLiteral("pg"), QStringLiteral("verify"), dump,
                                       QStringLiteral("--level"), QLatin1String(level),
                                       QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
            const QJsonObject report = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(report.value(QStringLiteral("tables")).toInt(), 4);
            if (QLatin1String(level) == QLatin1String("2"))
                QCOMPARE(report.value(QStringLiteral("toc")).toArray().size(), 4);
        }
    }

    void verifyLevelThreeDrillsIntoAScratchDatabaseDropsItAndRecordsTheDrill()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const CliRun run =
            runCli({QStringLiteral("pg"), QStringLiteral("verify"), dump, QStringLiteral("--level"),
                    QStringLiteral("3"), QStringLiteral("--dbname"), m_server.conninfo(),
                    QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject drill =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("drill")).toObject();
        QVERIFY(drill.value(QStringLiteral("countsEqual")).toBool());
        QCOMPARE(m_server
                     .sql(QStringLiteral(
                         "SELECT count(*) FROM pg_database WHERE datname LIKE 'strongroom_drill_%'"))
                     .value(),
                 QStringLiteral("0"));
        const auto entries = PgBackupCatalog(QFileInfo(dump).absolutePath()).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().drills.size(), 1);
        QVERIFY(entries->first().drills.first().countsEqual);
    }

    // Level 3 without --dbname: a cluster of its own in TMPDIR, gone afterwards; the drill recorded.
    void verifyLevelThreeWithoutAServerDrillsInATemporaryClusterAndRemovesIt()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const QString tmp = m_work.filePath(QStringLiteral("drill-tmp"));
        QVERIFY(QDir().mkpath(tmp));
        const CliRun run =
            runCli({QStringLiteral("pg"), QStringLiteral("verify"), dump, QStringLiteral("--level"),
                    QStringLiteral("3"), QStringLiteral("--identity"), m_identity, QStringLiteral("--json")},
                   {}, environmentWithTmp(tmp));
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonObject drill = report.value(QStringLiteral("drill")).toObject();
        QVERIFY(drill.value(QStringLiteral("countsEqual")).toBool());
        QVERIFY(drill.value(QStringLiteral("temporaryCluster")).toBool());
        QVERIFY2(
            drill.value(QStringLiteral("server")).toString().contains(QLatin1String("temporary cluster")),
            run.out.constData());
        QCOMPARE(report.value(QStringLiteral("comparison")).toArray().size(), 4);
        QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        const auto entries = PgBackupCatalog(QFileInfo(dump).absolutePath()).entries();
        QVERIFY(entries);
        const PgDrillRecord last = entries->first().drills.last();
        QVERIFY(last.countsEqual);
        QVERIFY(last.server.contains(QLatin1String("temporary cluster")));
        const CliRun listed = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("list"),
                                      QFileInfo(dump).absolutePath()});
        QVERIFY2(listed.out.contains("level 3: passed (temporary cluster (PostgreSQL 17))"),
                 listed.out.constData());
    }

    void verifyLevelThreeInATemporaryClusterExits4WithTheComparisonWhenCountsDiffer()
    {
        // The set whose manifest claims 4999 products.
        const QString lyingDump = lyingManifestSet();
        QVERIFY(!lyingDump.isEmpty());
        const QString tmp = m_work.filePath(QStringLiteral("drill-tmp-differ"));
        QVERIFY(QDir().mkpath(tmp));
        const CliRun run =
            runCli({QStringLiteral("pg"), QStringLiteral("verify"), lyingDump, QStringLiteral("--level"),
                    QStringLiteral("3"), QStringLiteral("--identity"), m_identity},
                   {}, environmentWithTmp(tmp));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("public.products  4999  5000  DIFFERS"), run.err.constData());
        QVERIFY2(run.err.contains("public.orders"), run.err.constData());
        QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void aDrillsTemporaryClusterGoesOnCtrlCAndAfterACrash_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl-C") << int(SIGINT);
        QTest::newRow("killed") << int(SIGKILL);
    }

    void aDrillsTemporaryClusterGoesOnCtrlCAndAfterACrash()
    {
        QFETCH(int, signal);
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const QString tmp = m_work.filePath(QStringLiteral("drill-tmp-signal-%1").arg(signal));
        QVERIFY(QDir().mkpath(tmp));
        const QStringList args{
            QStringLiteral("pg"), QStringLiteral("verify"),     dump,      QStringLiteral("--level"),
            QStringLiteral("3"),  QStringLiteral("--identity"), m_identity};
        QProcess cli;
        cli.setProcessEnvironment(environmentWithTmp(tmp));
        cli.start(strongroomBinary(QStringLiteral("strongroom-cli")), args);
        QVERIFY(cli.waitForStarted());
        // Once the postmaster's pid file says "ready" the cluster runs.
        pid_t postmaster = 0;
        QElapsedTimer waited;
        waited.start();
        while (postmaster <= 0 && waited.elapsed() < 60000 && cli.state() == QProcess::Running) {
            for (const QString &name :
                 QDir(tmp).entryList({QStringLiteral("strongroom-pgdrill-*")}, QDir::Dirs)) {
                QFile pids(QDir(tmp).filePath(name + QStringLiteral("/data/postmaster.pid")));
                if (!pids.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = pids.readAll();
                if (content.contains("ready"))
                    postmaster = pid_t(content.split('\n').first().trimmed().toInt());
            }
            QThread::msleep(5);
        }
        if (postmaster <= 0) {
            cli.waitForFinished(60000);
            QFAIL(qPrintable(QStringLiteral("no temporary cluster was seen running (exit %1): %2")
                                 .arg(cli.exitCode())
                                 .arg(QString::fromUtf8(cli.readAllStandardError()))));
        }
        ::kill(pid_t(cli.processId()), signal);
        QVERIFY(cli.waitForFinished(30000));
        // The postmaster does not outlive the drill, whichever way it ended.
        QElapsedTimer stopping;
        stopping.start();
        while (processRuns(postmaster) && stopping.elapsed() < 20000)
            QThread::msleep(50);
        QVERIFY2(!processRuns(postmaster), "the temporary cluster's postmaster still runs");
        if (signal == SIGINT) {
            QCOMPARE(cli.exitCode(), 130);
            QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                     QStringList());
            return;
        }
        // After a crash the folder is left, and the next drill removes it.
        QCOMPARE(QDir(tmp).entryList({QStringLiteral("strongroom-pgdrill-*")}, QDir::Dirs).size(), 1);
        const CliRun next = runCli(args, {}, environmentWithTmp(tmp));
        QVERIFY2(next.exitCode == 0, QByteArray(next.out + next.err).constData());
        QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    // pg_restore waits for a lock on an object of its --clean target when the cancel comes: it is
    // stopped (its single transaction rolls back) and the job ends as cancelled, not as a failure
    // with exit code 130: no error, the audit line "cancelled", and the target's rows untouched.
    void aCancelledRestoreEndsAsCancelledWithoutAnError()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        const QString database = QStringLiteral("cancel_restore");
        QVERIFY(m_server.createDatabase(database));
        QVERIFY(m_server
                    .sql(QStringLiteral(
                             "CREATE TABLE products (x int); INSERT INTO products VALUES (1), (2), (3);"),
                         database)
                    .ok);
        QProcess locker;
        QVERIFY(lockProducts(locker, database));
        auto releaseLock = qScopeGuard([&] { releaseProducts(locker); });
        PgRestoreRequest request;
        request.file = dump;
        auto target = postgres::PgConnection::parse(m_server.conninfo(database));
        QVERIFY(target);
        request.target = *target;
        request.keys = backupKeys();
        request.clean = true;
        const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                               "'cancel_restore' AND wait_event_type = 'Lock'");
        bool cancelled = false;
        const JobReport report = runCancelling(
            std::make_shared<PgRestoreJob>(request),
            [&] { return m_server.sql(waiting).value() == QLatin1String("1"); }, cancelled);
        releaseLock.dismiss();
        releaseProducts(locker);
        QVERIFY2(cancelled, qPrintable(report.toText()));
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY2(!report.error, qPrintable(report.toText()));
        QCOMPARE(report.exitCode(), ExitCode::Cancelled);
        QCOMPARE(lastAuditOutcome(QStringLiteral("pg.restore")), QStringLiteral("cancelled"));
        // Stopped in the restore step, where pg_restore waited.
        QCOMPARE(report.steps.size(), 4);
        QCOMPARE(report.steps.at(2).state, StepState::Cancelled);
        QCOMPARE(m_server.sql(QStringLiteral("SELECT count(*) FROM products"), database).value(),
                 QStringLiteral("3"));
        QCOMPARE(
            m_server
                .sql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'orders'"), database)
                .value(),
            QStringLiteral("0"));
    }

    // A level-3 drill cancelled while its temporary cluster starts (the restore's prepareTarget):
    // the verify ends as cancelled, not failed: no error, the audit line "cancelled", no check in the
    // catalog (a cancel says nothing about the backup), and the cluster's folder is gone.
    void aCancelledDrillEndsAsCancelledWithoutAnErrorOrACheck()
    {
        QVERIFY(!restoreSet().isEmpty());
        const QString folder = m_work.filePath(QStringLiteral("drill-cancelled"));
        const PgBackupFiles set = copySetWithCatalog(folder);
        const auto checksOf = [&] {
            qsizetype checks = 0;
            if (auto entries = PgBackupCatalog(folder).entries())
                for (const PgBackupEntry &entry : entries.value())
                    if (entry.stem == set.stem)
                        checks = entry.checks.size() + entry.drills.size();
            return checks;
        };
        const qsizetype checksBefore = checksOf();
        const QString tmp = m_work.filePath(QStringLiteral("drill-tmp-cancelled"));
        QVERIFY(QDir().mkpath(tmp));
        environmentWithTmp(tmp); // the folder's permissions, for the server's user
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmp));
        auto restoreTmp = qScopeGuard([&] {
            if (oldTmp.isNull())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", oldTmp);
        });
        PgVerifyRequest request;
        request.file = set.dump();
        request.keys = backupKeys();
        request.level = 3;
        bool cancelled = false;
        const JobReport report = runCancelling(
            std::make_shared<PgVerifyJob>(request),
            [&] {
                return !QDir(tmp).entryList({QStringLiteral("strongroom-pgdrill-*")}, QDir::Dirs).isEmpty();
            },
            cancelled);
        QVERIFY2(cancelled, qPrintable(report.toText()));
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY2(!report.error, qPrintable(report.toText()));
        QCOMPARE(report.exitCode(), ExitCode::Cancelled);
        QCOMPARE(report.data.value(QStringLiteral("recorded")).toBool(true), false);
        QCOMPARE(lastAuditOutcome(QStringLiteral("pg.verify")), QStringLiteral("cancelled"));
        QCOMPARE(checksOf(), checksBefore);
        QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void compareShowsTheLiveDatabaseTableByTable()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        QVERIFY(
            m_server.sql(QStringLiteral("INSERT INTO empty_one VALUES (1), (2), (3)"), QStringLiteral("shop"))
                .ok);
        const CliRun run = runCli({QStringLiteral("pg"), QStringLiteral("compare"), dump,
                                   QStringLiteral("--dbname"), m_server.conninfo(QStringLiteral("shop")),
                                   QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QVERIFY(m_server.sql(QStringLiteral("DELETE FROM empty_one"), QStringLiteral("shop")).ok);
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonArray comparison =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("comparison")).toArray();
        bool found = false;
        for (const QJsonValue &row : comparison) {
            if (row[QStringLiteral("table")].toString() == QLatin1String("public.empty_one")) {
                QCOMPARE(row[QStringLiteral("backup")].toInteger(), 0);
                QCOMPARE(row[QStringLiteral("live")].toInteger(), 3);
                QCOMPARE(row[QStringLiteral("difference")].toInteger(), -3);
                found = true;
            }
            if (row[QStringLiteral("table")].toString() == QLatin1String("public.products"))
                QCOMPARE(row[QStringLiteral("difference")].toInteger(), 0);
        }
        QVERIFY(found);
    }

    // PgCompareJob's count of the live products waits for a lock another session holds: Ctrl-C
    // stops it through the job's WorkProgress and PQcancel, and the verb ends as cancelled (130),
    // not as a failure, with no count of it left running on the server.
    void ctrlCWhileCompareCountsALockedTableExits130()
    {
        const QString dump = restoreSet();
        QVERIFY(!dump.isEmpty());
        QProcess locker;
        QVERIFY(lockProducts(locker));
        QProcess cli;
        cli.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                  {QStringLiteral("pg"), QStringLiteral("compare"), dump, QStringLiteral("--dbname"),
                   m_server.conninfo(QStringLiteral("shop")), QStringLiteral("--identity"), m_identity,
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForStarted());
        const QString waitingCount = QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT count(*) FROM ONLY%' "
            "AND wait_event_type = 'Lock'");
        const bool blocked = QTest::qWaitFor(
            [&] { return m_server.sql(waitingCount, QStringLiteral("shop")).value() == QLatin1String("1"); },
            30000);
        if (!blocked)
            releaseProducts(locker);
        QVERIFY2(blocked, cli.readAllStandardError().constData());
        ::kill(pid_t(cli.processId()), SIGINT);
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(cli.waitForFinished(20000));
        const qint64 stopMs = stopping.elapsed();
        const bool countGone = QTest::qWaitFor(
            [&] { return m_server.sql(waitingCount, QStringLiteral("shop")).value() == QLatin1String("0"); },
            2000);
        releaseProducts(locker);
        QCOMPARE(cli.exitCode(), 130);
        QVERIFY2(stopMs < 5000, qPrintable(QString::number(stopMs)));
        QVERIFY(countGone);
    }

    void pruneAsksRemovesWholeSetsAndKeepsAnEditedEntry()
    {
        const QString folder = m_work.filePath(QStringLiteral("retention"));
        QStringList stems;
        for (int i = 0; i < 3; ++i) {
            const CliRun run = backUp(folder);
            QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
            stems.append(
                PgBackupFiles::ofDump(
                    QJsonDocument::fromJson(run.out).object().value(QStringLiteral("dump")).toString())
                    ->stem);
        }
        const QStringList before = QDir(folder).entryList(QDir::Files);
        // Without --yes and without a terminal nothing goes.
        CliRun run = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("prune"), folder,
                             QStringLiteral("--keep-last"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QDir(folder).entryList(QDir::Files), before);
        run = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("prune"), folder,
                      QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--dry-run"),
                      QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("wouldRemove")).toArray().size(),
            2);
        QCOMPARE(QDir(folder).entryList(QDir::Files), before);

        // An entry whose time someone moved back is not trusted to delete its backup.
        QFile catalogFile(QDir(folder).filePath(PgBackupCatalog::fileName()));
        QVERIFY(catalogFile.open(QIODevice::ReadOnly));
        QJsonObject catalog = QJsonDocument::fromJson(catalogFile.readAll()).object();
        catalogFile.close();
        QJsonArray entries = catalog.value(QStringLiteral("backups")).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries.at(i).toObject();
            if (entry.value(QStringLiteral("stem")).toString() == stems.at(1)) {
                entry.insert(QStringLiteral("created"), QStringLiteral("2020-01-01T00:00:00Z"));
                entries.replace(i, entry);
            }
        }
        catalog.insert(QStringLiteral("backups"), entries);
        QVERIFY(catalogFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        catalogFile.write(QJsonDocument(catalog).toJson());
        catalogFile.close();

        run = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("prune"), folder,
                      QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--yes"),
                      QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("removed")).toArray(), QJsonArray{stems.at(0)});
        QCOMPARE(result.value(QStringLiteral("refused")).toArray().size(), 1);
        const PgBackupFiles gone{folder, stems.at(0)};
        for (const QString &path : {gone.dump(), gone.manifest(), gone.checksums()})
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
        QVERIFY(QFileInfo::exists(PgBackupFiles{folder, stems.at(1)}.dump()));
        QVERIFY(QFileInfo::exists(PgBackupFiles{folder, stems.at(2)}.dump()));
        const auto listed = PgBackupCatalog(folder).entries();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPgBackup)
#include "TestPgBackup.moc"

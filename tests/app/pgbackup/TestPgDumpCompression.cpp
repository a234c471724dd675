#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "pgbackup/DumpProgress.h"
#include "pgbackup/PgBackupJob.h"
#include "pgbackup/PgBackupManifest.h"
#include "support/AgeKeygen.h"
#include "support/BashScript.h"
#include "support/CliProcess.h"
#include "support/PgShopDatabase.h"
#include "support/PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::pgbackup;

// How a `pg backup` dump is compressed, and that every reader goes by the manifest. Proven against a
// real PostgreSQL 17 server with the real strongroom-cli and standard tools: a backup made with pg_dump
// 17 is pg_dump's own zstd:1 custom-format dump in age (STEM.dump.age, manifest "compression": "none",
// "dump_compression": "zstd:1") and restores with exactly `age -d -i KEY F | pg_restore -d DB`; a set in
// the earlier layout (STEM.dump.zst.age: pg_dump -Z0 | zstd | age, its manifest JSON encrypted with
// `age`, its .sha256 by sha256sum, no Strongroom involved) restores through `pg restore` with --jobs 1
// and 2, verifies at levels 2 and 3, compares and is listed; the dump step's progress reaches its total
// and never exceeds it; DumpProgress's arithmetic; old manifests mean -Z0 and an unknown compression
// is refused with exit 6; pg_dump older than 16 keeps the earlier layout.
class TestPgDumpCompression : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    PostgresServer m_server;
    QTemporaryDir m_work;
    QString m_identity;
    QString m_recipient;
    QThreadPool m_pool;

    QJsonObject decryptedJson(const QString &path)
    {
        QByteArray json;
        if (runBash(QStringLiteral("age -d -i %1 %2").arg(shellQuoted(m_identity), shellQuoted(path)),
                    &json) != 0)
            qWarning() << json;
        return QJsonDocument::fromJson(json).object();
    }

    // A set in the layout before pg_dump compressed (STEM.dump.zst.age), made with standard tools only:
    // pg_dump -Fc -Z0 | zstd | age, the manifest's JSON written here and encrypted with `age`, the
    // .sha256 by sha256sum. Its dump's path, or empty (with a warning).
    QString oldFormatSet(const QString &folder)
    {
        QDir().mkpath(folder);
        const QString stem = QStringLiteral("shop-pgbackup-20251101-020304");
        const QString dump = QDir(folder).filePath(stem + QStringLiteral(".dump.zst.age"));
        const QString manifest = QDir(folder).filePath(stem + QStringLiteral(".manifest.age"));
        QByteArray out;
        if (runBash(QStringLiteral("%1 -Fc -Z0 -d %2 | zstd -q -c | age -r %3 -o %4")
                        .arg(shellQuoted(PostgresServer::program(QStringLiteral("pg_dump"))),
                             shellQuoted(m_server.conninfo(QStringLiteral("shop"))), shellQuoted(m_recipient),
                             shellQuoted(dump)),
                    &out) != 0) {
            qWarning() << out;
            return {};
        }
        QByteArray sum;
        runBash(QStringLiteral("sha256sum %1 | cut -c1-64").arg(shellQuoted(dump)), &sum);
        QJsonObject rows;
        const QMap<QString, qint64> counts = m_server.rowCounts(QStringLiteral("shop"));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows.insert(it.key(), it.value());
        // As Strongroom wrote it before "dump_compression" existed.
        const QJsonObject json{{QStringLiteral("kind"), QStringLiteral("strongroom-pg-backup")},
                               {QStringLiteral("format"), 1},
                               {QStringLiteral("tool"), QStringLiteral("strongroom 0.1.0")},
                               {QStringLiteral("pg_dump_version"), QStringLiteral("17.2")},
                               {QStringLiteral("server_version"), QStringLiteral("17.2")},
                               {QStringLiteral("database"), QStringLiteral("shop")},
                               {QStringLiteral("connection"), QStringLiteral("dbname='shop'")},
                               {QStringLiteral("snapshot"), QStringLiteral("00000003-0000001B-1")},
                               {QStringLiteral("created"), QStringLiteral("2025-11-01T02:03:04Z")},
                               {QStringLiteral("finished"), QStringLiteral("2025-11-01T02:03:09Z")},
                               {QStringLiteral("row_counts"), rows},
                               {QStringLiteral("dump_format"), QStringLiteral("custom")},
                               {QStringLiteral("compression"), QStringLiteral("zstd")},
                               {QStringLiteral("recipients"), QJsonArray()},
                               {QStringLiteral("passphrase"), false},
                               {QStringLiteral("dump_bytes"), 0},
                               {QStringLiteral("payload"),
                                QJsonObject{{QStringLiteral("file"), QFileInfo(dump).fileName()},
                                            {QStringLiteral("size"), QFileInfo(dump).size()},
                                            {QStringLiteral("sha256"), QString::fromLatin1(sum.trimmed())}}}};
        const QString plain = m_work.filePath(QStringLiteral("old-manifest.json"));
        QFile file(plain);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0)
            return {};
        file.close();
        if (runBash(QStringLiteral("age -r %1 -o %2 %3 && rm %3 && cd %4 && sha256sum %5 %6 > %7")
                        .arg(shellQuoted(m_recipient), shellQuoted(manifest), shellQuoted(plain),
                             shellQuoted(folder), shellQuoted(QFileInfo(dump).fileName()),
                             shellQuoted(QFileInfo(manifest).fileName()),
                             shellQuoted(stem + QStringLiteral(".sha256"))),
                    &out) != 0) {
            qWarning() << out;
            return {};
        }
        return dump;
    }

    CliRun restore(const QString &dump, const QString &database, int jobs)
    {
        return runCli({QStringLiteral("pg"), QStringLiteral("restore"), dump, QStringLiteral("--dbname"),
                       m_server.conninfo(database), QStringLiteral("--create"), QStringLiteral("--jobs"),
                       QString::number(jobs), QStringLiteral("--identity"), m_identity,
                       QStringLiteral("--json")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *program : {"age", "age-keygen", "zstd", "sha256sum"})
            if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed; the interop checks need it.")
                                     .arg(QLatin1String(program))));
        STRONGROOM_START_POSTGRES(m_server);
        const auto made = makeShopDatabase(
            m_server, 150000,
            QStringLiteral("CREATE TABLE never_analysed (x int);\n"
                           "ANALYZE products; ANALYZE orders; ANALYZE audit.\"Event Log\";"));
        QVERIFY2(made.ok, qPrintable(made.error));
        m_identity = m_work.filePath(QStringLiteral("key.txt"));
        m_recipient = ageKeygen(m_identity);
        QVERIFY(m_recipient.startsWith(QLatin1String("age1")));
    }

    void aBackupIsPgDumpsOwnZstdDumpInAgeAndRestoresWithAgeAndPgRestore()
    {
        const QString folder = m_work.filePath(QStringLiteral("new-format"));
        const CliRun run = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("--dbname"),
                                   m_server.conninfo(QStringLiteral("shop")), QStringLiteral("--dir"), folder,
                                   QStringLiteral("--recipient"), m_recipient, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QString dump = report.value(QStringLiteral("dump")).toString();
        QVERIFY2(dump.endsWith(QLatin1String(".dump.age")) && !dump.endsWith(QLatin1String(".zst.age")),
                 qPrintable(dump));
        QCOMPARE(report.value(QStringLiteral("compression")).toString(), QStringLiteral("none"));
        QCOMPARE(report.value(QStringLiteral("dumpCompression")).toString(), QStringLiteral("zstd:1"));

        // The manifest, opened by the age program, records both layers.
        const QJsonObject manifest = decryptedJson(report.value(QStringLiteral("manifest")).toString());
        QCOMPARE(manifest.value(QStringLiteral("compression")).toString(), QStringLiteral("none"));
        QCOMPARE(manifest.value(QStringLiteral("dump_compression")).toString(), QStringLiteral("zstd:1"));
        QCOMPARE(
            manifest.value(QStringLiteral("payload")).toObject().value(QStringLiteral("file")).toString(),
            QFileInfo(dump).fileName());
        // pg_dump wrote what age holds: the decrypted payload is exactly dump_bytes long, a custom-format
        // archive ("PGDMP"), and much smaller than the -Z0 dump of the same database.
        QByteArray head;
        QCOMPARE(runBash(QStringLiteral("set +o pipefail; age -d -i %1 %2 | head -c 5")
                             .arg(shellQuoted(m_identity), shellQuoted(dump)),
                         &head),
                 0);
        QCOMPARE(head, QByteArray("PGDMP"));
        QByteArray sizes;
        QCOMPARE(runBash(QStringLiteral("age -d -i %1 %2 | wc -c; %3 -Fc -Z0 -d %4 | wc -c")
                             .arg(shellQuoted(m_identity), shellQuoted(dump),
                                  shellQuoted(PostgresServer::program(QStringLiteral("pg_dump"))),
                                  shellQuoted(m_server.conninfo(QStringLiteral("shop")))),
                         &sizes),
                 0);
        const QList<QByteArray> both = sizes.trimmed().split('\n');
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).trimmed().toLongLong(), manifest.value(QStringLiteral("dump_bytes")).toInteger());
        QVERIFY2(both.at(0).trimmed().toLongLong() * 3 < both.at(1).trimmed().toLongLong(),
                 sizes.constData());

        // docs/file-formats.md's pipeline, exactly: age -d -i KEY F | pg_restore -d DB.
        QVERIFY(m_server.createDatabase(QStringLiteral("piped")));
        QByteArray output;
        QVERIFY2(runBash(QStringLiteral("age -d -i %1 %2 | %3 -d %4")
                             .arg(shellQuoted(m_identity), shellQuoted(dump),
                                  shellQuoted(PostgresServer::program(QStringLiteral("pg_restore"))),
                                  shellQuoted(m_server.conninfo(QStringLiteral("piped")))),
                         &output) == 0,
                 output.constData());
        const QJsonObject counted = manifest.value(QStringLiteral("row_counts")).toObject();
        const QMap<QString, qint64> restored = m_server.rowCounts(QStringLiteral("piped"));
        QCOMPARE(restored.size(), counted.size());
        QCOMPARE(restored.value(QStringLiteral("public.orders")), qint64(150000));
        for (auto it = restored.cbegin(); it != restored.cend(); ++it)
            QCOMPARE(counted.value(it.key()).toInteger(-1), it.value());

        // And through Strongroom, streamed and staged, and verified at level 2.
        for (const int jobs : {1, 2}) {
            const CliRun back = restore(dump, QStringLiteral("new_jobs_%1").arg(jobs), jobs);
            QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
            QCOMPARE(m_server.rowCounts(QStringLiteral("new_jobs_%1").arg(jobs)), restored);
        }
        const CliRun verified =
            runCli({QStringLiteral("pg"), QStringLiteral("verify"), dump, QStringLiteral("--level"),
                    QStringLiteral("2"), QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
        QCOMPARE(QJsonDocument::fromJson(verified.out).object().value(QStringLiteral("toc")).toArray().size(),
                 4);
    }

    void aSetInTheEarlierLayoutMadeWithStandardToolsRestoresVerifiesComparesAndIsListed()
    {
        const QString folder = m_work.filePath(QStringLiteral("old-format"));
        const QString dump = oldFormatSet(folder);
        QVERIFY(!dump.isEmpty());
        const QMap<QString, qint64> live = m_server.rowCounts(QStringLiteral("shop"));

        // The earlier documented pipeline still works on it.
        QVERIFY(m_server.createDatabase(QStringLiteral("old_piped")));
        QByteArray output;
        QVERIFY2(runBash(QStringLiteral("age -d -i %1 %2 | zstd -d | %3 -d %4")
                             .arg(shellQuoted(m_identity), shellQuoted(dump),
                                  shellQuoted(PostgresServer::program(QStringLiteral("pg_restore"))),
                                  shellQuoted(m_server.conninfo(QStringLiteral("old_piped")))),
                         &output) == 0,
                 output.constData());
        QCOMPARE(m_server.rowCounts(QStringLiteral("old_piped")), live);

        for (const int jobs : {1, 2}) {
            const QString database = QStringLiteral("old_jobs_%1").arg(jobs);
            const CliRun run = restore(dump, database, jobs);
            QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
            const QJsonObject report = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(report.value(QStringLiteral("format")).toString(),
                     QStringLiteral("strongroom-pg-backup"));
            QCOMPARE(report.value(QStringLiteral("comparison")).toArray().size(), live.size());
            for (const QJsonValue &row : report.value(QStringLiteral("comparison")).toArray())
                QVERIFY2(row[QStringLiteral("equal")].toBool(),
                         QJsonDocument(row.toObject()).toJson().constData());
            QCOMPARE(m_server.rowCounts(database), live);
        }
        const CliRun verified =
            runCli({QStringLiteral("pg"), QStringLiteral("verify"), dump, QStringLiteral("--level"),
                    QStringLiteral("2"), QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
        QCOMPARE(QJsonDocument::fromJson(verified.out).object().value(QStringLiteral("toc")).toArray().size(),
                 live.size());
        const CliRun drilled =
            runCli({QStringLiteral("pg"), QStringLiteral("verify"), dump, QStringLiteral("--level"),
                    QStringLiteral("3"), QStringLiteral("--dbname"), m_server.conninfo(),
                    QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QVERIFY2(drilled.exitCode == 0, QByteArray(drilled.out + drilled.err).constData());
        const CliRun compared = runCli({QStringLiteral("pg"), QStringLiteral("compare"), dump,
                                        QStringLiteral("--dbname"), m_server.conninfo(QStringLiteral("shop")),
                                        QStringLiteral("--identity"), m_identity, QStringLiteral("--json")});
        QVERIFY2(compared.exitCode == 0, QByteArray(compared.out + compared.err).constData());
        const CliRun listed = runCli({QStringLiteral("pg"), QStringLiteral("backup"), QStringLiteral("list"),
                                      folder, QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, QByteArray(listed.out + listed.err).constData());
        const QJsonArray backups =
            QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().toObject().value(QStringLiteral("stem")).toString(),
                 QStringLiteral("shop-pgbackup-20251101-020304"));
    }

    void theDumpStepsProgressReachesItsTotalAndNeverExceedsIt()
    {
        PgBackupRequest request;
        request.connection = *postgres::PgConnection::parse(m_server.conninfo(QStringLiteral("shop")));
        request.folder = m_work.filePath(QStringLiteral("progress"));
        request.age.recipients.append(*age::X25519Recipient::parse(m_recipient));
        auto job = std::make_shared<PgBackupJob>(request);
        qint64 exceeded = -1;
        QList<qint64> seen; // the dump step's progress as the poller saw it
        const JobReport report = startDetached(job, &m_pool)
                                     ->waitPolling(
                                         [&](const JobProgress &progress, const QStringList &) {
                                             if (progress.step != 1)
                                                 return;
                                             if (progress.total > 0 && progress.done > progress.total)
                                                 exceeded = progress.done;
                                             if (seen.isEmpty() || seen.last() != progress.done)
                                                 seen.append(progress.done);
                                         },
                                         [] { return false; }, 5);
        QVERIFY2(report.outcome == JobOutcome::Succeeded, qPrintable(report.toText()));
        QCOMPARE(exceeded, -1);
        const StepReport &dump = report.steps.at(1);
        QVERIFY(dump.unit == ProgressUnit::Bytes);
        // The tables' estimated bytes: at least the pages ANALYZE counted for orders.
        QVERIFY2(dump.total > 8 << 20, qPrintable(QString::number(dump.total)));
        QCOMPARE(dump.done, dump.total);
        qInfo() << "the dump step's progress as polled:" << seen << "of" << dump.total;
    }

    void dumpProgressCountsFinishedTablesAndTheCurrentCopyCappedAtItsWeight()
    {
        DumpProgress progress({PgTable{QStringLiteral("public"), QStringLiteral("a"), 100000},
                               PgTable{QStringLiteral("public"), QStringLiteral("b"), 50000},
                               PgTable{QStringLiteral("public"), QStringLiteral("empty"), 0}});
        QCOMPARE(progress.total(), qint64(100000 + 50000 + 8192)); // an empty estimate weighs one page
        QCOMPARE(progress.done(), qint64(0));
        progress.tableStarted(QStringLiteral("public.a"));
        progress.copied(QStringLiteral("public.a"), 40000);
        QCOMPARE(progress.done(), qint64(40000));
        progress.copied(QStringLiteral("public.a"), 250000); // more text than pages: capped
        QCOMPARE(progress.done(), qint64(100000));
        // The COPY of b seen before pg_dump's line about it: a is done, b is under way.
        progress.copied(QStringLiteral("public.b"), 1000);
        QCOMPARE(progress.done(), qint64(101000));
        progress.tableStarted(QStringLiteral("public.b")); // the line arrives: nothing changes
        QCOMPARE(progress.done(), qint64(101000));
        progress.copied(QStringLiteral("public.a"), 1); // a stale look at a finished table
        progress.copied(QStringLiteral("public.unknown"), 1 << 30);
        QCOMPARE(progress.done(), qint64(101000));
        progress.tableStarted(QStringLiteral("public.empty"));
        QCOMPARE(progress.done(), qint64(150000));
        progress.finished();
        QCOMPARE(progress.done(), progress.total());
    }

    void pgDumpOlderThan16KeepsTheZstdStreamAndNewerCompressesItself_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("outer");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("15") << 15 << QStringLiteral("zstd") << QStringLiteral("--compress=0")
                            << QStringLiteral(".dump.zst.age");
        QTest::newRow("16") << 16 << QStringLiteral("none") << QStringLiteral("--compress=zstd:1")
                            << QStringLiteral(".dump.age");
        QTest::newRow("17") << 17 << QStringLiteral("none") << QStringLiteral("--compress=zstd:1")
                            << QStringLiteral(".dump.age");
    }

    void pgDumpOlderThan16KeepsTheZstdStreamAndNewerCompressesItself()
    {
        QFETCH(int, major);
        QFETCH(QString, outer);
        QFETCH(QString, argument);
        QFETCH(QString, suffix);
        const PgDumpCompression compression = PgDumpCompression::forPgDump(major);
        QCOMPARE(compression.outer, outer);
        QCOMPARE(compression.pgDumpArgument(), argument);
        QCOMPARE(compression.dumpSuffix(), suffix);
        QCOMPARE(compression.pgRestoreMajor(), major >= 16 ? 16 : 0);
        const auto set = PgBackupFiles::ofDump(QStringLiteral("/b/shop-pgbackup-20261205-010203") + suffix);
        QVERIFY(set);
        QCOMPARE(set->stem, QStringLiteral("shop-pgbackup-20261205-010203"));
        QCOMPARE(set->dump(), QStringLiteral("/b/shop-pgbackup-20261205-010203") + suffix);
    }

    void aManifestWithoutDumpCompressionMeansNoneAndAnUnknownCompressionExits6()
    {
        PgBackupManifest written;
        written.created = QDateTime::currentDateTimeUtc();
        written.payload =
            PgFileDigest{QStringLiteral("x-pgbackup-20261205-010203.dump.zst.age"), 1, QString(64, u'a')};
        QJsonObject json = written.toJson();
        QCOMPARE(json.value(QStringLiteral("compression")).toString(), QStringLiteral("none"));
        QCOMPARE(json.value(QStringLiteral("dump_compression")).toString(), QStringLiteral("zstd:1"));

        json.insert(QStringLiteral("compression"), QStringLiteral("zstd"));
        json.remove(QStringLiteral("dump_compression"));
        const auto old = PgBackupManifest::fromJson(QJsonDocument(json).toJson());
        QVERIFY(old);
        QVERIFY(old->outerZstd());
        QCOMPARE(old->dumpCompression, QStringLiteral("none"));
        QCOMPARE(old->layers().pgRestoreMajor(), 0);

        json.insert(QStringLiteral("compression"), QStringLiteral("brotli"));
        const auto unknown = PgBackupManifest::fromJson(QJsonDocument(json).toJson());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ExitCode::Unsupported);
        QVERIFY2(unknown.error().message.contains(QLatin1String("brotli")),
                 qPrintable(unknown.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPgDumpCompression)
#include "TestPgDumpCompression.moc"

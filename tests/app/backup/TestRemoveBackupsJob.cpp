#include "BackupFixtures.h"
#include "backup/BackupCatalog.h"
#include "backup/CatalogSeal.h"
#include "backup/RemoveBackupsJob.h"
#include "core/JobRunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtCrypto>

using namespace strongroom;
using namespace backupfixtures;

// The one path that deletes backups, on real SQLCipher files: what the user chose goes as it is;
// what a policy chose goes only when its catalog seal holds with the key.
class TestRemoveBackupsJob : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;
    QThreadPool m_pool;

    static KeyMaterial keyOf(const QByteArray &key) { return KeyMaterial(QCA::SecureArray(key)); }

    struct History
    {
        QTemporaryDir dir;
        QString folder;
        QString genuine; // sealed with the live key
        QString forged;  // a real backup's bytes, with a made-up seal
        QString unsealed;
    };

    // Three backups of one database in a history folder, catalogued.
    static bool makeHistory(History &h)
    {
        h.folder = h.dir.filePath(QStringLiteral("backups"));
        const QString db = h.dir.filePath(QStringLiteral("app.db"));
        if (!QDir().mkpath(h.folder) || !makeDatabase(db, liveKey(), 10, "m"))
            return false;
        BackupCatalog catalog(h.folder);
        const QDateTime day(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::UTC);
        const Result<PageKeys> keys = PageKeys::ofFile(db, keyOf(liveKey()), CipherSettings::sqlcipher4());
        if (!keys)
            return false;
        for (int i = 0; i < 3; ++i) {
            BackupRecord r;
            r.created = day.addDays(i);
            r.fileName = backupFileName(QStringLiteral("app"), r.created);
            r.size = QFileInfo(db).size();
            r.sha256 = QStringLiteral("00");
            r.settings = CipherSettings::sqlcipher4();
            if (!QFile::copy(db, catalog.pathOf(r)))
                return false;
            if (i == 0 && !seal(r, keys.value()))
                return false;
            if (i == 1) {
                r.seal = QString::fromLatin1(QCA::Random::randomArray(32).toByteArray().toHex());
                r.sealVersion = BackupRecord::currentSealVersion;
            }
            if (!catalog.add(r))
                return false;
            (i == 0 ? h.genuine : i == 1 ? h.forged : h.unsealed) = r.fileName;
        }
        return true;
    }

    // `cancel`: the stop is requested before the job starts, as a Ctrl-C is seen by the job itself at
    // its first check, so the job's own cancel path runs however fast the machine is (a cancel through
    // the future's poll came too late on a loaded machine: the job had already removed the file).
    JobReport run(std::shared_ptr<RemoveBackupsJob> job, bool cancel = false)
    {
        return startDetached(std::move(job), &m_pool, [cancel] { return cancel; })
            ->waitPolling([](const JobProgress &, const QStringList &) {}, {});
    }

    static bool exists(const History &h, const QString &name)
    {
        return QFile::exists(QDir(h.folder).filePath(name));
    }

private Q_SLOTS:
    void aPolicyRemovesOnlyBackupsWhoseSealHolds()
    {
        History h;
        QVERIFY(makeHistory(h));
        auto job = std::make_shared<RemoveBackupsJob>(h.folder, QStringList{h.genuine, h.forged, h.unsealed},
                                                      keyOf(liveKey()), RemoveBackupsJob::Mode::Remove);
        const JobReport report = run(job);
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
        QCOMPARE(job->removed(), QStringList{h.genuine});
        QVERIFY(!exists(h, h.genuine));
        QVERIFY(exists(h, h.forged));
        QVERIFY(exists(h, h.unsealed));
        QCOMPARE(job->unconfirmed().value(h.forged), RemoveBackupsJob::sealDoesNotHold());
        QVERIFY(job->unconfirmed().value(h.unsealed).contains(QStringLiteral("not sealed")));
        QVERIFY2(report.overview.contains(h.forged), qPrintable(report.overview));
        QCOMPARE(BackupCatalog(h.folder).entries().value().size(), 2);
    }

    void aWrongKeyRemovesNothing()
    {
        History h;
        QVERIFY(makeHistory(h));
        auto job = std::make_shared<RemoveBackupsJob>(h.folder, QStringList{h.genuine, h.forged},
                                                      keyOf(otherKey()), RemoveBackupsJob::Mode::Remove);
        const JobReport report = run(job);
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ExitCode::WrongKey);
        QVERIFY(job->removed().isEmpty());
        QVERIFY(exists(h, h.genuine));
        QVERIFY(exists(h, h.forged));
        QCOMPARE(BackupCatalog(h.folder).entries().value().size(), 3);
    }

    void aDryRunConfirmsWithAKeyAndRemovesNothing_data()
    {
        QTest::addColumn<bool>("withKey");
        QTest::newRow("with the key") << true;
        QTest::newRow("without a key") << false;
    }

    void aDryRunConfirmsWithAKeyAndRemovesNothing()
    {
        QFETCH(bool, withKey);
        History h;
        QVERIFY(makeHistory(h));
        auto job = std::make_shared<RemoveBackupsJob>(h.folder, QStringList{h.genuine, h.forged},
                                                      withKey ? std::optional<KeyMaterial>(keyOf(liveKey()))
                                                              : std::nullopt,
                                                      RemoveBackupsJob::Mode::ConfirmOnly);
        const JobReport report = run(job);
        QVERIFY(!report.error);
        QCOMPARE(job->confirmed(), withKey ? QStringList{h.genuine} : QStringList());
        QCOMPARE(job->unconfirmed().size(), withKey ? 1 : 2);
        QVERIFY(job->unconfirmed().value(h.forged).contains(withKey ? QStringLiteral("seal does not hold")
                                                                    : QStringLiteral("no key")));
        QVERIFY(exists(h, h.genuine));
        QVERIFY(exists(h, h.forged));
    }

    void aCancelledPolicyRunRemovesNothing()
    {
        History h;
        QVERIFY(makeHistory(h));
        auto job = std::make_shared<RemoveBackupsJob>(h.folder, QStringList{h.genuine}, keyOf(liveKey()),
                                                      RemoveBackupsJob::Mode::Remove);
        const JobReport report = run(job, true);
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY(!report.error);
        QVERIFY(exists(h, h.genuine));
        QCOMPARE(BackupCatalog(h.folder).entries().value().size(), 3);
    }

    void whatTheUserChoseIsRemovedAsItIs()
    {
        History h;
        QVERIFY(makeHistory(h));
        auto job = std::make_shared<RemoveBackupsJob>(h.folder, QStringList{h.unsealed});
        const JobReport report = run(job);
        QVERIFY(!report.error);
        QCOMPARE(job->removed(), QStringList{h.unsealed});
        QVERIFY(!exists(h, h.unsealed));
    }
};

QTEST_GUILESS_MAIN(TestRemoveBackupsJob)
#include "TestRemoveBackupsJob.moc"

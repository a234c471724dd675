// RestorePlan, what `backup restore` and the Restore dialog show between validation and commit:
// whether the restore re-keys (only when the backup's key differs from the live one), what the
// plan's JSON says (the comparison, the files, a warning only when the cipher settings differ), and
// prepareRestoreFolder: it makes a missing folder 0700 and reports what it made, and on a disk
// without room for the copy it refuses with "disk-full" and leaves no folder behind.
#include "backup/RestorePlan.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>
#include <sys/stat.h>

using namespace strongroom;

namespace {
KeyMaterial key(const char *secret)
{
    return KeyMaterial(QCA::SecureArray(QByteArray(secret)));
}

mode_t modeOf(const QString &path)
{
    struct stat st{};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}

RestorePlan planWithSettings(const std::optional<CipherSettings> &live, const CipherSettings &backup)
{
    RestorePlan plan;
    plan.backupPath = QStringLiteral("/backups/shop.db");
    plan.livePath = QStringLiteral("/data/shop.db");
    plan.historyFolder = QStringLiteral("/data/.history");
    plan.liveExists = true;
    plan.liveSettings = live;
    plan.backup.path = plan.backupPath;
    plan.backup.levelReached = 3;
    plan.backup.settings = backup;
    plan.comparison =
        BackupComparison::fromCounts({plan.livePath, 100, {}, true}, {{QStringLiteral("t"), 5}},
                                     {plan.backupPath, 90, {}, true}, {{QStringLiteral("t"), 3}});
    return plan;
}
} // namespace

class TestRestorePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rekeyIsNeededOnlyWhenTheBackupHasADifferentKey_data()
    {
        QTest::addColumn<QByteArray>("live");
        QTest::addColumn<QByteArray>("backup"); // empty: no separate backup key
        QTest::addColumn<bool>("rekey");
        QTest::newRow("no backup key: the live key opens the backup")
            << QByteArray("live-pw") << QByteArray() << false;
        QTest::newRow("backup key equal to the live key")
            << QByteArray("live-pw") << QByteArray("live-pw") << false;
        QTest::newRow("backup key differs") << QByteArray("live-pw") << QByteArray("old-pw") << true;
        QTest::newRow("backup key differs only in the last byte")
            << QByteArray("live-pw") << QByteArray("live-pW") << true;
        QTest::newRow("backup key is a prefix of the live key")
            << QByteArray("live-pw") << QByteArray("live") << true;
    }
    void rekeyIsNeededOnlyWhenTheBackupHasADifferentKey()
    {
        QFETCH(QByteArray, live);
        QFETCH(QByteArray, backup);
        QFETCH(bool, rekey);
        RestoreKeys keys{key(live.constData()), std::nullopt};
        if (!backup.isEmpty())
            keys.backup = key(backup.constData());
        QCOMPARE(keys.rekeyNeeded(), rekey);
        // The backup is opened with its own key when there is one, else with the live key.
        QCOMPARE(keys.forBackup().secret().toByteArray(), backup.isEmpty() ? live : backup);
    }

    void jsonShowsTheComparisonAndTheFiles()
    {
        RestorePlan plan = planWithSettings(CipherSettings::sqlcipher4(), CipherSettings::sqlcipher4());
        plan.rekey = true;
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(QStringLiteral("database")).toString(), QStringLiteral("/data/shop.db"));
        QCOMPARE(json.value(QStringLiteral("database_exists")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("history_folder")).toString(), QStringLiteral("/data/.history"));
        QCOMPARE(json.value(QStringLiteral("rekey")).toBool(), true);
        QCOMPARE(
            json.value(QStringLiteral("backup_file")).toObject().value(QStringLiteral("file")).toString(),
            QStringLiteral("/backups/shop.db"));
        // The comparison's fields are at the top level, as `backup compare` prints them.
        const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.at(0).toObject().value(QStringLiteral("difference")).toInteger(), -2);
        QCOMPARE(json.value(QStringLiteral("live")).toObject().value(QStringLiteral("size")).toInteger(),
                 100);
        QVERIFY(!json.contains(QStringLiteral("database_problem")));
        QVERIFY2(!json.contains(QStringLiteral("warning")), "same settings: nothing to warn about");
    }

    void aLiveDatabaseThatCouldNotBeReadIsNamedInTheJson()
    {
        RestorePlan plan = planWithSettings(std::nullopt, CipherSettings::sqlcipher4());
        plan.liveProblem = QStringLiteral("page 7 fails its HMAC");
        QCOMPARE(plan.toJson().value(QStringLiteral("database_problem")).toString(),
                 QStringLiteral("page 7 fails its HMAC"));
        QVERIFY2(!plan.toJson().contains(QStringLiteral("warning")), "unknown live settings: no warning");
    }

    void differentCipherSettingsWarnThatTheBackupsAreKept()
    {
        const RestorePlan plan = planWithSettings(CipherSettings::sqlcipher3(), CipherSettings::sqlcipher4());
        const QString warning = plan.toJson().value(QStringLiteral("warning")).toString();
        QVERIFY2(warning.contains(QStringLiteral("sqlcipher-4")) &&
                     warning.contains(QStringLiteral("sqlcipher-3")),
                 qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("keeps the backup's settings")), qPrintable(warning));
    }

    void anExistingFolderIsUsedAsItIs()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadGroup | QFile::ExeGroup));
        auto made = prepareRestoreFolder(dir.filePath(QStringLiteral("shop.db")), 4096);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QVERIFY(made->isEmpty());
        QCOMPARE(modeOf(dir.path()), mode_t(0750)); // not tightened: it is the user's folder
    }

    void missingFoldersAreMadePrivateAndListedDeepestFirst()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a")), b = a + QStringLiteral("/b"),
                      c = b + QStringLiteral("/c");
        auto made = prepareRestoreFolder(c + QStringLiteral("/shop.db"), 4096);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QCOMPARE(made.value(), (QStringList{c, b, a}));
        for (const QString &folder : {a, b, c}) {
            QVERIFY(QFileInfo(folder).isDir());
            QCOMPARE(modeOf(folder), mode_t(0700));
        }
    }

    void noRoomForTheCopyRefusesAndRemovesTheFoldersItMade()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const qint64 moreThanAnyDisk = qint64(1) << 60; // 1 EiB
        auto made = prepareRestoreFolder(a + QStringLiteral("/b/shop.db"), moreThanAnyDisk);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ExitCode::Failure);
        QCOMPARE(made.error().kindName(), QStringLiteral("disk-full"));
        QVERIFY2(made.error().message.contains(QStringLiteral("the restored copy")),
                 qPrintable(made.error().message));
        QVERIFY2(!QFileInfo::exists(a), "the folders made for the restore are removed again");
        QVERIFY(QFileInfo(dir.path()).isDir());
    }

    void aFolderThatCannotBeMadeIsAFailureNamingTheDatabase()
    {
        QTemporaryDir dir;
        // A regular file where a folder of the path should be: no one, not even root, can make it.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString live = blocker.fileName() + QStringLiteral("/sub/shop.db");
        auto made = prepareRestoreFolder(live, 4096);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ExitCode::Failure);
        QVERIFY2(made.error().message.startsWith(live), qPrintable(made.error().message));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestRestorePlan test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRestorePlan.moc"

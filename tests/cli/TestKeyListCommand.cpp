#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace backupfixtures;

// `key list` through the real strongroom-cli, on real keys: an identity made by age-keygen (known
// once `file decrypt --identity` used it), a recipients file given to `file encrypt`, a catalog made
// by `backup create`, a LUKS2 image made by cryptsetup luksFormat. Each appears with its key id, a
// created date and the files it opens; the rotation period comes from the option, the console's
// settings or the default, and decides which keys are due; the places the console remembers
// (recent databases, known volumes) are read without options; an image that is not LUKS is named
// and the rest still listed; a bad period is a usage error.
class TestKeyListCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_recipient;
    QString m_database;
    QString m_history;
    QString m_image;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun cli(const QStringList &args) const { return runCli(args, {}, m_env); }

    static QPair<int, QByteArray> tool(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForStarted())
            return {-1, QByteArray("cannot start ") + program.toUtf8()};
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
    }

    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    QJsonArray listKeys(const QStringList &extra, int expectedExit = 0)
    {
        const CliRun r =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("list")} + extra);
        if (r.exitCode != expectedExit)
            qWarning() << r.out << r.err;
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return jsonOf(r).value(QStringLiteral("keys")).toArray();
    }

    static QJsonObject keyOfKind(const QJsonArray &keys, const QString &kind)
    {
        for (const QJsonValue &key : keys)
            if (key.toObject().value(QStringLiteral("kind")).toString() == kind)
                return key.toObject();
        return {};
    }

    static QStringList opensOf(const QJsonObject &key)
    {
        QStringList files;
        for (const QJsonValue &file : key.value(QStringLiteral("opens")).toArray())
            files.append(file.toString());
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = environment(m_dir.path());
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
        QVERIFY2(!keygen.isEmpty(), "age-keygen (Debian package age) is needed to make the identity");
        const auto [rc, out] = tool(keygen, {QStringLiteral("-o"), path(QStringLiteral("id.txt"))});
        QVERIFY2(rc == 0, out.constData());
        const auto [rc2, recipient] = tool(keygen, {QStringLiteral("-y"), path(QStringLiteral("id.txt"))});
        QCOMPARE(rc2, 0);
        m_recipient = QString::fromLatin1(recipient.trimmed());
        writeFile(path(QStringLiteral("team.txt")), "# the team\n" + m_recipient.toLatin1() + "\n");
        writeFile(path(QStringLiteral("plain")), "payload");
        QCOMPARE(cli({QStringLiteral("file"), QStringLiteral("encrypt"), path(QStringLiteral("plain")),
                      QStringLiteral("--recipients-file"), path(QStringLiteral("team.txt")),
                      QStringLiteral("-o"), path(QStringLiteral("a.age"))})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("file"), QStringLiteral("decrypt"), path(QStringLiteral("a.age")),
                      QStringLiteral("--identity"), path(QStringLiteral("id.txt")), QStringLiteral("-o"),
                      path(QStringLiteral("back"))})
                     .exitCode,
                 0);

        m_database = path(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(m_database, liveKey(), 20, "v1"));
        const CliRun backup =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"), m_database,
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        m_history = QFileInfo(m_database).absoluteDir().filePath(QStringLiteral("backups"));

        m_image = path(QStringLiteral("vault.img"));
        {
            QFile image(m_image);
            QVERIFY(image.open(QIODevice::WriteOnly));
            QVERIFY(image.resize(20 * 1024 * 1024));
        }
        writeFile(path(QStringLiteral("luks-key")), "first");
        const auto [luksRc, luksOut] =
            tool(QStringLiteral("cryptsetup"),
                 {QStringLiteral("luksFormat"), QStringLiteral("-q"), QStringLiteral("--type"),
                  QStringLiteral("luks2"), QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                  QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"),
                  QStringLiteral("--key-file"), path(QStringLiteral("luks-key")), m_image});
        QVERIFY2(luksRc == 0, luksOut.constData());
    }

    void everyKindOfKeyIsListedWithItsIdDateAndFiles()
    {
        const QJsonArray keys = listKeys({QStringLiteral("--only-given"), QStringLiteral("--dir"), m_history,
                                          QStringLiteral("--image"), m_image});
        const QJsonObject identity = keyOfKind(keys, QStringLiteral("age-identity"));
        QVERIFY(identity.value(QStringLiteral("keyId")).toString().startsWith(QLatin1String("age-")));
        QCOMPARE(identity.value(QStringLiteral("source")).toString(), path(QStringLiteral("id.txt")));
        QCOMPARE(opensOf(identity), QStringList{path(QStringLiteral("a.age"))});
        // age-keygen's "# created:" line is the key's date.
        QCOMPARE(identity.value(QStringLiteral("createdFrom")).toString(), QStringLiteral("key file"));

        const QJsonObject recipients = keyOfKind(keys, QStringLiteral("age-recipients"));
        QCOMPARE(recipients.value(QStringLiteral("keyId")), identity.value(QStringLiteral("keyId")));
        QCOMPARE(recipients.value(QStringLiteral("source")).toString(), path(QStringLiteral("team.txt")));

        const QJsonObject sqlcipher = keyOfKind(keys, QStringLiteral("sqlcipher"));
        QVERIFY(!sqlcipher.value(QStringLiteral("keyId")).toString().isEmpty());
        QCOMPARE(sqlcipher.value(QStringLiteral("createdFrom")).toString(), QStringLiteral("catalog"));
        const QStringList backups = opensOf(sqlcipher);
        QCOMPARE(backups.size(), 2);
        QVERIFY(backups.contains(QFileInfo(m_database).absoluteFilePath()));

        const QJsonObject slot = keyOfKind(keys, QStringLiteral("luks-slot"));
        QVERIFY(slot.value(QStringLiteral("keyId")).toString().endsWith(QLatin1String("-slot0")));
        QCOMPARE(opensOf(slot), QStringList{m_image});
        QCOMPARE(slot.value(QStringLiteral("createdFrom")).toString(), QStringLiteral("first seen"));

        for (const QJsonValue &key : keys) {
            const QJsonObject k = key.toObject();
            QVERIFY2(
                QDateTime::fromString(k.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid(),
                qPrintable(k.value(QStringLiteral("keyId")).toString()));
            QCOMPARE(k.value(QStringLiteral("ageDays")).toInt(), 0);
            QCOMPARE(k.value(QStringLiteral("due")).toBool(), false);
        }
    }

    // A slot whose key `volume add-key` put there takes that audit line's date; the slot made by
    // cryptsetup luksFormat has only the date a listing first saw it.
    void aSlotAddedByStrongroomIsDatedByTheAuditLog()
    {
        writeFile(path(QStringLiteral("luks-key-2")), "second");
        const CliRun added =
            cli({QStringLiteral("volume"), QStringLiteral("add-key"), m_image, QStringLiteral("--key-file"),
                 path(QStringLiteral("luks-key")), QStringLiteral("--new-key-file"),
                 path(QStringLiteral("luks-key-2")), QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                 QStringLiteral("--pbkdf-iterations"), QStringLiteral("1000")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonArray keys =
            listKeys({QStringLiteral("--only-given"), QStringLiteral("--image"), m_image});
        QMap<QString, QString> createdFrom;
        for (const QJsonValue &key : keys)
            if (key.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("luks-slot"))
                createdFrom.insert(
                    key.toObject().value(QStringLiteral("keyId")).toString().section(QLatin1Char('-'), -1),
                    key.toObject().value(QStringLiteral("createdFrom")).toString());
        QCOMPARE(createdFrom.value(QStringLiteral("slot0")), QStringLiteral("first seen"));
        QCOMPARE(createdFrom.value(QStringLiteral("slot1")), QStringLiteral("audit log"));
    }

    // The identity's date is moved back in the registry to make it old.
    void anOldKeyIsDueAfterTheRotationPeriod_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("settings"); // the console's settings file, or empty
        QTest::addColumn<int>("rotationDays");
        QTest::addColumn<bool>("due");
        QTest::newRow("default 180") << QStringList{} << QString() << 180 << true;
        QTest::newRow("option 365") << QStringList{QStringLiteral("--rotation-days"), QStringLiteral("365")}
                                    << QString() << 365 << false;
        QTest::newRow("settings 400")
            << QStringList{} << QStringLiteral("[keys]\nrotationDays=400\n") << 400 << false;
        QTest::newRow("option over settings")
            << QStringList{QStringLiteral("--rotation-days"), QStringLiteral("30")}
            << QStringLiteral("[keys]\nrotationDays=400\n") << 30 << true;
    }
    void anOldKeyIsDueAfterTheRotationPeriod()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, settings);
        QFETCH(int, rotationDays);
        QFETCH(bool, due);
        const QString registryPath = path(QStringLiteral("data/strongroom/keys.json"));
        QFile registry(registryPath);
        QVERIFY(registry.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(registry.readAll()).object();
        registry.close();
        QJsonArray files = root.value(QStringLiteral("keyFiles")).toArray();
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject file = files.at(i).toObject();
            if (file.value(QStringLiteral("path")).toString() == path(QStringLiteral("id.txt")))
                file.insert(QStringLiteral("created"),
                            QDateTime::currentDateTimeUtc().addDays(-200).toString(Qt::ISODate));
            files.replace(i, file);
        }
        root.insert(QStringLiteral("keyFiles"), files);
        writeFile(registryPath, QJsonDocument(root).toJson());
        QDir().mkpath(path(QStringLiteral("config/strongroom")));
        const QString settingsFile = path(QStringLiteral("config/strongroom/strongroom.conf"));
        QFile::remove(settingsFile);
        if (!settings.isEmpty())
            writeFile(settingsFile, settings.toUtf8());

        const CliRun r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("key"),
                                         QStringLiteral("list"), QStringLiteral("--only-given")} +
                             options);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject data = jsonOf(r);
        QCOMPARE(data.value(QStringLiteral("rotationDays")).toInt(), rotationDays);
        const QJsonObject identity =
            keyOfKind(data.value(QStringLiteral("keys")).toArray(), QStringLiteral("age-identity"));
        QCOMPARE(identity.value(QStringLiteral("ageDays")).toInt(), 200);
        QCOMPARE(identity.value(QStringLiteral("due")).toBool(), due);
        QCOMPARE(data.value(QStringLiteral("due")).toInt(), due ? 1 : 0);
        QFile::remove(settingsFile);
    }

    void thePlacesTheConsoleRemembersAreReadWithoutOptions()
    {
        QDir().mkpath(path(QStringLiteral("config/strongroom")));
        const QString settingsFile = path(QStringLiteral("config/strongroom/strongroom.conf"));
        QSettings settings(settingsFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("recentFiles"), QStringList{m_database});
        settings.setValue(QStringLiteral("volumes/known"), QStringList{m_image});
        settings.sync();
        const QJsonArray keys = listKeys({});
        QVERIFY(!keyOfKind(keys, QStringLiteral("sqlcipher")).isEmpty());
        QVERIFY(!keyOfKind(keys, QStringLiteral("luks-slot")).isEmpty());
        QFile::remove(settingsFile);
    }

    void aPlaceThatCannotBeReadIsNamedAndTheRestListed()
    {
        const QString notLuks = path(QStringLiteral("plain"));
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("list"),
                              QStringLiteral("--only-given"), QStringLiteral("--image"), notLuks});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject data = jsonOf(r);
        const QJsonArray problems = data.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().toString().contains(notLuks));
        QVERIFY(!keyOfKind(data.value(QStringLiteral("keys")).toArray(), QStringLiteral("age-identity"))
                     .isEmpty());
    }

    void aBadRotationPeriodIsAUsageError_data()
    {
        QTest::addColumn<QString>("days");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("words") << QStringLiteral("half a year");
    }
    void aBadRotationPeriodIsAUsageError()
    {
        QFETCH(QString, days);
        const CliRun r =
            cli({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--rotation-days"), days});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--rotation-days"));
    }

    // No Secret Service runs on the build machines: what can be proven is the refusal (exit 7, saying
    // what is missing, nothing written); storing and reading back an identity is left to a desktop.
    void aKeyringIdentityNeedsARunningKeyring()
    {
        const CliRun r =
            cli({QStringLiteral("file"), QStringLiteral("decrypt"), path(QStringLiteral("a.age")),
                 QStringLiteral("--identity"), QStringLiteral("keyring:offsite"), QStringLiteral("-o"),
                 path(QStringLiteral("from-keyring"))});
        if (r.exitCode == 0 || r.exitCode == 2) {
            qWarning("A desktop keyring answered here; this test only covers the machine without one: %s",
                     r.err.constData());
            return;
        }
        qWarning(
            "No desktop keyring runs here: an identity stored under keyring:NAME could not be read back; "
            "only the refusal was tested.");
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("keyring:offsite"));
        QVERIFY(!QFile::exists(path(QStringLiteral("from-keyring"))));
    }

    // Six `file encrypt` processes at once each record their output: the registry's lock file keeps
    // every one of them in the key map.
    void processesRecordingAtOnceLoseNothing()
    {
        QList<QProcess *> processes;
        QStringList outputs;
        for (int i = 0; i < 6; ++i) {
            outputs.append(path(QStringLiteral("parallel-%1.age").arg(i)));
            auto *p = new QProcess(this);
            p->setProcessEnvironment(m_env);
            p->start(strongroomBinary(QStringLiteral("strongroom-cli")),
                     {QStringLiteral("file"), QStringLiteral("encrypt"), path(QStringLiteral("plain")),
                      QStringLiteral("--recipient"), m_recipient, QStringLiteral("-o"), outputs.last()});
            processes.append(p);
        }
        for (QProcess *p : processes) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
            delete p;
        }
        const QJsonObject identity =
            keyOfKind(listKeys({QStringLiteral("--only-given")}), QStringLiteral("age-identity"));
        const QStringList opens = opensOf(identity);
        for (const QString &output : std::as_const(outputs))
            QVERIFY2(opens.contains(output), qPrintable(output));
    }

    void theTextFormShowsTheKeyMap()
    {
        const CliRun r = cli({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--only-given"),
                              QStringLiteral("--dir"), m_history});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QByteArray("opens " + path(QStringLiteral("a.age")).toUtf8())));
        QVERIFY(r.out.contains("Keys known: "));
    }
};

QTEST_GUILESS_MAIN(TestKeyListCommand)
#include "TestKeyListCommand.moc"

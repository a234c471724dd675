#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace backupfixtures;

// Key rotation through the real strongroom-cli: `key set-rotation KEYID DAYS` gives one key its
// own period, which `key list` reports (and "default" removes), with an audit line; bad days are
// usage errors (2). `db rekey` on a database with backups records the old and new key ids in its
// audit line, after which `key list` shows the old key replaced by the new one (no longer due) and
// dates the new key by the rekey. `volume change-key` on a LUKS2 image (cryptsetup luksFormat) gives
// the slot's key a new id stamped with the change and records the old one, so `key list` dates the
// new key by the change and shows each earlier key as replaced.
class TestKeyRotation : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_database;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun cli(const QStringList &args) const
    {
        const CliRun r = runCli(args, {}, m_env);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.out << r.err;
        return r;
    }

    QJsonArray keys(const QStringList &extra)
    {
        const CliRun r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("key"),
                                         QStringLiteral("list"), QStringLiteral("--only-given")} +
                             extra);
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("keys")).toArray();
    }

    static QJsonObject byId(const QJsonArray &keys, const QString &id)
    {
        for (const QJsonValue &key : keys)
            if (key.toObject().value(QStringLiteral("keyId")).toString() == id)
                return key.toObject();
        return {};
    }

    QList<QJsonObject> auditLines(const QString &action) const
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line :
             readAll(path(QStringLiteral("data/strongroom/audit.jsonl"))).split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(QStringLiteral("action")).toString() == action)
                lines.append(entry);
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = environment(m_dir.path());
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        m_database = path(QStringLiteral("crm.db"));
        QVERIFY(makeDatabase(m_database, liveKey(), 50, "rotation"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("create"), m_database,
                      QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")})
                     .exitCode,
                 0);
    }

    void aKeyGetsItsOwnRotationPeriodAndBackTheDefault()
    {
        const QStringList dir{QStringLiteral("--dir"), path(QStringLiteral("backups"))};
        const QJsonArray before = keys(dir);
        QCOMPARE(before.size(), 1);
        const QString id = before.first().toObject().value(QStringLiteral("keyId")).toString();
        QCOMPARE(before.first().toObject().value(QStringLiteral("rotationDays")).toInt(), 180);

        QCOMPARE(
            cli({QStringLiteral("key"), QStringLiteral("set-rotation"), id, QStringLiteral("30")}).exitCode,
            0);
        const QJsonObject own = byId(keys(dir), id);
        QCOMPARE(own.value(QStringLiteral("rotationDays")).toInt(), 30);
        QVERIFY(own.value(QStringLiteral("ownRotation")).toBool());
        QCOMPARE(own.value(QStringLiteral("dueDate")).toString(),
                 QDate::fromString(own.value(QStringLiteral("created")).toString().left(10), Qt::ISODate)
                     .addDays(30)
                     .toString(Qt::ISODate));
        QCOMPARE(
            auditLines(QStringLiteral("key.set-rotation")).last().value(QStringLiteral("target")).toString(),
            id);

        QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("set-rotation"), id, QStringLiteral("default")})
                     .exitCode,
                 0);
        const QJsonObject back = byId(keys(dir), id);
        QCOMPARE(back.value(QStringLiteral("rotationDays")).toInt(), 180);
        QVERIFY(!back.value(QStringLiteral("ownRotation")).toBool());
    }

    void badDaysAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("zero") << QStringList{QStringLiteral("v2-0"), QStringLiteral("0")};
        QTest::newRow("words") << QStringList{QStringLiteral("v2-0"), QStringLiteral("soon")};
        QTest::newRow("too long") << QStringList{QStringLiteral("v2-0"), QStringLiteral("9999")};
        QTest::newRow("no days") << QStringList{QStringLiteral("v2-0")};
    }
    void badDaysAreUsageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun r =
            runCli(QStringList{QStringLiteral("key"), QStringLiteral("set-rotation")} + args, {}, m_env);
        QCOMPARE(r.exitCode, 2);
    }

    void aRekeyRecordsBothKeyIdsAndTheKeyListRetiresTheOldKey()
    {
        const QStringList dir{QStringLiteral("--dir"), path(QStringLiteral("backups"))};
        const QString oldId = keys(dir).first().toObject().value(QStringLiteral("keyId")).toString();
        QCOMPARE(
            cli({QStringLiteral("db"), QStringLiteral("rekey"), m_database, QStringLiteral("--key-env"),
                 QStringLiteral("LIVE_KEY"), QStringLiteral("--new-key-env"), QStringLiteral("OTHER_KEY")})
                .exitCode,
            0);
        const QList<QJsonObject> rekeys = auditLines(QStringLiteral("db.rekey"));
        QVERIFY(!rekeys.isEmpty());
        const QJsonObject details = rekeys.last().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("old_key_id")).toString(), oldId);
        const QString newId = details.value(QStringLiteral("new_key_id")).toString();
        QVERIFY(newId.startsWith(QLatin1String("v2-")));
        QVERIFY(newId != oldId);
        QVERIFY(!readAll(path(QStringLiteral("data/strongroom/audit.jsonl"))).contains(liveKey()));

        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("create"), m_database,
                      QStringLiteral("--key-env"), QStringLiteral("OTHER_KEY")})
                     .exitCode,
                 0);
        const QJsonArray after = keys(dir);
        QCOMPARE(byId(after, oldId).value(QStringLiteral("replacedBy")).toString(), newId);
        QVERIFY(!byId(after, oldId).value(QStringLiteral("due")).toBool());
        QCOMPARE(byId(after, newId).value(QStringLiteral("createdFrom")).toString(),
                 QStringLiteral("rekey (audit log)"));
    }

    void aVolumeKeyChangeGivesTheSlotANewKeyIdAndListsTheOldAsReplaced()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cryptsetup")).isEmpty())
            QSKIP("cryptsetup is not installed: volume change-key cannot be exercised");
        const QString image = path(QStringLiteral("vault.img"));
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(20 * 1024 * 1024));
        f.close();
        QProcess format;
        format.start(QStringLiteral("cryptsetup"),
                     {QStringLiteral("luksFormat"), QStringLiteral("--batch-mode"), QStringLiteral("--type"),
                      QStringLiteral("luks2"), QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                      QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"),
                      QStringLiteral("--key-file=-"), image});
        QVERIFY(format.waitForStarted());
        format.write("old volume passphrase");
        format.closeWriteChannel();
        QVERIFY(format.waitForFinished(120000));
        QCOMPARE(format.exitCode(), 0);
        const QStringList onlyImage{QStringLiteral("--image"), image};
        const QJsonArray before = keys(onlyImage);
        QCOMPARE(before.size(), 1);
        const QString firstId = before.first().toObject().value(QStringLiteral("keyId")).toString();
        QVERIFY2(firstId.startsWith(QLatin1String("luks-")) && firstId.endsWith(QLatin1String("-slot0")),
                 qPrintable(firstId));

        // Two changes: each gives the slot's key a new id, stamped with the change, and records the
        // one it replaced.
        const QStringList passphrases{QStringLiteral("old volume passphrase"),
                                      QStringLiteral("new volume passphrase"),
                                      QStringLiteral("third volume passphrase")};
        QStringList ids{firstId};
        for (int change = 1; change <= 2; ++change) {
            m_env.insert(QStringLiteral("VOLUME_OLD"), passphrases.at(change - 1));
            m_env.insert(QStringLiteral("VOLUME_NEW"), passphrases.at(change));
            QCOMPARE(cli({QStringLiteral("volume"), QStringLiteral("change-key"), image,
                          QStringLiteral("--key-env"), QStringLiteral("VOLUME_OLD"),
                          QStringLiteral("--new-key-env"), QStringLiteral("VOLUME_NEW")})
                         .exitCode,
                     0);
            const QJsonObject line = auditLines(QStringLiteral("volume.change-key")).last();
            const QJsonObject details = line.value(QStringLiteral("details")).toObject();
            QCOMPARE(details.value(QStringLiteral("old_key_id")).toString(), ids.last());
            const QString newId = details.value(QStringLiteral("new_key_id")).toString();
            QVERIFY2(newId.startsWith(firstId + QLatin1Char('-')) && !ids.contains(newId), qPrintable(newId));
            ids.append(newId);

            const QJsonArray listed = keys(onlyImage);
            QCOMPARE(listed.size(), change + 1);
            const QJsonObject current = byId(listed, newId);
            QCOMPARE(current.value(QStringLiteral("createdFrom")).toString(), QStringLiteral("audit log"));
            // Dated by the change (key list prints whole seconds).
            QCOMPARE(current.value(QStringLiteral("created")).toString(),
                     QDateTime::fromString(line.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                         .toUTC()
                         .toString(Qt::ISODate));
            QVERIFY(current.value(QStringLiteral("replacedBy")).toString().isEmpty());
            QCOMPARE(current.value(QStringLiteral("opens")).toArray().first().toString(), image);
            const QJsonObject replaced = byId(listed, ids.at(change - 1));
            QCOMPARE(replaced.value(QStringLiteral("replacedBy")).toString(), newId);
            QVERIFY(!replaced.value(QStringLiteral("due")).toBool());
            QVERIFY(replaced.value(QStringLiteral("opens")).toArray().isEmpty());
            QTest::qWait(5); // the next change's stamp is another millisecond
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "TestKeyRotation.moc"

#include "app/backup/BackupFixtures.h"
#include "support/CliProcess.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backupfixtures;

// Recovery copies recorded through the real strongroom-cli: a SQLCipher key (from the catalog of a
// real `backup create`) without a record makes the audit's keys.recovery check warn; `key
// record-recovery KEYID --where TEXT` records the place with the date (key list shows it, the audit
// line names the key and the place, never the key itself), after which the check passes with that
// evidence; --remove takes it back and the check warns again. Missing or bad input exits 2 and
// records nothing.
class TestKeyRecovery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_keyId;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun cli(const QStringList &args) const { return runCli(args, {}, m_env, 300000); }

    QJsonObject recoveryCheck() const
    {
        const CliRun audit = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("run"),
                                  path(QStringLiteral("srv"))});
        for (const QJsonValue &value : jsonOf(audit).value(QStringLiteral("checks")).toArray())
            if (value.toObject().value(QStringLiteral("id")).toString() == QLatin1String("keys.recovery") &&
                value.toObject().value(QStringLiteral("subject")).toString() == m_keyId)
                return value.toObject();
        qWarning() << "no keys.recovery check for" << m_keyId << audit.exitCode << audit.err;
        return {};
    }

    QJsonObject listed() const
    {
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("list"),
                                 QStringLiteral("--only-given"), QStringLiteral("--dir"),
                                 path(QStringLiteral("srv/backups"))});
        for (const QJsonValue &key : jsonOf(list).value(QStringLiteral("keys")).toArray())
            if (key.toObject().value(QStringLiteral("keyId")).toString() == m_keyId)
                return key.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = environment(m_dir.path());
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        QVERIFY(QDir().mkpath(path(QStringLiteral("srv"))));
        QVERIFY(makeDatabase(path(QStringLiteral("srv/crm.db")), liveKey(), 20, "recovery"));
        const CliRun backup =
            cli({QStringLiteral("backup"), QStringLiteral("create"), path(QStringLiteral("srv/crm.db")),
                 QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("list"),
                                 QStringLiteral("--only-given"), QStringLiteral("--dir"),
                                 path(QStringLiteral("srv/backups"))});
        const QJsonArray keys = jsonOf(list).value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        m_keyId = keys.first().toObject().value(QStringLiteral("keyId")).toString();
        QVERIFY(!m_keyId.isEmpty());
    }

    void aDatabaseKeyWithoutARecordWarns()
    {
        const QJsonObject check = recoveryCheck();
        QCOMPARE(check.value(QStringLiteral("result")).toString(), QStringLiteral("warn"));
        QVERIFY2(check.value(QStringLiteral("fix")).toString().contains(QLatin1String("key record-recovery")),
                 qPrintable(check.value(QStringLiteral("fix")).toString()));
    }

    void badInputIsAUsageErrorAndRecordsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --where") << QStringList{m_keyId};
        QTest::newRow("an empty --where")
            << QStringList{m_keyId, QStringLiteral("--where"), QStringLiteral(" ")};
        QTest::newRow("--where and --remove") << QStringList{
            m_keyId, QStringLiteral("--where"), QStringLiteral("safe"), QStringLiteral("--remove")};
        QTest::newRow("a control character")
            << QStringList{m_keyId, QStringLiteral("--where"), QStringLiteral("safe\x1b[2J")};
        QTest::newRow("longer than 500 characters")
            << QStringList{m_keyId, QStringLiteral("--where"), QString(501, QLatin1Char('x'))};
        QTest::newRow("no key id") << QStringList{QStringLiteral("--where"), QStringLiteral("safe")};
    }
    void badInputIsAUsageErrorAndRecordsNothing()
    {
        QFETCH(QStringList, args);
        const CliRun r = cli(QStringList{QStringLiteral("key"), QStringLiteral("record-recovery")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(listed().value(QStringLiteral("recoveryWhere")).toString().isEmpty());
    }

    void aRecordedCopyPassesWithItsPlaceAndDate()
    {
        const QString where = QStringLiteral("sealed envelope in the office safe");
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("key"),
                              QStringLiteral("record-recovery"), m_keyId, QStringLiteral("--where"), where});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonOf(r).value(QStringLiteral("where")).toString(), where);
        const QJsonObject key = listed();
        QCOMPARE(key.value(QStringLiteral("recoveryWhere")).toString(), where);
        QCOMPARE(QDateTime::fromString(key.value(QStringLiteral("recoveryRecorded")).toString(), Qt::ISODate)
                     .date(),
                 QDateTime::currentDateTimeUtc().date());
        const QJsonObject check = recoveryCheck();
        QCOMPARE(check.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
        QVERIFY(check.value(QStringLiteral("evidence")).toString().contains(where));
        // The audit line names the key and the place; the key itself appears nowhere.
        const QByteArray log = readAll(path(QStringLiteral("data/strongroom/audit.jsonl")));
        QVERIFY(log.contains("\"key.record-recovery\""));
        QVERIFY(log.contains(where.toUtf8()));
        QVERIFY(!log.contains(liveKey()));
    }

    void removingTheRecordWarnsAgain()
    {
        const CliRun r = cli(
            {QStringLiteral("key"), QStringLiteral("record-recovery"), m_keyId, QStringLiteral("--remove")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(listed().value(QStringLiteral("recoveryWhere")).toString().isEmpty());
        QCOMPARE(recoveryCheck().value(QStringLiteral("result")).toString(), QStringLiteral("warn"));
    }
};

QTEST_GUILESS_MAIN(TestKeyRecovery)
#include "TestKeyRecovery.moc"

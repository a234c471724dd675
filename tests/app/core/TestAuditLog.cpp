#include "core/AuditLog.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>
#include <sys/stat.h>
#include <unistd.h>

using namespace strongroom;

// The audit chain: tampering is found, a deleted log is not "intact", a crash between the line and
// its head raises no alarm, a root process keeps a second chain, and the journal's absence is said.
// The round trip through a real journald is TestAuditJournal.
class TestAuditLog : public QObject
{
    Q_OBJECT

    static QList<QByteArray> lines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> list = f.readAll().split('\n');
        list.removeAll(QByteArray());
        return list;
    }
    static unsigned modeOf(const QString &path)
    {
        struct stat st{};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0u;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeAll(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    static void writeLines(const QString &path, const QList<QByteArray> &list)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const QByteArray &l : list)
            f.write(l + '\n');
    }

private Q_SLOTS:
    void appendedEntriesFormAnIntactChain()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        QVERIFY(log.append(QStringLiteral("db.rekey"), QStringLiteral("/srv/shop.db"),
                           QStringLiteral("succeeded"))
                    .ok());
        QVERIFY(log.append(QStringLiteral("volume.remove-key"), QStringLiteral("/srv/vol.img"),
                           QStringLiteral("refused"), QJsonObject{{QStringLiteral("slot"), 1}})
                    .ok());
        const auto entries = log.entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        const QJsonObject first = entries->first();
        for (const char *key : {"time", "user", "host", "action", "target", "outcome", "prev", "seq"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("db.rekey"));
        QVERIFY(first.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.lines, 2);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("firstBadLine");
        QTest::newRow("edited middle line") << QStringLiteral("edit") << 2; // the edited line itself
        QTest::newRow("deleted middle line") << QStringLiteral("delete") << 2;
        QTest::newRow("deleted last line") << QStringLiteral("truncate") << 3;
        QTest::newRow("inserted line") << QStringLiteral("insert") << 2;
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, how);
        QFETCH(int, firstBadLine);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog log(path, QString());
        for (int i = 0; i < 4; ++i)
            QVERIFY(log.append(QStringLiteral("backup.create"), QStringLiteral("db%1").arg(i),
                               QStringLiteral("succeeded"))
                        .ok());
        QList<QByteArray> l = lines(path);
        if (how == QLatin1String("edit"))
            l[1].replace("\"db1\"", "\"dbX\""); // the quoted target only: a hash may hold "db1"
        else if (how == QLatin1String("delete"))
            l.removeAt(1);
        else if (how == QLatin1String("truncate"))
            l.removeLast();
        else
            l.insert(1, l[0]);
        writeLines(path, l);
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadLine, firstBadLine);
        QVERIFY(!v.problem.isEmpty());
    }

    void aLogDeletedWithItsHeadIsNoAuditLogNotIntact()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        QVERIFY(log.append(QStringLiteral("db.rekey"), QStringLiteral("/srv/shop.db"),
                           QStringLiteral("succeeded"))
                    .ok());
        QVERIFY(QFile::remove(log.path()));
        QVERIFY(QFile::remove(log.headPath()));
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QVERIFY(v.noLog);
        QCOMPARE(v.lines, 0);
        QVERIFY2(v.problem.contains(QLatin1String("no audit log")), qPrintable(v.problem));
    }

    void aLogDeletedButItsHeadKeptIsTampering()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        QVERIFY(log.append(QStringLiteral("db.rekey"), QStringLiteral("/srv/shop.db"),
                           QStringLiteral("succeeded"))
                    .ok());
        QVERIFY(QFile::remove(log.path()));
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QVERIFY(!v.noLog);
    }

    // A crash after the line was written and before the head was replaced leaves the head one line
    // behind: verify accepts it, and the next append links to the last line and repairs the head.
    void aCrashBetweenTheLineAndTheHeadRaisesNoAlarm()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        QVERIFY(
            log.append(QStringLiteral("backup.create"), QStringLiteral("db0"), QStringLiteral("succeeded"))
                .ok());
        QVERIFY(
            log.append(QStringLiteral("backup.create"), QStringLiteral("db1"), QStringLiteral("succeeded"))
                .ok());
        const QByteArray headAfterTwo = readAll(log.headPath());
        QVERIFY(
            log.append(QStringLiteral("backup.create"), QStringLiteral("db2"), QStringLiteral("succeeded"))
                .ok());
        writeAll(log.headPath(), headAfterTwo); // as if the crash came before the head update

        AuditLog::Verification v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.headLagged);
        QCOMPARE(v.lines, 3);

        QVERIFY(
            log.append(QStringLiteral("backup.create"), QStringLiteral("db3"), QStringLiteral("succeeded"))
                .ok());
        v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(!v.headLagged);
        QCOMPARE(v.lines, 4);
        QCOMPARE(log.entries()->last().value(QStringLiteral("seq")).toInteger(), 4);
    }

    // Only one line of lag is a crash; a head two lines behind means lines were added by hand.
    void aHeadTwoLinesBehindIsAnAlarm()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        QVERIFY(
            log.append(QStringLiteral("backup.create"), QStringLiteral("db0"), QStringLiteral("succeeded"))
                .ok());
        const QByteArray headAfterOne = readAll(log.headPath());
        QVERIFY(
            log.append(QStringLiteral("backup.create"), QStringLiteral("db1"), QStringLiteral("succeeded"))
                .ok());
        QVERIFY(
            log.append(QStringLiteral("backup.create"), QStringLiteral("db2"), QStringLiteral("succeeded"))
                .ok());
        writeAll(log.headPath(), headAfterOne);
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadLine, 3);
    }

    // As root (euid 0) every line also goes to /var/log/strongroom/audit.jsonl: here an injected path.
    void aSecondChainIsKeptInTheSystemLogFolderPrivately()
    {
        QTemporaryDir dir;
        const QString systemLog = dir.filePath(QStringLiteral("var/log/strongroom/audit.jsonl"));
        AuditLog log(dir.filePath(QStringLiteral("home/audit.jsonl")), systemLog);
        QVERIFY(log.append(QStringLiteral("volume.open"), QStringLiteral("/srv/vol.img"),
                           QStringLiteral("succeeded"))
                    .ok());
        QVERIFY(log.append(QStringLiteral("volume.close"), QStringLiteral("/srv/vol.img"),
                           QStringLiteral("succeeded"))
                    .ok());

        const AuditLog system(systemLog, QString());
        const auto entries = system.entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->last().value(QStringLiteral("action")).toString(), QStringLiteral("volume.close"));
        const AuditLog::Verification v = system.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(modeOf(systemLog), 0600u);
        QCOMPARE(modeOf(QFileInfo(systemLog).absolutePath()), 0700u);
        QCOMPARE(log.entries()->size(), 2); // the user's chain as well
    }

    void onlyRootKeepsTheSystemChain()
    {
        QCOMPARE(AuditLog::systemPathForThisProcess().isEmpty(), ::geteuid() != 0);
    }

    // Without journald (build roots, containers) appending still works and verify says the chain
    // could not be compared; with journald, it was compared.
    void theJournalsAbsenceIsSaidNotHidden()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        QVERIFY(log.append(QStringLiteral("db.check"), QStringLiteral("/srv/shop.db"),
                           QStringLiteral("succeeded"))
                    .ok());
        QString why;
        const bool journald = auditjournal::available(&why);
        const AuditLog::Verification v = log.verify();
        if (journald) {
            qWarning("journald runs here: the chain was compared with the journal");
            QVERIFY(v.journalCompared || v.journalNote.contains(QLatin1String("not readable")));
            return;
        }
        qWarning("journald does not run here (%s): checking that this is reported", qPrintable(why));
        QVERIFY(!why.isEmpty());
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(!v.journalCompared);
        QVERIFY2(v.journalNote.startsWith(
                     QLatin1String("journal not available: entries are only in the local chain")),
                 qPrintable(v.journalNote));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestAuditLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAuditLog.moc"

#include "core/AuditJournal.h"
#include "core/AuditLog.h"
#include "core/Sha256.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

// The audit trail against a real systemd-journald (ctest starts a private one through
// with-private-journald.sh when run as root): every line reaches the journal with its fields, and
// what a user can do to their own files (rewrite the chain consistently, delete it, forge a line)
// shows up as a difference between the chain and the journal. Without journald every test is
// skipped with the reason.
class TestAuditJournal : public QObject
{
    Q_OBJECT

    static int journalEntries(const QString &logPath)
    {
        const auto snapshot = auditjournal::read(logPath);
        return snapshot ? int(snapshot->entries.size()) : -1;
    }

    // What a user can do without Strongroom: rebuild the chain and head over edited lines.
    static void rewriteChain(const AuditLog &log, QList<QJsonObject> entries)
    {
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QString prev(64, QLatin1Char('0'));
        for (int i = 0; i < entries.size(); ++i) {
            entries[i].insert(QStringLiteral("prev"), prev);
            entries[i].insert(QStringLiteral("seq"), i + 1);
            const QByteArray line = QJsonDocument(entries[i]).toJson(QJsonDocument::Compact);
            file.write(line + '\n');
            prev = sha256Hex(line);
        }
        file.close();
        QFile head(log.headPath());
        QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
        head.write(QJsonDocument(
                       QJsonObject{{QStringLiteral("seq"), entries.size()}, {QStringLiteral("sha256"), prev}})
                       .toJson(QJsonDocument::Compact));
    }

    static void appendThree(const AuditLog &log)
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(QStringLiteral("backup.create"), QStringLiteral("/srv/db%1.db").arg(i),
                               QStringLiteral("succeeded"))
                        .ok());
        QTRY_COMPARE_WITH_TIMEOUT(journalEntries(log.path()), 3, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!auditjournal::available(&why))
            QSKIP(qPrintable(QStringLiteral("no journald to test against (%1); ctest runs this test through "
                                            "with-private-journald.sh, which needs root")
                                 .arg(why)));
    }

    void everyLineReachesTheJournalWithItsFields()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        appendThree(log);
        const auto snapshot = auditjournal::read(log.path());
        QVERIFY(snapshot.ok());
        const auto local = log.entries();
        for (int i = 0; i < 3; ++i) {
            const auditjournal::Entry &e = snapshot->entries.at(i);
            QCOMPARE(e.seq, i + 1);
            QCOMPARE(e.action, QStringLiteral("backup.create"));
            QCOMPARE(e.target, local->at(i).value(QStringLiteral("target")).toString());
        }
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY2(v.journalCompared, qPrintable(v.journalNote));
        QVERIFY(v.missingFromJournal.isEmpty());
        QVERIFY(v.missingLocally.isEmpty());
    }

    void aLineRemovedAndTheChainRebuiltIsStillFound()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        appendThree(log);
        QList<QJsonObject> entries = *log.entries();
        entries.removeAt(1);
        rewriteChain(log, entries);
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QVERIFY(v.journalCompared);
        QCOMPARE(v.missingLocally.size(), 3 - 1); // the removed line, and the rebuilt last line's original
        QCOMPARE(v.missingLocally.first().seq, 2);
        QCOMPARE(v.missingFromJournal, QList<int>{2}); // the rebuilt line 2 was never sent
    }

    // A crash after the line was written but before it was sent and the head updated: no alarm.
    void aCrashBeforeTheLineReachedTheJournalRaisesNoAlarm()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        appendThree(log);
        const QByteArray head = [&] {
            QFile f(log.headPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QList<QJsonObject> entries = *log.entries();
        QJsonObject unsent = entries.last();
        unsent.insert(QStringLiteral("target"), QStringLiteral("/srv/db3.db"));
        entries.append(unsent);
        rewriteChain(log, entries); // the same three lines and a fourth the journal never received
        QFile f(log.headPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(head); // the head still names line 3
        f.close();
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.headLagged);
        QVERIFY(v.journalCompared);
        QVERIFY(v.missingFromJournal.isEmpty());
    }

    void aDeletedLogIsProvenByTheJournal()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        appendThree(log);
        QVERIFY(QFile::remove(log.path()));
        QVERIFY(QFile::remove(log.headPath()));
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QVERIFY(!v.noLog); // not "nothing was logged": the journal says three lines were
        QCOMPARE(v.missingLocally.size(), 3);
    }

    void aForgedLineIsMissingFromTheJournal()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")), QString());
        appendThree(log);
        QList<QJsonObject> entries = *log.entries();
        QJsonObject forged = entries.last();
        forged.insert(QStringLiteral("action"), QStringLiteral("volume.remove-key"));
        entries.append(forged);
        rewriteChain(log, entries);
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.missingFromJournal, QList<int>{4});
        QVERIFY(v.missingLocally.isEmpty());
        QCOMPARE(v.firstBadLine, 4);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestAuditJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAuditJournal.moc"

#include "core/AuditLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

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
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.append(QStringLiteral("db.rekey"), QStringLiteral("/srv/shop.db"), QStringLiteral("succeeded")).ok());
        QVERIFY(log.append(QStringLiteral("volume.remove-key"), QStringLiteral("/srv/vol.img"), QStringLiteral("refused"),
                           QJsonObject{{QStringLiteral("slot"), 1}})
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
        QTest::newRow("edited middle line") << QStringLiteral("edit") << 3;
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
        AuditLog log(path);
        for (int i = 0; i < 4; ++i)
            QVERIFY(log.append(QStringLiteral("backup.create"), QStringLiteral("db%1").arg(i), QStringLiteral("succeeded")).ok());
        QList<QByteArray> l = lines(path);
        if (how == QLatin1String("edit"))
            l[1].replace("db1", "dbX");
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
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestAuditLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAuditLog.moc"

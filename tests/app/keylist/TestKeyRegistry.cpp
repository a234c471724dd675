#include "keys/KeyRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace strongroom;

// The key registry (keys.json): private (0600, its folder 0700), no secrets, first-seen dates that
// never move, recipients kept when a locked identity file is seen again, uses without duplicates,
// LUKS slots forgotten once freed, and a damaged file refused and left as it was.
class TestKeyRegistry : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static int modeOf(const QString &path)
    {
        struct stat st{};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

private Q_SLOTS:
    void aKeyFileIsRecordedPrivatelyAndKeepsItsFirstSeenDate()
    {
        const KeyRegistry registry(m_dir.filePath(QStringLiteral("a/strongroom/keys.json")));
        RegisteredKeyFile file{m_dir.filePath(QStringLiteral("id.txt")),
                               RegisteredKeyFile::kindIdentity(),
                               QStringLiteral("ops"),
                               {QStringLiteral("age1example")},
                               {QStringLiteral("age-1")},
                               {},
                               {}};
        QVERIFY(registry.recordKeyFile(file));
        QCOMPARE(modeOf(registry.path()), 0600);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("a/strongroom"))), 0700);
        auto first = registry.read();
        QVERIFY(first);
        QCOMPARE(first->keyFiles.size(), 1);
        const QDateTime seen = first->keyFiles.first().firstSeen;
        QVERIFY(seen.isValid());

        // Seen again while locked by a passphrase: no recipients to give, the old ones stay.
        file.recipients.clear();
        file.keyIds.clear();
        file.name.clear();
        QTest::qWait(1100);
        QVERIFY(registry.recordKeyFile(file));
        auto again = registry.read();
        QVERIFY(again);
        QCOMPARE(again->keyFiles.size(), 1);
        QCOMPARE(again->keyFiles.first().firstSeen, seen);
        QCOMPARE(again->keyFiles.first().keyIds, QStringList{QStringLiteral("age-1")});
        QCOMPARE(again->keyFiles.first().name, QStringLiteral("ops"));
    }

    void usesAreRecordedOnceAndStandardOutputIsNoFile_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("expected");
        const QString a = m_dir.filePath(QStringLiteral("a.age"));
        const QString b = m_dir.filePath(QStringLiteral("b.age"));
        QTest::newRow("one file") << QStringList{a} << QStringList{a};
        QTest::newRow("twice") << QStringList{a, a} << QStringList{a};
        QTest::newRow("two files") << QStringList{a, b} << QStringList{a, b};
        QTest::newRow("standard output") << QStringList{QStringLiteral("-")} << QStringList{};
    }
    void usesAreRecordedOnceAndStandardOutputIsNoFile()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, expected);
        const KeyRegistry registry(
            m_dir.filePath(QStringLiteral("uses-%1.json").arg(QTest::currentDataTag())));
        for (const QString &file : files)
            QVERIFY(registry.recordUse({QStringLiteral("age-k")}, file));
        auto contents = registry.read();
        QVERIFY(contents);
        QCOMPARE(contents->uses.value(QStringLiteral("age-k")), expected);
    }

    void aFreedSlotStartsANewDate()
    {
        const KeyRegistry registry(m_dir.filePath(QStringLiteral("slots.json")));
        const QDateTime day1(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
        const QDateTime day2 = day1.addDays(10);
        auto seen = registry.seeSlots(QStringLiteral("uuid"), {0, 1}, day1);
        QVERIFY(seen);
        QCOMPARE(seen->size(), 2);
        seen = registry.seeSlots(QStringLiteral("uuid"), {0}, day2); // slot 1 removed
        QVERIFY(seen);
        QCOMPARE(seen->first().firstSeen, day1);
        seen = registry.seeSlots(QStringLiteral("uuid"), {0, 1}, day2); // a new key in slot 1
        QVERIFY(seen);
        QCOMPARE(seen->at(0).firstSeen, day1);
        QCOMPARE(seen->at(1).firstSeen, day2);
    }

    void aDamagedRegistryIsRefusedAndLeftAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        const KeyRegistry registry(path);
        const auto contents = registry.read();
        QVERIFY(!contents);
        QCOMPARE(contents.error().code, ExitCode::Integrity);
        QVERIFY(contents.error().message.contains(path));
        QVERIFY(!registry.recordUse({QStringLiteral("age-k")}, m_dir.filePath(QStringLiteral("x"))));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{ not json"));
    }
};

QTEST_GUILESS_MAIN(TestKeyRegistry)
#include "TestKeyRegistry.moc"

#include "backup/RetentionPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace strongroom;

Q_DECLARE_METATYPE(strongroom::RetentionPolicy)

namespace {

QDateTime at(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

BackupRecord backup(const char *iso, QStringList tags = {})
{
    BackupRecord r;
    r.created = at(iso);
    r.fileName = QStringLiteral("db-backup-%1.db").arg(r.created.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    r.tags = std::move(tags);
    // Only sealed entries take part; whether the seal holds takes the key and is not the policy's.
    r.seal = QStringLiteral("5e0d");
    r.sealVersion = BackupRecord::currentSealVersion;
    return r;
}

// The history of restic's own policy tests in spirit: several backups a day over two years.
QList<BackupRecord> history()
{
    return {backup("2024-01-05T10:00:00"), backup("2024-06-30T23:00:00"), backup("2024-12-31T12:00:00"),
            backup("2025-01-01T08:00:00"), backup("2025-01-01T20:00:00"), backup("2025-01-02T09:00:00"),
            backup("2025-01-02T09:30:00"), backup("2025-01-06T09:00:00"), backup("2025-01-07T09:00:00"),
            backup("2025-02-01T09:00:00"), backup("2025-02-03T10:00:00")};
}

RetentionPolicy policy(std::initializer_list<std::pair<const char *, int>> rules,
                       const char *within = nullptr)
{
    RetentionPolicy p;
    for (const auto &[name, n] : rules) {
        const QByteArray rule(name);
        (rule == "last"      ? p.last
         : rule == "hourly"  ? p.hourly
         : rule == "daily"   ? p.daily
         : rule == "weekly"  ? p.weekly
         : rule == "monthly" ? p.monthly
                             : p.yearly) = n;
    }
    if (within)
        p.within = RetentionDuration::parse(QString::fromLatin1(within));
    return p;
}

} // namespace

class TestRetentionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatResticForgetKeeps_data()
    {
        QTest::addColumn<RetentionPolicy>("policy");
        // "time=reason|reason" for each kept backup, newest first; the rest is removed.
        QTest::addColumn<QStringList>("kept");

        QTest::newRow("empty policy keeps the last 5")
            << RetentionPolicy()
            << QStringList{"2025-02-03T10:00:00=last snapshot", "2025-02-01T09:00:00=last snapshot",
                           "2025-01-07T09:00:00=last snapshot", "2025-01-06T09:00:00=last snapshot",
                           "2025-01-02T09:30:00=last snapshot"};
        QTest::newRow("keep-last 2") << policy({{"last", 2}})
                                     << QStringList{"2025-02-03T10:00:00=last snapshot",
                                                    "2025-02-01T09:00:00=last snapshot"};
        QTest::newRow("daily keeps the newest of each day")
            << policy({{"daily", 4}})
            << QStringList{"2025-02-03T10:00:00=daily snapshot", "2025-02-01T09:00:00=daily snapshot",
                           "2025-01-07T09:00:00=daily snapshot", "2025-01-06T09:00:00=daily snapshot"};
        QTest::newRow("counts left at the oldest keep it too")
            << policy({{"monthly", 10}})
            << QStringList{"2025-02-03T10:00:00=monthly snapshot", "2025-01-07T09:00:00=monthly snapshot",
                           "2024-12-31T12:00:00=monthly snapshot", "2024-06-30T23:00:00=monthly snapshot",
                           "2024-01-05T10:00:00=monthly snapshot"};
        QTest::newRow("oldest of a period already seen")
            << policy({{"yearly", 5}})
            << QStringList{"2025-02-03T10:00:00=yearly snapshot", "2024-12-31T12:00:00=yearly snapshot",
                           "2024-01-05T10:00:00=oldest yearly snapshot"};
        QTest::newRow("weekly uses ISO weeks")
            << policy({{"weekly", 3}})
            << QStringList{"2025-02-03T10:00:00=weekly snapshot", "2025-02-01T09:00:00=weekly snapshot",
                           "2025-01-07T09:00:00=weekly snapshot"};
        QTest::newRow("hourly") << policy({{"hourly", 3}})
                                << QStringList{"2025-02-03T10:00:00=hourly snapshot",
                                               "2025-02-01T09:00:00=hourly snapshot",
                                               "2025-01-07T09:00:00=hourly snapshot"};
        QTest::newRow("-1 is unlimited")
            << policy({{"yearly", -1}})
            << QStringList{"2025-02-03T10:00:00=yearly snapshot", "2024-12-31T12:00:00=yearly snapshot",
                           "2024-01-05T10:00:00=oldest yearly snapshot"};
        QTest::newRow("buckets are ORed, reasons add up")
            << policy({{"last", 1}, {"daily", 2}, {"yearly", 1}})
            << QStringList{"2025-02-03T10:00:00=last snapshot|daily snapshot|yearly snapshot",
                           "2025-02-01T09:00:00=daily snapshot"};
        QTest::newRow("within counts back from the newest backup, not from now")
            << policy({}, "3d")
            << QStringList{"2025-02-03T10:00:00=within 3d", "2025-02-01T09:00:00=within 3d"};
        QTest::newRow("within months and days")
            << policy({}, "1m2d")
            << QStringList{"2025-02-03T10:00:00=within 1m2d", "2025-02-01T09:00:00=within 1m2d",
                           "2025-01-07T09:00:00=within 1m2d", "2025-01-06T09:00:00=within 1m2d",
                           "2025-01-02T09:30:00=within 1m2d", "2025-01-02T09:00:00=within 1m2d",
                           "2025-01-01T20:00:00=within 1m2d"};
    }

    void keepsWhatResticForgetKeeps()
    {
        QFETCH(RetentionPolicy, policy);
        QFETCH(QStringList, kept);
        const QList<RetentionDecision> decisions = applyRetention(policy, history());
        QCOMPARE(decisions.size(), history().size());
        QStringList actual;
        for (const RetentionDecision &d : decisions) {
            if (d.keep)
                actual.append(d.backup.created.toString(Qt::ISODate).chopped(1) + QLatin1Char('=') +
                              d.reasons.join(QLatin1Char('|')));
            else
                QVERIFY(d.reasons.isEmpty());
        }
        QCOMPARE(actual, kept);
    }

    void decisionsComeNewestFirstWhateverTheInputOrder()
    {
        QList<BackupRecord> shuffled = history();
        std::reverse(shuffled.begin(), shuffled.end());
        const QList<RetentionDecision> decisions = applyRetention(policy({{"last", 1}}), shuffled);
        QCOMPARE(decisions.first().backup.created, at("2025-02-03T10:00:00"));
        QVERIFY(decisions.first().keep);
    }

    void preRestoreBackupsAreProtectedUnlessIncluded()
    {
        QList<BackupRecord> backups = history();
        backups.append(backup("2023-01-01T00:00:00", {BackupRecord::preRestoreTag()}));
        RetentionPolicy p = policy({{"last", 1}});
        QList<RetentionDecision> decisions = applyRetention(p, backups);
        const auto find = [&](const QList<RetentionDecision> &list) {
            for (const RetentionDecision &d : list)
                if (d.backup.created == at("2023-01-01T00:00:00"))
                    return d;
            return RetentionDecision{};
        };
        QVERIFY(find(decisions).keep);
        QCOMPARE(find(decisions).reasons, QStringList{QStringLiteral("protected (pre-restore)")});
        // A protected backup takes no place in the buckets: the newest one is still "last".
        QVERIFY(decisions.first().keep);

        p.includeProtected = true;
        decisions = applyRetention(p, backups);
        QVERIFY(!find(decisions).keep);
    }

    void backupsWithoutCatalogEntryAreNeverRemoved()
    {
        QList<BackupRecord> backups = history();
        BackupRecord found = backup("2020-01-01T00:00:00");
        found.catalogued = false;
        backups.append(found);
        const QList<RetentionDecision> decisions = applyRetention(policy({{"last", 1}}), backups);
        QVERIFY(decisions.last().keep);
        QVERIFY(decisions.last().reasons.first().contains(QStringLiteral("not yet verified")));
    }

    void unsealedAndRefusedEntriesAreNeverRemoved_data()
    {
        QTest::addColumn<QString>("seal");
        QTest::addColumn<int>("sealVersion");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no seal") << "" << 0 << ""
                                 << "unsealed";
        QTest::newRow("seal of version 1 (over some fields)") << "5e0d" << 1 << ""
                                                              << "unsealed";
        QTest::newRow("refused entry") << "" << 0 << "hmac_algorithm is not allowed"
                                       << "damaged catalog entry";
    }

    void unsealedAndRefusedEntriesAreNeverRemoved()
    {
        QFETCH(QString, seal);
        QFETCH(int, sealVersion);
        QFETCH(QString, refusal);
        QFETCH(QString, reason);
        QList<BackupRecord> backups = history();
        BackupRecord old = backup("2020-01-01T00:00:00");
        old.seal = seal;
        old.sealVersion = sealVersion;
        old.refusal = refusal;
        old.catalogued = refusal.isEmpty();
        backups.append(old);
        const QList<RetentionDecision> decisions = applyRetention(policy({{"last", 1}}), backups);
        QCOMPARE(decisions.last().backup.fileName, old.fileName);
        QVERIFY(decisions.last().keep);
        QVERIFY2(decisions.last().reasons.first().contains(reason),
                 qPrintable(decisions.last().reasons.first()));
        // The sealed ones are still pruned: only the newest stays.
        int kept = 0;
        for (const RetentionDecision &d : decisions)
            kept += d.keep ? 1 : 0;
        QCOMPARE(kept, 2);
    }

    void durationsParseLikeRestic_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("days") << "7d" << true << "7d";
        QTest::newRow("all units") << "1y2m3d4h" << true << "1y2m3d4h";
        QTest::newRow("hours") << "36h" << true << "36h";
        QTest::newRow("no unit") << "7" << false << "";
        QTest::newRow("unknown unit") << "7w" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void durationsParseLikeRestic()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        const auto d = RetentionDuration::parse(text);
        QCOMPARE(d.has_value(), valid);
        if (d)
            QCOMPARE(d->toString(), normalised);
    }
};

QTEST_GUILESS_MAIN(TestRetentionPolicy)
#include "TestRetentionPolicy.moc"

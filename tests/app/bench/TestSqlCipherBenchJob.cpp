#include "bench/SqlCipherBenchJob.h"
#include "core/JobHandle.h"
#include "core/JobRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <sys/stat.h>

using namespace strongroom;
using namespace strongroom::bench;

// `bench sqlcipher` on a small table: every variant (plain SQLite, SQLCipher's defaults and one
// changed setting each) runs every phase with a time, each named setting carries its security cost,
// the overheads are computed against the plain file; the files live 0600 in a 0700 folder that is
// gone afterwards, also when the job is cancelled in the middle.
class TestSqlCipherBenchJob : public QObject
{
    Q_OBJECT
    QThreadPool m_pool;

    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

    static int modeOf(const QString &path)
    {
        struct stat st{};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

private Q_SLOTS:
    void everyVariantRunsEveryPhaseAndTheFilesAreGone()
    {
        QTemporaryDir parent;
        SqlCipherBenchRequest request;
        request.sizeMb = 1;
        request.rounds = 1;
        request.tempParent = parent.path();
        const JobReport report = startDetached(std::make_shared<SqlCipherBenchJob>(request), &m_pool)
                                     ->waitPolling({}, [] { return false; }, 20);
        QVERIFY2(report.outcome == JobOutcome::Succeeded,
                 qPrintable(report.error ? report.error->message : QStringLiteral("?")));
        const QJsonObject d = report.data;
        QCOMPARE(d.value(QLatin1String("rows")).toInteger(), 1024 * 1024 / 200);
        QVERIFY(d.value(QLatin1String("removed")).toBool());
        QCOMPARE(entries(parent.path()), QStringList());
        const QJsonArray phases = d.value(QLatin1String("phases")).toArray();
        QCOMPARE(phases.size(), 5);
        const QJsonArray variants = d.value(QLatin1String("variants")).toArray();
        QStringList names;
        for (const QJsonValue &v : variants) {
            const QJsonObject o = v.toObject();
            names.append(o.value(QLatin1String("name")).toString());
            QVERIFY(!o.value(QLatin1String("setting")).toString().isEmpty());
            QVERIFY(!o.value(QLatin1String("security_cost")).toString().isEmpty());
            double sum = 0;
            for (const QJsonValue &p : phases) {
                const double ms =
                    o.value(QLatin1String("phases_ms")).toObject().value(p.toString()).toDouble(-1);
                QVERIFY2(ms >= 0, qPrintable(names.last() + QLatin1Char(' ') + p.toString()));
                sum += ms;
            }
            QVERIFY(qAbs(sum - o.value(QLatin1String("total_ms")).toDouble()) < 1.0);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("plain"), QStringLiteral("sqlcipher-defaults"),
                                     QStringLiteral("page-16k"), QStringLiteral("memory-security-on"),
                                     QStringLiteral("no-hmac"), QStringLiteral("cache-64m")}));
        const QJsonObject plain = variants[0].toObject(), defaults = variants[1].toObject();
        QVERIFY(plain.value(QLatin1String("overhead_percent")).isNull());
        const double expected = (defaults.value(QLatin1String("total_ms")).toDouble() /
                                     plain.value(QLatin1String("total_ms")).toDouble() -
                                 1.0) *
                                100.0;
        QVERIFY(qAbs(defaults.value(QLatin1String("overhead_percent")).toDouble() - expected) < 1.0);
        QVERIFY(defaults.value(QLatin1String("change_vs_defaults_percent")).isNull());
        QVERIFY(variants[4].toObject().value(QLatin1String("change_vs_defaults_percent")).isDouble());

        // Every changed setting says what it did here, "within the noise" included; the plain file
        // and the defaults are the reference and say nothing.
        const double noise = d.value(QLatin1String("noise_percent")).toDouble();
        for (qsizetype i = 0; i < variants.size(); ++i) {
            const QJsonObject o = variants[i].toObject();
            const QJsonValue effect = o.value(QLatin1String("effect"));
            if (i < 2) {
                QVERIFY2(effect.isNull(), qPrintable(o.value(QLatin1String("name")).toString()));
                continue;
            }
            const SettingEffect expected =
                settingEffect(o.value(QLatin1String("change_vs_defaults_percent")).toDouble(), noise);
            QCOMPARE(effect.toString(), settingEffectKey(expected));
            QCOMPARE(o.value(QLatin1String("cuts_overhead")).toBool(), expected == SettingEffect::Cuts);
        }

        // The job dialog showed each phase of each variant as a part of the step, in the order
        // they ran, and each reached its total (the rows, reads, scans or updates of its phase).
        const QList<JobPart> &parts = report.steps.at(0).parts;
        QCOMPARE(parts.size(), 6 * 5);
        const QStringList phaseLabels{QStringLiteral("bulk insert"), QStringLiteral("point reads"),
                                      QStringLiteral("range scans"), QStringLiteral("updates"),
                                      QStringLiteral("full scan")};
        const QList<qint64> totals{1024 * 1024 / 200, 20000, 500, 5000, 1};
        // One round: the variants in their order, except memory-security-on, which runs last.
        const QStringList order{QStringLiteral("plain"),     QStringLiteral("sqlcipher-defaults"),
                                QStringLiteral("page-16k"),  QStringLiteral("no-hmac"),
                                QStringLiteral("cache-64m"), QStringLiteral("memory-security-on")};
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QCOMPARE(parts[i].name,
                     QStringLiteral("Round 1 of 1, %1: %2").arg(order[i / 5], phaseLabels[i % 5]));
            QCOMPARE(parts[i].total, totals[i % 5]);
            QCOMPARE(parts[i].done, parts[i].total);
        }
    }

    // A setting's effect against the defaults: beyond the noise band (at least 1 %) it cuts or adds
    // to the overhead; inside it, it is "within the noise", never left blank.
    void aSettingsEffectIsJudgedAgainstTheNoise_data()
    {
        QTest::addColumn<double>("change");
        QTest::addColumn<double>("noise");
        QTest::addColumn<QString>("effect");
        QTest::newRow("well below the defaults") << -30.0 << 10.0 << QStringLiteral("cuts");
        QTest::newRow("below, but inside the noise") << -8.0 << 10.0 << QStringLiteral("within_noise");
        QTest::newRow("above, but inside the noise") << 9.9 << 10.0 << QStringLiteral("within_noise");
        QTest::newRow("well above the defaults") << 56.0 << 10.0 << QStringLiteral("adds");
        QTest::newRow("no noise: 1 % is the least band") << -0.5 << 0.0 << QStringLiteral("within_noise");
        QTest::newRow("no noise, beyond 1 %") << -1.5 << 0.0 << QStringLiteral("cuts");
        QTest::newRow("exactly on the band") << -10.0 << 10.0 << QStringLiteral("within_noise");
    }

    void aSettingsEffectIsJudgedAgainstTheNoise()
    {
        QFETCH(double, change);
        QFETCH(double, noise);
        QFETCH(QString, effect);
        const SettingEffect judged = settingEffect(change, noise);
        QCOMPARE(settingEffectKey(judged), effect);
        QCOMPARE(settingEffectFromKey(effect), judged);
        QVERIFY(!settingEffectNote(judged).isEmpty());
        if (effect == QLatin1String("within_noise"))
            QCOMPARE(settingEffectNote(judged), QStringLiteral("within the noise"));
    }

    void filesArePrivateAndGoneAfterCancel()
    {
        QTemporaryDir parent;
        SqlCipherBenchRequest request;
        request.sizeMb = 512; // long enough to cancel in the middle of the bulk insert
        request.rounds = 1;
        request.tempParent = parent.path();
        auto handle = startDetached(std::make_shared<SqlCipherBenchJob>(request), &m_pool);
        QString folder, file;
        QElapsedTimer waiting;
        waiting.start();
        while (file.isEmpty() && waiting.elapsed() < 30000) {
            const QStringList folders = entries(parent.path());
            if (!folders.isEmpty()) {
                folder = parent.filePath(folders.first());
                const QStringList files = entries(folder);
                if (!files.isEmpty())
                    file = folder + QLatin1Char('/') + files.first();
            }
            QThread::msleep(10);
        }
        QVERIFY2(!file.isEmpty(), "a variant's file appeared");
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(file), 0600);
        QElapsedTimer sinceCancel;
        const JobReport report = handle->waitPolling(
            {},
            [&] {
                if (!sinceCancel.isValid())
                    sinceCancel.start();
                return true;
            },
            10);
        qInfo("ended %lld ms after the cancel", sinceCancel.elapsed());
        QCOMPARE(report.outcome, JobOutcome::Cancelled);
        QVERIFY2(sinceCancel.elapsed() < 1000,
                 "cancel honoured within 200 ms (1 s allowed on a loaded machine)");
        QCOMPARE(entries(parent.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherBenchJob)
#include "TestSqlCipherBenchJob.moc"

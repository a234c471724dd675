#include "bench/SqlCipherBenchJob.h"

#include "bench/MeasuredSide.h"
#include "bench/MonotonicClock.h"
#include "core/JobContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <array>
#include <cmath>
#include <optional>
#include <sqlite3.h>

namespace strongroom::bench {

namespace {

constexpr int kRowBytes = 200;
constexpr int kPointReads = 20000;
constexpr int kRangeScans = 500;
constexpr int kRangeRows = 100;
constexpr int kUpdates = 5000;
constexpr quint32 kSeed = 0x5eed5c1f;

const std::array<const char *, 5> kPhases{"bulk_insert", "point_reads", "range_scans", "updates",
                                          "full_scan"};
const std::array<const char *, 5> kPhaseLabels{
    QT_TRANSLATE_NOOP("Benchmark", "bulk insert"), QT_TRANSLATE_NOOP("Benchmark", "point reads"),
    QT_TRANSLATE_NOOP("Benchmark", "range scans"), QT_TRANSLATE_NOOP("Benchmark", "updates"),
    QT_TRANSLATE_NOOP("Benchmark", "full scan")};

// Reports the phases of one variant's run as parts of the step (JobContext::startPart): "Round 1 of
// 2, page-16k: point reads" with its rows, reads, scans or updates done. Asked only where the phase
// already looks at the cancel flag, so the reports cost the timed loops nothing they did not pay.
class PhaseParts
{
public:
    PhaseParts(JobContext &context, int firstIndex, int count, QString run)
        : m_context(context), m_firstIndex(firstIndex), m_count(count), m_run(std::move(run))
    {
    }

    void start(int phase, qint64 total)
    {
        m_context.startPart(m_firstIndex + phase, m_count,
                            QCoreApplication::translate("Benchmark", "%1: %2")
                                .arg(m_run, QCoreApplication::translate("Benchmark", kPhaseLabels[phase])),
                            total);
    }
    void progress(qint64 done) { m_context.setPartProgress(done); }
    // At the loops' cancel checks: reports `done`, then asks whether to stop.
    bool reportAndCheck(qint64 done, CancelWatch &watch)
    {
        progress(done);
        return watch.check();
    }

private:
    JobContext &m_context;
    int m_firstIndex;
    int m_count;
    QString m_run;
};

struct Variant
{
    const char *name;
    const char *setting;      // translatable (context Benchmark)
    const char *securityCost; // translatable (context Benchmark)
    bool encrypted = true;
    int pageSize = 4096;
    bool hmac = true;
    bool memorySecurity = false;
    int cacheKib = 2000;
};

const QList<Variant> &variants()
{
    static const QList<Variant> list{
        {"plain", QT_TRANSLATE_NOOP("Benchmark", "plain SQLite, no encryption"),
         QT_TRANSLATE_NOOP("Benchmark", "everything readable by whoever gets the file"), false},
        {"sqlcipher-defaults",
         QT_TRANSLATE_NOOP(
             "Benchmark",
             "SQLCipher's defaults: 4 KiB pages, HMAC-SHA512, cipher_memory_security off, 2 MB cache"),
         QT_TRANSLATE_NOOP("Benchmark", "the reference the others are compared with")},
        {"page-16k", QT_TRANSLATE_NOOP("Benchmark", "cipher_page_size = 16384 (16 KiB pages)"),
         QT_TRANSLATE_NOOP("Benchmark",
                           "none to secrecy or integrity; the file opens only with that page size given, and "
                           "each small write re-encrypts a whole 16 KiB page"),
         true, 16384},
        {"memory-security-on", QT_TRANSLATE_NOOP("Benchmark", "cipher_memory_security = ON"),
         QT_TRANSLATE_NOOP(
             "Benchmark",
             "none, it adds protection: freed memory is wiped and locked; off (the default), freed "
             "buffers may keep decrypted pages until they are reused"),
         true, 4096, true, true},
        {"no-hmac", QT_TRANSLATE_NOOP("Benchmark", "cipher_use_hmac = OFF"),
         QT_TRANSLATE_NOOP(
             "Benchmark",
             "integrity: changed, swapped or replayed pages are no longer detected, only read as "
             "garbage"),
         true, 4096, false},
        {"cache-64m", QT_TRANSLATE_NOOP("Benchmark", "cache_size = -65536 (64 MiB page cache)"),
         QT_TRANSLATE_NOOP(
             "Benchmark",
             "up to 64 MiB of decrypted pages held in memory, where swap or a core dump can capture "
             "them"),
         true, 4096, true, false, 65536},
    };
    return list;
}

extern "C" int onProgress(void *watch)
{
    return static_cast<CancelWatch *>(watch)->check() ? 1 : 0;
}

// One connection to a variant's file, with the variant's settings applied.
class Connection
{
public:
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection() { close(); }

    Status open(const QString &path, const Variant &v, const QByteArray &hexKey, CancelWatch &watch)
    {
        close();
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK)
            return failure(path);
        QList<QByteArray> pragmas;
        if (v.encrypted) {
            pragmas << "PRAGMA key = \"x'" + hexKey + "'\"";
            pragmas << "PRAGMA cipher_page_size = " + QByteArray::number(v.pageSize);
            if (!v.hmac)
                pragmas << "PRAGMA cipher_use_hmac = OFF";
        } else {
            pragmas << "PRAGMA page_size = " + QByteArray::number(v.pageSize);
        }
        // fsync costs the same with and without encryption, and its noise would hide the difference.
        pragmas << "PRAGMA synchronous = OFF" << "PRAGMA cache_size = -" + QByteArray::number(v.cacheKib);
        for (const QByteArray &p : std::as_const(pragmas))
            if (Status s = exec(p); !s)
                return s;
        sqlite3_progress_handler(m_db, 4000, onProgress, &watch);
        return {};
    }

    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

    Status exec(const QByteArray &sql)
    {
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return failure(QString());
        return {};
    }

    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
        return s;
    }

    Error failure(const QString &path) const
    {
        if (m_db && sqlite3_errcode(m_db) == SQLITE_INTERRUPT)
            return Cancelled{}.error();
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("Benchmark", "The SQLCipher benchmark failed: %1")
                         .arg(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : path));
    }

private:
    sqlite3 *m_db = nullptr;
};

// Steps a statement to its end; SQLITE_DONE or the error.
int stepAll(sqlite3_stmt *s)
{
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    }
    sqlite3_reset(s);
    return rc;
}

QByteArray rowText(QRandomGenerator &random)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray text(kRowBytes - 20, Qt::Uninitialized);
    for (char &c : text)
        c = hex[random.bounded(16)];
    return text;
}

// Times `body` (which returns false to stop early) on one prepared statement.
template <typename Body>
Result<double> timedPhase(Connection &c, const char *sql, CancelWatch &watch, Body &&body)
{
    sqlite3_stmt *s = c.prepare(sql);
    if (!s)
        return c.failure(QString());
    const qint64 start = monotonicNs();
    int rc = SQLITE_DONE;
    const bool finished = body(s, rc);
    const double ms = double(monotonicNs() - start) / 1e6;
    sqlite3_finalize(s);
    if (watch.cancelled)
        return Cancelled{};
    if (!finished || (rc != SQLITE_DONE && rc != SQLITE_OK))
        return c.failure(QString());
    return ms;
}

// The whole workload on one new file; the time of each phase in ms.
Result<std::array<double, 5>> runWorkload(const QString &path, const Variant &v, const QByteArray &key,
                                          qint64 rows, CancelWatch &watch, PhaseParts &parts)
{
    std::array<double, 5> ms{};
    Connection c;
    if (Status s = c.open(path, v, key, watch); !s)
        return s.error();
    if (Status s = c.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER NOT NULL, v TEXT NOT NULL)"); !s)
        return s.error();
    QRandomGenerator random(kSeed);
    if (Status s = c.exec("BEGIN"); !s)
        return s.error();
    parts.start(0, rows);
    Result<double> phase =
        timedPhase(c, "INSERT INTO t VALUES (?1, ?2, ?3)", watch, [&](sqlite3_stmt *s, int &rc) {
            for (qint64 id = 1; id <= rows; ++id) {
                if ((id & 1023) == 0 && parts.reportAndCheck(id - 1, watch))
                    return false;
                const QByteArray text = rowText(random);
                sqlite3_bind_int64(s, 1, id);
                sqlite3_bind_int64(s, 2, qint64(random.generate()));
                sqlite3_bind_text(s, 3, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                if ((rc = stepAll(s)) != SQLITE_DONE)
                    return false;
            }
            return true;
        });
    if (!phase)
        return phase.error();
    const qint64 commitStart = monotonicNs();
    if (Status s = c.exec("COMMIT"); !s)
        return s.error();
    ms[0] = *phase + double(monotonicNs() - commitStart) / 1e6;
    parts.progress(rows);

    // Reads on a new connection: its page cache is empty, so pages come through the cipher.
    auto reopen = [&]() -> Status { return c.open(path, v, key, watch); };
    if (Status s = reopen(); !s)
        return s.error();
    parts.start(1, kPointReads);
    phase = timedPhase(c, "SELECT v FROM t WHERE id = ?1", watch, [&](sqlite3_stmt *s, int &rc) {
        for (int i = 0; i < kPointReads; ++i) {
            if ((i & 255) == 0 && parts.reportAndCheck(i, watch))
                return false;
            sqlite3_bind_int64(s, 1, 1 + qint64(random.bounded(quint64(rows))));
            if ((rc = stepAll(s)) != SQLITE_DONE)
                return false;
        }
        return true;
    });
    if (!phase)
        return phase.error();
    ms[1] = *phase;
    parts.progress(kPointReads);
    if (Status s = reopen(); !s)
        return s.error();
    parts.start(2, kRangeScans);
    phase = timedPhase(
        c, "SELECT sum(length(v)) FROM t WHERE id BETWEEN ?1 AND ?1 + 99", watch,
        [&](sqlite3_stmt *s, int &rc) {
            for (int i = 0; i < kRangeScans; ++i) {
                if ((i & 63) == 0 && parts.reportAndCheck(i, watch))
                    return false;
                sqlite3_bind_int64(
                    s, 1, 1 + qint64(random.bounded(quint64(std::max<qint64>(1, rows - kRangeRows)))));
                if ((rc = stepAll(s)) != SQLITE_DONE)
                    return false;
            }
            return true;
        });
    if (!phase)
        return phase.error();
    ms[2] = *phase;
    parts.progress(kRangeScans);
    if (Status s = c.exec("BEGIN"); !s)
        return s.error();
    parts.start(3, kUpdates);
    phase = timedPhase(c, "UPDATE t SET v = ?2 WHERE id = ?1", watch, [&](sqlite3_stmt *s, int &rc) {
        for (int i = 0; i < kUpdates; ++i) {
            if ((i & 255) == 0 && parts.reportAndCheck(i, watch))
                return false;
            const QByteArray text = rowText(random);
            sqlite3_bind_int64(s, 1, 1 + qint64(random.bounded(quint64(rows))));
            sqlite3_bind_text(s, 2, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            if ((rc = stepAll(s)) != SQLITE_DONE)
                return false;
        }
        return true;
    });
    if (!phase)
        return phase.error();
    const qint64 updateCommit = monotonicNs();
    if (Status s = c.exec("COMMIT"); !s)
        return s.error();
    ms[3] = *phase + double(monotonicNs() - updateCommit) / 1e6;
    parts.progress(kUpdates);
    if (Status s = reopen(); !s)
        return s.error();
    parts.start(4, 1);
    phase = timedPhase(c, "SELECT count(*), sum(length(v)) FROM t", watch, [&](sqlite3_stmt *s, int &rc) {
        rc = stepAll(s);
        return rc == SQLITE_DONE;
    });
    if (!phase)
        return phase.error();
    ms[4] = *phase;
    parts.progress(1);
    return ms;
}

double oneDecimal(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

SettingEffect settingEffect(double changeVsDefaultsPercent, double noisePercent)
{
    const double band = std::max(noisePercent, 1.0);
    if (changeVsDefaultsPercent < -band)
        return SettingEffect::Cuts;
    if (changeVsDefaultsPercent > band)
        return SettingEffect::Adds;
    return SettingEffect::WithinNoise;
}

QString settingEffectKey(SettingEffect effect)
{
    switch (effect) {
    case SettingEffect::Cuts:
        return QStringLiteral("cuts");
    case SettingEffect::WithinNoise:
        return QStringLiteral("within_noise");
    case SettingEffect::Adds:
        return QStringLiteral("adds");
    case SettingEffect::Reference:
        break;
    }
    return {};
}

SettingEffect settingEffectFromKey(const QString &key)
{
    for (SettingEffect e : {SettingEffect::Cuts, SettingEffect::WithinNoise, SettingEffect::Adds})
        if (key == settingEffectKey(e))
            return e;
    return SettingEffect::Reference;
}

QString settingEffectNote(SettingEffect effect)
{
    switch (effect) {
    case SettingEffect::Cuts:
        return QCoreApplication::translate("Benchmark", "cuts the overhead here");
    case SettingEffect::WithinNoise:
        return QCoreApplication::translate("Benchmark", "within the noise");
    case SettingEffect::Adds:
        return QCoreApplication::translate("Benchmark", "adds to the overhead here");
    case SettingEffect::Reference:
        break;
    }
    return {};
}

QString SqlCipherBenchJob::title() const
{
    return QCoreApplication::translate("Benchmark", "Measure SQLCipher's settings");
}

QList<JobStep> SqlCipherBenchJob::steps() const
{
    return {{QCoreApplication::translate("Benchmark", "Run the workload on each variant"), false},
            {QCoreApplication::translate("Benchmark", "Remove the files"), false}};
}

void SqlCipherBenchJob::run(JobContext &context)
{
    const SqlCipherBenchRequest &r = m_request;
    if (r.sizeMb < 1 || r.sizeMb > 4096 || r.rounds < 1 || r.rounds > 20) {
        context.fail(Error(ExitCode::Usage,
                           QCoreApplication::translate(
                               "Benchmark", "The size must be 1 to 4096 MB and the rounds 1 to 20.")));
        return;
    }
    const qint64 rows = qint64(r.sizeMb) * 1024 * 1024 / kRowBytes;
    const QList<Variant> &list = variants();
    context.startStep(0, qint64(list.size()) * r.rounds, ProgressUnit::Items);
    const QString parent = r.tempParent.isEmpty() ? QDir::tempPath() : r.tempParent;
    // QTemporaryDir makes its folder 0700 and removes it with everything in it on every way out.
    auto folder =
        std::make_unique<QTemporaryDir>(parent + QStringLiteral("/strongroom-bench-sqlcipher-XXXXXX"));
    if (!folder->isValid()) {
        context.fail(Error(ExitCode::Failure,
                           QCoreApplication::translate(
                               "Benchmark", "%1: cannot make a private folder for the benchmark (%2).")
                               .arg(parent, folder->errorString())));
        return;
    }
    const QString folderPath = folder->path();
    context.log(QCoreApplication::translate("Benchmark", "Temporary files in %1").arg(folderPath));
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    const QByteArray hexKey = key.toHex();
    key.fill('\0');

    QString cipherVersion;
    {
        sqlite3 *probe = nullptr;
        sqlite3_open(":memory:", &probe);
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(probe, "PRAGMA cipher_version", -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            cipherVersion = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        sqlite3_close(probe);
    }
    auto setMemorySecurity = [] {
        sqlite3 *db = nullptr;
        sqlite3_open(":memory:", &db);
        sqlite3_exec(db, "PRAGMA cipher_memory_security = ON", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    };

    // The order: every round runs the variants, reversed every other round; the variant with
    // cipher_memory_security on runs after all the others, since SQLCipher cannot switch it off again
    // within a process (it stays on here afterwards, as was asked of this process anyway).
    QList<qsizetype> order;
    for (int round = 0; round < r.rounds; ++round)
        for (qsizetype k = 0; k < list.size(); ++k) {
            const qsizetype i = round % 2 == 0 ? k : list.size() - 1 - k;
            if (!list[i].memorySecurity)
                order.append(i);
        }
    for (int round = 0; round < r.rounds; ++round)
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list[i].memorySecurity)
                order.append(i);

    CancelWatch watch{&context};
    QList<QList<std::array<double, 5>>> perRound(list.size());
    std::optional<Error> failure;
    for (qsizetype n = 0; n < order.size() && !failure && !watch.check(); ++n) {
        const qsizetype i = order[n];
        const Variant &v = list[i];
        const int round = int(perRound[i].size());
        context.log(QCoreApplication::translate("Benchmark", "Round %1, %2")
                        .arg(round + 1)
                        .arg(QString::fromLatin1(v.name)));
        const QString path =
            folderPath + QStringLiteral("/%1-%2.db").arg(QString::fromLatin1(v.name)).arg(round);
        // Created 0600 before SQLite opens it (SQLite gives its journal the database file's mode).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            failure =
                Error(ExitCode::Failure, QCoreApplication::translate("Benchmark", "%1: cannot create (%2).")
                                             .arg(path, file.errorString()));
            break;
        }
        file.close();
        if (v.memorySecurity)
            setMemorySecurity();
        PhaseParts parts(context, int(n * kPhases.size()), int(order.size() * kPhases.size()),
                         QCoreApplication::translate("Benchmark", "Round %1 of %2, %3")
                             .arg(round + 1)
                             .arg(r.rounds)
                             .arg(QString::fromLatin1(v.name)));
        Result<std::array<double, 5>> ms = runWorkload(path, v, hexKey, rows, watch, parts);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        if (!ms) {
            if (!ms.cancelled())
                failure = ms.error();
            break;
        }
        perRound[i].append(*ms);
        context.addProgress(1);
    }
    context.startStep(1);
    folder.reset();
    const bool removed = !QFileInfo::exists(folderPath);
    if (!removed)
        context.log(QCoreApplication::translate(
                        "Benchmark", "The temporary folder %1 could not be removed; remove it yourself.")
                        .arg(folderPath));
    if (watch.cancelled || context.isCancelled())
        return;
    if (failure) {
        context.fail(*failure);
        return;
    }

    // Best of the rounds per phase; the noise is the largest spread of one variant's total between rounds.
    double noise = 0;
    QList<std::array<double, 5>> best(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        double lowTotal = -1, highTotal = 0;
        for (const auto &round : std::as_const(perRound[i])) {
            double sum = 0;
            for (double v : round)
                sum += v;
            lowTotal = lowTotal < 0 ? sum : std::min(lowTotal, sum);
            highTotal = std::max(highTotal, sum);
        }
        if (lowTotal > 0)
            noise = std::max(noise, (highTotal / lowTotal - 1.0) * 100.0);
        for (size_t p = 0; p < kPhases.size(); ++p) {
            best[i][p] = perRound[i][0][p];
            for (const auto &round : std::as_const(perRound[i]))
                best[i][p] = std::min(best[i][p], round[p]);
        }
    }
    auto total = [&](qsizetype i) {
        double sum = 0;
        for (double v : best[i])
            sum += v;
        return sum;
    };
    const double plainTotal = total(0), defaultsTotal = total(1);
    QJsonArray variantsJson;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Variant &v = list[i];
        QJsonObject phases;
        for (size_t p = 0; p < kPhases.size(); ++p)
            phases.insert(QString::fromLatin1(kPhases[p]), oneDecimal(best[i][p]));
        const double t = total(i);
        const double change = (t / defaultsTotal - 1.0) * 100.0;
        const SettingEffect effect = i < 2 ? SettingEffect::Reference : settingEffect(change, noise);
        QJsonObject o{
            {QStringLiteral("name"), QString::fromLatin1(v.name)},
            {QStringLiteral("setting"), QCoreApplication::translate("Benchmark", v.setting)},
            {QStringLiteral("security_cost"), QCoreApplication::translate("Benchmark", v.securityCost)},
            {QStringLiteral("phases_ms"), phases},
            {QStringLiteral("total_ms"), oneDecimal(t)},
            {QStringLiteral("overhead_percent"),
             i == 0 ? QJsonValue() : QJsonValue(oneDecimal((t / plainTotal - 1.0) * 100.0))},
            {QStringLiteral("change_vs_defaults_percent"),
             i < 2 ? QJsonValue() : QJsonValue(oneDecimal(change))},
            {QStringLiteral("cuts_overhead"), effect == SettingEffect::Cuts},
            {QStringLiteral("effect"),
             effect == SettingEffect::Reference ? QJsonValue() : QJsonValue(settingEffectKey(effect))}};
        variantsJson.append(o);
        if (i >= 1)
            context.addDetail(
                QCoreApplication::translate("Benchmark", "%1: %2 ms, overhead %3 % against plain SQLite")
                    .arg(QCoreApplication::translate("Benchmark", v.setting))
                    .arg(t, 0, 'f', 1)
                    .arg((t / plainTotal - 1.0) * 100.0, 0, 'f', 1) +
                (effect == SettingEffect::Reference
                     ? QString()
                     : QStringLiteral(" (%1)").arg(settingEffectNote(effect))));
    }
    QJsonArray phaseNames;
    for (const char *p : kPhases)
        phaseNames.append(QString::fromLatin1(p));
    context.setData({{QStringLiteral("size_mb"), r.sizeMb},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("rounds"), r.rounds},
                     {QStringLiteral("sqlcipher_version"), cipherVersion},
                     {QStringLiteral("sqlite_version"), QString::fromLatin1(sqlite3_libversion())},
                     {QStringLiteral("noise_percent"), oneDecimal(noise)},
                     {QStringLiteral("phases"), phaseNames},
                     {QStringLiteral("variants"), variantsJson},
                     {QStringLiteral("temp_folder"), folderPath},
                     {QStringLiteral("removed"), removed}});
    context.setOverview(
        QCoreApplication::translate("Benchmark",
                                    "SQLCipher's defaults cost %1 % against plain SQLite here (noise %2 %).")
            .arg((defaultsTotal / plainTotal - 1.0) * 100.0, 0, 'f', 1)
            .arg(noise, 0, 'f', 1));
}

} // namespace strongroom::bench

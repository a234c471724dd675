#include "conversion/ConversionJob.h"

#include "conversion/SourceLock.h"
#include "conversion/SqlCipherExport.h"
#include "conversion/SwapIn.h"
#include "core/AuditLog.h"
#include "core/HelperTask.h"
#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "core/SafeFile.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/IntegrityCheck.h"
#include "sqlcipher/PageRekey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <atomic>
#include <sqlite3.h>
#include <thread>

namespace strongroom {

namespace {

// Removes the temp file (and its companions) unless the swap took it.
class TempFile
{
public:
    explicit TempFile(QString path) : m_path(std::move(path)) {}
    ~TempFile()
    {
        if (!m_committed)
            safefile::removeTemp(m_path);
    }
    TempFile(const TempFile &) = delete;
    TempFile &operator=(const TempFile &) = delete;
    const QString &path() const { return m_path; }
    void commit() { m_committed = true; }

private:
    QString m_path;
    bool m_committed = false;
};

// SQLCipher reads the first and the last row of every table (b-tree pages at both edges, each
// HMAC-checked and decrypted by SQLCipher itself); the names of the tables read.
Result<QStringList> readEveryTable(const Database &db)
{
    Statement list = db.prepare(
        QStringLiteral("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', "
                       "'shadow') AND name <> 'sqlite_schema' ORDER BY name"));
    QList<std::pair<QString, bool>> tables;
    while (list.step())
        tables.append({list.text(0), list.int64(1) != 0});
    if (!list.isValid() || list.lastResult() != SQLITE_DONE)
        return Error(ExitCode::Integrity, db.lastError());
    QStringList read;
    for (const auto &[name, withoutRowid] : tables) {
        const QString table = QStringLiteral("main.") + quoteIdentifier(name);
        QStringList queries{QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(table)};
        if (!withoutRowid)
            queries << QStringLiteral("SELECT * FROM %1 ORDER BY rowid DESC LIMIT 1").arg(table);
        for (const QString &sql : queries) {
            Statement row = db.prepare(sql);
            while (row.step()) {
            }
            if (!row.isValid() || row.lastResult() != SQLITE_DONE)
                return Error(
                    ExitCode::Integrity,
                    QCoreApplication::translate("ConversionJob", "table %1: %2").arg(name, db.lastError()));
        }
        read.append(name);
    }
    return read;
}

} // namespace

ConversionJob::ConversionJob(ConversionRequest request) : ConversionJob(std::move(request), Options{}) {}

ConversionJob::ConversionJob(ConversionRequest request, Options options)
    : m_request(std::move(request)), m_options(std::move(options))
{
}

QString ConversionJob::title() const
{
    const QString name = QFileInfo(m_request.path).fileName();
    switch (m_request.kind) {
    case ConversionKind::Encrypt:
        return QCoreApplication::translate("ConversionJob", "Encrypt %1").arg(name);
    case ConversionKind::Decrypt:
        return QCoreApplication::translate("ConversionJob", "Decrypt %1").arg(name);
    case ConversionKind::Rekey:
        return QCoreApplication::translate("ConversionJob", "Change the key of %1").arg(name);
    case ConversionKind::Migrate:
        return QCoreApplication::translate("ConversionJob", "Migrate %1").arg(name);
    }
    return name;
}

QList<JobStep> ConversionJob::steps() const
{
    QList<JobStep> list{{QCoreApplication::translate("ConversionJob", "Check the source"), false},
                        {QCoreApplication::translate("ConversionJob", "Write the new file"), false},
                        {QCoreApplication::translate("ConversionJob", "Flush the new file to disk"), false},
                        {QCoreApplication::translate("ConversionJob", "Verify the new file"), false},
                        {QCoreApplication::translate("ConversionJob", "Swap in the new file"), true}};
    if (m_request.removeOriginal)
        list.append({QCoreApplication::translate("ConversionJob", "Remove the kept original"), true});
    return list;
}

void ConversionJob::audit(const JobContext &context, const QString &outcome, const QJsonObject &details) const
{
    const AuditLog &log = context.audit();
    log.append(QStringLiteral("db.") + conversionKindName(m_request.kind),
               QFileInfo(m_request.path).absoluteFilePath(), outcome, details);
}

void ConversionJob::run(JobContext &context)
{
    if (const std::optional<Error> error = runProtocol(context)) {
        context.fail(*error);
        // The error names the file and the cause; it never holds a key.
        audit(context, QStringLiteral("failed"), QJsonObject{{QStringLiteral("error"), error->toJson()}});
    } else if (context.isCancelled()) {
        audit(context, QStringLiteral("cancelled"), {});
    } else {
        QJsonObject details = m_result.toJson();
        details.remove(QStringLiteral("verification"));
        details.insert(QStringLiteral("verified"), m_result.verification.passed());
        details.insert(QStringLiteral("tables"), m_result.verification.tables.size());
        // The old and new key ids, so the key list can date the new key and retire the old one.
        if (m_options.rotationKeyIds) {
            const QJsonObject ids = m_options.rotationKeyIds();
            for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
                details.insert(it.key(), it.value());
        }
        audit(context, QStringLiteral("succeeded"), details);
    }
}

std::optional<Error> ConversionJob::flushCopy(JobContext &context, const QString &path,
                                              const QElapsedTimer &timer, std::optional<qint64> pagesDone)
{
    m_result.copyMs = timer.elapsed();
    m_result.copyBytes = QFileInfo(path).size();
    context.setProgress(pagesDone.value_or(m_result.copyBytes));
    crashPointForTests("after-copy");

    // The copy is complete; fsync it and its folder before trusting anything read back from it.
    context.startStep(FlushStep);
    if (Status s = safefile::fsyncFile(path); !s)
        return s.error();
    if (Status s = safefile::fsyncDirectory(m_result.plan.folder); !s)
        return s.error();
    crashPointForTests("after-fsync");
    return std::nullopt;
}

std::optional<Error> ConversionJob::writeByExport(JobContext &context, const SourceLock &lock,
                                                  const ContentFingerprint &header,
                                                  const DatabaseEndpoint &source,
                                                  const DatabaseEndpoint &target)
{
    const ConversionPlan &plan = m_result.plan;
    const KeyMaterial *targetKey = target.key;
    context.startStep(CopyStep, plan.sourceBytes + plan.walBytes, ProgressUnit::Bytes);
    QElapsedTimer timer;
    timer.start();
    const Status exported =
        exportDatabase(source, target, header, plan.sourceSettings.pageSize, workProgress(context));
    if (!exported) {
        if (!exported.cancelled())
            return exported.error();
        return std::nullopt;
    }
    if (std::optional<Error> error = flushCopy(context, target.path, timer, std::nullopt))
        return error;
    if (context.isCancelled())
        return std::nullopt;

    // 3. Verify: the copy opens with its key, is intact and holds what the (still locked) source holds.
    // The four reads are independent, each on a connection of its own, so they run side by side:
    // the source's fingerprint (through the lock), cipher_integrity_check and integrity_check of the
    // copy, and the copy's fingerprint. Only this thread touches the context; the others report
    // through atomics and stop when `stop` turns true. cipher_integrity_check cannot be stopped: it
    // declares itself through `cipherCheckDeclared`, and this thread shows it to the displays.
    context.startStep(VerifyStep, 0, ProgressUnit::Rows);
    timer.restart();
    VerificationReport &report = m_result.verification;
    {
        std::atomic<bool> stop{false};
        std::atomic<qint64> sourceRowsDone{0};
        // -1: nothing new; > 0: the unstoppable check began and should take that many ms; 0: it ended.
        std::atomic<qint64> cipherCheckDeclared{-1};
        const auto showUnstoppable = [&] {
            const qint64 declared = cipherCheckDeclared.exchange(-1);
            if (declared > 0)
                context.beginUnstoppable(declared);
            else if (declared == 0)
                context.endUnstoppable();
        };
        // Three readers open the copy at once; the first to open a WAL file recovers its index under
        // an exclusive lock, so the others wait for it instead of failing with "locked".
        const auto openCopy = [&]() {
            return Database::open(target.path,
                                  {Database::Access::ReadWrite, targetKey, plan.targetSettings, 30000});
        };
        // "ok", or the first problems the check found, or why it could not run.
        const auto checkCopy = [&](integritycheck::Kind kind) -> QString {
            auto copy = openCopy();
            if (!copy)
                return copy.error().message;
            const WorkProgress work(WorkProgress::Hooks{
                {}, [&stop] { return stop.load(); }, {}, [&](qint64 ms) { cipherCheckDeclared = ms; }});
            const Result<QStringList> found = integritycheck::problems(**copy, kind, work);
            if (!found)
                return found.error().message;
            return found->isEmpty() ? QStringLiteral("ok") : found->mid(0, 5).join(QStringLiteral("; "));
        };
        HelperTask<Result<ContentFingerprint>> sourceFp = helper::start([&] {
            return fingerprintDatabase(
                lock.database(),
                WorkProgress(WorkProgress::Hooks{[&](qint64 rows, qint64) { sourceRowsDone = rows; },
                                                 [&stop] { return stop.load(); },
                                                 {},
                                                 {}}));
        });
        HelperTask<QString> cipherIntegrity;
        if (plan.targetEncrypted)
            cipherIntegrity = helper::start([&] { return checkCopy(integritycheck::Kind::CipherPages); });
        HelperTask<QString> integrity =
            helper::start([&] { return checkCopy(integritycheck::Kind::Structure); });
        // Declared after the futures, so it is destroyed first: an early return stops the readers
        // before the futures wait for them.
        const auto stopReaders = qScopeGuard([&stop] { stop = true; });

        auto copy = openCopy();
        if (!copy) {
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate(
                             "ConversionJob",
                             "%1: the new file does not open with its key (%2); it was removed and the "
                             "original is unchanged.")
                             .arg(plan.path, copy.error().message));
        }
        report.opensWithNewKey = true;
        auto copyFp = fingerprintDatabase(
            **copy, WorkProgress(WorkProgress::Hooks{[&](qint64 rows, qint64) {
                                                         context.setProgress(sourceRowsDone + rows);
                                                         showUnstoppable();
                                                     },
                                                     [&] {
                                                         if (context.isCancelled())
                                                             stop = true;
                                                         return stop.load();
                                                     },
                                                     {},
                                                     {}}));
        if (!copyFp) {
            if (!copyFp.cancelled())
                return copyFp.error();
            return std::nullopt;
        }
        context.setTotal(2 * copyFp->totalRows());
        // The source's fingerprint and integrity_check stop within a moment of `stop`;
        // cipher_integrity_check asks nothing and ends on its own.
        const auto allReady = [&] {
            return sourceFp.ready() && integrity.ready() &&
                   (!cipherIntegrity.valid() || cipherIntegrity.ready());
        };
        while (!allReady()) {
            context.setProgress(sourceRowsDone + copyFp->totalRows());
            showUnstoppable();
            if (context.isCancelled())
                stop = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        showUnstoppable();
        if (context.isCancelled())
            return std::nullopt;
        Result<ContentFingerprint> source = sourceFp.get();
        if (!source) {
            if (!source.cancelled())
                return source.error();
            return std::nullopt;
        }
        report.cipherIntegrity = plan.targetEncrypted
                                     ? cipherIntegrity.get()
                                     : QCoreApplication::translate("InPlaceEncryption", "not encrypted");
        report.integrity = integrity.get();
        if (report.integrity == QLatin1String("ok; ") || report.integrity == QLatin1String("ok"))
            report.integrity = QStringLiteral("ok");
        const VerificationReport compared = compareFingerprints(*source, *copyFp);
        report.schemaEqual = compared.schemaEqual;
        report.sourceHeader = compared.sourceHeader;
        report.copyHeader = compared.copyHeader;
        report.tables = compared.tables;
    }
    m_result.verifyMs = timer.elapsed();
    if (!report.passed()) {
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "ConversionJob",
                         "%1: the new file did not pass verification (%2). It was removed; the original "
                         "is unchanged.")
                         .arg(plan.path, report.problems().join(QStringLiteral("; "))));
    }
    crashPointForTests("after-verify");
    return std::nullopt;
}

std::optional<Error> ConversionJob::writeByPages(JobContext &context, const SourceLock &lock,
                                                 const DatabaseEndpoint &source,
                                                 const DatabaseEndpoint &target)
{
    const ConversionPlan &plan = m_result.plan;
    // The size of the snapshot the lock holds, whether its last pages are in the file or in the -wal.
    Statement pageCount = lock.database().prepare(QStringLiteral("PRAGMA page_count"));
    if (!pageCount.step())
        return Error(ExitCode::Failure, QStringLiteral("%1: %2").arg(plan.path, lock.database().lastError()));
    context.startStep(CopyStep, pageCount.int64(0), ProgressUnit::Pages);
    QElapsedTimer timer;
    timer.start();
    const Result<qint64> pages = rekeyPages({source.path, source.key, source.settings, target.path,
                                             target.key, target.settings, pageCount.int64(0)},
                                            workProgress(context));
    if (!pages) {
        if (!pages.cancelled())
            return pages.error();
        return std::nullopt;
    }
    if (std::optional<Error> error = flushCopy(context, target.path, timer, pages.value()))
        return error;
    if (context.isCancelled())
        return std::nullopt;

    // 3. Every page was decrypted again and compared with the source's plaintext as it was written.
    // What is left to prove is that SQLCipher itself reads the result with the new key and settings:
    // it opens, its schema parses, and a row at each end of every table reads.
    context.startStep(VerifyStep);
    timer.restart();
    VerificationReport &report = m_result.verification;
    report.pagesCompared = pages.value();
    report.schemaEqual = true; // its pages are among those compared
    Result<QStringList> tables = QStringList();
    {
        // Closed before anything else happens, so no -wal or -shm of the copy outlives this step.
        auto copy = Database::open(target.path,
                                   {Database::Access::ReadWrite, target.key, plan.targetSettings, 30000});
        if (!copy) {
            return Error(ExitCode::Integrity,
                         QCoreApplication::translate(
                             "ConversionJob",
                             "%1: the new file does not open with its key (%2); it was removed and the "
                             "original is unchanged.")
                             .arg(plan.path, copy.error().message));
        }
        report.opensWithNewKey = true;
        tables = readEveryTable(**copy);
    }
    if (!tables) {
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate(
                         "ConversionJob",
                         "%1: SQLCipher cannot read the new file with its key (%2); it was removed and "
                         "the original is unchanged.")
                         .arg(plan.path, tables.error().message));
    }
    report.tablesRead = *tables;
    const QString comparedInstead = QCoreApplication::translate(
        "ConversionJob", "not run: every page compared with the source as it was written");
    report.cipherIntegrity = comparedInstead;
    report.integrity = comparedInstead;
    m_result.verifyMs = timer.elapsed();
    crashPointForTests("after-verify");
    return std::nullopt;
}

std::optional<Error> ConversionJob::runProtocol(JobContext &context)
{
    // 1. Check first.
    context.startStep(CheckStep);
    auto planned = planConversion(m_request, m_options.checkFreeSpace);
    if (!planned) {
        return planned.error();
    }
    m_result.plan = planned.value();
    const ConversionPlan &plan = m_result.plan;
    for (const QString &line : plan.whatWillHappen())
        context.log(line);
    if (!plan.staleTemps.isEmpty())
        context.log(QCoreApplication::translate("ConversionJob",
                                                "Found %1 leftover temp file(s) of an interrupted run: %2")
                        .arg(plan.staleTemps.size())
                        .arg(plan.staleTemps.join(QStringLiteral(", "))));

    const KeyMaterial *sourceKey = plan.sourceEncrypted ? &*m_request.key : nullptr;
    auto locked = SourceLock::acquire(plan.path, sourceKey, plan.sourceSettings);
    if (!locked) {
        return locked.error();
    }
    const SourceLock &lock = **locked;
    ContentFingerprint header;
    readHeaderFields(lock.database(), header);
    if (context.isCancelled())
        return std::nullopt;

    // 2. Write the result to a temp file in the same folder, 3. verify it: page by page where only
    // keys change (one read, one write, verified in the same pass), else through sqlcipher_export.
    TempFile temp(safefile::tempPathFor(plan.path, conversionKindName(plan.kind)));
    const KeyMaterial *targetKey = nullptr;
    if (plan.targetEncrypted)
        targetKey = m_request.newKey ? &*m_request.newKey : &*m_request.key;
    const DatabaseEndpoint source{plan.path, sourceKey, plan.sourceSettings};
    const DatabaseEndpoint target{temp.path(), targetKey, plan.targetSettings};
    // Reading the file and its -wal directly needs a WAL that cannot grow meanwhile.
    const QString notByPages =
        lock.holdsWriteLock()
            ? whyNotByPages(plan)
            : QCoreApplication::translate("ConversionJob", "the source could not be locked against writers");
    m_result.method = notByPages.isEmpty() ? ConversionMethod::Pages : ConversionMethod::Export;
    if (plan.kind == ConversionKind::Rekey || plan.kind == ConversionKind::Migrate) {
        m_result.whyExport = notByPages;
        context.log(
            notByPages.isEmpty()
                ? QCoreApplication::translate("ConversionJob",
                                              "Re-encrypting page by page: only the key or the KDF "
                                              "changes.")
                : QCoreApplication::translate("ConversionJob", "Copying through sqlcipher_export: %1.")
                      .arg(notByPages));
    }
    const std::optional<Error> written = m_result.method == ConversionMethod::Pages
                                             ? writeByPages(context, lock, source, target)
                                             : writeByExport(context, lock, header, source, target);
    if (written)
        return written;
    if (context.isCancelled())
        return std::nullopt;

    // 4. Swap atomically, keeping the original. From here on there is no going back.
    context.startStep(SwapStep);
    auto swapped = swapInKeepingOriginal(
        temp.path(), plan.path, safefile::keptOriginalPath(plan.path, conversionKindName(plan.kind)));
    if (!swapped) {
        return swapped.error();
    }
    temp.commit();
    m_result.keptOriginal = swapped->keptOriginal;
    m_result.keptOriginalWal = swapped->keptOriginalWal;
    locked.value().reset(); // releases the original (now under its kept name)
    // Reading a WAL database creates an empty -wal when there was none; that one is no part of the
    // original and is dropped, a -wal with frames stays with the kept original.
    if (!m_result.keptOriginalWal.isEmpty() && QFileInfo(m_result.keptOriginalWal).size() == 0) {
        QFile::remove(m_result.keptOriginalWal);
        m_result.keptOriginalWal.clear();
    }
    QFile::remove(m_result.keptOriginal + QStringLiteral("-shm"));

    if (m_request.removeOriginal) {
        context.startStep(RemoveOriginalStep);
        QFile::remove(m_result.keptOriginal);
        if (!m_result.keptOriginalWal.isEmpty())
            QFile::remove(m_result.keptOriginalWal);
        safefile::fsyncDirectory(plan.folder);
        m_result.originalRemoved = !QFile::exists(m_result.keptOriginal);
        if (m_result.originalRemoved) {
            m_result.keptOriginal.clear();
            m_result.keptOriginalWal.clear();
        }
    }

    const VerificationReport &report = m_result.verification;
    qint64 rows = 0;
    for (const TableComparison &t : report.tables)
        rows += t.copyRows;
    const QString original =
        m_result.originalRemoved
            ? QCoreApplication::translate("ConversionJob",
                                          "The original was deleted (its blocks are not scrubbed on an SSD).")
            : QCoreApplication::translate("ConversionJob", "The original is kept as %1.")
                  .arg(m_result.keptOriginal);
    const QString oldKey = m_result.oldKeyNote();
    const QString oldKeySuffix = oldKey.isEmpty() ? QString() : QLatin1Char(' ') + oldKey;
    if (m_result.method == ConversionMethod::Pages)
        context.setOverview(QCoreApplication::translate(
                                "ConversionJob", "%1: %2 done page by page and verified (%3 pages "
                                                 "re-encrypted and compared, %4 tables read with the new "
                                                 "key). %5")
                                .arg(plan.path, conversionKindName(plan.kind))
                                .arg(report.pagesCompared)
                                .arg(report.tablesRead.size())
                                .arg(original) +
                            oldKeySuffix);
    else
        context.setOverview(
            QCoreApplication::translate("ConversionJob", "%1: %2 done and verified (%3 tables, %4 rows). %5")
                .arg(plan.path, conversionKindName(plan.kind))
                .arg(report.tables.size())
                .arg(rows)
                .arg(original) +
            oldKeySuffix);
    context.setData(m_result.toJson());
    return std::nullopt;
}

} // namespace strongroom

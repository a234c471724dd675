#include "sqlcipher/IntegrityCheckJob.h"

#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
#include "sqlcipher/IntegrityCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <sqlite3.h>

namespace strongroom {

QJsonObject IntegrityFindings::toJson() const
{
    QJsonArray pages;
    for (const BadPage &p : badPages)
        pages.append(
            QJsonObject{{QStringLiteral("page"), p.page},
                        {QStringLiteral("owner"), p.owner.isEmpty() ? QJsonValue() : QJsonValue(p.owner)},
                        {QStringLiteral("problem"), p.problem}});
    QJsonArray violations;
    for (const ForeignKeyViolation &v : foreignKeyViolations)
        violations.append(
            QJsonObject{{QStringLiteral("table"), v.table},
                        {QStringLiteral("rowid"), v.rowid < 0 ? QJsonValue() : QJsonValue(v.rowid)},
                        {QStringLiteral("parent"), v.parent}});
    return QJsonObject{{QStringLiteral("ok"), clean()},
                       {QStringLiteral("pages_checked"), pagesChecked},
                       {QStringLiteral("bad_pages"), pages},
                       {QStringLiteral("integrity_errors"), QJsonArray::fromStringList(structureProblems)},
                       {QStringLiteral("foreign_key_violations"), violations}};
}

QString IntegrityCheckJob::title() const
{
    return QCoreApplication::translate("IntegrityCheckJob", "Check %1")
        .arg(QFileInfo(m_session->path()).fileName());
}

QList<JobStep> IntegrityCheckJob::steps() const
{
    return {JobStep{QCoreApplication::translate("IntegrityCheckJob", "Verify the HMAC of every page")},
            JobStep{QCoreApplication::translate("IntegrityCheckJob", "Check the structure")},
            JobStep{QCoreApplication::translate("IntegrityCheckJob", "Check foreign keys")}};
}

void IntegrityCheckJob::run(JobContext &context)
{
    auto guard = m_session->use();
    Database *db = guard.database();
    if (!db) {
        context.fail(
            Error(ExitCode::Failure,
                  QCoreApplication::translate("IntegrityCheckJob", "%1 is closed.").arg(m_session->path())));
        return;
    }
    const WorkProgress work = workProgress(context);
    const FileFacts &facts = m_session->facts();
    m_findings.pagesChecked = facts.pageCount;

    // integrity_check asks `work` as it walks; SQLCipher's cipher_integrity_check reads every page in
    // one call that asks nothing, so integritycheck declares it unstoppable (the displays say how long
    // it should take) and a cancel during it takes effect when it ends.
    context.startStep(0, facts.pageCount, ProgressUnit::Pages);
    if (facts.encrypted) {
        static const QRegularExpression pageNumber(QStringLiteral("page (\\d+)"));
        const Result<QStringList> found =
            integritycheck::problems(*db, integritycheck::Kind::CipherPages, work);
        if (context.isCancelled())
            return;
        for (const QString &line : found ? found.value() : QStringList()) {
            const auto match = pageNumber.match(line);
            m_findings.badPages.append({match.hasMatch() ? match.captured(1).toLongLong() : 0, {}, line});
        }
    } else {
        context.addDetail(QCoreApplication::translate("IntegrityCheckJob",
                                                      "Not encrypted: there are no page HMACs to verify."));
    }
    context.setProgress(facts.pageCount);

    context.startStep(1);
    // "Tree R page P ..." names the b-tree (by its root page) in which page P is damaged.
    static const QRegularExpression treePage(QStringLiteral("^Tree (\\d+) page (\\d+)"));
    QHash<qint64, qint64> rootOfPage;
    {
        const Result<QStringList> found =
            integritycheck::problems(*db, integritycheck::Kind::Structure, work);
        if (context.isCancelled())
            return;
        if (found) {
            for (const QString &line : found.value()) {
                m_findings.structureProblems.append(line);
                const auto match = treePage.match(line);
                if (match.hasMatch() && !rootOfPage.contains(match.captured(2).toLongLong()))
                    rootOfPage.insert(match.captured(2).toLongLong(), match.captured(1).toLongLong());
            }
        } else if (m_findings.badPages.isEmpty()) {
            m_findings.structureProblems.append(db->lastError());
        }
    }
    QHash<qint64, QString> nameOfRoot{{1, QStringLiteral("sqlite_schema")}};
    {
        Statement s =
            db->prepare(QStringLiteral("SELECT rootpage, name FROM sqlite_schema WHERE rootpage > 0"));
        while (s.step())
            nameOfRoot.insert(s.int64(0), s.text(1));
    }
    for (auto &bad : m_findings.badPages)
        if (rootOfPage.contains(bad.page))
            bad.owner = nameOfRoot.value(rootOfPage.value(bad.page));

    context.startStep(2);
    {
        Statement s = db->prepare(QStringLiteral("PRAGMA foreign_key_check"));
        m_session->runInterruptible(
            [&] {
                while (s.step())
                    m_findings.foreignKeyViolations.append(
                        {s.text(0), s.value(1).isNull() ? -1 : s.int64(1), s.text(2)});
            },
            work);
        if (context.isCancelled())
            return;
    }

    context.setData(m_findings.toJson());
    if (m_findings.clean()) {
        context.setOverview(
            QCoreApplication::translate("IntegrityCheckJob", "%1: no problems found in %2 pages.")
                .arg(facts.path)
                .arg(facts.pageCount));
        return;
    }
    for (const auto &bad : std::as_const(m_findings.badPages))
        context.addDetail(
            QCoreApplication::translate("IntegrityCheckJob", "Page %1%2: %3")
                .arg(bad.page)
                .arg(bad.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(bad.owner), bad.problem));
    context.fail(Error(ExitCode::Integrity,
                       QCoreApplication::translate(
                           "IntegrityCheckJob",
                           "%1 is damaged: %2 pages fail their HMAC, %3 structure problems, %4 foreign key "
                           "violations. Restore it from a backup, or export what can still be read.")
                           .arg(facts.path)
                           .arg(m_findings.badPages.size())
                           .arg(m_findings.structureProblems.size())
                           .arg(m_findings.foreignKeyViolations.size())));
}

} // namespace strongroom

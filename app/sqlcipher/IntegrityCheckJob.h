#pragma once

#include "core/Job.h"
#include "sqlcipher/DatabaseSession.h"

#include <QJsonObject>
#include <QList>
#include <memory>

namespace strongroom {

// What a full check of an open database found.
struct IntegrityFindings
{
    struct BadPage
    {
        qint64 page = 0;
        QString owner;   // the table or index whose b-tree holds the page; empty when unknown
        QString problem; // SQLCipher's or SQLite's words
    };
    struct ForeignKeyViolation
    {
        QString table;
        qint64 rowid = -1;
        QString parent;
    };

    qint64 pagesChecked = 0;
    QList<BadPage> badPages;       // failed HMAC (cipher_integrity_check)
    QStringList structureProblems; // integrity_check lines other than "ok"
    QList<ForeignKeyViolation> foreignKeyViolations;

    bool clean() const
    {
        return badPages.isEmpty() && structureProblems.isEmpty() && foreignKeyViolations.isEmpty();
    }
    QJsonObject toJson() const; // ok, pages_checked, bad_pages, integrity_errors, foreign_key_violations
};

// PRAGMA cipher_integrity_check (the HMAC of every page), then integrity_check and
// foreign_key_check, on an open session. Each bad page is given the table or index that owns it,
// read from integrity_check's "Tree N page P" lines and the schema's root pages. Fails with exit
// code 4 when anything is found; the findings are in the report's data either way.
class IntegrityCheckJob : public Job
{
public:
    explicit IntegrityCheckJob(std::shared_ptr<DatabaseSession> session) : m_session(std::move(session)) {}

    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    IntegrityFindings findings() const { return m_findings; }

private:
    std::shared_ptr<DatabaseSession> m_session;
    IntegrityFindings m_findings;
};

} // namespace strongroom

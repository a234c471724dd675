#include "sqlcipher/IntegrityCheck.h"

#include "sqlcipher/CipherCheckEstimate.h"
#include "sqlcipher/StatementError.h"
#include "sqlcipher/StatementWatch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <algorithm>
#include <sqlite3.h>

namespace strongroom::integritycheck {

namespace {

QString pragmaOf(Kind kind)
{
    return kind == Kind::CipherPages ? QStringLiteral("PRAGMA cipher_integrity_check")
                                     : QStringLiteral("PRAGMA integrity_check");
}

} // namespace

Result<QStringList> problems(Database &db, Kind kind, const WorkProgress &work)
{
    const QString pragma = pragmaOf(kind);
    const StatementWatch watch(db.handle(), work);
    // SQLCipher runs cipher_integrity_check while the pragma is prepared, asking nothing.
    const bool unstoppable = kind == Kind::CipherPages;
    if (unstoppable)
        work.beginUnstoppable(ciphercheck::expectedMs(QFileInfo(db.path()).size()));
    const auto declaredEnd = qScopeGuard([&] {
        if (unstoppable)
            work.endUnstoppable();
    });
    Statement s = db.prepare(pragma);
    if (!s.isValid())
        return statementError(db, s.prepareResult(), pragma);
    QStringList found;
    while (s.step()) {
        // One row may hold several lines ("*** in database main ***", then the problems).
        for (const QString &line : s.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
                found.append(line);
        }
    }
    if (watch.stopped() || (unstoppable && work.cancelled()))
        return Cancelled{};
    // A check that found damage may end in an error caused by it: the damage is the answer.
    if (s.lastResult() != SQLITE_DONE && found.isEmpty())
        return statementError(db, s.lastResult(), pragma);
    return found;
}

Status verify(Database &db, Kind kind, const WorkProgress &work)
{
    const Result<QStringList> found = problems(db, kind, work);
    if (!found) {
        if (found.cancelled())
            return Cancelled{};
        return found.error();
    }
    if (found->isEmpty())
        return Status::success();
    const int shown = std::min<int>(found->size(), 3);
    return Error(
        ExitCode::Integrity,
        QCoreApplication::translate(
            "DatabaseChecks", "%1: the file is damaged (%2 reports %3 problem(s): %4). Use another backup.")
            .arg(db.path(), pragmaOf(kind))
            .arg(found->size())
            .arg(found->mid(0, shown).join(QStringLiteral("; "))),
        QStringLiteral("damaged"));
}

Status verifyPages(Database &db, const CipherSettings &settings, const WorkProgress &work)
{
    return verify(db, settings.useHmac ? Kind::CipherPages : Kind::Structure, work);
}

} // namespace strongroom::integritycheck

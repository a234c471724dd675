#include "postgres/PgSnapshot.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strongroom::postgres::snapshot {

Result<QString> exportFrom(PgSession &session, const WorkProgress &work)
{
    Result<PgResult> result = session.exec(
        QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SELECT pg_export_snapshot()"), {},
        work);
    if (!result)
        return result.error();
    return result->value();
}

Status importInto(PgSession &session, const QString &id, const WorkProgress &work)
{
    // SET TRANSACTION SNAPSHOT takes no parameters; the id's form is checked instead.
    static const QRegularExpression form(QStringLiteral("^[0-9A-Fa-f-]+$"));
    if (!form.match(id).hasMatch())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("PgSnapshot", "Not a PostgreSQL snapshot id: %1").arg(id));
    Result<PgResult> result = session.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; "
                                                          "SET TRANSACTION SNAPSHOT '%1'")
                                               .arg(id),
                                           {}, work);
    if (!result)
        return result.error();
    return Status::success();
}

} // namespace strongroom::postgres::snapshot

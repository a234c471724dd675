#pragma once

// One snapshot seen by several sessions: the exporting session opens a REPEATABLE READ, READ ONLY
// transaction and exports its snapshot (pg_export_snapshot()); other sessions (the exact counts,
// `pg_dump --snapshot=ID`) import it and see exactly the same rows, whatever commits meanwhile.
// The snapshot stays importable while the exporting transaction stays open: keep its session
// alive, and do not end the transaction, until every importer has started.

#include "core/Result.h"
#include "postgres/PgSession.h"

namespace strongroom::postgres::snapshot {

// Starts the transaction on `session` and returns the snapshot's id ("00000003-0000001B-1").
Result<QString> exportFrom(PgSession &session, const WorkProgress &work = {});

// Starts a REPEATABLE READ, READ ONLY transaction on `session` that sees the snapshot `id`.
Status importInto(PgSession &session, const QString &id, const WorkProgress &work = {});

} // namespace strongroom::postgres::snapshot

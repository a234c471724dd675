#include "postgres/LibpqVersion.h"

#include <libpq-fe.h>

namespace strongroom::postgres {

QString libpqVersion()
{
    const int version = PQlibVersion(); // major * 10000 + minor since PostgreSQL 10
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 100);
}

} // namespace strongroom::postgres

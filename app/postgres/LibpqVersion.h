#pragma once

#include <QString>

namespace strongroom::postgres {

// The libpq this program runs with ("17.6", from PQlibVersion), for `doctor`.
QString libpqVersion();

} // namespace strongroom::postgres

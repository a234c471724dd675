#pragma once

#include "core/Age.h"

#include <QString>

namespace strongroom::cli {

// How old something is, as the CLI's lists print it, in the user's language: "5 min", "3 h",
// "12 d" ("12 T" in German). Age::englishText() stays the English form.
QString ageText(const Age &age);

} // namespace strongroom::cli

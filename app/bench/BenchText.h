#pragma once

#include <QCoreApplication>

namespace strongroom::bench {

// The translation context of every user-visible text of app/bench ("Benchmark" in the .ts file).
inline QString benchTr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Benchmark", text, disambiguation, n);
}

} // namespace strongroom::bench

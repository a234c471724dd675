#pragma once

// The options every database benchmark takes: the size of the input and where inputs are cached
// between runs (they take minutes to build at 1 GB). Remembered open settings go to the cache too,
// never to the user's configuration.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace bench {

struct BenchOptions
{
    qint64 sizeMb = 1024;
    QDir cache;
};

inline void addBenchOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size-mb"), QStringLiteral("Database size in MiB (default 1024)."),
                      QStringLiteral("N"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("cache-dir"), QStringLiteral("Where the inputs are kept between runs."),
                      QStringLiteral("DIR"), QStringLiteral("build/bench-cache")});
}

// Call after parser.process().
inline BenchOptions benchOptions(const QCommandLineParser &parser)
{
    BenchOptions options;
    options.sizeMb = parser.value(QStringLiteral("size-mb")).toLongLong();
    options.cache = QDir(parser.value(QStringLiteral("cache-dir")));
    options.cache.mkpath(QStringLiteral("config"));
    qputenv("XDG_CONFIG_HOME", options.cache.filePath(QStringLiteral("config")).toUtf8());
    return options;
}

} // namespace bench

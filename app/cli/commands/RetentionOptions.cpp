#include "cli/commands/RetentionOptions.h"

#include <QCoreApplication>

namespace strongroom::cli::retentionoptions {

namespace {

const char *const kCountRules[] = {"keep-last",   "keep-hourly",  "keep-daily",
                                   "keep-weekly", "keep-monthly", "keep-yearly"};

} // namespace

void declare(QCommandLineParser &parser, When when)
{
    const bool now = when == When::Now;
    for (const char *name : kCountRules)
        parser.addOption({QLatin1String(name),
                          now ? QCoreApplication::translate("cli::RetentionOptions",
                                                            "Keep N backups by this rule (-1: unlimited).")
                              : QCoreApplication::translate(
                                    "cli::RetentionOptions",
                                    "After each backup, keep N backups by this rule (-1: unlimited)."),
                          QStringLiteral("N")});
    parser.addOption({QStringLiteral("keep-within"),
                      now ? QCoreApplication::translate(
                                "cli::RetentionOptions",
                                "Keep every backup within DURATION (e.g. 1y2m7d12h) before the newest one.")
                          : QCoreApplication::translate("cli::RetentionOptions",
                                                        "After each backup, keep every backup within "
                                                        "DURATION (e.g. 1y2m7d12h) before the newest one."),
                      QStringLiteral("DURATION")});
}

Result<std::optional<RetentionPolicy>> read(const QCommandLineParser &parser)
{
    RetentionPolicy policy;
    int *fields[] = {&policy.last,   &policy.hourly,  &policy.daily,
                     &policy.weekly, &policy.monthly, &policy.yearly};
    bool any = false;
    for (int i = 0; i < 6; ++i) {
        const QString name = QLatin1String(kCountRules[i]);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int n = parser.value(name).toInt(&ok);
        if (!ok || n < -1)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("RetentionOptions",
                                                     "--%1 wants a whole number, or -1 for unlimited.")
                             .arg(name));
        *fields[i] = n;
        any = true;
    }
    if (parser.isSet(QStringLiteral("keep-within"))) {
        policy.within = RetentionDuration::parse(parser.value(QStringLiteral("keep-within")));
        if (!policy.within)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("RetentionOptions",
                                                     "--keep-within wants a duration such as 7d, 2m or "
                                                     "1y6m (y years, m months, d days, h hours)."));
        any = true;
    }
    return any ? std::optional<RetentionPolicy>(policy) : std::nullopt;
}

} // namespace strongroom::cli::retentionoptions

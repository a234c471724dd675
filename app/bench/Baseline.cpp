#include "bench/Baseline.h"

#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace strongroom::bench {

namespace {

double hundredths(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QHash<QString, QJsonObject> statementsByName(const QJsonObject &result)
{
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : result.value(QLatin1String("statements")).toArray())
        byName.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
    return byName;
}

} // namespace

namespace baseline {

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/strongroom/benchmarks");
}

Result<QString> pathFor(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral(R"(^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$)"));
    if (!valid.match(name).hasMatch())
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "Benchmark", "\"%1\" is not a baseline name: use 1 to 64 letters, "
                                                       "digits, dots, dashes or underscores.")
                                          .arg(name));
    return QString(folder() + QLatin1Char('/') + name + QStringLiteral(".json"));
}

Result<QString> save(const QString &name, QJsonObject result)
{
    Result<QString> path = pathFor(name);
    if (!path)
        return path.error();
    if (Status made = safefile::makePrivateFolder(folder()); !made)
        return made.error();
    result.insert(QStringLiteral("name"), name);
    result.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    result.remove(QStringLiteral("comparison"));
    const QByteArray bytes = QJsonDocument(result).toJson(QJsonDocument::Indented);
    if (Status written = safefile::writeFileAtomically(*path, bytes, QStringLiteral("baseline"),
                                                       QStringLiteral("benchmark baseline"));
        !written)
        return written.error();
    return *path;
}

Result<QJsonObject> load(const QString &name)
{
    Result<QString> path = pathFor(name);
    if (!path)
        return path.error();
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        QStringList names;
        for (const QJsonObject &b : all())
            names.append(b.value(QLatin1String("name")).toString());
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("Benchmark",
                                                 "There is no baseline \"%1\" in %2 (saved: %3). Save one "
                                                 "with --save-baseline %1.")
                         .arg(name, folder(),
                              names.isEmpty() ? QCoreApplication::translate("Benchmark", "none")
                                              : names.join(QStringLiteral(", "))),
                     QStringLiteral("no-baseline"));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("statements")).isArray())
        return Error(ExitCode::Integrity,
                     QCoreApplication::translate("Benchmark",
                                                 "%1 is not a benchmark baseline (%2); save it again "
                                                 "with --save-baseline.")
                         .arg(*path, parseError.errorString()));
    return doc.object();
}

QList<QJsonObject> all()
{
    QList<QJsonObject> baselines;
    const QStringList files = QDir(folder()).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        Result<QJsonObject> b = load(file.chopped(5));
        if (b)
            baselines.append(*b);
    }
    std::sort(baselines.begin(), baselines.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("saved")).toString() < b.value(QLatin1String("saved")).toString();
    });
    return baselines;
}

} // namespace baseline

QJsonObject StatementChange::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("baseline_p50_us"), baselineP50Us},
            {QStringLiteral("now_p50_us"), nowP50Us},
            {QStringLiteral("change_percent"), hundredths(changePercent)},
            {QStringLiteral("noise_percent"), hundredths(noisePercent)},
            {QStringLiteral("regression"), regression}};
}

BaselineComparison BaselineComparison::compare(const QJsonObject &now, const QJsonObject &base,
                                               double thresholdPercent)
{
    BaselineComparison c;
    c.baseline = base.value(QLatin1String("name")).toString();
    c.thresholdPercent = thresholdPercent;
    const QHash<QString, QJsonObject> before = statementsByName(base);
    for (const QJsonValue &v : now.value(QLatin1String("statements")).toArray()) {
        const QJsonObject statement = v.toObject();
        const QString name = statement.value(QLatin1String("name")).toString();
        if (!before.contains(name)) {
            c.notInBaseline.append(name);
            continue;
        }
        const QJsonObject a = statement.value(QLatin1String("target")).toObject();
        const QJsonObject b = before.value(name).value(QLatin1String("target")).toObject();
        StatementChange change;
        change.name = name;
        change.nowP50Us = a.value(QLatin1String("p50_us")).toDouble();
        change.baselineP50Us = b.value(QLatin1String("p50_us")).toDouble();
        change.changePercent =
            change.baselineP50Us > 0 ? (change.nowP50Us / change.baselineP50Us - 1.0) * 100.0 : 0.0;
        const double noiseNow = a.value(QLatin1String("noise_percent")).toDouble();
        const double noiseBase = b.value(QLatin1String("noise_percent")).toDouble();
        change.noisePercent = 2.0 * std::sqrt(noiseNow * noiseNow + noiseBase * noiseBase);
        // The epsilon keeps 105 / 100 - 1 = 5.000000000000004 % from exceeding a 5 % threshold.
        change.regression = change.changePercent > thresholdPercent + 1e-9 &&
                            change.changePercent > change.noisePercent + 1e-9;
        c.statements.append(change);
    }
    return c;
}

int BaselineComparison::regressions() const
{
    return int(std::count_if(statements.begin(), statements.end(),
                             [](const StatementChange &s) { return s.regression; }));
}

QJsonObject BaselineComparison::toJson() const
{
    QJsonArray list;
    for (const StatementChange &s : statements)
        list.append(s.toJson());
    return {{QStringLiteral("baseline"), baseline},
            {QStringLiteral("threshold_percent"), thresholdPercent},
            {QStringLiteral("statements"), list},
            {QStringLiteral("not_in_baseline"), QJsonArray::fromStringList(notInBaseline)},
            {QStringLiteral("regressions"), regressions()}};
}

} // namespace strongroom::bench

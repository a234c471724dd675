#include "backup/RetentionPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace strongroom {

std::optional<RetentionDuration> RetentionDuration::parse(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral("^(\\d+[ymdh])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)([ymdh])"));
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    RetentionDuration d;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int n = m.captured(1).toInt();
        switch (m.captured(2).at(0).toLatin1()) {
        case 'y':
            d.years += n;
            break;
        case 'm':
            d.months += n;
            break;
        case 'd':
            d.days += n;
            break;
        case 'h':
            d.hours += n;
            break;
        }
    }
    return d;
}

QString RetentionDuration::toString() const
{
    QString s;
    if (years)
        s += QString::number(years) + QLatin1Char('y');
    if (months)
        s += QString::number(months) + QLatin1Char('m');
    if (days)
        s += QString::number(days) + QLatin1Char('d');
    if (hours || s.isEmpty())
        s += QString::number(hours) + QLatin1Char('h');
    return s;
}

QDateTime RetentionDuration::before(const QDateTime &from) const
{
    return from.addYears(-years).addMonths(-months).addDays(-days).addSecs(-qint64(hours) * 3600);
}

bool RetentionPolicy::isEmpty() const
{
    return !last && !hourly && !daily && !weekly && !monthly && !yearly && !within;
}

RetentionPolicy RetentionPolicy::defaultPolicy()
{
    RetentionPolicy p;
    p.last = 5;
    return p;
}

QString RetentionPolicy::toString() const
{
    QStringList parts;
    const auto add = [&](const char *name, int n) {
        if (n)
            parts.append(
                QStringLiteral("keep-%1 %2")
                    .arg(QLatin1String(name), n < 0 ? QStringLiteral("unlimited") : QString::number(n)));
    };
    add("last", last);
    add("hourly", hourly);
    add("daily", daily);
    add("weekly", weekly);
    add("monthly", monthly);
    add("yearly", yearly);
    if (within)
        parts.append(QStringLiteral("keep-within %1").arg(within->toString()));
    return parts.join(QStringLiteral(", "));
}

namespace {

struct Bucket
{
    int count;
    QString reason;
    std::function<qint64(const QDateTime &, int index)> period;
    qint64 lastPeriod = std::numeric_limits<qint64>::min();
};

qint64 isoWeek(const QDateTime &t)
{
    int year = 0;
    const int week = t.date().weekNumber(&year);
    return qint64(year) * 100 + week;
}

} // namespace

QList<RetentionDecision> applyRetention(const RetentionPolicy &requested, QList<BackupRecord> backups)
{
    const RetentionPolicy policy = requested.isEmpty() ? RetentionPolicy::defaultPolicy() : requested;
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupRecord &a, const BackupRecord &b) { return a.created > b.created; });

    QList<RetentionDecision> decisions;
    QList<BackupRecord> candidates;
    for (const BackupRecord &b : backups) {
        if (!b.catalogued || !b.isSealed() || (b.isProtected() && !policy.includeProtected))
            continue;
        candidates.append(b);
    }

    const auto utc = [](const QDateTime &t) { return t.toUTC(); };
    QList<Bucket> buckets{
        {policy.last, QCoreApplication::translate("RetentionPolicy", "last snapshot"),
         [](const QDateTime &, int i) { return qint64(i); }},
        {policy.hourly, QCoreApplication::translate("RetentionPolicy", "hourly snapshot"),
         [&](const QDateTime &t, int) {
             const QDateTime u = utc(t);
             return qint64(u.date().year()) * 1000000 + u.date().month() * 10000 + u.date().day() * 100 +
                    u.time().hour();
         }},
        {policy.daily, QCoreApplication::translate("RetentionPolicy", "daily snapshot"),
         [&](const QDateTime &t, int) {
             const QDate d = utc(t).date();
             return qint64(d.year()) * 10000 + d.month() * 100 + d.day();
         }},
        {policy.weekly, QCoreApplication::translate("RetentionPolicy", "weekly snapshot"),
         [&](const QDateTime &t, int) { return isoWeek(utc(t)); }},
        {policy.monthly, QCoreApplication::translate("RetentionPolicy", "monthly snapshot"),
         [&](const QDateTime &t, int) { return qint64(utc(t).date().year()) * 100 + utc(t).date().month(); }},
        {policy.yearly, QCoreApplication::translate("RetentionPolicy", "yearly snapshot"),
         [&](const QDateTime &t, int) { return qint64(utc(t).date().year()); }},
    };

    const QDateTime newest = candidates.isEmpty() ? QDateTime() : candidates.first().created;
    const QDateTime withinLimit = policy.within ? policy.within->before(newest) : QDateTime();

    QMap<QString, RetentionDecision> byName;
    for (int i = 0; i < candidates.size(); ++i) {
        const BackupRecord &cur = candidates.at(i);
        RetentionDecision d{cur, false, {}};
        if (policy.within && cur.created > withinLimit) {
            d.keep = true;
            d.reasons.append(
                QCoreApplication::translate("RetentionPolicy", "within %1").arg(policy.within->toString()));
        }
        const bool oldest = i == candidates.size() - 1;
        for (Bucket &b : buckets) {
            if (b.count == 0)
                continue;
            const qint64 period = b.period(cur.created, i);
            if (period != b.lastPeriod || oldest) {
                d.reasons.append(period != b.lastPeriod ? b.reason : QStringLiteral("oldest ") + b.reason);
                d.keep = true;
                b.lastPeriod = period;
                if (b.count > 0)
                    --b.count;
            }
        }
        byName.insert(cur.fileName, d);
    }

    for (const BackupRecord &b : backups) {
        if (byName.contains(b.fileName)) {
            decisions.append(byName.value(b.fileName));
        } else if (!b.catalogued && !b.refusal.isEmpty()) {
            decisions.append(
                {b,
                 true,
                 {QCoreApplication::translate("RetentionPolicy", "damaged catalog entry: ") + b.refusal}});
        } else if (!b.catalogued) {
            decisions.append(
                {b,
                 true,
                 {QCoreApplication::translate("RetentionPolicy", "not yet verified (not in the catalog)")}});
        } else if (b.isProtected() && !policy.includeProtected) {
            decisions.append(
                {b, true, {QCoreApplication::translate("RetentionPolicy", "protected (pre-restore)")}});
        } else {
            decisions.append({b,
                              true,
                              {QCoreApplication::translate(
                                  "RetentionPolicy", "unsealed entry (only sealed ones are removed)")}});
        }
    }
    return decisions;
}

} // namespace strongroom

#pragma once

#include <QDateTime>
#include <QString>

namespace strongroom {

// How old something is, as an admin reads it at a glance in a list: whole minutes within the hour,
// whole hours within two days, then whole days. The CLI prints it with englishText(); the GUI
// translates each unit itself.
struct Age
{
    enum class Unit
    {
        Minutes,
        Hours,
        Days
    };
    Unit unit = Unit::Minutes;
    qint64 count = 0;

    // A time in the future (a clock set back) counts as 0 minutes.
    static Age between(const QDateTime &then, const QDateTime &now);
    static Age since(const QDateTime &then) { return between(then, QDateTime::currentDateTimeUtc()); }

    QString englishText() const; // "5 min", "3 h", "12 d"
};

} // namespace strongroom

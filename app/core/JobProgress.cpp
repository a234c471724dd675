#include "core/JobProgress.h"

#include <QCoreApplication>
#include <QLocale>
#include <limits>

namespace strongroom {

namespace {

// Qt picks the plural form from an int; a count beyond that range takes the form of a large number,
// which is the same in every language we ship. The messages say %1, not %n, for the same reason: %n
// would print the clamped int. Their English source is the plural ("%1 rows", as before), so English
// output is unchanged; the German catalogue has both forms ("1 Zeile", "2 Zeilen").
int pluralCount(qint64 amount)
{
    return int(std::clamp<qint64>(amount, 0, std::numeric_limits<int>::max()));
}

} // namespace

// An identifier (the JSON reports' "unit"), so never translated.
QString progressUnitName(ProgressUnit unit)
{
    switch (unit) {
    case ProgressUnit::Bytes:
        return QStringLiteral("bytes");
    case ProgressUnit::Pages:
        return QStringLiteral("pages");
    case ProgressUnit::Rows:
        return QStringLiteral("rows");
    case ProgressUnit::Items:
        break;
    }
    return QStringLiteral("items");
}

QString formatUnits(qint64 amount, ProgressUnit unit)
{
    // Numbers keep the C locale's form in every language (the CLI's tables line up with the same
    // figures); the words follow the translation. The IEC symbols (KiB, MiB, ...) are the same in
    // German, so only the plain byte count has words of its own.
    const QLocale locale = QLocale::c();
    const QString number = locale.toString(amount);
    const int n = pluralCount(amount);
    switch (unit) {
    case ProgressUnit::Bytes:
        if (amount >= 1024 || amount <= -1024)
            return locale.formattedDataSize(amount, 1, QLocale::DataSizeIecFormat);
        return QCoreApplication::translate("JobProgress", "%1 bytes", nullptr, n).arg(number);
    case ProgressUnit::Pages:
        return QCoreApplication::translate("JobProgress", "%1 pages", nullptr, n).arg(number);
    case ProgressUnit::Rows:
        return QCoreApplication::translate("JobProgress", "%1 rows", nullptr, n).arg(number);
    case ProgressUnit::Items:
        break;
    }
    return QCoreApplication::translate("JobProgress", "%1 items", nullptr, n).arg(number);
}

QString formatRate(double perSecond, ProgressUnit unit)
{
    // A rate is no count of things, so no plural: "12000 rows/s", "85.1 MiB/s".
    const QString number = QLocale::c().toString(qint64(perSecond));
    switch (unit) {
    case ProgressUnit::Bytes:
        if (perSecond >= 1024)
            return formatUnits(qint64(perSecond), unit) + QStringLiteral("/s");
        return QCoreApplication::translate("JobProgress", "%1 bytes/s").arg(number);
    case ProgressUnit::Pages:
        return QCoreApplication::translate("JobProgress", "%1 pages/s").arg(number);
    case ProgressUnit::Rows:
        return QCoreApplication::translate("JobProgress", "%1 rows/s").arg(number);
    case ProgressUnit::Items:
        break;
    }
    return QCoreApplication::translate("JobProgress", "%1 items/s").arg(number);
}

} // namespace strongroom

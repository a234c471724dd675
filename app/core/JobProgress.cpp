#include "core/JobProgress.h"

#include <QLocale>

namespace strongroom {

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
    const QLocale locale = QLocale::c();
    if (unit == ProgressUnit::Bytes)
        return locale.formattedDataSize(amount, 1, QLocale::DataSizeIecFormat);
    return locale.toString(amount) + QLatin1Char(' ') + progressUnitName(unit);
}

QString formatRate(double perSecond, ProgressUnit unit)
{
    if (unit == ProgressUnit::Bytes)
        return formatUnits(qint64(perSecond), unit) + QStringLiteral("/s");
    return QLocale::c().toString(qint64(perSecond)) + QLatin1Char(' ') + progressUnitName(unit) +
           QStringLiteral("/s");
}

} // namespace strongroom

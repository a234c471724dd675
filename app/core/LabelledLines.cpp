#include "core/LabelledLines.h"

#include <algorithm>

namespace strongroom {

QString labelledLines(const QList<QPair<QString, QString>> &lines)
{
    qsizetype width = 0;
    for (const auto &[label, value] : lines)
        width = std::max(width, label.size());
    QString text;
    for (const auto &[label, value] : lines)
        text += label.leftJustified(width + 2) + value + QLatin1Char('\n');
    return text;
}

} // namespace strongroom

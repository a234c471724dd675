#pragma once

#include <QLocale>
#include <QString>

namespace strongroom::ui {

// A byte count as people read it in the user's language: "1.5 GiB", "512 KiB".
inline QString dataSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace strongroom::ui

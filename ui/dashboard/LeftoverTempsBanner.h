#pragma once

#include "widgets/Banner.h"

namespace strongroom::ui {

// The warning about temp files an interrupted conversion left beside a database, with the button
// that removes them. Hidden when there are none.
class LeftoverTempsBanner : public Banner
{
    Q_OBJECT
public:
    explicit LeftoverTempsBanner(QWidget *parent = nullptr);

    // Looks beside `databasePath` (one folder listing and a kill(pid, 0) per candidate: temp files
    // of a run still going, in this process or another, are not listed) and shows what it found.
    void checkBeside(const QString &databasePath);
};

} // namespace strongroom::ui

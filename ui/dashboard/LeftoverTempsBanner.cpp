#include "dashboard/LeftoverTempsBanner.h"

#include "conversion/ConversionPlan.h"
#include "core/SafeFile.h"

#include <QFileInfo>
#include <QPushButton>

namespace strongroom::ui {

LeftoverTempsBanner::LeftoverTempsBanner(QWidget *parent) : Banner(parent)
{
    setVisible(false);
}

void LeftoverTempsBanner::checkBeside(const QString &databasePath)
{
    const QStringList stale = staleTempsFor(databasePath);
    if (stale.isEmpty()) {
        setVisible(false);
        return;
    }
    QStringList names;
    for (const QString &file : stale)
        names << QFileInfo(file).fileName();
    showMessage(Tone::Warning,
                tr("An interrupted conversion of this file left %n temp file(s) beside it: %1. They are "
                   "incomplete copies made by Strongroom; the database itself is intact. Removing them "
                   "frees the space.",
                   nullptr, int(stale.size()))
                    .arg(names.join(QStringLiteral(", "))));
    QPushButton *remove = addAction(tr("Remove &Leftover Files"));
    remove->setObjectName(QStringLiteral("removeStaleTempsButton"));
    connect(remove, &QPushButton::clicked, this, [this, stale] {
        QStringList left;
        for (const QString &file : stale) {
            safefile::removeTemp(file);
            if (QFileInfo::exists(file))
                left << file;
        }
        showMessage(left.isEmpty() ? Tone::Success : Tone::Error,
                    left.isEmpty() ? tr("The leftover temp files were removed.")
                                   : tr("Could not remove: %1").arg(left.join(QStringLiteral(", "))));
    });
    setVisible(true);
}

} // namespace strongroom::ui

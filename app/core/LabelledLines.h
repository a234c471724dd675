#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace strongroom {

// "Label   value" lines for people: every label padded to the widest label plus two spaces, so the
// values start in one column in every language (German labels are often longer than the English
// ones). The CLI's reports (db info, volume info, doctor) and the console's diagnostics use it; scripts
// read --json, never this layout.
QString labelledLines(const QList<QPair<QString, QString>> &lines);

} // namespace strongroom

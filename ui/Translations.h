#pragma once

#include <QLocale>

class QCoreApplication;

namespace strongroom::ui {

// Installs Strongroom's and Qt's own translations for `locale` (the system locale by default).
// Returns false when Strongroom has no translation for it (English is the source language).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace strongroom::ui

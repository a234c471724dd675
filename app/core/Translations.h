#pragma once

#include <QLocale>

class QCoreApplication;

namespace strongroom {

// Installs Strongroom's and Qt's own translations for `locale`. The default, the system locale,
// follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG, so the console and strongroom-cli speak the same
// language. The catalogue is a resource of this library (QtCore only), so the CLI needs no widgets.
// Returns false when Strongroom has no translation for it (English is the source language).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace strongroom

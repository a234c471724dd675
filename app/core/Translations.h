#pragma once

#include <QLocale>

class QCoreApplication;

namespace strongroom {

// Installs Strongroom's and Qt's own translations for `locale`. The default, the system locale,
// follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG, so the console and strongroom-cli speak the same
// language. The catalogue is a resource of this library (QtCore only), so the CLI needs no widgets.
// A language without a catalogue gets English, the source language, with the English catalogue's
// singular and plural forms of counted messages ("1 table", "2 tables"). Returns false only when
// not even that catalogue could be loaded.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace strongroom

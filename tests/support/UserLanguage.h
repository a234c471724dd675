#pragma once

#include "core/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Switches the running test program to German (the catalogue compiled into strongroom-core, as the
// programs load it) or back to the English source texts, dropping whatever translators were
// installed before, so one test function's language never leaks into the next.
inline void useGerman(bool german)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    if (german)
        QVERIFY(strongroom::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
}

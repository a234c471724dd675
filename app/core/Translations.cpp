#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace strongroom {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;
    auto *own = new QTranslator(&app);
    // The user's language, else English: its catalogue holds only the counted messages, whose source
    // text ("%n table(s)") is no sentence without its singular and plural.
    if (!own->load(locale, QStringLiteral("strongroom"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !own->load(QStringLiteral(":/i18n/strongroom_en.qm"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace strongroom

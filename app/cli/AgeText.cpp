#include "cli/AgeText.h"

#include <QCoreApplication>

namespace strongroom::cli {

QString ageText(const Age &age)
{
    switch (age.unit) {
    case Age::Unit::Minutes:
        return QCoreApplication::translate("cli::AgeText", "%1 min").arg(age.count);
    case Age::Unit::Hours:
        return QCoreApplication::translate("cli::AgeText", "%1 h").arg(age.count);
    case Age::Unit::Days:
        break;
    }
    return QCoreApplication::translate("cli::AgeText", "%1 d").arg(age.count);
}

} // namespace strongroom::cli

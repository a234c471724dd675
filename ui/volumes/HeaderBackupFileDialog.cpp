#include "volumes/HeaderBackupFileDialog.h"

#include <QDate>

namespace strongroom::ui {

HeaderBackupFileDialog::HeaderBackupFileDialog(const QString &image, QWidget *parent)
    : QFileDialog(parent, tr("Back Up Header"))
{
    setObjectName(QStringLiteral("headerBackupDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptMode(QFileDialog::AcceptSave);
    selectFile(image + QStringLiteral(".header-%1").arg(QDate::currentDate().toString(Qt::ISODate)));
}

} // namespace strongroom::ui

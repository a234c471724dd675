#include "backups/ConfirmDeletion.h"

#include <QMessageBox>
#include <QPushButton>

namespace strongroom::ui {

void confirmDeletion(QWidget *parent, const QString &objectName, const QString &title,
                     const QString &question, const QString &details, const QString &buttonText,
                     std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    QPushButton *remove = box->addButton(buttonText, QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [remove, onConfirmed = std::move(onConfirmed)](QAbstractButton *clicked) {
                         if (clicked == remove)
                             onConfirmed();
                     });
    box->open();
}

} // namespace strongroom::ui

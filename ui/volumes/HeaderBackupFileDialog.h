#pragma once

#include <QFileDialog>

namespace strongroom::ui {

// "Save the header of IMAGE as…", suggesting IMAGE.header-YYYY-MM-DD; deletes itself on close.
// The caller connects fileSelected and calls open().
class HeaderBackupFileDialog : public QFileDialog
{
    Q_OBJECT

public:
    HeaderBackupFileDialog(const QString &image, QWidget *parent);
};

} // namespace strongroom::ui

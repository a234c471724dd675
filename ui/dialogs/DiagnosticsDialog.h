#pragma once

#include "system/Diagnostics.h"

#include <QDialog>
#include <QFutureWatcher>

class QPlainTextEdit;
class QTreeWidget;

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

// Help → Diagnostics: what `strongroom-cli doctor` reports, collected off the GUI thread.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DiagnosticsDialog(JobRunner *runner, QWidget *parent = nullptr);

private:
    void present(const Diagnostics &diagnostics);

    QPlainTextEdit *m_text;
    QTreeWidget *m_missing;
    QFutureWatcher<Diagnostics> m_watcher;
};

} // namespace strongroom::ui

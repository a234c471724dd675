#pragma once

#include <QObject>
#include <QPointer>

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

class BackupsPage;
class RestoreWizard;

// Brings the Backups page into a state worth a screenshot (for docs/screenshots, through
// strongroom-backups-screenshot --view): the history, the retention preview, or one page of the
// restore wizard, driven the way a user would (the newest backup, or --restore-file, and Next until
// the page is reached).
class BackupsScreenshot : public QObject
{
    Q_OBJECT
public:
    // view: history, retention, restore-choose, restore-validate, restore-compare, restore-commit,
    // restore-progress, restore-report.
    BackupsScreenshot(BackupsPage *page, JobRunner *runner, QString view, QString restoreFile);

    static QStringList views();
    // The widget to grab once the state is reached and settled; null until then.
    QWidget *ready(QWidget *window);

private:
    void start();
    int targetPage() const;

    BackupsPage *m_page;
    JobRunner *m_runner;
    QString m_view;
    QString m_restoreFile;
    bool m_loaded = false;
    bool m_started = false;
    int m_quietTicks = 0;
    QPointer<RestoreWizard> m_wizard;
};

} // namespace strongroom::ui

#pragma once

#include "app/backup/BackupFixtures.h"
#include "backups/BackupHistoryModel.h"
#include "backups/BackupsPage.h"
#include "core/JobRunner.h"
#include "dashboard/DatabaseDashboard.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "sqlcipher/DatabaseSession.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// The Backups page as the console builds it (a Databases page holding the open session, the job
// runner, the jobs indicator) on a database made with the sqlcipher shell. Raw keys skip the KDF.
namespace backupui {

using namespace backupfixtures;

// Keeps the settings, remembered cipher settings and audit log of the test away from the user's.
inline void isolateUserFiles(const QTemporaryDir &dir)
{
    isolateThisProcess(dir.path());
}

struct Console
{
    strongroom::JobRunner runner;
    strongroom::ui::JobsIndicator jobs{&runner};
    strongroom::ui::DatabasesPage databases{&runner, &jobs};
    strongroom::ui::BackupsPage page{&databases, &runner, &jobs};

    ~Console() { runner.shutdown(); }

    // Opens `path` with the live key on the Databases page and shows its history on the Backups page.
    bool open(const QString &path)
    {
        qputenv("BACKUP_TEST_KEY", liveKey());
        databases.openDatabase(path, strongroom::KeySource::environment(QStringLiteral("BACKUP_TEST_KEY")));
        strongroom::ui::DatabaseDashboard *dashboard = databases.dashboard(path);
        if (!dashboard || !QTest::qWaitFor([&] { return dashboard->session() != nullptr; }, 30000))
            return false;
        page.show();
        page.selectDatabase(path);
        return reload();
    }

    bool reload()
    {
        QSignalSpy loaded(&page, &strongroom::ui::BackupsPage::historyLoaded);
        page.refresh();
        return loaded.wait(30000);
    }

    // Clicks Back Up Now and waits until the new backup is listed and every job has ended.
    bool backUpNow()
    {
        const int before = page.history()->rowCount();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("backUpNow")), Qt::LeftButton);
        return QTest::qWaitFor([&] { return page.history()->rowCount() == before + 1; }, 60000) && settle();
    }

    // Waits for every job (and what their finished handlers start) to end.
    bool settle(int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return runner.running().isEmpty(); }, timeoutMs) &&
               (QTest::qWait(100), true) &&
               QTest::qWaitFor([&] { return runner.running().isEmpty(); }, timeoutMs);
    }
};

} // namespace backupui

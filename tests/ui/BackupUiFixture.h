#pragma once

#include "backups/BackupsPage.h"
#include "core/JobRunner.h"
#include "dashboard/DatabaseDashboard.h"
#include "jobs/JobsIndicator.h"
#include "pages/DatabasesPage.h"
#include "sqlcipher/DatabaseSession.h"
#include "support/SqlCipherShell.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// The Backups page as the console builds it (a Databases page holding the open session, the job
// runner, the jobs indicator) on a database made with the sqlcipher shell. Raw keys skip the KDF.
namespace backupui {

inline QByteArray liveKey()
{
    return QByteArrayLiteral("x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'");
}

inline QByteArray otherKey()
{
    return QByteArrayLiteral("x'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100'");
}

inline QByteArray keyPragma(const QByteArray &key)
{
    return QByteArrayLiteral("PRAGMA key = \"") + key + QByteArrayLiteral("\";\n");
}

// Tables t (`rows` rows) and marker (one row holding `marker`).
inline bool makeDatabase(const QString &path, const QByteArray &key, int rows, const QByteArray &marker)
{
    return runSqlCipherShell(path,
                             keyPragma(key) +
                                 "CREATE TABLE t(a INTEGER PRIMARY KEY, b BLOB);\n"
                                 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " +
                                 QByteArray::number(rows) +
                                 ") INSERT INTO t SELECT x, randomblob(100) FROM c;\n"
                                 "CREATE TABLE marker(m TEXT);\nINSERT INTO marker VALUES ('" +
                                 marker + "');\n")
               .exitCode == 0;
}

// SQL through the shell; its output without the "ok" that PRAGMA key prints.
inline QByteArray query(const QString &path, const QByteArray &key, const QByteArray &sql)
{
    const ShellRun r = runSqlCipherShell(path, keyPragma(key) + sql);
    QByteArray out = r.out;
    if (out.startsWith("ok\n"))
        out = out.mid(3);
    return r.exitCode == 0 ? out.trimmed() : QByteArray("error: ") + r.err.trimmed();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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

    // Waits for every job (and what their finished handlers start) to end.
    bool settle(int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return runner.running().isEmpty(); }, timeoutMs) &&
               (QTest::qWait(100), true) &&
               QTest::qWaitFor([&] { return runner.running().isEmpty(); }, timeoutMs);
    }
};

} // namespace backupui

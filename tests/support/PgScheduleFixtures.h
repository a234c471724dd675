#pragma once

#include "support/AgeKeygen.h"
#include "support/IsolatedHome.h"
#include "support/PgShopDatabase.h"
#include "support/PostgresServer.h"
#include "support/ScheduledService.h"

#include <QDebug>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// What the tests of PostgreSQL backups made on a schedule start from (TestPgSchedules,
// TestPgBackupAudit): a PostgreSQL 17 server with a database "shop" to back up, a folder of the
// test's own as strongroom-cli's home, whose schedules never reach the user's systemd
// (scheduleEnvironment), and an age identity made by age-keygen to back up to.
//
//   STRONGROOM_START_POSTGRES(m_fx.server);
//   QVERIFY(m_fx.prepare(200));
struct PgScheduleFixtures
{
    QTemporaryDir dir;
    QProcessEnvironment env = scheduleEnvironment(isolatedEnvironment(dir.path()), dir.path());
    PostgresServer server;
    QString identity = dir.filePath(QStringLiteral("backup.identity"));
    QString recipient;

    // Once the server runs: "shop" with `orders` rows in its one table (makeOrdersDatabase), and the
    // identity. False, with a warning saying what failed.
    bool prepare(int orders)
    {
        if (!dir.isValid()) {
            qWarning("no temporary folder for the test");
            return false;
        }
        const PostgresServer::SqlResult made = makeOrdersDatabase(server, orders);
        if (!made.ok) {
            qWarning() << "cannot make the database shop:" << made.error;
            return false;
        }
        recipient = ageKeygen(identity);
        return recipient.startsWith(QLatin1String("age1"));
    }
};

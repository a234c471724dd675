#include "securityaudit/MachineChecks.h"

#include "core/AuditLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <sys/prctl.h>

namespace strongroom::machinechecks {

namespace {

QString thisMachine()
{
    return QCoreApplication::translate("SecurityAudit", "this machine");
}

} // namespace

SecurityCheck aesNi(const QByteArray &cpuinfo)
{
    bool has = false;
    for (const QByteArray &line : cpuinfo.split('\n'))
        if (line.startsWith("flags") && QByteArray(line + ' ').contains(" aes "))
            has = true;
    return {QStringLiteral("machine.aes-ni"),
            QStringLiteral("machine"),
            thisMachine(),
            has ? SecurityCheck::Result::Pass : SecurityCheck::Result::Warn,
            has ? QCoreApplication::translate("SecurityAudit", "The CPU flags include aes.")
                : QCoreApplication::translate("SecurityAudit", "The CPU flags do not include aes."),
            QCoreApplication::translate(
                "SecurityAudit",
                "Without AES instructions encryption is slower and table-based AES may leak through caches."),
            has ? QString()
                : QCoreApplication::translate(
                      "SecurityAudit", "Prefer a CPU with AES-NI for encrypted volumes and databases.")};
}

SecurityCheck swap(const QByteArray &swaps)
{
    QStringList plain, encrypted;
    const QList<QByteArray> lines = swaps.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.isEmpty() || fields.first().isEmpty())
            continue;
        const QString device = QString::fromUtf8(fields.first());
        const QString real =
            QFileInfo(device).canonicalFilePath().isEmpty() ? device : QFileInfo(device).canonicalFilePath();
        const QString name = QFileInfo(real).fileName();
        QFile uuid(QStringLiteral("/sys/block/%1/dm/uuid").arg(name));
        const bool crypt = uuid.open(QIODevice::ReadOnly) && uuid.readAll().startsWith("CRYPT-");
        (crypt || name.startsWith(QLatin1String("zram")) ? encrypted : plain).append(device);
    }
    const bool ok = plain.isEmpty();
    return {QStringLiteral("machine.swap"),
            QStringLiteral("machine"),
            thisMachine(),
            ok ? SecurityCheck::Result::Pass : SecurityCheck::Result::Fail,
            plain.isEmpty() && encrypted.isEmpty()
                ? QCoreApplication::translate("SecurityAudit", "No swap is active.")
            : ok
                ? QCoreApplication::translate("SecurityAudit", "Swap on encrypted or memory devices only: %1")
                      .arg(encrypted.join(QStringLiteral(", ")))
                : QCoreApplication::translate("SecurityAudit", "Swap not encrypted: %1")
                      .arg(plain.join(QStringLiteral(", "))),
            QCoreApplication::translate(
                "SecurityAudit",
                "Keys and decrypted pages can be swapped out and stay on the disk in the clear."),
            ok ? QString()
               : QCoreApplication::translate(
                     "SecurityAudit",
                     "Encrypt swap (a random key in /etc/crypttab: swap /dev/... /dev/urandom swap) or "
                     "use zram.")};
}

SecurityCheck coreDumps()
{
    const int dumpable = ::prctl(PR_GET_DUMPABLE);
    return {QStringLiteral("machine.core-dumps"),
            QStringLiteral("machine"),
            thisMachine(),
            dumpable == 0 ? SecurityCheck::Result::Pass : SecurityCheck::Result::Fail,
            QCoreApplication::translate("SecurityAudit",
                                        "Strongroom's processes are %1 (prctl PR_GET_DUMPABLE = %2).")
                .arg(dumpable == 0 ? QCoreApplication::translate("SecurityAudit", "not dumpable")
                                   : QCoreApplication::translate("SecurityAudit", "dumpable"))
                .arg(dumpable),
            QCoreApplication::translate("SecurityAudit", "A core dump holds the keys that were in memory."),
            dumpable == 0 ? QString()
                          : QCoreApplication::translate(
                                "SecurityAudit",
                                "Report this: every Strongroom program turns core dumps off at start.")};
}

SecurityCheck auditChain(const AuditLog &log)
{
    const AuditLog::Verification v = log.verify();
    SecurityCheck::Result result = SecurityCheck::Result::Pass;
    QString evidence = QCoreApplication::translate("SecurityAudit", "%1 lines, chain intact.").arg(v.lines);
    if (v.noLog) {
        result = SecurityCheck::Result::Warn;
        evidence = QCoreApplication::translate("SecurityAudit", "There is no audit log yet.");
    } else if (!v.intact) {
        result = SecurityCheck::Result::Fail;
        evidence = QCoreApplication::translate("SecurityAudit", "Broken at line %1: %2")
                       .arg(v.firstBadLine)
                       .arg(v.problem);
    }
    return {QStringLiteral("machine.audit-chain"),
            QStringLiteral("machine"),
            log.path(),
            result,
            evidence,
            QCoreApplication::translate(
                "SecurityAudit",
                "The audit log is the record of who changed keys and data; an edited log hides that."),
            result == SecurityCheck::Result::Pass
                ? QString()
                : QCoreApplication::translate("SecurityAudit",
                                              "Run strongroom-cli audit verify for the details, and "
                                              "compare with journalctl -t strongroom.")};
}

SecurityCheck auditJournal(const AuditLog &log)
{
    const AuditLog::Verification v = log.verify();
    SecurityCheck check{
        QStringLiteral("machine.audit-journal"),
        QStringLiteral("machine"),
        log.path(),
        SecurityCheck::Result::Pass,
        QString(),
        QCoreApplication::translate("SecurityAudit",
                                    "The log is the user's to write; the journal is not. Lines missing from "
                                    "either side mean one of them was edited."),
        QString()};
    if (!v.journalCompared) {
        check.result = SecurityCheck::Result::Manual;
        check.evidence =
            QCoreApplication::translate("SecurityAudit", "Not compared with the system journal: %1")
                .arg(v.journalNote);
        check.fix = QCoreApplication::translate(
            "SecurityAudit", "Compare by hand where the journal is kept: journalctl -t strongroom -o json.");
    } else if (!v.missingFromJournal.isEmpty() || !v.missingLocally.isEmpty()) {
        check.result = SecurityCheck::Result::Fail;
        check.evidence =
            QCoreApplication::translate(
                "SecurityAudit", "%1 lines are missing from the journal and %2 journal entries from the log.")
                .arg(v.missingFromJournal.size())
                .arg(v.missingLocally.size());
        check.fix = QCoreApplication::translate(
            "SecurityAudit", "Run strongroom-cli audit verify for the lines, and find out who changed what.");
    } else
        check.evidence =
            QCoreApplication::translate("SecurityAudit", "The journal holds the same %1 lines.").arg(v.lines);
    return check;
}

QList<SecurityCheck> manualItems()
{
    return {
        {QStringLiteral("manual.two-person-rule"), QStringLiteral("manual"),
         QCoreApplication::translate("SecurityAudit", "organisation"), SecurityCheck::Result::Manual,
         QCoreApplication::translate("SecurityAudit", "Cannot be seen from this machine."),
         QCoreApplication::translate(
             "SecurityAudit",
             "One person holding every key and every backup can lose or take all data alone."),
         QCoreApplication::translate(
             "SecurityAudit",
             "Check that recovery keys are held by two people, or split, and that key changes need a second "
             "person's review.")},
        {QStringLiteral("manual.certificate-expiry"), QStringLiteral("manual"),
         QCoreApplication::translate("SecurityAudit", "other hosts"), SecurityCheck::Result::Manual,
         QCoreApplication::translate("SecurityAudit", "Cannot be seen from this machine."),
         QCoreApplication::translate(
             "SecurityAudit",
             "An expired certificate stops TLS connections or pushes people to turn verification off."),
         QCoreApplication::translate(
             "SecurityAudit",
             "Check that the expiry of the database servers' and backup targets' certificates is monitored, "
             "with a warning at least 30 days ahead.")},
        {QStringLiteral("manual.offsite-copy"), QStringLiteral("manual"),
         QCoreApplication::translate("SecurityAudit", "backups"), SecurityCheck::Result::Manual,
         QCoreApplication::translate("SecurityAudit", "Cannot be seen from this machine."),
         QCoreApplication::translate("SecurityAudit", "Backups on the same machine are lost with it."),
         QCoreApplication::translate(
             "SecurityAudit",
             "Check that an age copy (strongroom-cli backup export) goes offsite and that its identity is "
             "kept apart from it.")},
    };
}

} // namespace strongroom::machinechecks

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom {

// One line of the security audit (`audit run`): what was checked, the result, the evidence seen,
// why it matters and the fix. Evidence names files and settings, never a secret's value.
struct SecurityCheck
{
    enum class Result
    {
        Pass,
        Warn,
        Fail,
        Manual
    };
    QString id;      // "sqlcipher.kdf-iterations", "files.key-in-config", "luks.pbkdf", "machine.swap", ...
    QString area;    // sqlcipher, files, backups, keys, luks, machine, manual
    QString subject; // the file, volume or "this machine"
    Result result = Result::Pass;
    QString evidence;
    QString why;
    QString fix;

    static QString resultName(Result result);
    QJsonObject toJson() const;
};

// The report as a self-contained HTML page (no scripts, no external resources).
QString securityAuditHtml(const QList<SecurityCheck> &checks, const QString &title);

} // namespace strongroom

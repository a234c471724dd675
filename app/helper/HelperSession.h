#pragma once

#include "core/AuditLog.h"
#include "volumes/HelperProtocol.h"

#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace strongroom::helper {

// The helper's loop: reads requests from stdin, runs the allowed verbs, answers on stdout. Runs
// as root under pkexec; it trusts nothing it reads and logs every unlock (who, when, where, what).
class HelperSession
{
public:
    HelperSession(FILE *in, FILE *out, AuditLog audit);
    // Returns 0 when every request succeeded, else the exit code of the last failure.
    int run();

private:
    QJsonObject handle(const Request &request);
    QJsonObject open(const Request &request);
    QJsonObject close(const Request &request);
    QJsonObject mount(const Request &request);
    QJsonObject unmount(const Request &request);
    QString invokingUser() const;

    FILE *m_in;
    FILE *m_out;
    AuditLog m_audit;
};

} // namespace strongroom::helper

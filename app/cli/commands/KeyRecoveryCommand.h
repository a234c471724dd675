#pragma once

#include "cli/CliCommand.h"

namespace strongroom::cli {

// `key record-recovery KEYID --where TEXT | --remove`: records where the recovery copy of a key is
// kept (RecordRecoveryJob), the evidence the audit's keys.recovery check needs for keys whose copies
// Strongroom cannot see (SQLCipher keys above all).
class KeyRecordRecoveryCommand : public CliCommand
{
public:
    QStringList path() const override { return {QStringLiteral("key"), QStringLiteral("record-recovery")}; }
    QString summary() const override
    {
        return QStringLiteral("Record where the recovery copy of a key is kept (never the key itself)");
    }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};

} // namespace strongroom::cli

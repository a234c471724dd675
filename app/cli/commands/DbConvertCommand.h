#pragma once

#include "cli/CliCommand.h"
#include "conversion/ConversionRequest.h"

namespace strongroom::cli {

// `db encrypt|decrypt|rekey|migrate FILE`: one class, four verbs. Each runs a ConversionJob (check,
// copy to a temp file, fsync, verify, swap keeping the original as NAME.before-VERB-<time>) and
// reports what was done, the verification and where the original is kept.
class DbConvertCommand : public CliCommand
{
public:
    explicit DbConvertCommand(ConversionKind kind) : m_kind(kind) {}

    QStringList path() const override;
    QString summary() const override;
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    bool readsSourceKey() const { return m_kind != ConversionKind::Encrypt; }
    bool takesNewKey() const { return m_kind != ConversionKind::Decrypt; }
    bool takesTargetSettings() const
    {
        return m_kind == ConversionKind::Encrypt || m_kind == ConversionKind::Migrate;
    }

    ConversionKind m_kind;
};

} // namespace strongroom::cli
